import { ApiClient, archiveForm, samplePdf, waitFor } from '../../scripts/lib/client.js';

export async function submitArchiveRequest(citizen: ApiClient, iin: string, opts: { language?: string; form?: Record<string, unknown>; idempotencyKey?: string } = {}) {
  const up = await citizen.upload('work-book.pdf', 'application/pdf', samplePdf(`scan for ${iin.slice(0, 4)}`));
  const body = await citizen.signRequest({
    applicantIin: iin,
    serviceId: 'archive-certificate',
    form: opts.form ?? archiveForm,
    attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }],
    ...(opts.language ? { language: opts.language } : {}),
  });
  const r = await citizen.submit(body, opts.idempotencyKey);
  if (r.status !== 202) throw new Error(`submit failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { requestId: r.body.requestId as string, body, uploadId: up.uploadId };
}

export async function waitStatus(client: ApiClient, path: string, statuses: string[], timeoutMs = 30_000) {
  return waitFor(async () => {
    const r = await client.call('GET', path);
    return r.status === 200 && statuses.includes(r.body.status) ? r.body : undefined;
  }, timeoutMs, 100);
}

export const approveBody = {
  decision: 'approve',
  resultFields: { findings: 'Стаж с 1998 по 2004 год подтверждён приказами.', fundReference: 'Ф. 12, оп. 3, д. 45, л. 7–9' },
};
