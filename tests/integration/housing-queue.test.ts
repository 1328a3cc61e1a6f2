/**
 * Seed 004 regulation 7 (registration and queue of citizens needing housing) on the local cloud:
 * the notice of registration is an approval that places the applicant on the housing department's
 * list with the journal's next number; positions counted from the list, moved up by an allocation
 * from the queue; filed on the portal (Table 3), at the department's desk (Table 1) and at a
 * service centre (Table 2), each with its registry check and its 30 calendar days; every refusal
 * ground, a signature that does not match, and only the department's own staff.
 */
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../scripts/lib/client.js';
import { findService } from '../../shared/domain/services/index.js';
import { waitStatus } from '../support/journey.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { localDate } from '../../shared/domain/calendar.js';
import { freshIin, newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { events, printable, resultText, signWithUploads, stepIds, submitAndTake, uploadAll } from '../support/services.js';

const ctx = usePlatform('housing-queue');
const SERVICE = 'housing-queue';
const agencyId = 'oskemen-housing';
const def = findService(SERVICE)!;
const DAY = 86_400_000;

const form = { category: 'Халықтың әлеуметтік осал топтары', familySize: '4', address: 'Өскемен қ., Абай даңғылы 10, 5 пәтер', phone: '+7 7232 24-56-78', email: 'test@example.kz' };
const scans = ['family-composition', 'no-housing-certificate', 'category-proof'].map((kind) => ({ kind, name: `${kind}.pdf` }));
const registered = { outcome: 'registered', commissionDecisionDate: '2026-11-20', category: 'Халықтың әлеуметтік осал топтары', familySize: '4' };
const approve = { decision: 'approve', resultFields: registered };

const uploads = (c: ApiClient, path?: string) => uploadAll(c, scans, path);

async function file(lang = 'kk') {
  const { iin, client } = await newCitizen(ctx.platform, lang);
  const body = await signWithUploads(client, { applicantIin: iin, serviceId: SERVICE, form, language: lang }, scans);
  return { iin, client, body };
}

async function fileAndTake(clerk: ApiClient, lang = 'kk') {
  const { iin, client, body } = await file(lang);
  return { iin, client, ...(await submitAndTake(client, body, clerk)) };
}

/** The department's list as the clerk sees it: requestId → position. */
async function positions(clerk: ApiClient): Promise<Map<string, number>> {
  const list = await clerk.call('GET', '/v1/agency/queues/housing');
  expect(list.status).toBe(200);
  return new Map(list.body.items.map((e: { requestId: string; position: number }) => [e.requestId, e.position]));
}

const decidedIn = (view: { history: { event: string; deadline: string; stepStartedAt: string; stepId: string }[] }) => view.history.find((h) => h.event === 'staff.decided')!;

describe('registration and queue of citizens needing housing (seed 004, regulation 7)', () => {
  it('registers on the portal (Table 3) with the list’s numbers, shows positions, and moves everyone up when housing is allocated', async () => {
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    printable(registered);
    const a = await fileAndTake(clerk);
    const b = await fileAndTake(clerk, 'ru');
    const c = await fileAndTake(clerk, 'en');
    expect(a.registrationNumber).toMatch(/^OSK-TKSH-\d{4}-\d{6}$/);
    // Another department's clerk does not see it.
    const education = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await education.client.call('GET', `/v1/agency/requests/${a.requestId}`)).status).toBe(404);

    // The commission's decision needs its date, the category and a family size that is a number.
    const noDate = await clerk.call('POST', `/v1/agency/requests/${a.requestId}/decision`, { decision: 'approve', resultFields: { ...registered, commissionDecisionDate: undefined } });
    expect(noDate.status).toBe(400);
    expect(JSON.stringify(noDate.body)).toContain('resultFields.commissionDecisionDate');
    const badSize = await clerk.call('POST', `/v1/agency/requests/${a.requestId}/decision`, { decision: 'approve', resultFields: { ...registered, familySize: '0' } });
    expect(badSize.status).toBe(400);
    expect(badSize.body.error.fields[0]).toMatchObject({ field: 'resultFields.familySize', code: 'FIELD_BAD_FORMAT' });

    // A clerk's number and date are ignored: the list's next number and today's date are the platform's.
    expect((await clerk.call('POST', `/v1/agency/requests/${a.requestId}/decision`, { decision: 'approve', resultFields: { ...registered, listNumber: '1', listedOn: '2020-01-01' } })).status).toBe(202);
    for (const x of [b, c]) expect((await clerk.call('POST', `/v1/agency/requests/${x.requestId}/decision`, approve)).status).toBe(202);

    const views = [];
    for (const x of [a, b, c]) views.push(await waitStatus(x.client, `/v1/requests/${x.requestId}`, ['COMPLETED']));
    expect(events(views[0])).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect(stepIds(views[0])).toEqual(['T3.a3', 'T3.a5', 'T3.a6', 'T3.a8', 'T3.a8', 'T3.a8', 'T3.a8', 'T3.a8', 'T3.a8']);
    // Table 3 a8: within 30 calendar days.
    const decided = decidedIn(views[0]);
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(30 * DAY);

    const numbers = views.map((v) => v.queue.journalNumber as number);
    expect(numbers[1]).toBeGreaterThan(numbers[0]!);
    expect(numbers[2]).toBeGreaterThan(numbers[1]!);
    expect(views.map((v) => v.queue.position)).toEqual([1, 2, 3]);
    expect(views.map((v) => v.queue.status)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(views[0].queue.name).toBe('Тұрғын үйге мұқтаж азаматтар кезегі');
    expect(views[1].queue.name).toBe('Очередь граждан, нуждающихся в жилище');
    expect(views[2].queue.name).toBe('Queue of citizens needing housing');
    // What the notice prints: the list's number and today's date, not what the clerk sent.
    const stored = (await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(a.requestId))!;
    expect(stored.decision).toMatchObject({ approved: true, resultFields: { ...registered, listNumber: String(numbers[0]), listedOn: localDate(new Date()) } });
    const res = await a.client.call('GET', `/v1/requests/${a.requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    // Annex 3: the notice gives the list's number and «Кезекке қою кезіндегі Сіздің кезегіңіздің №», the place when issued.
    const notices = await Promise.all([a, b, c].map((x) => resultText(x.client, x.requestId)));
    expect(notices[0]).toContain(`Тұрғын үйге мұқтаж азаматтар есебіндегі нөмірі: ${numbers[0]}`);
    expect(notices[0]).toContain('Кезекке қою кезіндегі Сіздің кезегіңіздің №: 1 (құжат берілген күнгі жағдай бойынша)');
    expect(notices[1]).toContain(`Номер в списке учета граждан, нуждающихся в жилище: ${numbers[1]}`);
    expect(notices[1]).toContain('Ваш номер в очереди при постановке на учет: 2 (по состоянию на дату выдачи документа)');
    expect(notices[2]).toContain(`Number on the list of citizens needing housing: ${numbers[2]}`);
    expect(notices[2]).toContain('Your place in the queue when registered: 3 (as at the date of issue of this document)');
    expect(notices[2]).toContain('the current place is shown in the personal cabinet');

    // The department's list: first registered first, with no IIN in it.
    const list = await clerk.call('GET', '/v1/agency/queues/housing');
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: { requestId: string }) => e.requestId)).toEqual([a.requestId, b.requestId, c.requestId]);
    expect(list.body.items.map((e: { position: number }) => e.position)).toEqual([1, 2, 3]);
    expect(JSON.stringify(list.body)).not.toContain(a.iin);

    // Housing is allocated to a: a leaves the list, b and c move up.
    const dwelling = 'Өскемен қ., Ушанов к. 5, 12 пәтер';
    const ref = await clerk.call('POST', `/v1/agency/requests/${a.requestId}/queue-referral`, { organisation: dwelling });
    expect(ref.status).toBe(200);
    expect(ref.body.queue).toMatchObject({ status: 'referred', journalNumber: numbers[0], referral: { organisation: dwelling } });
    const again = await clerk.call('POST', `/v1/agency/requests/${a.requestId}/queue-referral`, { organisation: 'Өскемен қ., Бажов к. 1, 3 пәтер' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOT_IN_QUEUE');
    const after = await Promise.all([a, b, c].map(async (x) => (await x.client.call('GET', `/v1/requests/${x.requestId}`)).body.queue));
    expect(after[0]).toMatchObject({ status: 'referred', referral: { organisation: dwelling } });
    expect(after[0].position).toBeUndefined();
    expect(after.slice(1).map((q) => q.position)).toEqual([1, 2]);
    expect([...(await positions(clerk)).entries()]).toEqual([[b.requestId, 1], [c.requestId, 2]]);
    // The place a notice printed is counted as it stood at its issue: a re-issue after the allocation prints the same.
    const repo = new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!);
    const issuedB = (await repo.get(b.requestId))!.result!.issuedAt;
    expect(await repo.queuePosition(agencyId, 'housing', numbers[1]!, issuedB)).toBe(2);
    expect(await repo.queuePosition(agencyId, 'housing', numbers[1]!)).toBe(1);
    expect(await resultText(b.client, b.requestId)).toContain('Ваш номер в очереди при постановке на учет: 2');

    // Only the department's staff: the education department has no housing list and may not ask for this one; a citizen can't refer.
    expect((await education.client.call('GET', `/v1/agency/queues/housing?agencyId=${agencyId}`)).status).toBe(403);
    expect((await education.client.call('GET', '/v1/agency/queues/housing')).status).toBe(404);
    expect((await education.client.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: dwelling })).status).toBe(404);
    expect((await b.client.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: dwelling })).status).toBe(401);
    // And the preschool list is not the housing department's.
    expect((await clerk.call('GET', '/v1/agency/queues/preschool')).status).toBe(404);
  });

  it('refuses on every ground, in the request’s language, with no place in the queue', async () => {
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    expect(def.refusalGrounds.length).toBeGreaterThan(1);
    for (const ground of def.refusalGrounds) {
      const x = await fileAndTake(clerk);
      const reason = `Негіздеме: ${ground.label.kk}.`;
      printable({ reason });
      const d = await clerk.call('POST', `/v1/agency/requests/${x.requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
      expect(d.status, ground.id).toBe(202);
      const done = await waitStatus(x.client, `/v1/requests/${x.requestId}`, ['REFUSED', 'COMPLETED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground.label).toBe(ground.label.kk);
      expect(done.queue).toBeUndefined();
      expect(stepIds(done).slice(-4), ground.id).toEqual(['T3.a8', 'T3.a8', 'T3.a8', 'T3.a8']);
      // Annex 3 negative form: the reason and the right to appeal; ¶11: complaints to the call centre 1414.
      const refusal = await resultText(x.client, x.requestId);
      expect(refusal).toContain(reason);
      expect(refusal).toContain('Осы шешіммен келіспеген жағдайда, Сіздің заңнамамен белгіленген тәртіпте оған шағымдануға құқығыңыз бар.');
      expect(refusal).toContain('call-орталық 1414');
      expect(refusal).not.toContain('Кезекке қою кезіндегі');
      expect((await positions(clerk)).has(x.requestId)).toBe(false);
    }
  });

  it('refuses a request whose signature does not match its content (condition 2, Table 3 a4)', async () => {
    const { client, body } = await file('en');
    const sub = await client.submit({ ...body, form: { ...body.form, address: 'Somewhere else 1' } });
    expect(sub.status).toBe(202);
    const rejected = await waitStatus(client, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(rejected.status).toBe('SIGNATURE_REJECTED');
    expect(rejected.refusal.code).toBe('EDS_INVALID_SIGNATURE');
    expect(rejected.history.at(-1).stepId).toBe('T3.a4');
    expect(rejected.queue).toBeUndefined();
  });

  it('asks for the documents the definition requires', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'ru');
    const all = await uploads(client);
    const r = await client.submit(await client.signRequest({ applicantIin: iin, serviceId: SERVICE, form, attachments: all.filter((a) => a.kind !== 'no-housing-certificate'), language: 'ru' }));
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error.fields)).toContain('no-housing-certificate');
  });

  it('is filed at the department’s desk (Table 1) by its own clerk only, after the ЖТ МДБ check (a3–a4), and registered within 30 calendar days (a8)', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const desk = await newStaff(ctx.platform, { agencyId });
    const fileAt = async (c: ApiClient, applicantIin = iin) =>
      c.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin, applicantConsent: true, language: 'ru', form, attachments: await uploads(c, '/v1/staff/uploads') });
    const other = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await fileAt(other.client)).status).toBe(403);
    const missing = await fileAt(desk.client, freshIin());
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await fileAt(desk.client);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(stepIds(view)).toEqual(['T1.a5', 'T1.a5', 'T1.a6', 'T1.a8']);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, approve)).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    const decided = decidedIn(done);
    expect(decided.stepId).toBe('T1.a8');
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(30 * DAY);
    expect(done.queue).toMatchObject({ status: 'waiting', name: 'Очередь граждан, нуждающихся в жилище' });
    expect(done.queue.position).toBe((await positions(desk.client)).get(r.body.requestId));
    expect((await citizen.call('GET', `/v1/requests/${r.body.requestId}/result`)).status).toBe(200);
  });

  it('is filed at a service centre (Table 2) after the ЖТ МДБ check (a3–a4), and each registration takes the list’s next number', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const body = { serviceId: SERVICE, applicantConsent: true, language: 'kk', form };
    const missing = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: freshIin(), attachments: await uploads(op.client, '/v1/staff/uploads') });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: iin, attachments: await uploads(op.client, '/v1/staff/uploads') });
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
    expect(view.registrationNumber).toMatch(/^OSK-TKSH-\d{4}-\d{6}$/);
    expect(stepIds(view)).toEqual(['T2.a5', 'T2.a6', 'T2.a7', 'T2.a9']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    const before = Math.max(0, ...(await clerk.call('GET', '/v1/agency/queues/housing')).body.items.map((e: { journalNumber: number }) => e.journalNumber));
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, approve)).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    const decided = decidedIn(done);
    expect(decided.stepId).toBe('T2.a9');
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(30 * DAY);
    expect(stepIds(done).slice(-3)).toEqual(['T2.a9', 'T2.a9', 'T2.a9']);
    expect(done.queue).toMatchObject({ status: 'waiting', name: 'Тұрғын үйге мұқтаж азаматтар кезегі' });
    expect(done.queue.journalNumber).toBeGreaterThan(before);
    const list = await positions(clerk);
    expect(done.queue.position).toBe(list.get(r.body.requestId));
    expect(done.queue.position).toBe(list.size); // the last registered is last in line
  });
});
