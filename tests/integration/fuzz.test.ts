/**
 * Property-based fuzzing of every route's input: malformed JSON, wrong types, huge strings and
 * arrays, unicode edge cases, path traversal in file names, forged ids. Always a 4xx with a
 * machine-readable code, never a 5xx, and nothing stored. FUZZ_RUNS raises the count (bench).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../functions/manifest.js';
import { ApiClient } from '../../scripts/lib/client.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';

const ctx = usePlatform('fuzz');
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

let citizen: ApiClient;
let staff: ApiClient;

beforeAll(async () => {
  citizen = (await newCitizen(ctx.platform)).client;
  staff = (await newStaff(ctx.platform)).client;
});

const weird = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', '..\\..\\boot.ini', '%2e%2e%2f', '\u202e.pdf', 'a'.repeat(5000), 'NaN', '__proto__', 'constructor', '😀🇰🇿', 'Ә'.repeat(300)),
);
const value = fc.oneof(weird, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(weird, { maxLength: 50 }), fc.dictionary(weird, weird, { maxKeys: 10 }));

/** Bodies that look like each route's input but are wrong somewhere, plus plain junk. */
const bodies = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"a":', '[', 'null', '{"__proto__":{"admin":true}}', '\u0000\u0001', `{"pad":"${'x'.repeat(270_000)}"}`),
  fc.record({ serviceId: value, channel: value, language: value, form: value, attachments: value, signature: value }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ fileName: weird, contentType: value, size: value }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ decision: value, groundId: value, reason: value, resultFields: value }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ iin: value, username: value, password: value }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
);
const ids = fc.oneof(fc.uuid(), weird.filter((s) => s.length > 0 && !s.includes('/') && !s.includes('?') && !s.includes('#')));

function isCleanRefusal(r: { status: number; body: any }): boolean {
  if (r.status < 400 || r.status >= 500) return false;
  if (r.body?.error?.code && typeof r.body.error.message === 'string') return true;
  // API Gateway's own answers (no route after decoding, request line too long) carry only a message.
  return (r.status === 404 && r.body?.message === 'Not Found') || (r.status === 414 && r.body?.message === 'Request-URI Too Large');
}

describe('fuzzed input', () => {
  for (const route of allRoutes().filter((r) => r.method === 'POST' && r.body)) {
    it(`${route.method} ${route.path}: malformed and hostile bodies get a 4xx with a code`, async () => {
      const client = route.auth === 'staff' ? staff : citizen;
      await fc.assert(
        fc.asyncProperty(bodies, ids, async (body, id) => {
          const path = route.path.replace(/\{\w+\}/g, encodeURIComponent(id));
          const r = await client.call('POST', path, body, { 'content-type': 'application/json' });
          // A valid upload slot is a fine answer to a valid upload body.
          if (route.path === '/v1/uploads' && r.status === 201) return;
          if (!isCleanRefusal(r)) throw new Error(`${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  for (const route of allRoutes().filter((r) => r.method === 'GET' && r.path.includes('{') && r.auth !== 'none')) {
    it(`${route.method} ${route.path}: forged ids get a 4xx with a code`, async () => {
      const client = route.auth === 'staff' ? staff : citizen;
      await fc.assert(
        fc.asyncProperty(ids, ids, weird, async (a, b, q) => {
          let i = 0;
          const path = route.path.replace(/\{\w+\}/g, () => encodeURIComponent(i++ === 0 ? a : b));
          const r = await client.call('GET', `${path}?status=${encodeURIComponent(q)}&limit=${encodeURIComponent(q)}&cursor=${encodeURIComponent(q)}`);
          if (!isCleanRefusal(r)) throw new Error(`${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('GET list routes refuse forged cursors and limits with a code', async () => {
    await fc.assert(
      fc.asyncProperty(weird, weird, async (cursor, limit) => {
        for (const [client, path] of [
          [citizen, '/v1/requests'],
          [staff, '/v1/agency/requests'],
        ] as const) {
          const r = await client.call('GET', `${path}?cursor=${encodeURIComponent(cursor || 'x')}&limit=${encodeURIComponent(limit || 'x')}`);
          if (!isCleanRefusal(r)) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('stored nothing for the fuzzing citizen', async () => {
    expect((await citizen.call('GET', '/v1/requests?limit=100')).body.items).toEqual([]);
  });
});
