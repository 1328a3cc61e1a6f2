/**
 * Services with more than one provider, the one chosen by where the applicant is
 * (provider.byField): the preschool queue of seed 004 regulation 6 (the city education department,
 * or the Menovnoye rural district akim's office with its own journal) and the REM/HFD permit of
 * seed 003 App.4 (the Inspectorate of the region where the radio-frequency resource is used, which
 * reviews and signs). Each request lands in its provider's inbox and nowhere else; the other
 * provider's staff, and the Committee, get 404; a clerk files at the desk only for their own
 * locality; an answer that is not an option is a validation error in the request's language.
 */
import { describe, expect, it } from 'vitest';
import { ApiClient, samplePdf, signRequestWith } from '../../scripts/lib/client.js';
import { findAgency } from '../../shared/domain/agencies.js';
import { maskIin } from '../../shared/domain/iin.js';
import { findService } from '../../shared/domain/services/index.js';
import { waitStatus } from '../support/journey.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { newRepresentative, printable, uploadAll } from '../support/services.js';

const ctx = usePlatform('providers');

const CITY = 'oskemen-education';
const MENOVNOYE = 'menovnoye-akim';
const VKO = 'mtc-inspectorate-east-kazakhstan';
const MNG = 'mtc-inspectorate-mangystau';
const COMMITTEE = 'mtc-communications-committee';
// The portal signs the version the catalogue shows: the REM/HFD permit's is 2 (routed to the Inspectorates).
const REM_VERSION = findService('rem-hfd-permit')!.version;

const child = { childName: 'Қасымова Әлия Нұрланқызы', childBirthDate: '2023-02-14', childAddress: 'Меновное а., Бейбітшілік к. 7' };

async function filePreschool(form: Record<string, unknown>, lang = 'kk') {
  const { iin, client } = await newCitizen(ctx.platform, lang);
  const up = await client.upload('birth.pdf', 'application/pdf', samplePdf(`birth ${Math.random()}`));
  const body = await client.signRequest({ applicantIin: iin, serviceId: 'preschool-queue', form, attachments: [{ uploadId: up.uploadId, kind: 'birth-certificate', sha256: up.sha256 }], language: lang });
  return { iin, client, sub: await client.submit(body) };
}

async function inInbox(form: Record<string, unknown>) {
  const x = await filePreschool(form);
  expect(x.sub.status).toBe(202);
  const requestId = x.sub.body.requestId as string;
  const view = await waitStatus(x.client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(view.status).toBe('IN_INBOX');
  return { ...x, requestId, view };
}

const queueIt = { decision: 'approve', resultFields: { outcome: 'queued' } };

async function queue(clerk: ApiClient, requestId: string) {
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, queueIt)).status).toBe(202);
}

const inboxIds = async (c: ApiClient) => ((await c.call('GET', '/v1/agency/requests')).body.items as { requestId: string }[]).map((i) => i.requestId);

describe('the preschool queue’s two providers (seed 004 regulation 6 ¶1)', () => {
  it('routes a Menovnoye child to the akim’s office: its inbox, its own journal numbers and list; the city department gets 404 and the reverse holds', async () => {
    const { client: menovnoye } = await newStaff(ctx.platform, { agencyId: MENOVNOYE });
    const { client: city } = await newStaff(ctx.platform, { agencyId: CITY });

    // A blank locality is the city's (forms filed before the field existed route as they did).
    const a = await inInbox(child);
    const b = await inInbox({ ...child, locality: 'menovnoye' });
    const c = await inInbox({ ...child, locality: 'menovnoye' });
    const d = await inInbox({ ...child, locality: 'oskemen-city' });
    expect(b.view.registrationNumber).toMatch(/^OSK-MEN-\d{4}-\d{6}$/);
    expect(a.view.registrationNumber).toMatch(/^OSK-BB-\d{4}-\d{6}$/);
    expect(d.view.registrationNumber).toMatch(/^OSK-BB-\d{4}-\d{6}$/);

    // Each inbox holds its own requests only.
    const menInbox = await inboxIds(menovnoye);
    expect(menInbox).toEqual(expect.arrayContaining([b.requestId, c.requestId]));
    expect(menInbox).not.toContain(a.requestId);
    expect(menInbox).not.toContain(d.requestId);
    const cityInbox = await inboxIds(city);
    expect(cityInbox).toEqual(expect.arrayContaining([a.requestId, d.requestId]));
    expect(cityInbox).not.toContain(b.requestId);
    expect(cityInbox).not.toContain(c.requestId);
    // The other provider's request answers like a missing one, whatever is asked of it.
    expect((await city.call('GET', `/v1/agency/requests/${b.requestId}`)).status).toBe(404);
    expect((await city.call('POST', `/v1/agency/requests/${b.requestId}/take`)).status).toBe(404);
    expect((await menovnoye.call('GET', `/v1/agency/requests/${a.requestId}`)).status).toBe(404);
    expect((await menovnoye.call('POST', `/v1/agency/requests/${d.requestId}/take`)).status).toBe(404);

    // Interleaved decisions: each provider's journal counts on its own from 1.
    await queue(city, a.requestId);
    await queue(menovnoye, b.requestId);
    await queue(menovnoye, c.requestId);
    await queue(city, d.requestId);
    const done = await Promise.all([a, b, c, d].map((x) => waitStatus(x.client, `/v1/requests/${x.requestId}`, ['COMPLETED'])));
    expect(done.map((v) => v.queue.journalNumber)).toEqual([1, 1, 2, 2]);
    expect(done.map((v) => v.queue.position)).toEqual([1, 1, 2, 2]);

    // Each provider's list is its own journal; the other's is forbidden to ask for.
    const menList = await menovnoye.call('GET', '/v1/agency/queues/preschool');
    expect(menList.status).toBe(200);
    expect(menList.body.items.map((e: { requestId: string }) => e.requestId)).toEqual([b.requestId, c.requestId]);
    expect((await city.call('GET', '/v1/agency/queues/preschool')).body.items.map((e: { requestId: string }) => e.requestId)).toEqual([a.requestId, d.requestId]);
    expect((await city.call('GET', `/v1/agency/queues/preschool?agencyId=${MENOVNOYE}`)).status).toBe(403);

    // A referral from Menovnoye's queue moves only Menovnoye's children up; the city cannot refer them.
    expect((await city.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: '№ 1 бөбекжай' })).status).toBe(404);
    expect((await menovnoye.call('POST', `/v1/agency/requests/${b.requestId}/queue-referral`, { organisation: 'Меновное а., «Балапан» бөбекжайы' })).status).toBe(200);
    expect((await c.client.call('GET', `/v1/requests/${c.requestId}`)).body.queue.position).toBe(1);
    expect((await d.client.call('GET', `/v1/requests/${d.requestId}`)).body.queue.position).toBe(2);

    // The result is the akim's office's, and its metrics count it (the city's do not).
    const res = await b.client.call('GET', `/v1/requests/${b.requestId}/result`);
    expect(res.status).toBe(200);
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, agency: findAgency(MENOVNOYE)!.name });
    const finished = async (c: ApiClient) => (await c.call('GET', '/v1/agency/metrics?serviceId=preschool-queue')).body.services[0].totals.finished;
    expect(await finished(menovnoye)).toBe(2);
    expect(await finished(city)).toBe(2);
  });

  it('refuses a locality that is not an option, with the options and a message in the request’s language', async () => {
    const x = await filePreschool({ ...child, locality: 'ulba' }, 'ru');
    expect(x.sub.status).toBe(400);
    expect(x.sub.body.error.fields).toContainEqual({ field: 'form.locality', code: 'FIELD_NOT_ALLOWED', message: 'Недопустимое значение.', params: { allowed: ['oskemen-city', 'menovnoye'] } });
  });

  it('lets each provider’s clerk file at its desk (¶6) only for its own locality', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const men = await newStaff(ctx.platform, { agencyId: MENOVNOYE });
    const city = await newStaff(ctx.platform, { agencyId: CITY });
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    const fileAt = async (c: ApiClient, locality?: string) =>
      c.call('POST', '/v1/staff/requests', { serviceId: 'preschool-queue', applicantIin: iin, applicantConsent: true, language: 'kk', form: { ...child, ...(locality ? { locality } : {}) }, attachments: await uploadAll(c, [{ kind: 'birth-certificate', name: 'birth.pdf' }], '/v1/staff/uploads') });

    const wrongDesk = await fileAt(city.client, 'menovnoye');
    expect(wrongDesk.status).toBe(403);
    expect(wrongDesk.body.error).toMatchObject({ code: 'OTHER_PROVIDER', fields: [{ field: 'form.locality', code: 'OTHER_PROVIDER' }] });
    expect(wrongDesk.body.error.message).toMatch(/басқа қызмет беруші/);
    // A blank locality is the city's, so not Menovnoye's to file.
    expect((await fileAt(men.client)).body.error.code).toBe('OTHER_PROVIDER');
    expect((await fileAt(archives.client, 'menovnoye')).body.error.code).toBe('FORBIDDEN');

    const r = await fileAt(men.client, 'menovnoye');
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(view.registrationNumber).toMatch(/^OSK-MEN-/);
    expect((await city.client.call('GET', `/v1/agency/requests/${r.body.requestId}`)).status).toBe(404);
    expect((await men.client.call('GET', `/v1/agency/requests/${r.body.requestId}`)).status).toBe(200);
  });
});

const remForm = {
  deviceKind: 'rem',
  purpose: 'mobile',
  equipmentModel: 'Радиостанция Hytera HP785',
  serialNumbers: 'HP785-0001',
  quantity: '1',
  frequencies: '151,825',
  power: '5',
  emissionClass: '11K0F3E',
  region: 'east-kazakhstan',
  siteAddress: 'Шығыс Қазақстан обл., Өскемен қ., Қазақстан к. 40',
};
const remFiles = [
  { kind: 'technical-data', name: 'passport.pdf' },
  { kind: 'conformity-certificate', name: 'certificate.pdf' },
];

describe('the REM/HFD permit’s Inspectorates (seed 003 App.4 p.1, p.6–7)', () => {
  it('sends a request to the Inspectorate of the region named, which decides and signs it; the other Inspectorate and the Committee see nothing', async () => {
    const r = await newRepresentative(ctx.platform, 'ТОО «Ертіс Радио»', 'ru');
    const sub = await r.client.submit(await signRequestWith(r.rep, { applicantIin: r.iin, applicantBin: r.bin, serviceId: 'rem-hfd-permit', serviceVersion: REM_VERSION, form: remForm, attachments: await uploadAll(r.client, remFiles), language: 'ru' }));
    expect(sub.status).toBe(202);
    const requestId = sub.body.requestId as string;
    const inbox = await waitStatus(r.client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(inbox.status).toBe('IN_INBOX');
    expect(inbox.registrationNumber).toMatch(/^MTC-VKO-\d{4}-\d{6}$/);

    const vko = await newStaff(ctx.platform, { agencyId: VKO });
    const mng = await newStaff(ctx.platform, { agencyId: MNG });
    const committee = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    const committeeHead = await newStaff(ctx.platform, { agencyId: COMMITTEE, role: 'head' });
    expect(await inboxIds(vko.client)).toContain(requestId);
    for (const other of [mng, committee, committeeHead]) {
      expect(await inboxIds(other.client)).not.toContain(requestId);
      expect((await other.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
      expect((await other.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(404);
    }

    expect((await vko.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const resultFields = {
      permitNumber: 'РЭС-ВКО-2026-000001',
      holder: `${r.name}, БИН ${r.bin}`,
      equipment: 'Радиостанция Hytera HP785, заводской № HP785-0001, 1 шт.',
      frequencies: '151,825',
      characteristics: 'Мощность 5 Вт, класс излучения 11K0F3E',
      location: remForm.siteAddress,
      validUntil: '2031-12-31',
    };
    printable(resultFields);
    for (const other of [mng, committeeHead]) expect((await other.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(404);
    expect((await vko.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.decision).toMatchObject({ approved: true });
    expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').actor).toMatchObject({ id: vko.username });

    // The permit is the Inspectorate's, signed with the key of its employee who decided.
    const res = await r.client.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, service: { id: 'rem-hfd-permit' }, decision: 'approved', agency: findAgency(VKO)!.name });
    expect(report.signer.iin).toBe(maskIin(vko.iin!));
    expect((await mng.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);

    // Counted in the East Kazakhstan Inspectorate's metrics, not in Mangystau's.
    const finished = async (c: ApiClient) => (await c.call('GET', '/v1/agency/metrics?serviceId=rem-hfd-permit')).body.services[0].totals.finished;
    expect(await finished(vko.client)).toBe(1);
    expect(await finished(mng.client)).toBe(0);
  });

  it('offers only the regions whose Inspectorate is on the platform, and says so in the request’s language', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'en');
    const sub = await client.submit(await client.signRequest({ applicantIin: iin, serviceId: 'rem-hfd-permit', serviceVersion: REM_VERSION, form: { ...remForm, region: 'almaty-city' }, attachments: await uploadAll(client, remFiles), language: 'en' }));
    expect(sub.status).toBe(400);
    expect(sub.body.error.fields).toContainEqual({ field: 'form.region', code: 'FIELD_NOT_ALLOWED', message: 'This value is not allowed.', params: { allowed: ['east-kazakhstan', 'mangystau'] } });
  });

  it('lets an Inspectorate file at its desk (Table 2) for its own region only; the Committee files none', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const mng = await newStaff(ctx.platform, { agencyId: MNG });
    const committee = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    const fileAt = async (c: ApiClient, region: string) =>
      c.call('POST', '/v1/staff/requests', { serviceId: 'rem-hfd-permit', applicantIin: iin, applicantConsent: true, language: 'ru', form: { ...remForm, region, siteAddress: 'Маңғыстау обл., Ақтау қ., 3 ш/а, 1 үй' }, attachments: await uploadAll(c, remFiles, '/v1/staff/uploads') });

    const other = await fileAt(mng.client, 'east-kazakhstan');
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ code: 'OTHER_PROVIDER', message: expect.stringMatching(/другой услугодатель/) });
    expect((await fileAt(committee.client, 'mangystau')).body.error.code).toBe('FORBIDDEN');

    const r = await fileAt(mng.client, 'mangystau');
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(view.registrationNumber).toMatch(/^MTC-MNG-/);
  });

  it('names every provider in the catalogue and the regulation document', async () => {
    const anon = new ApiClient(ctx.api, 'en');
    const list = (await anon.call('GET', '/v1/services')).body.items as { id: string; provider: { agencyIds: string[]; byField?: string } }[];
    expect(list.find((s) => s.id === 'rem-hfd-permit')!.provider).toMatchObject({ agencyIds: [VKO, MNG], byField: 'region' });
    expect(list.find((s) => s.id === 'preschool-queue')!.provider).toMatchObject({ agencyIds: [CITY, MENOVNOYE], byField: 'locality' });
    expect(list.find((s) => s.id === 'archive-certificate')!.provider).toMatchObject({ agencyIds: ['mangystau-archives'] });
    const doc = await fetch(`${ctx.api}/v1/services/preschool-queue/regulation`, { headers: { 'accept-language': 'ru' } });
    const text = await doc.text();
    expect(text).toContain('Услугодатели: Отдел образования города Усть-Каменогорска; Аппарат акима Меновного сельского округа города Усть-Каменогорска');
    expect(text).toContain('Меновной сельский округ → Аппарат акима Меновного сельского округа');
  });
});
