/**
 * Waiting lists (seed 004 regulation 6, preschool places): a referral, or the notice of
 * registration with the next journal number; positions counted from the journal that referrals
 * from the queue move up; concurrent decisions never share a number; only the department's own
 * staff see the list or refer from it; every refusal ground and a bad signature.
 */
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../scripts/lib/client.js';
import { findService } from '../../shared/domain/services/index.js';
import { waitStatus } from '../support/journey.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { localDate } from '../../shared/domain/calendar.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { resultText, signWithUploads, submitAndTake } from '../support/services.js';

const ctx = usePlatform('queue');
const agencyId = 'oskemen-education';
const child = { childName: 'Серікова Айым Бекқызы', childBirthDate: '2023-04-12', childAddress: 'Өскемен қ., Абай даңғылы 10, 5' };

async function file(lang = 'kk', form: Record<string, unknown> = child) {
  const { iin, client } = await newCitizen(ctx.platform, lang);
  const body = await signWithUploads(client, { applicantIin: iin, serviceId: 'preschool-queue', form, language: lang }, [{ kind: 'birth-certificate', name: 'birth.pdf' }]);
  return { iin, client, body };
}

async function fileAndTake(clerk: ApiClient, lang = 'kk') {
  const { iin, client, body } = await file(lang);
  const { requestId } = await submitAndTake(client, body, clerk);
  return { iin, client, requestId };
}

const queueIt = { decision: 'approve', resultFields: { outcome: 'queued' } };

describe('the preschool queue (seed 004, regulation 6)', () => {
  it('queues with journal numbers, shows positions, and moves everyone up when a child is referred', async () => {
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    const a = await fileAndTake(clerk);
    const b = await fileAndTake(clerk, 'ru');
    const c = await fileAndTake(clerk, 'en');
    const d = await fileAndTake(clerk);
    // A clerk's number is ignored: the journal's next number is the platform's.
    expect((await clerk.call('POST', `/v1/agency/requests/${a.requestId}/decision`, { decision: 'approve', resultFields: { outcome: 'queued', queueNumber: '1', queuedOn: '2020-01-01' } })).status).toBe(202);
    for (const x of [b, c]) expect((await clerk.call('POST', `/v1/agency/requests/${x.requestId}/decision`, queueIt)).status).toBe(202);
    // A place is free for d: a referral (it needs the organisation).
    const noOrg = await clerk.call('POST', `/v1/agency/requests/${d.requestId}/decision`, { decision: 'approve', resultFields: { outcome: 'referral' } });
    expect(noOrg.status).toBe(400);
    expect(JSON.stringify(noOrg.body)).toContain('resultFields.organisation');
    expect((await clerk.call('POST', `/v1/agency/requests/${d.requestId}/decision`, { decision: 'approve', resultFields: { outcome: 'referral', organisation: '№ 12 бөбекжай, Өскемен қ., Ушанов к. 5' } })).status).toBe(202);

    const views = [];
    for (const x of [a, b, c]) views.push(await waitStatus(x.client, `/v1/requests/${x.requestId}`, ['COMPLETED']));
    const numbers = views.map((v) => v.queue.journalNumber as number);
    expect(numbers[1]).toBeGreaterThan(numbers[0]!);
    expect(numbers[2]).toBeGreaterThan(numbers[1]!);
    expect(views.map((v) => v.queue.position)).toEqual([1, 2, 3]);
    expect(views.map((v) => v.queue.status)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(views[0].queue.name).toBe('Мектепке дейінгі ұйымдарға кезек');
    expect(views[1].queue.name).toBe('Очередь в дошкольные организации');
    // What the notice prints: the journal's number and today's date, not what the clerk sent.
    const stored = (await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(a.requestId))!;
    expect(stored.decision).toMatchObject({ approved: true, resultFields: { outcome: 'queued', queueNumber: String(numbers[0]), queuedOn: localDate(new Date()) } });
    const referred = await waitStatus(d.client, `/v1/requests/${d.requestId}`, ['COMPLETED']);
    expect(referred.queue).toBeUndefined();
    // Each queued child's notice is a signed result document.
    for (const x of [a, d]) expect((await x.client.call('GET', `/v1/requests/${x.requestId}/result`)).status).toBe(200);
    // Annex 3 notice: the journal's number and date, and that the queue's movement can be followed on the portal; its template names no position.
    const notice = await resultText(a.client, a.requestId);
    expect(notice).toContain(`Тіркеу журналындағы кезек нөмірі: ${numbers[0]}`);
    expect(notice).toContain(`Кезекке қойылған күні: ${localDate(new Date())}`);
    expect(notice).toContain('қазіргі орнын ЭҮП-тегі жеке кабинетте көруге болады');
    expect(notice).not.toContain('құжат берілген күнгі жағдай бойынша');

    // The department's list: first in line first.
    const list = await clerk.call('GET', '/v1/agency/queues/preschool');
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: { requestId: string }) => e.requestId)).toEqual([a.requestId, b.requestId, c.requestId]);
    expect(list.body.items.map((e: { position: number }) => e.position)).toEqual([1, 2, 3]);
    expect(JSON.stringify(list.body)).not.toContain(a.iin);
    const paged = await clerk.call('GET', '/v1/agency/queues/preschool?limit=2');
    const rest = await clerk.call('GET', `/v1/agency/queues/preschool?limit=2&cursor=${paged.body.cursor}`);
    expect([...paged.body.items, ...rest.body.items].map((e: { position: number }) => e.position)).toEqual([1, 2, 3]);

    // A place is found for a: referred, and b and c move up.
    const ref = await clerk.call('POST', `/v1/agency/requests/${a.requestId}/queue-referral`, { organisation: '№ 3 бөбекжай' });
    expect(ref.status).toBe(200);
    expect(ref.body.queue).toMatchObject({ status: 'referred', journalNumber: numbers[0], referral: { organisation: '№ 3 бөбекжай' } });
    expect((await clerk.call('POST', `/v1/agency/requests/${a.requestId}/queue-referral`, { organisation: '№ 3 бөбекжай' })).status).toBe(200); // a retry
    const again = await clerk.call('POST', `/v1/agency/requests/${a.requestId}/queue-referral`, { organisation: '№ 7 бөбекжай' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOT_IN_QUEUE');
    expect((await clerk.call('POST', `/v1/agency/requests/${d.requestId}/queue-referral`, { organisation: '№ 7' })).body.error.code).toBe('NOT_IN_QUEUE');
    const after = await Promise.all([a, b, c].map(async (x) => (await x.client.call('GET', `/v1/requests/${x.requestId}`)).body.queue));
    expect(after[0]).toMatchObject({ status: 'referred', referral: { organisation: '№ 3 бөбекжай' } });
    expect(after[0].position).toBeUndefined();
    expect(after.slice(1).map((q) => q.position)).toEqual([1, 2]);
    expect((await clerk.call('GET', '/v1/agency/queues/preschool')).body.items.map((e: { requestId: string }) => e.requestId)).toEqual([b.requestId, c.requestId]);

    // Only the department's staff: another agency's clerk neither lists nor refers; a citizen can't at all.
    const { client: other } = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await other.call('GET', `/v1/agency/queues/preschool?agencyId=${agencyId}`)).status).toBe(403);
    expect((await other.call('GET', '/v1/agency/queues/preschool')).status).toBe(404);
    expect((await other.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: '№ 1' })).status).toBe(404);
    expect((await b.client.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: '№ 1' })).status).toBe(401);
    expect((await b.client.call('GET', `/v1/requests/${c.requestId}`)).status).toBe(404);
    expect((await clerk.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: '' })).status).toBe(400);
  });

  it('gives concurrent decisions distinct journal numbers and distinct positions', async () => {
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    const xs = [];
    for (let i = 0; i < 5; i++) xs.push(await fileAndTake(clerk, 'ru'));
    const rs = await Promise.all(xs.map((x) => clerk.call('POST', `/v1/agency/requests/${x.requestId}/decision`, queueIt)));
    expect(rs.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    const views = await Promise.all(xs.map((x) => waitStatus(x.client, `/v1/requests/${x.requestId}`, ['COMPLETED'])));
    const numbers = views.map((v) => v.queue.journalNumber);
    expect(new Set(numbers).size).toBe(5);
    const positions = views.map((v) => v.queue.position as number);
    expect(new Set(positions).size).toBe(5);
    // Ordered as their journal numbers are.
    const byNumber = [...views].sort((p, q) => p.queue.journalNumber - q.queue.journalNumber).map((v) => v.queue.position);
    expect(byNumber).toEqual([...byNumber].sort((p, q) => p - q));
  });

  it('refuses on every ground of the regulation, in the request’s language, and a signature that does not match', async () => {
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    for (const ground of findService('preschool-queue')!.refusalGrounds) {
      const x = await fileAndTake(clerk);
      const d = await clerk.call('POST', `/v1/agency/requests/${x.requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason: `Негіздеме: ${ground.label.kk}.` });
      expect(d.status, ground.id).toBe(202);
      const done = await waitStatus(x.client, `/v1/requests/${x.requestId}`, ['REFUSED']);
      expect(done.decision.ground.label).toBe(ground.label.kk);
      expect(done.queue).toBeUndefined();
      // No appeal clause in the act's negative form: the general right, and ¶11's call centre 1414 for complaints.
      const refusal = await resultText(x.client, x.requestId);
      expect(refusal).toContain('заңнамамен белгіленген тәртіпте оған шағымдануға құқығыңыз бар');
      expect(refusal).toContain('call-орталық 1414');
    }
    const { client, body } = await file('en');
    const sub = await client.submit({ ...body, form: { ...body.form, childAddress: 'Somewhere else 1' } });
    expect(sub.status).toBe(202);
    const rejected = await waitStatus(client, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED']);
    expect(rejected.history.at(-1).stepId).toBe('T3.a1');
  });
});
