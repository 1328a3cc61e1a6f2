/**
 * The local Lambda runtime: runs the real handlers in this process with the event shapes AWS
 * delivers. An HTTP server turns requests into API Gateway HTTP API (v2) events, checking JWTs
 * like the API's JWT authorizers; pollers deliver SQS batches like the Lambda event source
 * mapping and honour batchItemFailures; schedules fire EventBridge scheduled events.
 */
import { randomUUID } from 'node:crypto';
import { serveWeb } from './web.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { consumerTimeoutSeconds, queues } from '../../cdk/resources.js';
import { functions, type Auth, type FunctionDecl, type RouteDecl } from '../../functions/manifest.js';
import { sdkConfig } from './provision.js';
import { ensureFontProgram } from '../lib/font-program.js';

type AnyHandler = (event: unknown, context: unknown) => Promise<unknown>;

export interface RuntimeOptions {
  endpoint: string;
  region: string;
  env: Record<string, string>;
  port?: number;
  host?: string;
  /** SQS long-poll wait per receive (seconds). */
  pollWaitSeconds?: number;
  /** How soon a failed record becomes visible again (the real queue waits its visibility timeout). */
  retryDelaySeconds?: number;
  /** Run the frequent scheduled functions (rate ≤ 1 h) every N seconds instead (false: no schedules at all). */
  scheduleSeconds?: number | false;
  /** Called before every invocation; throwing makes that invocation fail (fault injection). */
  beforeInvoke?: (fn: FunctionDecl, kind: 'http' | 'sqs' | 'schedule') => void | Promise<void>;
  log?: (line: string) => void;
  projectRoot?: string;
  /** Deliver every SQS batch twice in a row (at-least-once delivery, made certain). */
  deliverTwice?: boolean;
  /** Keep every SQS event delivered, so a test can deliver them all again later. */
  recordDeliveries?: boolean;
  /** Deliver this share of SQS batches a second time (random), as SQS may. */
  duplicateShare?: number;
  /** Concurrent pollers per queue (Lambda runs several consumers at once). */
  pollersPerQueue?: number;
  /**
   * Multiplies every function's timeout. Long fault-injection runs use 3: moto copies a whole
   * table for every transaction, so its latency grows with the data while DynamoDB's does not.
   */
  timeoutScale?: number;
  /** Serve the built web apps (web/dist) from the API's own port for paths that are not API routes. */
  webDist?: string;
}

export interface Runtime {
  apiUrl: string;
  server: Server;
  invoke(fnName: string, event: unknown): Promise<unknown>;
  stats: { http: number; sqsBatches: number; sqsRecords: number; sqsFailures: number; scheduled: number };
  /** SQS events delivered so far (with recordDeliveries). */
  deliveries: { fn: string; event: SQSEvent }[];
  /** Resolves when no SQS batch is in flight. */
  idle(): Promise<void>;
  stop(): Promise<void>;
  /** Stops at once, like a killed process: in-flight batches are never settled. */
  kill(): Promise<void>;
}

function lambdaContext(fn: FunctionDecl, timeoutSeconds: number) {
  const deadline = Date.now() + timeoutSeconds * 1000;
  return {
    functionName: `eqyzmet-local-${fn.id}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:eqyzmet-local-${fn.id}`,
    memoryLimitInMB: String(fn.memoryMb ?? 256),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/eqyzmet-local-${fn.id}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function baseTimeoutOf(fn: FunctionDecl): number {
  return fn.timeoutSeconds ?? (fn.consumes ? consumerTimeoutSeconds : 10);
}

async function withTimeout<T>(p: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

/** API Gateway HTTP APIs pass JWT claims as strings; arrays become "[a b]". */
function flattenClaims(payload: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(payload)) out[k] = Array.isArray(v) ? `[${v.join(' ')}]` : String(v);
  return out;
}

function compileRoute(r: RouteDecl): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const re = new RegExp(
    '^' +
      r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      }) +
      '$',
  );
  return { re, names };
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key, accept-language',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-max-age': '600',
};

export async function startRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const root = opts.projectRoot ?? process.cwd();
  const log = opts.log ?? (() => undefined);
  // Result documents' font, prepared as the CDK bundling prepares it for Lambda.
  process.env.RESULT_FONT_PROGRAM ??= await ensureFontProgram(root);
  const handlers = new Map<string, AnyHandler>();
  const loadHandler = async (fn: FunctionDecl): Promise<AnyHandler> => {
    let h = handlers.get(fn.name);
    if (!h) {
      const mod = (await import(pathToFileURL(join(root, 'functions', fn.name, 'handler.ts')).href)) as { handler: AnyHandler };
      h = mod.handler;
      handlers.set(fn.name, h);
    }
    return h;
  };
  const byName = new Map(functions.map((f) => [f.name, f]));
  const timeoutOf = (fn: FunctionDecl) => baseTimeoutOf(fn) * (opts.timeoutScale ?? 1);
  const stats = { http: 0, sqsBatches: 0, sqsRecords: 0, sqsFailures: 0, scheduled: 0 };
  const deliveries: { fn: string; event: SQSEvent }[] = [];

  // ---------------------------------------------------------------- JWT authorizers
  const verifiers: Partial<Record<Exclude<Auth, 'none'>, { verify: (t: string) => Promise<Record<string, unknown>> }>> = {};
  for (const [auth, pool] of [
    ['citizen', { poolEnv: 'CITIZEN_POOL_ID', clientEnv: 'CITIZEN_CLIENT_ID' }],
    ['staff', { poolEnv: 'STAFF_POOL_ID', clientEnv: 'STAFF_CLIENT_ID' }],
  ] as const) {
    const poolId = opts.env[pool.poolEnv]!;
    const clientId = opts.env[pool.clientEnv]!;
    // moto serves the JWKS at <endpoint>/<poolId>/.well-known/jwks.json while tokens name the
    // real Cognito issuer; the verifier gets both, as the API Gateway authorizer would.
    const v = JwtRsaVerifier.create({
      issuer: `https://cognito-idp.${opts.region}.amazonaws.com/${poolId}`,
      audience: null,
      jwksUri: `${opts.endpoint}/${poolId}/.well-known/jwks.json`,
      customJwtCheck: ({ payload }) => {
        if (payload.client_id !== clientId && payload.aud !== clientId) throw new Error('token of another app client');
      },
    });
    const jwks = await (await fetch(`${opts.endpoint}/${poolId}/.well-known/jwks.json`)).json();
    v.cacheJwks(jwks as Parameters<typeof v.cacheJwks>[0]);
    verifiers[auth] = { verify: async (t) => (await v.verify(t)) as unknown as Record<string, unknown> };
  }

  // ---------------------------------------------------------------- HTTP API
  const routes = functions.flatMap((fn) => (fn.routes ?? []).map((r) => ({ fn, r, ...compileRoute(r) })));
  const host = opts.host ?? '127.0.0.1';

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: string, headers: Record<string, string | number> = {}) => {
      res.writeHead(status, { ...CORS, ...headers });
      res.end(body);
    };
    // API Gateway refuses request lines over 8 KB before any integration runs.
    if ((req.url ?? '').length > 8192) return send(414, JSON.stringify({ message: 'Request-URI Too Large' }), { 'content-type': 'application/json' });
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') return send(204, '');
    const hit = routes.find((x) => x.r.method === method && x.re.test(url.pathname));
    if (!hit && opts.webDist && serveWeb(opts.webDist, req, res, url.pathname)) return;
    if (!hit) return send(404, JSON.stringify({ message: 'Not Found' }), { 'content-type': 'application/json' });
    const m = hit.re.exec(url.pathname)!;
    const pathParameters = Object.fromEntries(hit.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));

    let claims: Record<string, string> | undefined;
    if (hit.r.auth !== 'none') {
      const authz = req.headers.authorization ?? '';
      const token = /^Bearer\s+(.+)$/i.exec(authz)?.[1];
      try {
        if (!token) throw new Error('no token');
        claims = flattenClaims(await verifiers[hit.r.auth]!.verify(token));
      } catch {
        return send(401, JSON.stringify({ message: 'Unauthorized' }), { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      }
    }
    // API Gateway's own payload limit for HTTP APIs is 10 MB.
    const raw = await readBody(req, 10 * 1024 * 1024);
    if (raw === 'too-large') return send(413, JSON.stringify({ message: 'Request Entity Too Large' }), { 'content-type': 'application/json' });
    const contentType = String(req.headers['content-type'] ?? '');
    const textual = raw.length === 0 || /json|text|xml|x-www-form-urlencoded/i.test(contentType);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = query[k] !== undefined ? `${query[k]},${v}` : v;
    const routeKey = `${hit.r.method} ${hit.r.path}`;
    const now = new Date();
    const event = {
      version: '2.0',
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
      ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
        domainName: headers.host ?? host,
        domainPrefix: 'local',
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
        requestId: randomUUID(),
        routeKey,
        stage: '$default',
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
      },
      ...(raw.length ? { body: textual ? raw.toString('utf8') : raw.toString('base64'), isBase64Encoded: !textual } : { isBase64Encoded: false }),
    };
    stats.http++;
    try {
      await opts.beforeInvoke?.(hit.fn, 'http');
      const h = await loadHandler(hit.fn);
      const out = (await withTimeout(h(event, lambdaContext(hit.fn, timeoutOf(hit.fn))), timeoutOf(hit.fn), hit.fn.name)) as
        | { statusCode?: number; headers?: Record<string, string>; body?: string; isBase64Encoded?: boolean }
        | string
        | undefined;
      if (out && typeof out === 'object' && typeof out.statusCode === 'number') {
        const body = out.body === undefined ? '' : out.isBase64Encoded ? Buffer.from(out.body, 'base64') : out.body;
        res.writeHead(out.statusCode, { ...CORS, ...(out.headers ?? {}) });
        res.end(body);
      } else {
        send(200, typeof out === 'string' ? out : JSON.stringify(out ?? null), { 'content-type': 'application/json' });
      }
    } catch (e) {
      log(`[http] ${routeKey} failed: ${(e as Error).message}`);
      // What API Gateway answers when the integration fails.
      send(500, JSON.stringify({ message: 'Internal Server Error' }), { 'content-type': 'application/json' });
    }
  };

  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    serve(req, res).catch((e) => {
      log(`[http] ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, host, resolve));
  const addr = server.address();
  const apiUrl = `http://${host}:${typeof addr === 'object' && addr ? addr.port : opts.port}`;
  // The QR code on result documents links to this API's public verification route.
  process.env.PUBLIC_BASE_URL ??= apiUrl;

  // ---------------------------------------------------------------- SQS event sources
  const sqs = new SQSClient(sdkConfig({ endpoint: opts.endpoint, region: opts.region }));
  let running = true;
  let killed = false;
  let inFlight = 0;
  const idleWaiters: (() => void)[] = [];
  const settle = () => {
    if (inFlight === 0) while (idleWaiters.length) idleWaiters.shift()!();
  };
  const wait = opts.pollWaitSeconds ?? 1;
  const retryDelay = opts.retryDelaySeconds ?? 1;

  const toRecord = (m: Message, arn: string): SQSRecord => ({
    messageId: m.MessageId!,
    receiptHandle: m.ReceiptHandle!,
    body: m.Body ?? '',
    attributes: {
      ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1',
      SentTimestamp: m.Attributes?.SentTimestamp ?? String(Date.now()),
      SenderId: m.Attributes?.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: m.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: Object.fromEntries(
      Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [k, { dataType: v.DataType ?? 'String', stringValue: v.StringValue, stringListValues: [], binaryListValues: [] }]),
    ),
    md5OfBody: m.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: arn,
    awsRegion: opts.region,
  });

  const pollers: Promise<void>[] = [];
  for (const fn of functions.filter((f) => f.consumes?.length)) {
    for (const queueId of fn.consumes!) {
      const decl = queues.find((q) => q.id === queueId)!;
      const url = opts.env[decl.env]!;
      const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
      for (let k = 0; k < (opts.pollersPerQueue ?? 1); k++) pollers.push(
        (async () => {
          while (running) {
            let msgs: Message[] = [];
            try {
              const r = await sqs.send(
                new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: wait, AttributeNames: ['All'], MessageAttributeNames: ['All'] }),
              );
              msgs = r.Messages ?? [];
            } catch (e) {
              if (!running) break;
              log(`[sqs] receive from ${queueId} failed: ${(e as Error).message}`);
              await new Promise((r) => setTimeout(r, 500));
              continue;
            }
            if (!msgs.length) continue;
            inFlight++;
            stats.sqsBatches++;
            stats.sqsRecords += msgs.length;
            let failed = new Set<string>();
            try {
              await opts.beforeInvoke?.(fn, 'sqs');
              const h = await loadHandler(fn);
              const event: SQSEvent = { Records: msgs.map((m) => toRecord(m, arn)) };
              if (opts.recordDeliveries) deliveries.push({ fn: fn.name, event });
              const out = (await withTimeout(h(event, lambdaContext(fn, timeoutOf(fn))), timeoutOf(fn), fn.name)) as { batchItemFailures?: { itemIdentifier: string }[] } | undefined;
              failed = new Set((out?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
              if (opts.deliverTwice || (opts.duplicateShare && Math.random() < opts.duplicateShare)) {
                const again = (await withTimeout(h(event, lambdaContext(fn, timeoutOf(fn))), timeoutOf(fn), fn.name)) as typeof out;
                for (const f of again?.batchItemFailures ?? []) failed.add(f.itemIdentifier);
              }
            } catch (e) {
              // A thrown handler fails the whole batch, as with Lambda.
              log(`[sqs] ${fn.name} batch failed: ${(e as Error).message}`);
              failed = new Set(msgs.map((m) => m.MessageId!));
            }
            if (killed) {
              // A killed runtime settles nothing: its messages come back after their visibility timeout.
              inFlight--;
              settle();
              break;
            }
            stats.sqsFailures += failed.size;
            const ok = msgs.filter((m) => !failed.has(m.MessageId!));
            const bad = msgs.filter((m) => failed.has(m.MessageId!));
            try {
              if (ok.length) await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: url, Entries: ok.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
              if (bad.length) {
                await sqs.send(
                  new ChangeMessageVisibilityBatchCommand({ QueueUrl: url, Entries: bad.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle!, VisibilityTimeout: retryDelay })) }),
                );
              }
            } catch (e) {
              log(`[sqs] settling ${queueId} failed: ${(e as Error).message}`);
            } finally {
              inFlight--;
              settle();
            }
          }
        })(),
      );
    }
  }

  // ---------------------------------------------------------------- schedules
  const timers: NodeJS.Timeout[] = [];
  for (const fn of functions.filter((f) => f.scheduleMinutes)) {
    if (opts.scheduleSeconds === false) continue;
    const every = (opts.scheduleSeconds !== undefined && fn.scheduleMinutes! <= 60 ? opts.scheduleSeconds : fn.scheduleMinutes! * 60) * 1000;
    timers.push(
      setInterval(() => {
        stats.scheduled++;
        invoke(fn.name, scheduledEvent(fn)).catch((e) => log(`[schedule] ${fn.name} failed: ${(e as Error).message}`));
      }, every),
    );
  }

  async function invoke(fnName: string, event: unknown): Promise<unknown> {
    const fn = byName.get(fnName);
    if (!fn) throw new Error(`no function ${fnName} in functions/manifest.ts`);
    await opts.beforeInvoke?.(fn, fn.scheduleMinutes ? 'schedule' : fn.consumes ? 'sqs' : 'http');
    const h = await loadHandler(fn);
    return withTimeout(h(event, lambdaContext(fn, timeoutOf(fn))), timeoutOf(fn), fn.name);
  }

  return {
    apiUrl,
    server,
    invoke,
    stats,
    deliveries,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
    kill: async () => {
      running = false;
      killed = true;
      timers.forEach(clearInterval);
      server.closeAllConnections?.();
      server.close();
      sqs.destroy();
    },
    stop: async () => {
      running = false;
      timers.forEach(clearInterval);
      server.closeAllConnections?.();
      await new Promise<void>((r) => server.close(() => r()));
      await Promise.allSettled(pollers);
      sqs.destroy();
    },
  };
}

export function scheduledEvent(fn: FunctionDecl) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'us-east-1',
    resources: [`arn:aws:events:us-east-1:000000000000:rule/eqyzmet-local-${fn.id}`],
    detail: {},
  };
}
