/**
 * npm run bench — figures, every one measured in this run on this machine:
 *  1. our own cost: the whole pipeline's code with in-memory adapters (requests/s on one core;
 *     the citizen's signing, done on their device, is outside the measurement);
 *  2. end to end on the local cloud (moto): latency per stage, p50/p95/p99, and AWS calls per request;
 *  3. per function: minified bundle size and cold initialisation time in a fresh Node process.
 * The local emulator is single-threaded Python: its figures say little about AWS's speed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { sdkConfig } from './local/provision.js';
import { functions } from '../functions/manifest.js';
import { BUNDLING } from '../cdk/bundling.js';
import { memoryBench } from './lib/memory-bench.js';
import { ApiClient, archiveForm, samplePdf, waitFor } from './lib/client.js';
import { completeIin } from '../shared/domain/iin.js';
import { channelOf, stepFor } from '../shared/domain/service-definition.js';
import { findService } from '../shared/domain/services/index.js';
import { costPer1000, PRICES_USD } from './lib/cost.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const N_MEMORY = Number(args.get('memory') ?? 2000);
const N_E2E = Number(args.get('e2e') ?? 40);
/** --only=memory or --only=e2e runs that part alone (while working on it). */
const ONLY = args.get('only');
const POLL_MS = Number(args.get('poll') ?? 250);
const results: { mem?: Awaited<ReturnType<typeof memoryBench>>; memPdf?: Awaited<ReturnType<typeof memoryBench>> } = {};

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface Call {
  key: string;
  start: number;
  end: number;
  /** The command's input as the client serialized it (DynamoDB items already marshalled). */
  input?: unknown;
}

/** Bytes the handlers log (JSON lines, at the INFO level the stack deploys with), kept off the screen. */
const loggedBytes = { n: 0 };
function countLogLines() {
  for (const stream of [process.stdout, process.stderr]) {
    const orig = stream.write.bind(stream) as (...a: unknown[]) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      if (text.startsWith('{"level"')) {
        loggedBytes.n += Buffer.byteLength(text);
        return true;
      }
      return orig(chunk, ...rest);
    }) as typeof stream.write;
  }
}

/**
 * The floor: every AWS call the pipeline made during the run (windows and what came between them),
 * replayed with the same inputs, one after another in the same order (calls that overlapped run
 * together), with none of our code in between, against a twin of the platform's resources
 * (provisioned from the same definitions under another prefix: same keys, indexes, item sizes),
 * on the same endpoint. A SendMessage is replayed as the hop a consumer sees (send, then receive;
 * the delete runs off the path, as a consumer's does). Only the calls inside each window are timed.
 */
async function floorReplay(target: { endpoint: string; region: string }, oursEnv: Record<string, string>, timeline: Call[], windows: { submit: Call[]; decision: Call[] }[]) {
  const { provision } = await import('./local/provision.js');
  const ddbMod = await import('@aws-sdk/client-dynamodb');
  const docMod = await import('@aws-sdk/lib-dynamodb');
  const s3Mod = await import('@aws-sdk/client-s3');
  const sqsMod = await import('@aws-sdk/client-sqs');
  const kmsMod = await import('@aws-sdk/client-kms');
  const cfg = sdkConfig(target);
  const clients = { DynamoDB: DynamoDBDocumentClient.from(new ddbMod.DynamoDBClient(cfg), { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true } }), S3: new s3Mod.S3Client({ ...cfg, forcePathStyle: true }), SQS: new sqsMod.SQSClient(cfg), KMS: new kmsMod.KMSClient(cfg) };
  // The handlers' DynamoDB calls go through the document client: its inputs are replayed through one too.
  const doc = (n: string) => n.replace(/Items?Command$/, 'Command');
  const modules: Record<string, Record<string, unknown>> = { DynamoDB: docMod, S3: s3Mod, SQS: sqsMod, KMS: kmsMod };
  const twinEnv = await provision(target, `floor-${Date.now()}`);
  // Our resource names → the twin's; staff members' own KMS keys → one twin key of the same kind.
  const rename = new Map<string, string>();
  for (const [k, v] of Object.entries(oursEnv)) if (twinEnv[k] && twinEnv[k] !== v) rename.set(v, twinEnv[k]!);
  const spareKey = (await clients.KMS.send(new kmsMod.CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!.KeyId!;
  const mapNames = (v: unknown): unknown => {
    if (typeof v === 'string') return rename.get(v) ?? v;
    if (v instanceof Uint8Array || v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(mapNames);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapNames(x)]));
  };
  const twinQueue = (url: string) => rename.get(url) ?? url;
  let failed = 0;
  const deletes: Promise<unknown>[] = [];
  const replayMs = new Map<Call, number>();
  const run = async (c: Call) => {
    const t0 = performance.now();
    try {
      await runOne(c);
    } finally {
      replayMs.set(c, performance.now() - t0);
    }
  };
  const runOne = async (c: Call) => {
    const [service, name] = c.key.split(':') as [keyof typeof clients, string];
    const Command = modules[service]?.[service === 'DynamoDB' ? doc(name) : name] as (new (i: unknown) => never) | undefined;
    if (!Command || c.input === undefined) return;
    let input = mapNames(c.input) as Record<string, unknown>;
    // A body that was a stream is not kept: the same number of bytes stands for it.
    if (service === 'S3' && name === 'PutObjectCommand' && !(input.Body instanceof Uint8Array) && typeof input.Body !== 'string') input = { ...input, Body: new Uint8Array(Number(input.ContentLength ?? 0)) };
    if (service === 'KMS' && typeof input.KeyId === 'string' && !Object.values(twinEnv).includes(input.KeyId)) input = { ...input, KeyId: spareKey };
    try {
      const out = (await (clients[service] as { send(c: unknown): Promise<unknown> }).send(new Command(input))) as { Body?: { transformToByteArray(): Promise<Uint8Array> } };
      if (service === 'S3' && name === 'GetObjectCommand') await out.Body?.transformToByteArray();
      if (service === 'SQS' && name === 'SendMessageCommand') {
        const QueueUrl = twinQueue(String((c.input as { QueueUrl: string }).QueueUrl));
        const r = await clients.SQS.send(new sqsMod.ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1, MaxNumberOfMessages: 1 }));
        // A consumer's delete happens after its work, off the path to the next stage: not awaited here.
        for (const m of r.Messages ?? []) deletes.push(clients.SQS.send(new sqsMod.DeleteMessageCommand({ QueueUrl, ReceiptHandle: m.ReceiptHandle! })));
      }
    } catch (e) {
      failed++; // e.g. a condition on an item written before recording began: the call still ran
      if (process.env.BENCH_TRACE) console.error(`replay failed: ${c.key}: ${(e as Error).name} ${(e as Error).message.slice(0, 200)}`);
    }
  };
  // Scans reach S3 through presigned URLs, not the SDK: copy those the pipeline reads into the twin first.
  const put = new Set<string>();
  for (const c of timeline) {
    const i = c.input as { Bucket?: string; Key?: string } | undefined;
    if (!i?.Bucket || !i.Key) continue;
    if (c.key === 'S3:PutObjectCommand') put.add(`${i.Bucket}/${i.Key}`);
    else if ((c.key === 'S3:HeadObjectCommand' || c.key === 'S3:GetObjectCommand') && !put.has(`${i.Bucket}/${i.Key}`)) {
      put.add(`${i.Bucket}/${i.Key}`);
      await clients.S3.send(new s3Mod.CopyObjectCommand({ Bucket: rename.get(i.Bucket) ?? i.Bucket, Key: i.Key, CopySource: `${i.Bucket}/${i.Key}` })).catch(() => undefined);
    }
  }
  const groupsOf = (cs: Call[]) => {
    const groups: Call[][] = [];
    let groupEnd = -Infinity;
    for (const c of [...cs].sort((a, b) => a.start - b.start)) {
      if (c.start < groupEnd && groups.length) groups[groups.length - 1]!.push(c);
      else groups.push([c]);
      groupEnd = Math.max(groupEnd, c.end);
    }
    return groups;
  };
  const inWindow = new Map<Call, { w: number; kind: 'submit' | 'decision' }>();
  windows.forEach((w, i) => {
    for (const c of w.submit) inWindow.set(c, { w: i, kind: 'submit' });
    for (const c of w.decision) inWindow.set(c, { w: i, kind: 'decision' });
  });
  const submit = windows.map(() => 0);
  const decision = windows.map(() => 0);
  for (const g of groupsOf(timeline)) {
    const t = performance.now();
    if (process.env.BENCH_TRACE) console.error(`replaying ${g.map((c) => `${c.key} ${JSON.stringify(c.input)?.slice(0, 300)}`).join(' + ')}`);
    await Promise.all(g.map(run));
    if (process.env.BENCH_TRACE) console.error(`replay ${g.map((c) => c.key).join('+')} ${(performance.now() - t).toFixed(1)} ms`);
    const w = inWindow.get(g[0]!);
    if (w) (w.kind === 'submit' ? submit : decision)[w.w]! += performance.now() - t;
  }
  await Promise.allSettled(deletes);
  if (process.env.BENCH_TRACE) {
    const last = windows[windows.length - 1]!;
    for (const [name, cs] of [['submit', last.submit], ['decision', last.decision]] as const) {
      console.error(`ours vs replay, ${name}:`);
      for (const c of cs) console.error(`  ${c.key.padEnd(40)} ${(c.end - c.start).toFixed(1).padStart(7)} ${replayMs.get(c)?.toFixed(1).padStart(7)}`);
    }
  }
  return { submit, decision, notes: failed ? [`${failed} of ${timeline.length} replayed calls were refused by a condition (an item or object written before recording began, or already there); they still ran`] : [] };
}

async function e2eBench() {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
  countLogLines();
  const { startPlatform } = await import('./local/platform.js');
  const { createCitizen, createStaff, DEMO_PASSWORD } = await import('./local/seed.js');
  const { ddbClient, sqsClient } = await import('../shared/adapters/clients.js');
  const { s3Client } = await import('../shared/adapters/s3-client.js');
  const { cognitoClient } = await import('../shared/adapters/cognito-client.js');
  const { kmsClient } = await import('../shared/adapters/kms-client.js');
  const platform = await startPlatform({ seed: false, scheduleSeconds: false, pollWaitSeconds: 1, retryDelaySeconds: 1, prefix: `bench-${Date.now()}` });
  const calls: Record<string, number> = {};
  /** Every counted call with its start and end (performance.now()), for the floor replay. */
  const timeline: Call[] = [];
  const count = (service: string) => (next: (a: unknown) => Promise<unknown>, context: { commandName?: string; benchCall?: Call }) => async (a: unknown) => {
    const key = `${service}:${context.commandName ?? '?'}`;
    calls[key] = (calls[key] ?? 0) + 1;
    const c: Call = { key, start: performance.now(), end: NaN };
    context.benchCall = c;
    timeline.push(c);
    try {
      return await next(a);
    } finally {
      c.end = performance.now();
    }
  };
  // The input each command sends, taken after the document client marshalled it, for the floor's replay.
  const keep = (next: (a: { input: unknown }) => Promise<unknown>, context: { benchCall?: Call }) => async (a: { input: unknown }) => {
    if (context.benchCall) context.benchCall.input = structuredClone(a.input);
    return next(a);
  };
  ddbClient().middlewareStack.add(keep as never, { step: 'serialize', priority: 'high', name: 'benchKeep' });
  s3Client().middlewareStack.add(keep as never, { step: 'serialize', priority: 'high', name: 'benchKeep' });
  sqsClient().middlewareStack.add(keep as never, { step: 'serialize', priority: 'high', name: 'benchKeep' });
  kmsClient().middlewareStack.add(keep as never, { step: 'serialize', priority: 'high', name: 'benchKeep' });
  ddbClient().middlewareStack.add(count('DynamoDB') as never, { step: 'initialize', name: 'benchCount' });
  s3Client().middlewareStack.add(count('S3') as never, { step: 'initialize', name: 'benchCount' });
  sqsClient().middlewareStack.add(count('SQS') as never, { step: 'initialize', name: 'benchCount' });
  cognitoClient().middlewareStack.add(count('Cognito') as never, { step: 'initialize', name: 'benchCount' });
  kmsClient().middlewareStack.add(count('KMS') as never, { step: 'initialize', name: 'benchCount' });
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
    const windows: { submit: Call[]; decision: Call[] }[] = [];
    let requestItemBytes = 0;
    for (const k of Object.keys(calls)) delete calls[k];
    timeline.length = 0;
    const stats0 = { ...platform.runtime.stats };
    const logBytes0 = loggedBytes.n;
    // A window ends with the last pipeline call that finished before the bench saw the new status
    // (the bench's own polling uses another client and is not counted), so polling adds nothing.
    const callsIn = (from: number, to: number) => timeline.filter((c) => c.start >= from && c.end <= to);
    const lastEnd = (cs: Call[], from: number) => (cs.length ? Math.max(...cs.map((c) => c.end)) - from : NaN);
    const t0 = performance.now();
    for (let i = 0; i < N_E2E; i++) {
      const up = await citizen.upload('a.pdf', 'application/pdf', samplePdf(`bench ${i}`));
      const body = await citizen.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
      const s0 = performance.now();
      const sub = await citizen.submit(body);
      submitMs.push(performance.now() - s0);
      const id = sub.body.requestId;
      await waitFor(async () => ((await statusOf(id)) === 'IN_INBOX' ? true : undefined), 60_000, POLL_MS);
      const seenInbox = performance.now();
      const submitCalls = callsIn(s0, seenInbox);
      toInbox.push(lastEnd(submitCalls, s0));
      await clerk.call('POST', `/v1/agency/requests/${id}/take`);
      const d0 = performance.now();
      await clerk.call('POST', `/v1/agency/requests/${id}/decision`, { decision: 'approve', resultFields: { findings: 'Стаж подтверждён.', fundReference: 'Ф. 1' } });
      await waitFor(async () => ((await statusOf(id)) === 'COMPLETED' ? true : undefined), 60_000, POLL_MS);
      const seenDone = performance.now();
      const decisionCalls = callsIn(d0, seenDone);
      toCabinet.push(lastEnd(decisionCalls, d0));
      windows.push({ submit: submitCalls, decision: decisionCalls });
      if (process.env.BENCH_TRACE && i === N_E2E - 1) {
        for (const [name, cs, from] of [['submit', submitCalls, s0], ['decision', decisionCalls, d0]] as const) {
          console.error(`trace ${name}:`);
          for (const c of cs) console.error(`  ${(c.start - from).toFixed(1).padStart(7)} → ${(c.end - from).toFixed(1).padStart(7)}  ${c.key}`);
        }
      }
      if (i === 0) {
        const item = (await watcher.send(new GetCommand({ TableName: table, Key: { pk: `REQ#${id}`, sk: 'META' } }))).Item;
        requestItemBytes = JSON.stringify(item).length;
      }
      const h = (await history(id)) as { event: string; at: string }[];
      for (let j = 1; j < h.length; j++) {
        const key = h[j]!.event;
        if (key === 'staff.taken' || key === 'staff.decided') continue;
        (stages[key] ??= []).push(Date.parse(h[j]!.at) - Date.parse(h[j - 1]!.at));
      }
    }
    const elapsed = performance.now() - t0;
    const invocations = { http: platform.runtime.stats.http - stats0.http, sqs: platform.runtime.stats.sqsRecords - stats0.sqsRecords };
    const logBytes = loggedBytes.n - logBytes0;
    const floor = await floorReplay(target, platform.env, timeline, windows);
    return { submitMs, toInbox, toCabinet, stages, calls, n: N_E2E, elapsed, floor, invocations, logBytes, requestItemBytes };
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
      // The same settings as the CDK construct (cdk/bundling.ts): what is measured is what is deployed.
      bundle: true,
      minify: BUNDLING.minify,
      platform: 'node',
      format: 'esm',
      target: BUNDLING.target,
      mainFields: [...BUNDLING.mainFields],
      outfile: file,
      logLevel: 'silent',
      banner: { js: BUNDLING.banner },
    });
    const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`;
    const times = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, AWS_REGION: 'eu-central-1' } }).toString()));
    rows.push({ name: fn.name, kb: statSync(file).size / 1024, initMs: pct(times, 50) });
  }
  return rows;
}

/** Cost per 1,000 requests from the counted calls, with the assumptions stated. */
function printCost(e: Awaited<ReturnType<typeof e2eBench>>, per: (k: string) => number, cpuMsPerRequest: number) {
  const sum = (prefix: string, names: string[]) => names.reduce((a, n) => a + per(`${prefix}:${n}`), 0);
  const itemKb = Math.max(1, Math.ceil(e.requestItemBytes / 1024));
  // Writes: a transaction writes the request item and a history entry (≤ 1 KB), each item at twice
  // the unit cost; updates and puts are charged on the request item's size. Reads: strongly
  // consistent, one unit per 4 KB.
  const tableWcu = per('DynamoDB:TransactWriteItemsCommand') * 2 * (itemKb + 1) + sum('DynamoDB', ['PutItemCommand', 'UpdateItemCommand']) * itemKb;
  // Index writes (cdk/resources.ts): each state change rewrites the request's entries in
  // byApplicant (the list summary, under 1 KB: 1 unit), byChangeDay (2 attributes: 1 unit) and
  // byDeadline (keys only, its sort key changes with the step: delete + put, 2 units); while the
  // request is at the agency (about 4 changes) byAgencyStatus moves with the status (2 units).
  const stateChanges = per('DynamoDB:TransactWriteItemsCommand');
  const indexWcu = stateChanges * (1 + 1 + 2) + 4 * 2;
  const wcu = tableWcu + indexWcu;
  const rcu = sum('DynamoDB', ['GetItemCommand', 'QueryCommand']) * Math.max(1, Math.ceil(e.requestItemBytes / 4096));
  const invocations = (e.invocations.http + e.invocations.sqs) / e.n;
  const awsCalls = Object.entries(e.calls).reduce((a, [, v]) => a + v, 0) / e.n;
  // Billed time: our CPU (measured in-memory, with the PDF) plus waiting on AWS at an assumed 10 ms a call, at 256 MB.
  const gbSeconds = ((cpuMsPerRequest + awsCalls * 10) / 1000) * 0.25;
  const sqsMessages = per('SQS:SendMessageCommand');
  const footprint = {
    invocations,
    gbSeconds,
    apiRequests: e.invocations.http / e.n,
    sqsRequests: sqsMessages * 3,
    dynamoWriteUnits: wcu,
    dynamoReadUnits: rcu,
    s3Puts: per('S3:PutObjectCommand') + 1, // + the citizen's presigned PUT of the scan
    s3Gets: sum('S3', ['GetObjectCommand', 'HeadObjectCommand']) + 1, // + the citizen's download
    kmsAsymmetric: per('KMS:SignCommand'),
    kmsSymmetric: 0,
    logBytes: e.logBytes / e.n,
    storedBytes: 700 + 60_000 + 1_300 + 200_000, // the scan (assumed 200 KB), result PDF, signature, items
  };
  const c = costPer1000(footprint);
  console.log(`4. Cost per 1,000 requests on AWS (${PRICES_USD.asOf}; see scripts/lib/cost.ts for the prices and their source)`);
  for (const l of c.lines) console.log(`   ${l.item.padEnd(24)} $${l.per1000.toFixed(4)}`);
  console.log(`   ${'total'.padEnd(24)} $${c.total.toFixed(4)} per 1,000 requests  (+ $${c.storagePerMonth.toFixed(4)} a month to keep their files in S3 Standard)`);
  console.log(`   assumptions: index writes ${indexWcu.toFixed(0)} of ${wcu.toFixed(0)} write units; request item ${e.requestItemBytes} B (measured); ${awsCalls.toFixed(0)} AWS calls a request at ~10 ms each in-region; Lambda 256 MB x86; SQS send+receive+delete per message;`);
  console.log('   not per request: Cognito (monthly active users), KMS keys ($1 a month each: 5 platform keys + one per staff member), CloudWatch alarms, idle queue polling.\n');
}

async function main() {
  console.log(`e-Qyzmet benchmark — ${new Date().toISOString()}, node ${process.version}, ${(await import('node:os')).cpus()[0]?.model ?? ''}\n`);

  if (ONLY === 'memory' || ONLY === undefined) {
    const mem = await memoryBench(false, N_MEMORY);
    const memPdf = await memoryBench(true, N_MEMORY);
    results.mem = mem;
    results.memPdf = memPdf;
  }
  const { mem, memPdf } = results;
  if (mem && memPdf) {
  console.log('1. Our own cost: whole pipeline with in-memory adapters, one process (goal ≥ 1,000 req/s per core)');
  console.log(`   without PDF rendering : ${mem.perSecCpu.toFixed(0)} requests/s per core (${mem.cpuMsPerRequest.toFixed(3)} ms CPU each; n=${mem.n})`);
  console.log(`   with the PDF result   : ${memPdf.perSecCpu.toFixed(0)} requests/s per core (${memPdf.cpuMsPerRequest.toFixed(3)} ms CPU each; n=${memPdf.n})\n`);
  }
  if (ONLY === 'memory') return;

  const e = await e2eBench();
  console.log(`2. End to end on the local cloud (moto_server), ${e.n} requests one after another, ${(e.elapsed / 1000).toFixed(1)} s`);
  console.log('                                p50        p95        p99');
  const row = (label: string, xs: number[]) => console.log(`   ${label.padEnd(28)}${ms(pct(xs, 50)).padStart(9)}  ${ms(pct(xs, 95)).padStart(9)}  ${ms(pct(xs, 99)).padStart(9)}`);
  row('POST /v1/requests → 202', e.submitMs);
  row('submit → agency inbox', e.toInbox);
  row('  floor (bare calls)', e.floor.submit);
  row('decision → citizen cabinet', e.toCabinet);
  row('  floor (bare calls)', e.floor.decision);
  for (const [k, xs] of Object.entries(e.stages)) row(`  stage ${k}`, xs);
  const ratio = (a: number[], b: number[], p: number) => pct(a, p) / pct(b, p);
  console.log(`\n   ours / floor (goal ≤ 1.3): submit → inbox p50 ${ratio(e.toInbox, e.floor.submit, 50).toFixed(2)}, p95 ${ratio(e.toInbox, e.floor.submit, 95).toFixed(2)}, p99 ${ratio(e.toInbox, e.floor.submit, 99).toFixed(2)}; decision → cabinet p50 ${ratio(e.toCabinet, e.floor.decision, 50).toFixed(2)}, p95 ${ratio(e.toCabinet, e.floor.decision, 95).toFixed(2)}, p99 ${ratio(e.toCabinet, e.floor.decision, 99).toFixed(2)}`);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const oursRps = 1000 / (mean(e.toInbox) + mean(e.toCabinet));
  const floorRps = 1000 / (mean(e.floor.submit) + mean(e.floor.decision));
  console.log(`   sustained, one request after another: ours ${oursRps.toFixed(1)} requests/s, floor ${floorRps.toFixed(1)} requests/s, ratio ${(oursRps / floorRps).toFixed(2)}`);
  for (const n of e.floor.notes) console.log(`   (floor: ${n})`);

  console.log('\n   Automated steps, p99 against the regulation’s limit for the step (goal: ≥ 100× under)');
  const portal = channelOf(findService('archive-certificate')!, 'portal')!;
  for (const [event, xs] of Object.entries(e.stages)) {
    const step = stepFor(portal, event as never);
    if (!step || step.human || step.limit.unit !== 'seconds') continue;
    const limitMs = step.limit.amount * 1000;
    const p99 = pct(xs, 99);
    console.log(`     ${step.id.padEnd(6)} ${event.padEnd(20)} p99 ${ms(p99).padStart(9)}  limit ${String(step.limit.amount).padStart(3)} s  → ${(limitMs / p99).toFixed(0).padStart(5)}× under ${limitMs / p99 >= 100 ? '✓' : '✗'}`);
  }
  const per = (k: string) => (e.calls[k] ?? 0) / e.n;
  const byService: Record<string, number> = {};
  for (const [k, v] of Object.entries(e.calls)) byService[k.split(':')[0]!] = (byService[k.split(':')[0]!] ?? 0) + v / e.n;
  console.log('\n   AWS calls per request by the pipeline’s handlers (the citizen’s upload, submit, take and decision included; the bench’s own polling not):');
  for (const [svc, v] of Object.entries(byService)) console.log(`     ${svc.padEnd(10)} ${v.toFixed(1)}`);
  console.log(`     detail: ${Object.keys(e.calls).sort().map((k) => `${k}=${per(k).toFixed(1)}`).join(', ')}`);
  console.log(`     KMS Sign per request: ${per('KMS:SignCommand').toFixed(2)} (goal ≤ 2; verification never calls KMS)`);
  console.log(`     Lambda invocations per request: ${((e.invocations.http + e.invocations.sqs) / e.n).toFixed(1)} (${(e.invocations.http / e.n).toFixed(1)} HTTP, ${(e.invocations.sqs / e.n).toFixed(1)} queue); log output ${(e.logBytes / e.n / 1024).toFixed(1)} KB per request\n`);

  if (ONLY === 'e2e' || !memPdf) return;

  console.log('3. Request-signature verification (condition 2) against the bare node:crypto verify, same machine, same run');
  const { edsBench } = await import('./bench-eds.js');
  const eds = await edsBench();
  console.log('');
  printCost(e, per, memPdf.cpuMsPerRequest);

  const b = await bundles();
  console.log('5. Per function: minified ESM bundle and cold initialisation (import in a fresh node, median of 3)');
  for (const r of b) console.log(`   ${r.name.padEnd(18)} ${`${r.kb.toFixed(0)} KB`.padStart(8)} ${ms(r.initMs).padStart(10)}`);
  writeFileSync(join(tmpdir(), 'eqyzmet-bench.json'), JSON.stringify({ mem, memPdf, e2e: { ...e }, eds, bundles: b }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
