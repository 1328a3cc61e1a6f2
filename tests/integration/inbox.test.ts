/**
 * The agency inbox as the staff console uses it: the tasks of the signed-in role, the filters
 * (status, service, due date, assignee) applied on the server, pages merged across statuses in
 * due order; and the head's reassignment with the staff directory it picks from.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ddbClient } from '../../shared/adapters/clients.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import type { ApiClient } from '../../scripts/lib/client.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';

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
let headUsername = '';
let citizen: { iin: string; client: ApiClient };
let clerkA: { username: string; client: ApiClient };
let clerkB: { username: string; client: ApiClient };

beforeAll(async () => {
  citizen = await newCitizen(ctx.platform);
  const made: string[] = [];
  for (let i = 0; i < 4; i++) made.push((await submitArchiveRequest(citizen.client, citizen.iin)).requestId);
  for (const id of made) await waitStatus(citizen.client, `/v1/requests/${id}`, ['IN_INBOX']);
  [overdue, soon, later, taken] = made as [string, string, string, string];
  const now = Date.now();
  await setDue(overdue, new Date(now - 2 * HOUR));
  await setDue(soon, new Date(now + 3 * HOUR));
  await setDue(later, new Date(now + 10 * 24 * HOUR));
  await setDue(taken, new Date(now + 5 * 24 * HOUR));
  ({ client: head, username: headUsername } = await newStaff(ctx.platform, { role: 'head' }));
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

describe('reassignment by the head', () => {
  it('lists the agency’s staff with their roles, and nobody of another agency', async () => {
    const vkoClerk = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    const r = await clerkA.client.call('GET', '/v1/agency/staff');
    expect(r.status).toBe(200);
    const byName = new Map((r.body.items as { username: string; roles: string[] }[]).map((m) => [m.username, m.roles]));
    expect(byName.get(headUsername)).toEqual(['head']);
    expect(byName.get(clerkA.username)).toEqual(['clerk']);
    expect(byName.get(clerkB.username)).toEqual(['clerk']);
    expect(byName.has(vkoClerk.username)).toBe(false);
    const vko = await vkoClerk.client.call('GET', '/v1/agency/staff');
    const vkoNames = (vko.body.items as { username: string }[]).map((m) => m.username);
    expect(vkoNames).toContain(vkoClerk.username);
    expect(vkoNames).not.toContain(clerkA.username);
    expect(vkoNames).not.toContain(headUsername);
  });

  it('hands an inbox request to a clerk: it leaves the others’ lists, only they may take it (409 ASSIGNED_TO_OTHER), the history names the head', async () => {
    const r = await head.call('POST', `/v1/agency/requests/${later}/assign`, { assignee: clerkB.username });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ requestId: later, status: 'IN_INBOX', assignee: clerkB.username });
    expect(r.body.history.at(-1)).toMatchObject({ event: 'staff.reassigned', outcome: 'reassigned', actor: { kind: 'staff', id: headUsername }, note: clerkB.username });
    expect(ids(await list(clerkA.client, '?limit=100'))).not.toContain(later);
    expect(ids(await list(clerkB.client, '?assignee=me&status=IN_INBOX'))).toEqual([later]);
    const other = await clerkA.client.call('POST', `/v1/agency/requests/${later}/take`);
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('ASSIGNED_TO_OTHER');
    expect((await head.call('POST', `/v1/agency/requests/${later}/take`)).body.error.code).toBe('ASSIGNED_TO_OTHER');
    const mine = await clerkB.client.call('POST', `/v1/agency/requests/${later}/take`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'IN_PROGRESS', assignee: clerkB.username });
    // Handing it to its assignee again changes nothing.
    const again = await head.call('POST', `/v1/agency/requests/${later}/assign`, { assignee: clerkB.username });
    expect(again.status).toBe(200);
    expect(again.body.history.filter((h: { event: string }) => h.event === 'staff.reassigned')).toHaveLength(1);
  });

  it('moves a request in progress to another clerk: the former assignee can neither decide nor take it, the new one decides', async () => {
    const r = await head.call('POST', `/v1/agency/requests/${taken}/assign`, { assignee: clerkB.username });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'IN_PROGRESS', assignee: clerkB.username });
    expect((await clerkA.client.call('POST', `/v1/agency/requests/${taken}/decision`, approveBody)).body.error.code).toBe('NOT_ASSIGNED_TO_YOU');
    expect((await clerkA.client.call('POST', `/v1/agency/requests/${taken}/take`)).body.error.code).toBe('ASSIGNED_TO_OTHER');
    expect(ids(await list(clerkA.client, '?assignee=me'))).not.toContain(taken);
    expect((await clerkB.client.call('POST', `/v1/agency/requests/${taken}/decision`, approveBody)).status).toBe(202);
    await waitStatus(citizen.client, `/v1/requests/${taken}`, ['COMPLETED']);
    const done = await head.call('POST', `/v1/agency/requests/${taken}/assign`, { assignee: clerkA.username });
    expect(done.status).toBe(409);
    expect(done.body.error.code).toBe('NOT_ASSIGNABLE');
  });

  it('refuses a clerk (403 FORBIDDEN_ROLE), another agency’s head (404) and an assignee who is not a clerk or head of the agency (422), and changes nothing', async () => {
    const byClerk = await clerkA.client.call('POST', `/v1/agency/requests/${soon}/assign`, { assignee: clerkA.username });
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.error.code).toBe('FORBIDDEN_ROLE');
    const vkoHead = (await newStaff(ctx.platform, { agencyId: 'vko-internal-policy', role: 'head' })).client;
    expect((await vkoHead.call('POST', `/v1/agency/requests/${soon}/assign`, { assignee: clerkA.username })).status).toBe(404);
    const vkoClerk = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    const operator = await newStaff(ctx.platform, { role: 'operator' }); // in the agency's group, but not a clerk or head
    for (const assignee of [vkoClerk.username, operator.username, 'nobody']) {
      const r = await head.call('POST', `/v1/agency/requests/${soon}/assign`, { assignee });
      expect(r.status, assignee).toBe(422);
      expect(r.body.error).toMatchObject({ code: 'ASSIGNEE_NOT_IN_AGENCY', fields: [{ field: 'assignee', code: 'ASSIGNEE_NOT_IN_AGENCY' }] });
    }
    const view = await head.call('GET', `/v1/agency/requests/${soon}`);
    expect(view.body.assignee).toBeUndefined();
    expect(view.body.history.some((h: { event: string }) => h.event === 'staff.reassigned')).toBe(false);
  });

  it('keeps merged pages in due order when the filters leave a status’s reads short', async () => {
    // IN_INBOX: three requests nobody has, then one the head gave clerk A (due in 4 days);
    // IN_PROGRESS: one clerk A took (due in 5 days). Reading one item at a time, the inbox
    // partition stops at its third item while the other already offers the 5-day one.
    const made: string[] = [];
    for (let i = 0; i < 4; i++) made.push((await submitArchiveRequest(citizen.client, citizen.iin)).requestId);
    for (const id of made) await waitStatus(citizen.client, `/v1/requests/${id}`, ['IN_INBOX']);
    const [p1, p2, p3, x] = made as [string, string, string, string];
    const now = Date.now();
    await setDue(p1, new Date(now + 24 * HOUR + 1000));
    await setDue(p2, new Date(now + 48 * HOUR));
    await setDue(p3, new Date(now + 96 * HOUR));
    await setDue(x, new Date(now + 120 * HOUR));
    expect((await head.call('POST', `/v1/agency/requests/${p3}/assign`, { assignee: clerkA.username })).status).toBe(200);
    expect((await clerkA.client.call('POST', `/v1/agency/requests/${x}/take`)).status).toBe(200);

    const table = ctx.platform.env.REQUESTS_TABLE!;
    const query = { agencyId: 'mangystau-archives', statuses: ['IN_INBOX', 'IN_PROGRESS'] as const, assignee: { username: clerkA.username, orUnassignedIn: [] } };
    const whole = (await new DynamoRequestRepository(ddbClient(), table).listInbox({ ...query, limit: 100 })).items.map((i) => i.requestId);
    expect(whole).toEqual([p3, x]);
    const tiny = new DynamoRequestRepository(ddbClient(), table, { inboxReadSize: 1 });
    const paged: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await tiny.listInbox({ ...query, limit: 1, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((r) => r.requestId));
      cursor = page.cursor;
      if (!cursor) break;
    }
    expect(cursor).toBeUndefined();
    expect(paged).toEqual(whole);
  });
});
