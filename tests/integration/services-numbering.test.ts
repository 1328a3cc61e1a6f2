/**
 * Seed 003 App.2 (allocation of numbering resource, assignment and withdrawal of numbers) on the
 * local cloud. A telecom operator's representative files on the portal (Table 1) signed with the
 * certificate carrying the BIN; a Committee clerk files for the operator at the Committee's desk
 * (Table 2) after ГБД ФЛ and ГБД ЮЛ; each is approved within the 30 calendar days of a9 and the
 * order downloads and verifies; each refusal ground, on both channels; the refusals before a
 * request exists (Table 2 a5) and the signature refusal (Table 1 a5); bad input answered in the
 * request's language. No fee in this service.
 */
import { describe, expect, it } from 'vitest';
import { ApiClient, signRequestWith, type RequestInput } from '../../scripts/lib/client.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { message } from '../../shared/domain/messages.js';
import { findService } from '../../shared/domain/services/index.js';
import { waitStatus } from '../support/journey.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { events, freshBin, newRepresentative, printable, stepIds, uploadAll, type Representative } from '../support/services.js';

const ctx = usePlatform('services-numbering');
const SERVICE = 'numbering-resource';
const COMMITTEE = 'mtc-communications-committee';
const ORG = 'АО «Нөмір-Тест»';
const DAY = 86_400_000;
const def = findService(SERVICE)!;

const form = { action: 'allocate', numberRange: '7292 40 00 00 – 7292 40 99 99', licenceNumber: 'ДС-0001234', justification: 'Расширение сети фиксированной связи в Актау.' };
const files = [{ kind: 'network-plan', name: 'plan.pdf' }];
const orderFields = { orderText: 'Выделить АО «Нөмір-Тест» нумерационный ресурс 7292 40 00 00 – 7292 40 99 99.', orderNumber: '321-п' };

const representative = (language = 'ru') => newRepresentative(ctx.platform, ORG, language);
const repo = () => new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!);

async function inputFor(r: Representative, language: string, values: Record<string, unknown> = form): Promise<RequestInput> {
  return { applicantIin: r.iin, applicantBin: r.bin, serviceId: SERVICE, form: values, attachments: await uploadAll(r.client, files), language };
}

/** Table 1: filed on the portal with the BIN certificate; in the Committee's inbox, taken by a clerk. */
async function fileOnPortal(language = 'ru') {
  const r = await representative(language);
  const sub = await r.client.submit(await signRequestWith(r.rep, await inputFor(r, language)));
  expect(sub.status).toBe(202);
  const requestId = sub.body.requestId as string;
  const inbox = await waitStatus(r.client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inbox.status).toBe('IN_INBOX');
  return { r, requestId, inbox };
}

/** Table 2: a Committee clerk files for the organisation (applicantBin) with its representative present. */
async function fileAtDesk(clerk: ApiClient, applicantIin: string, applicantBin?: string, values: Record<string, unknown> = form) {
  return clerk.call('POST', '/v1/staff/requests', {
    serviceId: SERVICE,
    applicantIin,
    ...(applicantBin ? { applicantBin } : {}),
    applicantConsent: true,
    language: 'kk',
    form: values,
    attachments: await uploadAll(clerk, files, '/v1/staff/uploads'),
  });
}

async function takeAndDecide(clerk: ApiClient, requestId: string, body: Record<string, unknown>) {
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, body)).status).toBe(202);
}

const approvalEvents = ['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'];

/** a9's stamps: one clock of 30 calendar days from registration (a7) to delivery. */
function expectThirtyDaysOnA9(history: { event: string; stepId: string; stepStartedAt: string; deadline: string; onTime: boolean }[], table: 'T1' | 'T2') {
  const a9 = history.filter((h) => h.stepId === `${table}.a9`);
  expect(a9.map((h) => h.event)).toEqual(['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
  for (const h of a9) {
    expect(h.stepStartedAt).toBe(a9[0]!.stepStartedAt);
    expect(Date.parse(h.deadline) - Date.parse(h.stepStartedAt)).toBe(30 * DAY);
    expect(h.onTime).toBe(true);
  }
  // a7 (registration): 1 min assumed, the table gives "-".
  const a7 = history.find((h) => h.stepId === `${table}.a7`)!;
  expect(Date.parse(a7.deadline) - Date.parse(a7.stepStartedAt)).toBe(60_000);
}

describe('numbering resource (seed 003 App.2) on the portal (Table 1)', () => {
  it('is filed by the representative with the BIN certificate, approved by the Committee within a9’s 30 days, and the order downloads and verifies', async () => {
    const { r, requestId, inbox } = await fileOnPortal('ru');
    expect(inbox).toMatchObject({ channel: 'portal' });
    expect(inbox.registrationNumber).toMatch(/^MTC-KSI-\d{4}-\d{6}$/);
    // Another agency's clerk does not see it.
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await archives.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);

    const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    printable(orderFields);
    await takeAndDecide(clerk, requestId, { decision: 'approve', resultFields: orderFields });
    const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.payment).toBeUndefined();
    expect(events(done)).toEqual(approvalEvents);
    // a4 submitted, a6 signed and verified, a7 registered in E-licensing, a9 the Committee and the order.
    expect(stepIds(done)).toEqual(['T1.a4', 'T1.a6', 'T1.a7', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a9']);
    expectThirtyDaysOnA9(done.history, 'T1');
    // a4's limit: 10–15 s; a6's: 1.5 min.
    const [a4, a6] = done.history as { stepStartedAt: string; deadline: string }[];
    expect(Date.parse(a4!.deadline) - Date.parse(a4!.stepStartedAt)).toBe(15_000);
    expect(Date.parse(a6!.deadline) - Date.parse(a6!.stepStartedAt)).toBe(90_000);

    const record = await repo().get(requestId);
    expect(record).toMatchObject({ applicantBin: r.bin, decision: { approved: true, resultFields: orderFields } });
    const res = await r.client.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, service: { id: SERVICE }, decision: 'approved' });
  });

  it('ends in a refusal on each ground the regulation gives, decided and delivered within a9', async () => {
    expect(def.refusalGrounds.map((g) => g.id)).toEqual(['applicant-data-violations', 'qualification-requirements']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    for (const ground of def.refusalGrounds) {
      const { r, requestId } = await fileOnPortal('kk');
      const reason = `Негіздеме: ${ground.label.kk}.`;
      printable({ reason });
      await takeAndDecide(clerk, requestId, { decision: 'refuse', groundId: ground.id, reason });
      const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground).toEqual({ id: ground.id, label: ground.label.kk });
      expect(done.history.find((h: { event: string }) => h.event === 'staff.decided')).toMatchObject({ stepId: 'T1.a9', outcome: `refused:${ground.id}` });
      expectThirtyDaysOnA9(done.history, 'T1');
      // The refusal is a signed document too, delivered to the cabinet.
      const res = await r.client.call('GET', `/v1/requests/${requestId}/result`);
      expect(res.status).toBe(200);
      expect((await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body).toMatchObject({ authentic: true, decision: 'refused' });
    }
    // A ground the regulation does not give is not accepted.
    const { requestId } = await fileOnPortal('kk');
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const unknown = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'payment-absent', reason: 'Төлем жоқ, бас тартылады.' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0]).toMatchObject({ field: 'groundId', code: 'REFUSAL_GROUND_UNKNOWN' });
  });

  it('refuses a signature that does not match the request, and a certificate without the BIN (condition 2, T1.a5)', async () => {
    const r = await representative('en');
    const body = await signRequestWith(r.rep, await inputFor(r, 'en'));
    const sub = await r.client.submit({ ...body, form: { ...body.form, numberRange: '7292 50 00 00 – 7292 59 99 99' } });
    expect(sub.status).toBe(202);
    const tampered = await waitStatus(r.client, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(tampered).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_INVALID_SIGNATURE' } });
    expect(stepIds(tampered)).toEqual(['T1.a4', 'T1.a5']);
    // The representative's personal certificate: the IIN matches, the BIN is not in it.
    const personal = await r.client.submit(await r.client.signRequest(await inputFor(r, 'en')));
    expect(personal.status).toBe(202);
    const noBin = await waitStatus(r.client, `/v1/requests/${personal.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(noBin).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_BIN_MISMATCH' } });
    expect(stepIds(noBin).at(-1)).toBe('T1.a5');
  });

  it('answers bad input with 400, the field codes and messages in the request’s language, and files nothing', async () => {
    const r = await representative('kk');
    const bad = await r.client.submit(await signRequestWith(r.rep, await inputFor(r, 'kk', { ...form, action: 'sell', numberRange: 'барлық нөмірлер' })));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      expect.objectContaining({ field: 'form.action', code: 'FIELD_NOT_ALLOWED' }),
      { field: 'form.numberRange', code: 'FIELD_BAD_FORMAT', message: message('FIELD_BAD_FORMAT', 'kk') },
    ]);
    const missing = await r.client.submit(await signRequestWith(r.rep, { ...(await inputFor(r, 'kk', { action: 'withdraw', numberRange: '7292 40 00 00' })), attachments: [] }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual(['form.licenceNumber:FIELD_REQUIRED', 'form.justification:FIELD_REQUIRED', 'attachments.network-plan:ATTACHMENT_REQUIRED']);
    expect((await r.client.call('GET', '/v1/requests')).body.items).toEqual([]);
  });
});

describe('numbering resource at the Committee’s desk (Table 2)', () => {
  it('is offered on the portal and at the Committee’s desk only, in 30 calendar days', async () => {
    const detail = (await new ApiClient(ctx.api).call('GET', `/v1/services/${SERVICE}`)).body;
    expect(detail.channels).toEqual(['portal', 'agency-desk']);
    expect(detail.term).toEqual({ amount: 30, unit: 'calendarDays' });
    const { iin, bin } = await representative('ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const atCentre = await fileAtDesk(op.client, iin, bin);
    expect(atCentre.status).toBe(400);
    expect(atCentre.body.error.code).toBe('CHANNEL_NOT_OFFERED');
  });

  it('checks the applicant in ГБД ФЛ and the organisation in ГБД ЮЛ before filing (a4 → a5), and only the Committee’s clerk files', async () => {
    const { iin, bin } = await representative('kk');
    const stranger = await newCitizen(ctx.platform, 'kk');
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    // The service is for legal entities: the BIN is required.
    const noBin = await fileAtDesk(clerk, iin);
    expect(noBin.status).toBe(400);
    expect(noBin.body.error.fields[0]).toMatchObject({ field: 'applicantBin', code: 'FIELD_REQUIRED' });
    const unknown = await fileAtDesk(clerk, iin, freshBin());
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('REGISTRY_NO_DATA');
    const notRep = await fileAtDesk(clerk, stranger.iin, bin);
    expect(notRep.status).toBe(422);
    expect(notRep.body.error.code).toBe('NOT_A_REPRESENTATIVE');
    const badBin = await fileAtDesk(clerk, iin, '123456789012');
    expect(badBin.status).toBe(400);
    expect(badBin.body.error.fields[0]).toMatchObject({ field: 'applicantBin', code: 'INVALID_BIN' });
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await fileAtDesk(archives.client, iin, bin)).status).toBe(403);
  });

  it('is filed for the organisation by a Committee clerk, approved within a9’s 30 days, and the order reaches the representative’s cabinet', async () => {
    const { iin, bin, client } = await representative('kk');
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    const r = await fileAtDesk(clerk, iin, bin);
    expect(r.status).toBe(202);
    const requestId = r.body.requestId as string;
    const inbox = await waitStatus(client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(inbox).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(inbox.registrationNumber).toMatch(/^MTC-KSI-\d{4}-\d{6}$/);
    // a6: the clerk fills the form and signs it with their own key (checked there); a7 registers; a9 is the Committee's.
    expect(stepIds(inbox)).toEqual(['T2.a6', 'T2.a6', 'T2.a7', 'T2.a9']);
    expect(inbox.history[0]).toMatchObject({ actor: { kind: 'staff' } });
    const [a6] = inbox.history as { stepStartedAt: string; deadline: string }[];
    expect(Date.parse(a6!.deadline) - Date.parse(a6!.stepStartedAt)).toBe(15_000);

    await takeAndDecide(clerk, requestId, { decision: 'approve', resultFields: orderFields });
    const done = await waitStatus(client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(events(done)).toEqual(approvalEvents);
    expect(stepIds(done)).toEqual(['T2.a6', 'T2.a6', 'T2.a7', 'T2.a9', 'T2.a9', 'T2.a9', 'T2.a9', 'T2.a9', 'T2.a9']);
    expectThirtyDaysOnA9(done.history, 'T2');
    expect(await repo().get(requestId)).toMatchObject({ applicantBin: bin, channel: 'agency-desk', filedBy: { kind: 'clerk' } });
    const res = await client.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    expect((await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body).toMatchObject({ authentic: true, service: { id: SERVICE }, decision: 'approved' });
  });

  it('refuses at the desk on each ground the regulation gives (p.7 condition 3, process 8), within a9', async () => {
    const { iin, bin, client } = await representative('kk');
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    for (const ground of def.refusalGrounds) {
      const r = await fileAtDesk(clerk, iin, bin);
      expect(r.status).toBe(202);
      await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX']);
      const reason = `Негіздеме: ${ground.label.kk}.`;
      printable({ reason });
      await takeAndDecide(clerk, r.body.requestId, { decision: 'refuse', groundId: ground.id, reason });
      const done = await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground).toEqual({ id: ground.id, label: ground.label.kk });
      expect(done.history.find((h: { event: string }) => h.event === 'staff.decided')).toMatchObject({ stepId: 'T2.a9', outcome: `refused:${ground.id}` });
      expectThirtyDaysOnA9(done.history, 'T2');
      expect((await client.call('GET', `/v1/requests/${r.body.requestId}/result`)).status).toBe(200);
    }
  });
});
