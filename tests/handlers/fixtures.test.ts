/**
 * Handler tests: each function's handler called with its events/*.json fixture and a fake
 * context. These cases need no AWS: they stop at the edge (routing, auth, parsing, catalogue).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest.js';

const context = {
  functionName: 'test',
  awsRequestId: 'test-request',
  getRemainingTimeInMillis: () => 10_000,
  callbackWaitsForEmptyEventLoop: true,
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-central-1:123456789012:function:test',
  memoryLimitInMB: '256',
  logGroupName: 'g',
  logStreamName: 's',
};

const fixture = (f: string) => JSON.parse(readFileSync(`events/${f}`, 'utf8'));
type Handler = (e: unknown, c: unknown) => Promise<any>;
const load = async (name: string) => ((await import(`../../functions/${name}/handler.ts`)) as { handler: Handler }).handler;

describe('events/ fixtures', () => {
  it('exist for every function, and every fixture names a function of the manifest', () => {
    const files = readdirSync('events');
    for (const fn of functions) expect(files.some((f) => f.startsWith(`${fn.name}.`)), fn.name).toBe(true);
    for (const f of files) expect(functions.some((fn) => f.startsWith(`${fn.name}.`)), f).toBe(true);
  });

  it('match a route of their function (HTTP fixtures)', () => {
    for (const f of readdirSync('events')) {
      const e = fixture(f);
      if (!e.routeKey) continue;
      const fn = functions.find((x) => f.startsWith(`${x.name}.`))!;
      expect(fn.routes?.map((r) => `${r.method} ${r.path}`), f).toContain(e.routeKey);
    }
  });
});

describe('HTTP handlers at the edge', () => {
  it('api-docs serves the OpenAPI document', async () => {
    const r = await (await load('api-docs'))(fixture('api-docs.get.json'), context);
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body).servers[0].url).toBe('https://api.e-qyzmet.example.kz');
  });

  it('services-catalog answers the list and one service from the definitions', async () => {
    const h = await load('services-catalog');
    expect(JSON.parse((await h(fixture('services-catalog.list.json'), context)).body).items.map((s: { id: string }) => s.id)).toEqual(['archive-certificate', 'numbering-resource', 'unemployed-certificate', 'foreign-media-accounting', 'minors-deposit-certificate', 'minors-property-certificate', 'guardianship-certificate', 'disabled-children-support', 'preschool-queue', 'housing-queue', 'rem-hfd-permit', 'communications-licence', 'foreign-periodicals-accounting', 'rf-spectrum-permit']);
    const one = await h(fixture('services-catalog.get.json'), context);
    expect(JSON.parse(one.body).names.ru).toBe('Выдача архивных справок');
  });

  it('request-intake refuses a call without the authorizer’s claims with 401', async () => {
    const e = fixture('request-intake.post.json');
    delete e.requestContext.authorizer;
    const r = await (await load('request-intake'))(e, context);
    expect(r.statusCode).toBe(401);
    expect(JSON.parse(r.body).error.code).toBe('UNAUTHORIZED');
  });

  it('request-intake refuses malformed JSON and a bad Idempotency-Key before touching storage', async () => {
    const h = await load('request-intake');
    const e = fixture('request-intake.post.json');
    e.body = '{"serviceId":';
    expect(JSON.parse((await h(e, context)).body).error.code).toBe('MALFORMED_JSON');
    const k = fixture('request-intake.post.json');
    k.headers['idempotency-key'] = 'x';
    expect(JSON.parse((await h(k, context)).body).error.code).toBe('INVALID_IDEMPOTENCY_KEY');
  });

  it('agency-inbox reads the staff groups from the flattened claim and refuses an unknown status', async () => {
    const e = fixture('agency-inbox.list.json');
    e.queryStringParameters.status = 'DELETED';
    const r = await (await load('agency-inbox'))(e, context);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).error.fields[0].field).toBe('status');
  });

  it('staff-decision refuses a decision with an unknown shape', async () => {
    const e = fixture('staff-decision.decision.json');
    e.body = JSON.stringify({ decision: 'maybe' });
    const r = await (await load('staff-decision'))(e, context);
    expect(r.statusCode).toBe(400);
  });

  it('auth-login refuses a body with extra fields', async () => {
    const e = fixture('auth-login.citizen.json');
    e.body = JSON.stringify({ iin: '880315400128', password: 'x', admin: true });
    const r = await (await load('auth-login'))(e, context);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).error.fields[0]).toMatchObject({ field: 'admin', code: 'FIELD_UNKNOWN' });
  });

  it('citizen-signup refuses a password weaker than the pool’s policy before asking the registry or the pool', async () => {
    const e = fixture('citizen-signup.post.json');
    e.body = JSON.stringify({ iin: '880315400128', password: 'password1' });
    const r = await (await load('citizen-signup'))(e, context);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'PASSWORD_TOO_WEAK', fields: [{ field: 'password', params: { missing: ['uppercase', 'symbol'] } }] });
  });
});

describe('SQS handlers at the edge', () => {
  it('report a malformed message as a batch item failure and let the others through', async () => {
    for (const fn of functions.filter((f) => f.consumes)) {
      const e = fixture(`${fn.name}.sqs.json`);
      e.Records[0].body = '{not json';
      const r = await (await load(fn.name))(e, context);
      expect(r.batchItemFailures, fn.name).toEqual([{ itemIdentifier: e.Records[0].messageId }]);
    }
  });
});
