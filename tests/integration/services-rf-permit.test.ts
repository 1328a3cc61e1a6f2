/**
 * Seed 003 App.3 (permit to use the radio-frequency spectrum of RK) runs on the local cloud: a legal
 * entity's representative files on the portal (Table 1) signed with the certificate carrying the
 * BIN; a clerk of the Committee takes and approves it within the 60 calendar days of a11 and the
 * permit downloads and verifies; each refusal ground; a signature that does not match its content;
 * a certificate without the BIN; an individual on the portal; the fee after approval (a9), whose
 * "no payment" refusal (a10) has its own file (services-rf-unpaid.test.ts); and the Committee's own
 * channel (Table 2, the agency desk).
 */
import { describe, expect, it } from 'vitest';
import { ApiClient, signRequestWith, type CitizenSigner, type RequestInput } from '../../scripts/lib/client.js';
import { usePlatform, newCitizen, newStaff, freshIin } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { events, newRepresentative as newRep, printable, stepIds, uploadAll } from '../support/services.js';
import { findService } from '../../shared/domain/services/index.js';

const ctx = usePlatform('services-rf');

const SERVICE = 'rf-spectrum-permit';
const AGENCY = 'mtc-communications-committee';
const def = findService(SERVICE)!;
const DAY = 86_400_000;

const form = {
  radioService: 'mobile',
  technology: 'DMR',
  frequencies: '453,100; 463,100',
  bandwidth: '12,5',
  emissionClass: '7K60FXE',
  equipmentModel: 'Hytera HR1065, Hytera Communications',
  stationCount: '12',
  power: '25',
  antenna: 'Коллинеарная, 30 м, круговая',
  region: 'mangystau',
  areaOfUse: 'Маңғыстау обл., Ақтау қ. және Мұнайлы ауданы',
  coordinates: '43°39\'N 51°09\'E',
};
const attachments = [
  { kind: 'technical-data', name: 'network.pdf' },
  { kind: 'other-document', name: 'other.pdf' },
];

function resultFieldsFor(holder: string) {
  return {
    permitNumber: 'РЧС-2026-000321',
    holder,
    radioService: 'Подвижная радиосвязь, DMR',
    frequencies: '453,100; 463,100',
    characteristics: 'Ширина полосы 12,5 кГц, класс излучения 7K60FXE, мощность 25 Вт, 12 станций',
    areaOfUse: 'Маңғыстау обл., Ақтау қ. және Мұнайлы ауданы',
    validUntil: '2031-12-31',
    conditions: 'Использование без помех действующим радиоэлектронным средствам.',
  };
}

const newRepresentative = (language = 'ru') => newRep(ctx.platform, 'ТОО «Ақтау Радиосеть»', language);
const uploads = (c: ApiClient, files = attachments, path?: string) => uploadAll(c, files, path);

async function inputFor(r: { iin: string; bin: string; client: ApiClient }, language = 'ru', formValues: Record<string, unknown> = form, files = attachments): Promise<RequestInput> {
  return { applicantIin: r.iin, applicantBin: r.bin, serviceId: SERVICE, form: formValues, attachments: await uploads(r.client, files), language };
}

async function fileAsRepresentative(r: { iin: string; bin: string; client: ApiClient; rep: CitizenSigner }, language = 'ru') {
  const sub = await r.client.submit(await signRequestWith(r.rep, await inputFor(r, language)));
  expect(sub.status).toBe(202);
  const requestId = sub.body.requestId as string;
  const inbox = await waitStatus(r.client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inbox.status).toBe('IN_INBOX');
  return { requestId, inbox };
}


/** Table 1 a9: the applicant pays the fee after approval through the gateway (an invoice for this request). */
async function payFor(client: ApiClient, requestId: string): Promise<string> {
  const inv = await client.call('POST', '/v1/payments', { serviceId: SERVICE, requestId });
  expect(inv.status).toBe(201);
  expect((await client.call('POST', `/v1/payments/${inv.body.paymentId}/pay`)).status).toBe(202);
  return inv.body.paymentId as string;
}

describe('permit to use the radio-frequency spectrum (seed 003 App.3, App.3 Tables 1–2)', () => {
  it('is filed on the portal by a representative with the BIN certificate, approved by the Committee within 60 calendar days, and the permit downloads and verifies', async () => {
    const r = await newRepresentative('ru');
    const { requestId, inbox } = await fileAsRepresentative(r);
    expect(inbox.registrationNumber).toMatch(/^MTC-KSI-\d{4}-\d{6}$/);
    expect(inbox.channel).toBe('portal');
    // a4 submitted, a6 signature verified, a7 registered in E-licensing and numbered.
    expect(stepIds(inbox)).toEqual(['T1.a4', 'T1.a6', 'T1.a7', 'T1.a7']);

    // Only the Committee's staff see it.
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await archives.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);

    const resultFields = resultFieldsFor(`${r.name}, БИН ${r.bin}`);
    printable(resultFields);
    const d = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields });
    expect(d.status).toBe(202);
    // a9: approved, the permit waits for the fee (paid through the gateway, invoiced for this request).
    const due = await waitStatus(r.client, `/v1/requests/${requestId}`, ['DECIDED']);
    expect(due.feeDue).toMatchObject({ amount: def.payment!.amount });
    await new Promise((res) => setTimeout(res, 1500));
    expect((await r.client.call('GET', `/v1/requests/${requestId}`)).body.status).toBe('DECIDED');
    const paymentId = await payFor(r.client, requestId);
    const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.payment).toMatchObject({ paymentId, amount: def.payment!.amount });
    expect(done.payment.reference).toMatch(/^EGPG-PAY-/);
    // The gateway's reference is in the history, on the step the payment released.
    expect(done.history.find((h: { event: string }) => h.event === 'result.issued').note).toBe(done.payment.reference);
    expect(done.feeDue).toBeUndefined();
    expect(events(done)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    // The fee row a9 runs no engine event of its own: the wait for the fee is inside a11's 60 days (a10 only when it never comes).
    expect(stepIds(done)).toEqual(['T1.a4', 'T1.a6', 'T1.a7', 'T1.a7', 'T1.a11', 'T1.a11', 'T1.a11', 'T1.a11', 'T1.a11']);
    // a11: at most 60 calendar days, one clock from registration to delivery.
    const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(60 * DAY);
    expect(done.decision).toMatchObject({ approved: true });
    expect(done.resultAvailable).toBe(true);

    const res = await r.client.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, service: { id: SERVICE }, decision: 'approved' });
  });

  it('invoices the fee after approval only for the applicant’s own approved request, once', async () => {
    expect(def.payment).toMatchObject({ position: 'beforeIssue', channels: ['portal'] });
    const r = await newRepresentative('kk');
    // Without a request, for one not yet approved, or someone else's: no invoice.
    const bare = await r.client.call('POST', '/v1/payments', { serviceId: SERVICE });
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields[0]).toMatchObject({ field: 'requestId', code: 'FIELD_REQUIRED' });
    const { requestId } = await fileAsRepresentative(r);
    const early = await r.client.call('POST', '/v1/payments', { serviceId: SERVICE, requestId });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('NO_FEE_DUE');
    const other = await newRepresentative('ru');
    expect((await other.client.call('POST', '/v1/payments', { serviceId: SERVICE, requestId })).status).toBe(404);
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`);
    await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: resultFieldsFor(`${r.name}, БИН ${r.bin}`) });
    await waitStatus(r.client, `/v1/requests/${requestId}`, ['DECIDED']);
    await payFor(r.client, requestId);
    await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED']);
    // Paid: nothing more is due.
    const again = await r.client.call('POST', '/v1/payments', { serviceId: SERVICE, requestId });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NO_FEE_DUE');
  });

  it('refuses an approval without the permit’s required fields, or with frequencies that are not frequencies', async () => {
    const r = await newRepresentative();
    const { requestId } = await fileAsRepresentative(r);
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const { permitNumber: _omitted, ...noNumber } = resultFieldsFor(`${r.name}, БИН ${r.bin}`);
    const missing = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: noNumber });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0]).toMatchObject({ field: 'resultFields.permitNumber', code: 'FIELD_REQUIRED' });
    const badFreq = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: { ...resultFieldsFor(r.name), frequencies: 'УКВ диапазон' } });
    expect(badFreq.status).toBe(400);
    expect(badFreq.body.error.fields[0]).toMatchObject({ field: 'resultFields.frequencies', code: 'FIELD_BAD_FORMAT' });
  });

  it('ends in a refusal on each ground the Committee gives (condition 3, process 8)', async () => {
    expect(def.refusalGrounds.map((g) => g.id)).toEqual(['applicant-data-violations', 'permit-grounds-not-met', 'fee-not-paid']);
    const r = await newRepresentative('kk');
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    // fee-not-paid (a10) is the platform's, when the fee does not come (services-rf-unpaid.test.ts).
    for (const ground of def.refusalGrounds.filter((g) => g.id !== def.payment?.unpaid?.groundId)) {
      const { requestId } = await fileAsRepresentative(r, 'kk');
      expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
      const reason = `Негіздеме: ${ground.label.kk}.`;
      printable({ reason });
      const d = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
      expect(d.status, ground.id).toBe(202);
      const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground.label).toBe(ground.label.kk);
      expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId, ground.id).toBe('T1.a11');
      expect(stepIds(done).at(-1)).toBe('T1.a11');
      // The refusal is a signed document too.
      expect((await r.client.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
    }
    // The "no payment" refusal (a10) is the platform's, not a ground the Committee gives.
    const { requestId } = await fileAsRepresentative(r, 'kk');
    expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const noPayment = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'fee-not-paid', reason: 'Төлем жоқ, бас тартылады.' });
    expect(noPayment.status).toBe(400);
    expect(noPayment.body.error.fields[0]).toMatchObject({ field: 'groundId', code: 'REFUSAL_GROUND_UNKNOWN' });
  });

  it('refuses a request whose signature does not match its content (condition 2, process 5: T1.a5)', async () => {
    const r = await newRepresentative('en');
    const body = await signRequestWith(r.rep, await inputFor(r, 'en'));
    const sub = await r.client.submit({ ...body, form: { ...body.form, power: '250' } });
    expect(sub.status).toBe(202);
    const refused = await waitStatus(r.client, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(refused.status).toBe('SIGNATURE_REJECTED');
    expect(refused.refusal.code).toBe('EDS_INVALID_SIGNATURE');
    expect(refused.history.at(-1).stepId).toBe('T1.a5');
  });

  it('refuses a request for the organisation signed with a certificate without its BIN (EDS_BIN_MISMATCH, T1.a5)', async () => {
    const r = await newRepresentative('ru');
    // The representative's personal certificate: the IIN matches, the BIN is absent.
    const sub = await r.client.submit(await r.client.signRequest(await inputFor(r)));
    expect(sub.status).toBe(202);
    const refused = await waitStatus(r.client, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(refused).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_BIN_MISMATCH' } });
    expect(refused.history.at(-1).stepId).toBe('T1.a5');
  });

  it('is filed by an individual too, and asks for the network’s technical data and well-formed frequencies', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'kk');
    const amateur = { ...form, radioService: 'amateur', technology: 'SSB, FM', frequencies: '144–146; 430–440', bandwidth: '16', emissionClass: '16K0F3E', equipmentModel: 'Yaesu FT-991A', stationCount: '1', power: '50' };
    const input = async (f: Record<string, unknown>, files = attachments): Promise<RequestInput> => ({ applicantIin: iin, serviceId: SERVICE, form: f, attachments: await uploads(client, files), language: 'kk' });

    const noData = await client.submit(await client.signRequest(await input(amateur, attachments.filter((a) => a.kind !== 'technical-data'))));
    expect(noData.status).toBe(400);
    expect(noData.body.error.fields).toContainEqual(expect.objectContaining({ field: 'attachments.technical-data', code: 'ATTACHMENT_REQUIRED' }));
    const badFreq = await client.submit(await client.signRequest(await input({ ...amateur, frequencies: 'екі метр' })));
    expect(badFreq.status).toBe(400);
    expect(badFreq.body.error.fields).toContainEqual(expect.objectContaining({ field: 'form.frequencies', code: 'FIELD_BAD_FORMAT' }));

    const sub = await client.submit(await client.signRequest(await input(amateur)));
    expect(sub.status).toBe(202);
    const view = await waitStatus(client, `/v1/requests/${sub.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view.status).toBe('IN_INBOX');
  });

  it('is filed through the Committee (Table 2, agency desk) by its clerk, after the person lookup (a4), and decided within the 60 days of a9', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const desk = await newStaff(ctx.platform, { agencyId: AGENCY });
    const fileAt = async (c: ApiClient, applicantIin = iin) =>
      c.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin, applicantConsent: true, language: 'ru', form, attachments: await uploads(c, attachments, '/v1/staff/uploads') });

    const other = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await fileAt(other.client)).status).toBe(403);
    const unknown = await fileAt(desk.client, freshIin());
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await fileAt(desk.client);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(view.registrationNumber).toMatch(/^MTC-KSI-\d{4}-\d{6}$/);
    expect(stepIds(view)).toEqual(['T2.a6', 'T2.a6', 'T2.a7', 'T2.a7']);
    expect(view.history[0]).toMatchObject({ actor: { kind: 'staff' } });

    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const resultFields = resultFieldsFor(`ИИН ${iin}`);
    printable(resultFields);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
    expect(decided.stepId).toBe('T2.a9');
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(60 * DAY);
    expect(stepIds(done).slice(-5)).toEqual(['T2.a9', 'T2.a9', 'T2.a9', 'T2.a9', 'T2.a9']);
    const res = await citizen.call('GET', `/v1/requests/${r.body.requestId}/result`);
    expect(res.status).toBe(200);
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, service: { id: SERVICE }, decision: 'approved' });
  });

  it('refuses at the Committee’s desk on a ground the regulation gives', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const desk = await newStaff(ctx.platform, { agencyId: AGENCY });
    const r = await desk.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantConsent: true, language: 'kk', form, attachments: await uploads(desk.client, attachments, '/v1/staff/uploads') });
    expect(r.status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const reason = 'Сұралған жиіліктер басқа пайдаланушыға берілген.';
    printable({ reason });
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'refuse', groundId: 'permit-grounds-not-met', reason })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('REFUSED');
    expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId).toBe('T2.a9');
  });

  it('is not offered at a service centre: the act names only the portals and the Committee', async () => {
    const { iin } = await newCitizen(ctx.platform, 'ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const r = await op.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantConsent: true, form, attachments: await uploads(op.client, attachments, '/v1/staff/uploads') });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('CHANNEL_NOT_OFFERED');
  });
});
