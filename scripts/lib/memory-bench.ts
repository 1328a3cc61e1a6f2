/** Our own cost: the whole pipeline's code with in-memory adapters, one request after another on one core. */
import { createHash, randomUUID } from 'node:crypto';
import { memoryPipeline } from './memory-pipeline.js';
import { archiveForm, samplePdf, signRequestWith } from './client.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { decide, takeRequest } from '../../shared/domain/use-cases/agency.js';
import { completeIin } from '../../shared/domain/iin.js';

export async function memoryBench(withPdf: boolean, N_MEMORY = 2000) {
  const fake = { render: async ({ documentId }: { documentId: string }) => new TextEncoder().encode(`%PDF-1.4 ${documentId}`) };
  const p = await memoryPipeline(withPdf ? {} : { renderer: fake });
  const iin = completeIin('90010130012')!;
  const citizenSigner = await p.enrollCitizen(iin);
  await p.enrollStaff('clerk');
  const clerk = { username: 'clerk', agencyIds: ['mangystau-archives'], roles: ['clerk'] };
  const scan = samplePdf('bench');
  const sha256 = createHash('sha256').update(scan).digest('hex');
  // The citizen signs on their own device: bodies are signed before the clock starts.
  const prepare = async () => {
    const uploadId = randomUUID();
    await p.deps.requests.putUpload({ uploadId, ownerIin: iin, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: scan.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: new Date().toISOString() });
    await p.deps.uploads.put(`uploads/${uploadId}`, scan, 'application/pdf');
    return signRequestWith(citizenSigner, { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId, kind: 'work-record-book', sha256 }] });
  };
  const one = async (body: Awaited<ReturnType<typeof prepare>>) => {
    const { requestId } = await submitRequest(p.deps, { applicantIin: iin, body: body as never });
    await p.drain();
    await takeRequest(p.deps, clerk, requestId);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'Стаж подтверждён.', fundReference: 'Ф. 1, оп. 1, д. 1' } });
    await p.drain();
  };
  for (let i = 0; i < 50; i++) await one(await prepare()); // warm-up
  const n = N_MEMORY;
  const bodies = [];
  for (let i = 0; i < n; i++) bodies.push(await prepare());
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await one(bodies[i]!);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { n, perSecWall: (n / wall) * 1000, perSecCpu: (n / cpuMs) * 1000, cpuMsPerRequest: cpuMs / n };
}

