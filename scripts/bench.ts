/**
 * npm run bench — figures, every one measured in this run on this machine:
 *  1. our own cost: the whole pipeline's code with in-memory adapters (requests/s on one core);
 *  2. end to end on the local cloud (moto): latency per stage, p50/p95/p99, and AWS calls per request;
 *  3. per function: minified bundle size and cold initialisation time in a fresh Node process.
 * The local emulator is single-threaded Python: its figures say little about AWS's speed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { build } from 'esbuild';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { sdkConfig } from './local/provision.js';
import { functions } from '../functions/manifest.js';
import { memoryPipeline } from './lib/memory-pipeline.js';
import { ApiClient, archiveForm, samplePdf, signRequestWith, waitFor } from './lib/client.js';
import { submitRequest } from '../shared/domain/use-cases/portal.js';
import { decide, takeRequest } from '../shared/domain/use-cases/agency.js';
import { completeIin } from '../shared/domain/iin.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const N_MEMORY = Number(args.get('memory') ?? 2000);
const N_E2E = Number(args.get('e2e') ?? 40);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function memoryBench(withPdf: boolean) {
  const fake = { render: async ({ documentId }: { documentId: string }) => new TextEncoder().encode(`%PDF-1.4 ${documentId}`) };
  const p = await memoryPipeline(withPdf ? {} : { renderer: fake });
  const iin = completeIin('90010130012')!;
  const citizenSigner = await p.enrollCitizen(iin);
  await p.enrollStaff('clerk');
  const clerk = { username: 'clerk', agencyIds: ['mangystau-archives'], roles: ['clerk'] };
  const scan = samplePdf('bench');
  const sha256 = createHash('sha256').update(scan).digest('hex');
  const one = async () => {
    const uploadId = randomUUID();
    await p.deps.requests.putUpload({ uploadId, ownerIin: iin, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: scan.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: new Date().toISOString() });
    await p.deps.uploads.put(`uploads/${uploadId}`, scan, 'application/pdf');
    const body = await signRequestWith(citizenSigner, { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId, kind: 'work-record-book', sha256 }] });
    const { requestId } = await submitRequest(p.deps, { applicantIin: iin, body: body as never });
    await p.drain();
    await takeRequest(p.deps, clerk, requestId);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'Стаж подтверждён.', fundReference: 'Ф. 1, оп. 1, д. 1' } });
    await p.drain();
  };
  for (let i = 0; i < 50; i++) await one(); // warm-up
  const n = withPdf ? Math.max(100, Math.floor(N_MEMORY / 10)) : N_MEMORY;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await one();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { n, perSecWall: (n / wall) * 1000, perSecCpu: (n / cpuMs) * 1000, cpuMsPerRequest: cpuMs / n };
}

async function e2eBench() {
  process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
  const { startPlatform } = await import('./local/platform.js');
  const { createCitizen, createStaff, DEMO_PASSWORD } = await import('./local/seed.js');
  const { ddbClient, sqsClient } = await import('../shared/adapters/clients.js');
  const { s3Client } = await import('../shared/adapters/s3-client.js');
  const { cognitoClient } = await import('../shared/adapters/cognito-client.js');
  const platform = await startPlatform({ seed: false, scheduleSeconds: false, pollWaitSeconds: 1, retryDelaySeconds: 1, prefix: `bench-${Date.now()}` });
  const calls: Record<string, number> = {};
  const count = (service: string) => (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (a: unknown) => {
    const key = `${service}:${context.commandName ?? '?'}`;
    calls[key] = (calls[key] ?? 0) + 1;
    return next(a);
  };
  ddbClient().middlewareStack.add(count('DynamoDB') as never, { step: 'initialize', name: 'benchCount' });
  s3Client().middlewareStack.add(count('S3') as never, { step: 'initialize', name: 'benchCount' });
  sqsClient().middlewareStack.add(count('SQS') as never, { step: 'initialize', name: 'benchCount' });
  cognitoClient().middlewareStack.add(count('Cognito') as never, { step: 'initialize', name: 'benchCount' });
  try {
    const target = { endpoint: platform.endpoint, region: platform.region };
    const iin = completeIin('91020230045')!;
    await createCitizen(target, platform.env.CITIZEN_POOL_ID!, iin);
    await createStaff(target, platform.env.STAFF_POOL_ID!, 'bench.clerk', ['role-clerk', 'agency-mangystau-archives']);
    const citizen = new ApiClient(platform.runtime.apiUrl);
    await citizen.loginCitizen(iin, DEMO_PASSWORD);
    await citizen.enroll(iin, 'Bench citizen');
    const { enrollStaffKey } = await import('./local/seed.js');
    await enrollStaffKey('bench.clerk');
    const clerk = new ApiClient(platform.runtime.apiUrl);
    await clerk.loginStaff('bench.clerk', DEMO_PASSWORD);
    // The bench watches the table with its own client, so only the pipeline's calls are counted.
    const watcher = DynamoDBDocumentClient.from(new DynamoDBClient(sdkConfig(target)));
    const table = platform.env.REQUESTS_TABLE!;
    const statusOf = async (id: string) => (await watcher.send(new GetCommand({ TableName: table, Key: { pk: `REQ#${id}`, sk: 'META' }, ConsistentRead: true }))).Item?.status;
    const history = async (id: string) =>
      ((await watcher.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :h)', ExpressionAttributeValues: { ':p': `REQ#${id}`, ':h': 'H#' } }))).Items ?? []).sort((a, b) => (a.at < b.at ? -1 : 1));
    const toInbox: number[] = [];
    const toCabinet: number[] = [];
    const submitMs: number[] = [];
    const stages: Record<string, number[]> = {};
    for (const k of Object.keys(calls)) delete calls[k];
    const t0 = performance.now();
    for (let i = 0; i < N_E2E; i++) {
      const up = await citizen.upload('a.pdf', 'application/pdf', samplePdf(`bench ${i}`));
      const body = await citizen.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
      const s0 = performance.now();
      const sub = await citizen.submit(body);
      submitMs.push(performance.now() - s0);
      const id = sub.body.requestId;
      await waitFor(async () => ((await statusOf(id)) === 'IN_INBOX' ? true : undefined), 60_000, 20);
      toInbox.push(performance.now() - s0);
      await clerk.call('POST', `/v1/agency/requests/${id}/take`);
      const d0 = performance.now();
      await clerk.call('POST', `/v1/agency/requests/${id}/decision`, { decision: 'approve', resultFields: { findings: 'Стаж подтверждён.', fundReference: 'Ф. 1' } });
      await waitFor(async () => ((await statusOf(id)) === 'COMPLETED' ? true : undefined), 60_000, 20);
      toCabinet.push(performance.now() - d0);
      const h = (await history(id)) as { event: string; at: string }[];
      for (let j = 1; j < h.length; j++) {
        const key = h[j]!.event;
        if (key === 'staff.taken' || key === 'staff.decided') continue;
        (stages[key] ??= []).push(Date.parse(h[j]!.at) - Date.parse(h[j - 1]!.at));
      }
    }
    const elapsed = performance.now() - t0;
    return { submitMs, toInbox, toCabinet, stages, calls, n: N_E2E, elapsed };
  } finally {
    await platform.stop();
  }
}

async function bundles() {
  const out = mkdtempSync(join(tmpdir(), 'eqyzmet-bundles-'));
  const rows: { name: string; kb: number; initMs: number }[] = [];
  for (const fn of functions) {
    const file = join(out, `${fn.name}.mjs`);
    await build({
      entryPoints: [`functions/${fn.name}/handler.ts`],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: file,
      logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
    });
    const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`;
    const times = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, AWS_REGION: 'eu-central-1' } }).toString()));
    rows.push({ name: fn.name, kb: statSync(file).size / 1024, initMs: pct(times, 50) });
  }
  return rows;
}

async function main() {
  console.log(`e-Qyzmet benchmark — ${new Date().toISOString()}, node ${process.version}, ${(await import('node:os')).cpus()[0]?.model ?? ''}\n`);

  const mem = await memoryBench(false);
  const memPdf = await memoryBench(true);
  console.log('1. Our own cost: whole pipeline with in-memory adapters, one process (goal ≥ 1,000 req/s per core)');
  console.log(`   without PDF rendering : ${mem.perSecCpu.toFixed(0)} requests/s per core (${mem.cpuMsPerRequest.toFixed(3)} ms CPU each; n=${mem.n})`);
  console.log(`   with the PDF result   : ${memPdf.perSecCpu.toFixed(0)} requests/s per core (${memPdf.cpuMsPerRequest.toFixed(3)} ms CPU each; n=${memPdf.n})\n`);

  const e = await e2eBench();
  console.log(`2. End to end on the local cloud (moto_server), ${e.n} requests one after another, ${(e.elapsed / 1000).toFixed(1)} s`);
  console.log('                                p50        p95        p99');
  const row = (label: string, xs: number[]) => console.log(`   ${label.padEnd(28)}${ms(pct(xs, 50)).padStart(9)}  ${ms(pct(xs, 95)).padStart(9)}  ${ms(pct(xs, 99)).padStart(9)}`);
  row('POST /v1/requests → 202', e.submitMs);
  row('submit → agency inbox', e.toInbox);
  row('decision → citizen cabinet', e.toCabinet);
  for (const [k, xs] of Object.entries(e.stages)) row(`  stage ${k}`, xs);
  const per = (k: string) => (e.calls[k] ?? 0) / e.n;
  const byService: Record<string, number> = {};
  for (const [k, v] of Object.entries(e.calls)) byService[k.split(':')[0]!] = (byService[k.split(':')[0]!] ?? 0) + v / e.n;
  console.log('\n   AWS calls per request by the pipeline’s handlers (the citizen’s upload, submit, take and decision included; the bench’s own polling not):');
  for (const [svc, v] of Object.entries(byService)) console.log(`     ${svc.padEnd(10)} ${v.toFixed(1)}`);
  console.log(`     detail: ${Object.keys(e.calls).sort().map((k) => `${k}=${per(k).toFixed(1)}`).join(', ')}\n`);

  const b = await bundles();
  console.log('3. Per function: minified ESM bundle and cold initialisation (import in a fresh node, median of 3)');
  for (const r of b) console.log(`   ${r.name.padEnd(18)} ${`${r.kb.toFixed(0)} KB`.padStart(8)} ${ms(r.initMs).padStart(10)}`);
  writeFileSync(join(tmpdir(), 'eqyzmet-bench.json'), JSON.stringify({ mem, memPdf, e2e: { ...e }, bundles: b }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
