/**
 * The agency inbox as the staff console uses it: the tasks of the signed-in role, the filters
 * (status, service, due date, assignee) applied on the server, pages merged across statuses in
 * due order; and the head's reassignment with the staff directory it picks from.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ddbClient } from '../../shared/adapters/clients.js';
import type { ApiClient } from '../../scripts/lib/client.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { submitArchiveRequest, waitStatus } from '../support/journey.js';

const ctx = usePlatform('inbox');
const HOUR = 3600_000;

type Item = { requestId: string; status: string; dueAt: string | null; overdue: boolean; dueSoon: boolean; assignee: string | null };

/** Moves a request's due date (and its running step's deadline, which the engine keeps it equal to). */
async function setDue(requestId: string, dueAt: Date) {
  const d = dueAt.toISOString();
  await ddbClient().send(
    new UpdateCommand({
      TableName: ctx.platform.env.REQUESTS_TABLE!,
      Key: { pk: `REQ#${requestId}`, sk: 'META' },
      UpdateExpression: 'SET dueAt = :d, gsi2sk = :k, openStep.deadline = :d',
      ExpressionAttributeValues: { ':d': d, ':k': `${d}#${requestId}` },
    }),
  );
}

async function list(client: ApiClient, query = ''): Promise<Item[]> {
  const r = await client.call('GET', `/v1/agency/requests${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items;
}

/** Every page of a listing, following the cursor. */
async function all(client: ApiClient, query: string): Promise<Item[]> {
  const out: Item[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const r = await client.call('GET', `/v1/agency/requests?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    out.push(...r.body.items);
    cursor = r.body.cursor;
    if (!cursor) return out;
  }
  throw new Error('the cursor never ended');
}

const ids = (items: Item[]) => items.map((i) => i.requestId);

let overdue = '';
let soon = '';
let later = '';
let taken = '';
let head: ApiClient;
let clerkA: { username: string; client: ApiClient };
let clerkB: { username: string; client: ApiClient };

beforeAll(async () => {
  const citizen = await newCitizen(ctx.platform);
  const made: string[] = [];
  for (let i = 0; i < 4; i++) made.push((await submitArchiveRequest(citizen.client, citizen.iin)).requestId);
  for (const id of made) await waitStatus(citizen.client, `/v1/requests/${id}`, ['IN_INBOX']);
  [overdue, soon, later, taken] = made as [string, string, string, string];
  const now = Date.now();
  await setDue(overdue, new Date(now - 2 * HOUR));
  await setDue(soon, new Date(now + 3 * HOUR));
  await setDue(later, new Date(now + 10 * 24 * HOUR));
  await setDue(taken, new Date(now + 5 * 24 * HOUR));
  head = (await newStaff(ctx.platform, { role: 'head' })).client;
  clerkA = await newStaff(ctx.platform);
  clerkB = await newStaff(ctx.platform);
  expect((await clerkA.client.call('POST', `/v1/agency/requests/${taken}/take`)).status).toBe(200);
}, 120_000);

describe('the inbox filters', () => {
  it('lists the open requests of every status when no status is given, earliest due first, with the fields the console needs', async () => {
    const items = await list(head, '?limit=100');
    expect(ids(items).filter((id) => [overdue, soon, later, taken].includes(id))).toEqual([overdue, soon, taken, later]);
    const dues = items.map((i) => i.dueAt!);
    expect(dues).toEqual([...dues].sort());
    const first = items.find((i) => i.requestId === overdue)!;
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['requestId', 'serviceId', 'status', 'registrationNumber', 'createdAt', 'dueAt', 'openStep', 'assignee', 'channel', 'language', 'overdue', 'dueSoon']));
    expect(first).toMatchObject({ status: 'IN_INBOX', overdue: true, dueSoon: false, assignee: null });
    expect(items.find((i) => i.requestId === soon)).toMatchObject({ overdue: false, dueSoon: true });
    expect(items.find((i) => i.requestId === taken)).toMatchObject({ status: 'IN_PROGRESS', overdue: false, dueSoon: false, assignee: clerkA.username });
  });

  it('finds the overdue and the due-soon requests across the agency without a status (the head’s view)', async () => {
    expect(ids(await list(head, '?due=overdue'))).toEqual([overdue]);
    expect(ids(await list(head, '?due=soon'))).toEqual([soon]);
    expect(ids(await list(head, '?due=overdue&status=IN_PROGRESS'))).toEqual([]);
    expect(ids(await list(head, '?due=soon&status=IN_INBOX'))).toEqual([soon]);
  });

  it('filters by service on the server', async () => {
    expect(ids(await list(head, '?serviceId=archive-certificate&limit=100'))).toEqual(expect.arrayContaining([overdue, soon, later, taken]));
    expect(await list(head, '?serviceId=numbering-resource')).toEqual([]);
  });

  it('shows a clerk the unassigned requests in the inbox and their own, not another clerk’s; assignee=me only their own', async () => {
    const a = ids(await list(clerkA.client, '?limit=100'));
    expect(a).toEqual(expect.arrayContaining([overdue, soon, later, taken]));
    const b = ids(await list(clerkB.client, '?limit=100'));
    expect(b).toEqual(expect.arrayContaining([overdue, soon, later]));
    expect(b).not.toContain(taken);
    expect(ids(await list(clerkB.client, '?status=IN_PROGRESS'))).toEqual([]);
    expect(ids(await list(clerkA.client, '?assignee=me'))).toEqual([taken]);
    expect(ids(await list(head, '?assignee=me'))).toEqual([]);
    expect(ids(await list(head, '?status=IN_PROGRESS'))).toEqual([taken]);
  });

  it('pages through statuses merged in due order, one item a page, with nothing lost or repeated', async () => {
    const whole = ids(await list(head, '?limit=100'));
    const paged = ids(await all(head, 'limit=1'));
    expect(paged).toEqual(whole);
    const filtered = ids(await all(clerkB.client, 'limit=1&serviceId=archive-certificate'));
    expect(filtered).toEqual(ids(await list(clerkB.client, '?limit=100')));
  });

  it('refuses unknown filter values, a due filter on finished requests and another agency’s cursor, naming the field', async () => {
    for (const [q, field] of [
      ['?due=tomorrow', 'due'],
      ['?assignee=someone', 'assignee'],
      ['?serviceId=no-such', 'serviceId'],
      ['?status=COMPLETED&due=overdue', 'due'],
      ['?status=DELETED', 'status'],
    ] as const) {
      const r = await head.call('GET', `/v1/agency/requests${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.fields[0].field, q).toBe(field);
    }
    const page = await head.call('GET', '/v1/agency/requests?limit=1');
    expect(page.body.cursor).toBeDefined();
    const vko = (await newStaff(ctx.platform, { agencyId: 'vko-internal-policy', role: 'head' })).client;
    const foreign = await vko.call('GET', `/v1/agency/requests?limit=1&cursor=${encodeURIComponent(page.body.cursor)}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0]).toMatchObject({ field: 'cursor', code: 'FIELD_BAD_FORMAT' });
  });
});
