/**
 * npm run soak [-- --n 500 --throw 0.1 --dup 0.2 --concurrency 12]
 * Drives N requests through the local platform while faults are injected: a share of handler
 * invocations throw, SQS batches are delivered twice at random, one consumer stalls past its
 * visibility timeout, and the runtime is killed and restarted once mid-run. Then it checks that
 * nothing was lost or done twice, redrives the DLQs, and exits non-zero unless all holds.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { queues } from '../cdk/resources.js';
import { completeIin } from '../shared/domain/iin.js';
import type { FunctionDecl } from '../functions/manifest.js';
import { ApiClient, archiveForm, samplePdf, signRequestWith, type CitizenSigner } from './lib/client.js';
import { startPlatform, type Platform } from './local/platform.js';
import { startRuntime, type Runtime } from './local/runtime.js';
import { createCitizen, createStaff, DEMO_PASSWORD, enrollStaffKey, registerOrganisation } from './local/seed.js';
import { sdkConfig } from './local/provision.js';
import { redrive } from './redrive.js';
import { captureOutput } from './lib/capture.js';

export class InjectedFault extends Error {
  constructor(where: string) {
    super(`injected fault in ${where}`);
    this.name = 'InjectedFault';
  }
}

export interface SoakOptions {
  n: number;
  throwShare: number;
  duplicateShare: number;
  concurrency: number;
  endpoint?: string;
  log?: (line: string) => void;
  /** Scan everything the process writes during the run for personal data (default true). */
  checkLogs?: boolean;
  /** Keep the captured logs off the terminal (they are still checked). */
  quietLogs?: boolean;
}

export interface SoakReport {
  n: number;
  seconds: number;
  terminal: Record<string, number>;
  /** Requests per channel (portal; service centre, filed by an operator). */
  channels: Record<string, number>;
  /** Requests per service (seed 001's archive certificate; seed 003's numbering resource, for legal entities). */
  services: Record<string, number>;
  injected: { http: number; sqs: number; stalls: number; duplicatesDelivered: number; restarts: number };
  http5xx: number;
  unexpected5xx: number;
  redriven: number;
  failures: string[];
  /** Log chunks checked for personal data. */
  logLines: number;
}

const TERMINAL = new Set(['COMPLETED', 'REFUSED', 'SIGNATURE_REJECTED']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runSoak(o: SoakOptions): Promise<SoakReport> {
  const log = o.log ?? (() => undefined);
  const t0 = Date.now();
  const capture = o.checkLogs === false ? undefined : captureOutput({ passthrough: o.quietLogs !== true });
  const injected = { http: 0, sqs: 0, stalls: 0, duplicatesDelivered: 0, restarts: 0 };
  let faultsOn = true;
  let stalled = false;
  const beforeInvoke = async (fn: FunctionDecl, kind: 'http' | 'sqs' | 'schedule') => {
    if (!faultsOn) return;
    if (kind === 'sqs' && !stalled && fn.name === 'agency-register') {
      // One consumer stalls past its queue's visibility timeout: the batch is seen again meanwhile.
      stalled = true;
      injected.stalls++;
      await sleep(7_000);
    }
    if (Math.random() < o.throwShare) {
      if (kind === 'http') injected.http++;
      else injected.sqs++;
      throw new InjectedFault(fn.name);
    }
  };
  const runtimeOpts = { beforeInvoke, duplicateShare: o.duplicateShare, pollersPerQueue: 2, timeoutScale: 3, pollWaitSeconds: 1, retryDelaySeconds: 1, scheduleSeconds: false as const, log };
  const platform: Platform = await startPlatform({ ...runtimeOpts, ...(o.endpoint ? { endpoint: o.endpoint } : {}), seed: false, prefix: `soak-${randomUUID().slice(0, 8)}`, queueVisibilitySeconds: 5 });
  let runtime: Runtime = platform.runtime;
  const port = Number(new URL(runtime.apiUrl).port);
  const target = { endpoint: platform.endpoint, region: platform.region };
  const env = platform.env;
  const failures: string[] = [];
  let http5xx = 0;

  // Clients retry 5xx and connection errors like a browser would, with the same Idempotency-Key.
  async function call(c: ApiClient, method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await c.call(method, path, body, headers);
        if (r.status >= 500) {
          http5xx++;
          if (attempt < 30) {
            await sleep(50 * Math.min(attempt + 1, 10));
            continue;
          }
        }
        return r;
      } catch (e) {
        if (attempt >= 60) throw e;
        await sleep(250);
      }
    }
  }

  const citizens: { iin: string; client: ApiClient; bin: string; orgSigner: CitizenSigner }[] = [];
  for (let i = 0; i < Math.min(20, o.n); i++) {
    const iin = completeIin(`9${String(100000000 + Math.floor(Math.random() * 899999999)).padStart(9, '0')}1`)!;
    if (!iin || citizens.some((c) => c.iin === iin)) {
      i--;
      continue;
    }
    await createCitizen(target, env.CITIZEN_POOL_ID!, iin);
    const client = new ApiClient(runtime.apiUrl, ['kk', 'ru', 'en'][i % 3]!);
    await call(client, 'POST', '/v1/auth/login', { iin, password: DEMO_PASSWORD }).then((r) => (client.token = r.body.accessToken));
    // Each citizen also heads a telecom operator, for the legal-entity service (seed 003).
    const bin = completeIin(`07044${String(100000 + i * 37 + Math.floor(Math.random() * 1000)).padStart(6, '0')}`) ?? completeIin(`0704400${String(1000 + i)}`)!;
    await registerOrganisation(bin, `ТОО «Soak ${i}»`, [iin]);
    let orgSigner: CitizenSigner | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        await client.enroll(iin, `Soak citizen ${i}`);
        orgSigner = await client.enroll(iin, `Soak director ${i}`, 'signing', undefined, { bin, organisation: `ТОО «Soak ${i}»` });
        break;
      } catch (e) {
        if (attempt > 20) throw e;
        await sleep(100);
      }
    }
    citizens.push({ iin, client, bin, orgSigner });
  }
  await createStaff(target, env.STAFF_POOL_ID!, 'soak.clerk', ['role-clerk', 'agency-mangystau-archives']);
  await enrollStaffKey('soak.clerk');
  const clerk = new ApiClient(runtime.apiUrl);
  clerk.token = (await call(clerk, 'POST', '/v1/staff/auth/login', { username: 'soak.clerk', password: DEMO_PASSWORD })).body.accessToken;
  // A service-centre operator files some of the requests for the citizens (the second channel).
  await createStaff(target, env.STAFF_POOL_ID!, 'soak.operator', ['role-operator']);
  await enrollStaffKey('soak.operator', 'Soak operator', completeIin('85020330012')!);
  // The Committee decides the numbering-resource requests (the second service).
  await createStaff(target, env.STAFF_POOL_ID!, 'soak.committee', ['role-clerk', 'agency-mtc-communications-committee']);
  await enrollStaffKey('soak.committee');
  const committee = new ApiClient(runtime.apiUrl);
  committee.token = (await call(committee, 'POST', '/v1/staff/auth/login', { username: 'soak.committee', password: DEMO_PASSWORD })).body.accessToken;
  const operator = new ApiClient(runtime.apiUrl);
  operator.token = (await call(operator, 'POST', '/v1/staff/auth/login', { username: 'soak.operator', password: DEMO_PASSWORD })).body.accessToken;

  const ddb = DynamoDBDocumentClient.from(new DynamoDBClient(sdkConfig(target)));
  const statusOf = async (id: string) => (await ddb.send(new GetCommand({ TableName: env.REQUESTS_TABLE!, Key: { pk: `REQ#${id}`, sk: 'META' }, ConsistentRead: true }))).Item?.status as string | undefined;
  const waitStatus = async (id: string, want: (s: string) => boolean, ms = 180_000) => {
    const until = Date.now() + ms;
    for (;;) {
      const s = await statusOf(id);
      if (s && want(s)) return s;
      if (Date.now() > until) throw new Error(`request ${id} stuck in ${s}`);
      await sleep(200);
    }
  };

  const requests: { id: string; iin: string; sha256: string; expect: 'COMPLETED' | 'REFUSED' | 'SIGNATURE_REJECTED'; channel: 'portal' | 'service-centre'; serviceId: string }[] = [];
  let done = 0;
  let restarted = false;

  async function journey(k: number) {
    const who = citizens[k % citizens.length]!;
    const scan = samplePdf(`soak ${k} ${randomUUID()}`);
    const kind = k % 10 === 9 ? 'SIGNATURE_REJECTED' : k % 4 === 3 ? 'REFUSED' : 'COMPLETED';
    // Every fifth request is filed at a service centre by the operator, signed with the operator's key.
    const channel = k % 5 === 2 && kind !== 'SIGNATURE_REJECTED' ? 'service-centre' : 'portal';
    const filer = channel === 'portal' ? who.client : operator;
    // Every seventh portal request is the legal-entity service of seed 003, signed with the BIN certificate.
    const numbering = channel === 'portal' && k % 7 === 5;
    const serviceId = numbering ? 'numbering-resource' : 'archive-certificate';
    const decider = numbering ? committee : clerk;
    let slot;
    for (;;) {
      slot = await call(filer, 'POST', channel === 'portal' ? '/v1/uploads' : '/v1/staff/uploads', { fileName: `scan-${k}.pdf`, contentType: 'application/pdf', size: scan.length });
      if (slot.status === 201) break;
      if (slot.status === 401) throw new Error('token refused');
    }
    const put = await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: scan as Uint8Array<ArrayBuffer> });
    if (!put.ok) throw new Error(`S3 PUT ${put.status}`);
    const sha256 = createHash('sha256').update(scan).digest('hex');
    const attachments = [{ uploadId: slot.body.uploadId, kind: numbering ? 'network-plan' : 'work-record-book', sha256 }];
    const form = numbering ? { action: 'allocate', numberRange: `7292 ${String(k).padStart(2, '0')} 00 00`, licenceNumber: `ЛС-${k}`, justification: `soak ${k}` } : { ...archiveForm, purpose: `soak ${k}` };
    let sub;
    const idempotencyKey = `soak-${k}-${who.iin.slice(-4)}-${sha256.slice(0, 8)}`;
    if (channel === 'portal') {
      const input = { applicantIin: who.iin, serviceId, form, attachments, ...(numbering ? { applicantBin: who.bin } : {}) };
      const body = numbering ? await signRequestWith(who.orgSigner, input) : await who.client.signRequest(input);
      if (kind === 'SIGNATURE_REJECTED') body.form = { ...body.form, [numbering ? 'justification' : 'purpose']: `changed after signing ${k}` };
      sub = await call(who.client, 'POST', '/v1/requests', body, { 'idempotency-key': idempotencyKey });
    } else {
      sub = await call(operator, 'POST', '/v1/staff/requests', { serviceId: 'archive-certificate', applicantIin: who.iin, applicantConsent: true, form, attachments }, { 'idempotency-key': idempotencyKey });
    }
    if (sub.status !== 202) throw new Error(`submit ${sub.status} ${JSON.stringify(sub.body)}`);
    const id = sub.body.requestId as string;
    requests.push({ id, iin: who.iin, sha256, expect: kind, channel, serviceId });
    const s = await waitStatus(id, (x) => x === 'IN_INBOX' || x === 'SIGNATURE_REJECTED');
    if (s === 'IN_INBOX') {
      await call(decider, 'POST', `/v1/agency/requests/${id}/take`);
      const decision = numbering
        ? kind === 'REFUSED'
          ? { decision: 'refuse', groundId: 'qualification-requirements', reason: 'Лицензия на услуги связи не представлена.' }
          : { decision: 'approve', resultFields: { orderText: 'Выделить нумерационный ресурс.', orderNumber: `${k}-п` } }
        : kind === 'REFUSED'
          ? { decision: 'refuse', groundId: 'records-not-found', reason: 'Документы за период в архив не поступали.' }
          : { decision: 'approve', resultFields: { findings: 'Стаж подтверждён.', fundReference: 'Ф. 1, оп. 1, д. 1' } };
      const d = await call(decider, 'POST', `/v1/agency/requests/${id}/decision`, decision);
      if (d.status !== 202) throw new Error(`decision ${d.status} ${JSON.stringify(d.body)}`);
      await waitStatus(id, (x) => TERMINAL.has(x));
    }
    done++;
    if (done % 10 === 0) log(`[soak] ${done}/${o.n} done at ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    if (!restarted && done >= o.n / 2) {
      restarted = true;
      injected.restarts++;
      log('[soak] killing the runtime mid-run…');
      await runtime.kill();
      await sleep(500);
      runtime = await startRuntime({ ...runtimeOpts, endpoint: platform.endpoint, region: platform.region, env, port });
      log('[soak] runtime restarted');
    }
  }

  let next = 0;
  const workers = Array.from({ length: o.concurrency }, async () => {
    while (next < o.n) {
      const k = next++;
      try {
        await journey(k);
      } catch (e) {
        failures.push(`journey ${k}: ${(e as Error).message}`);
      }
    }
  });
  await Promise.all(workers);
  injected.duplicatesDelivered = runtime.stats.sqsBatches; // batches of the second runtime (information)

  // Faults off; redrive whatever the DLQs hold, then wait for stragglers.
  faultsOn = false;
  const sqs = new SQSClient(sdkConfig(target));
  let redriven = 0;
  for (const q of queues) {
    redriven += await redrive(sqs, env[q.env.replace(/_QUEUE_URL$/, '_DLQ_URL')]!, env[q.env]!);
  }
  for (const r of requests) {
    try {
      await waitStatus(r.id, (x) => TERMINAL.has(x), 60_000);
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  await sleep(3000);
  for (const q of queues) {
    const a = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: env[q.env.replace(/_QUEUE_URL$/, '_DLQ_URL')]!, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    const depth = Number(a.Attributes?.ApproximateNumberOfMessages ?? 0) + Number(a.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0);
    if (depth) failures.push(`DLQ of ${q.id} still holds ${depth} message(s) after the redrive`);
  }

  // The invariants.
  const terminal: Record<string, number> = {};
  const channels: Record<string, number> = {};
  const services: Record<string, number> = {};
  const regNumbers = new Map<string, string>();
  const s3 = new S3Client({ ...sdkConfig(target), forcePathStyle: true });
  if (requests.length !== o.n - failures.filter((f) => f.startsWith('journey')).length) failures.push('a submitted request went unrecorded');
  for (const r of requests) {
    const meta = (await ddb.send(new GetCommand({ TableName: env.REQUESTS_TABLE!, Key: { pk: `REQ#${r.id}`, sk: 'META' }, ConsistentRead: true }))).Item!;
    terminal[meta.status] = (terminal[meta.status] ?? 0) + 1;
    channels[r.channel] = (channels[r.channel] ?? 0) + 1;
    services[r.serviceId] = (services[r.serviceId] ?? 0) + 1;
    if (meta.serviceId !== r.serviceId) failures.push(`request ${r.id}: service ${meta.serviceId}, expected ${r.serviceId}`);
    if (meta.channel !== r.channel || (r.channel === 'service-centre') !== Boolean(meta.filedBy) || meta.applicantIin !== r.iin) failures.push(`request ${r.id}: channel ${meta.channel}, filed by ${meta.filedBy?.kind ?? 'the applicant'}, expected ${r.channel}`);
    if (meta.status !== r.expect) failures.push(`request ${r.id}: ${meta.status}, expected ${r.expect}`);
    const hist = (await ddb.send(new QueryCommand({ TableName: env.REQUESTS_TABLE!, KeyConditionExpression: 'pk = :p AND begins_with(sk, :h)', ExpressionAttributeValues: { ':p': `REQ#${r.id}`, ':h': 'H#' }, ConsistentRead: true }))).Items ?? [];
    const events = hist.map((h) => h.event as string).filter((e) => e !== 'deadline.overdue');
    if (new Set(events).size !== events.length) {
      const dup = events.find((e, i) => events.indexOf(e) !== i);
      const detail = hist.filter((h) => h.event === dup).map((h) => `${h.at} prev=${String(h.prevHash).slice(0, 8)} hash=${String(h.hash).slice(0, 8)}`);
      failures.push(`request ${r.id}: duplicated history entry ${dup}: ${detail.join(' | ')}; all: ${hist.map((h) => `${h.event}@${String(h.at).slice(11, 23)}:${String(h.prevHash).slice(0, 6)}>${String(h.hash).slice(0, 6)}`).join(' ')}`);
    }
    if (meta.registrationNumber) {
      const other = regNumbers.get(meta.registrationNumber);
      if (other) failures.push(`registration number ${meta.registrationNumber} given to ${other} and ${r.id}`);
      regNumbers.set(meta.registrationNumber, r.id);
    }
    if (meta.result) {
      const v = await s3.send(new ListObjectVersionsCommand({ Bucket: env.RESULTS_BUCKET!, Prefix: `results/${r.id}/` }));
      const pdfs = v.Versions?.filter((x) => x.Key!.endsWith('.pdf')).length ?? 0;
      const sigs = v.Versions?.filter((x) => x.Key!.endsWith('.p7s')).length ?? 0;
      if (pdfs !== 1 || sigs !== 1) failures.push(`request ${r.id}: ${pdfs} result and ${sigs} signature versions`);
    }
    for (const a of meta.attachments as { s3Key: string; sha256: string }[]) {
      try {
        const o2 = await s3.send(new GetObjectCommand({ Bucket: env.UPLOADS_BUCKET!, Key: a.s3Key }));
        const got = createHash('sha256').update(await o2.Body!.transformToByteArray()).digest('hex');
        if (got !== a.sha256 || got !== r.sha256) failures.push(`request ${r.id}: attachment changed`);
      } catch {
        failures.push(`request ${r.id}: attachment lost`);
      }
    }
  }
  capture?.restore();
  if (capture) {
    const out = capture.lines.join('');
    const secrets = [...citizens.map((c) => c.iin), archiveForm.organization, 'Стаж подтверждён', 'Документы за период в архив не поступали'];
    for (const secret of secrets) if (out.includes(secret)) failures.push(`log output contains personal data or document contents («${secret.slice(0, 4)}…»)`);
  }
  const unexpected5xx = Math.max(0, http5xx - injected.http);
  if (unexpected5xx) failures.push(`${unexpected5xx} HTTP 5xx answers beyond the ${injected.http} injected`);
  await runtime.stop().catch(() => undefined);
  await platform.moto?.stop();
  capture?.restore();
  return { n: o.n, seconds: (Date.now() - t0) / 1000, terminal, channels, services, injected, http5xx, unexpected5xx, redriven, failures, logLines: capture?.lines.length ?? 0 };
}

async function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string, dflt: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  // Every log line of the run is checked for personal data, then kept off the terminal.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';
  const r = await runSoak({ n: arg('n', 500), throwShare: arg('throw', 0.1), duplicateShare: arg('dup', 0.2), concurrency: arg('concurrency', 12), quietLogs: true });
  console.log(`\nsoak: ${r.n} requests in ${r.seconds.toFixed(1)} s`);
  console.log(`  terminal states : ${Object.entries(r.terminal).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  channels        : ${Object.entries(r.channels).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  services        : ${Object.entries(r.services).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  faults injected : ${r.injected.http} HTTP + ${r.injected.sqs} SQS handler throws, ${r.injected.stalls} stall past visibility, ${r.injected.restarts} runtime kill+restart; ~${Math.round(r.n * 6 * 0.2)} duplicate deliveries expected at ${argv.includes('--dup') ? '' : '20%'}`);
  console.log(`  HTTP 5xx        : ${r.http5xx} seen, ${r.unexpected5xx} not injected`);
  console.log(`  redriven        : ${r.redriven} message(s) from DLQs`);
  console.log(`  logs checked    : ${r.logLines} lines, for IINs and document contents`);
  console.log(r.failures.length ? `  FAILED:\n${r.failures.map((f) => `    - ${f}`).join('\n')}` : '  every request in exactly one terminal state; no duplicated history, registration number or result; no attachment lost; DLQs empty; no personal data in the logs');
  process.exit(r.failures.length ? 1 : 0);
}

if (process.argv[1]?.endsWith('soak.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
