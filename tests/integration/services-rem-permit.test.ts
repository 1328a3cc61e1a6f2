/**
 * Seed 003 App.4 (permit to operate radio-electronic means and high-frequency devices) runs on the
 * local cloud: a legal entity's representative files on the portal (Table 1) signed with the
 * certificate carrying the BIN; a clerk of the Inspectorate of the region named (Mangystau) takes
 * and approves it within the 16 calendar days of a9 and the permit downloads; each refusal ground;
 * a signature that does not match its content; a certificate without the BIN; an individual on the
 * portal; and the Inspection's own channel (Table 2, the agency desk).
 */
import { describe, expect, it } from 'vitest';
import { ApiClient, signRequestWith, type CitizenSigner, type RequestInput } from '../../scripts/lib/client.js';
import { usePlatform, newCitizen, newStaff, freshIin } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { events, newRepresentative as newRep, printable, stepIds, uploadAll } from '../support/services.js';
import { findService } from '../../shared/domain/services/index.js';

const ctx = usePlatform('services-rem');

const SERVICE = 'rem-hfd-permit';
// The form names Mangystau: its Inspectorate reviews and signs (p.1, p.6 condition 3; tests/integration/providers.test.ts has the routing).
const AGENCY = 'mtc-inspectorate-mangystau';
const def = findService(SERVICE)!;
const DAY = 86_400_000;

const form = {
  deviceKind: 'rem',
  purpose: 'mobile',
  equipmentModel: 'Радиостанция Motorola DM4600, Motorola Solutions',
  serialNumbers: '752TTA1234, 752TTA1235',
  quantity: '2',
  frequencies: '163,425; 168,275',
  power: '25',
  emissionClass: '11K0F3E',
  antenna: 'Штыревая, 12 м, круговая',
  region: 'mangystau',
  siteAddress: 'Маңғыстау обл., Ақтау қ., 12 ш/а, 5 үй',
  coordinates: '43°39\'N 51°09\'E',
  spectrumPermitNumber: 'РЧС-0042',
};
const attachments = [
  { kind: 'technical-data', name: 'passport.pdf' },
  { kind: 'conformity-certificate', name: 'certificate.pdf' },
];

function resultFieldsFor(holder: string) {
  return {
    permitNumber: 'РЭС-2026-000117',
    holder,
    equipment: 'Радиостанция Motorola DM4600, заводские № 752TTA1234, 752TTA1235, 2 шт.',
    frequencies: '163,425; 168,275',
    characteristics: 'Мощность 25 Вт, класс излучения 11K0F3E, антенна штыревая 12 м',
    location: 'Маңғыстау обл., Ақтау қ., 12 ш/а, 5 үй',
    validUntil: '2031-12-31',
    callSign: 'Каспий-1',
    conditions: 'Эксплуатация в соответствии с разрешением на использование радиочастотного спектра № РЧС-0042.',
  };
}

const newRepresentative = (language = 'ru') => newRep(ctx.platform, 'ТОО «Каспий Радио»', language);
const uploads = (c: ApiClient, files = attachments, path?: string) => uploadAll(c, files, path);

async function inputFor(r: { iin: string; bin: string; client: ApiClient }, language = 'ru', formValues: Record<string, unknown> = form): Promise<RequestInput> {
  return { applicantIin: r.iin, applicantBin: r.bin, serviceId: SERVICE, serviceVersion: def.version, form: formValues, attachments: await uploads(r.client), language };
}

async function fileAsRepresentative(r: { iin: string; bin: string; client: ApiClient; rep: CitizenSigner }, language = 'ru') {
  const sub = await r.client.submit(await signRequestWith(r.rep, await inputFor(r, language)));
  expect(sub.status).toBe(202);
  const requestId = sub.body.requestId as string;
  const inbox = await waitStatus(r.client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inbox.status).toBe('IN_INBOX');
  return { requestId, inbox };
}


describe('permit to operate radio-electronic means and high-frequency devices (seed 003 App.4, App.3 Tables 1–2)', () => {
  it('is filed on the portal by a representative with the BIN certificate, approved by the Inspectorate within 16 calendar days, and the permit downloads', async () => {
    const r = await newRepresentative('ru');
    const { requestId, inbox } = await fileAsRepresentative(r);
    expect(inbox.registrationNumber).toMatch(/^MTC-MNG-\d{4}-\d{6}$/);
    expect(inbox.channel).toBe('portal');
    // a4 submitted, a6 signature verified, a7 registered in E-licensing and numbered.
    expect(stepIds(inbox)).toEqual(['T1.a4', 'T1.a6', 'T1.a7', 'T1.a7']);

    // Only the Inspectorate's staff see it.
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await archives.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);

    const resultFields = resultFieldsFor(`${r.name}, БИН ${r.bin}`);
    printable(resultFields);
    const d = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields });
    expect(d.status).toBe(202);
    const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(events(done)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect(stepIds(done)).toEqual(['T1.a4', 'T1.a6', 'T1.a7', 'T1.a7', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a9']);
    // a9: at most 16 calendar days, one clock from registration to delivery.
    const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(16 * DAY);
    expect(done.decision).toMatchObject({ approved: true });
    expect(done.resultAvailable).toBe(true);

    const res = await r.client.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, service: { id: SERVICE }, decision: 'approved' });
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

  it('ends in a refusal on each ground the regulation gives (condition 3, process 8)', async () => {
    expect(def.refusalGrounds.map((g) => g.id)).toEqual(['applicant-data-violations', 'permit-grounds-not-met']);
    const r = await newRepresentative('kk');
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    for (const ground of def.refusalGrounds) {
      const { requestId } = await fileAsRepresentative(r, 'kk');
      expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
      const reason = `Негіздеме: ${ground.label.kk}.`;
      printable({ reason });
      const d = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
      expect(d.status, ground.id).toBe(202);
      const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground.label).toBe(ground.label.kk);
      expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId, ground.id).toBe('T1.a9');
      expect(stepIds(done).at(-1)).toBe('T1.a9');
      // The refusal is a signed document too.
      expect((await r.client.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
    }
    // No ground for a missing payment: the service has none (Table 1 a8's wording is a copy).
    const { requestId } = await fileAsRepresentative(r, 'kk');
    expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const noPayment = await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'payment-absent', reason: 'Төлем жоқ деп көрсетілген.' });
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
    // Someone who does not represent the organisation gets no certificate with its BIN.
    const stranger = await newCitizen(ctx.platform);
    await expect(stranger.client.enroll(stranger.iin, 'Not a director', 'signing', undefined, { bin: r.bin, organisation: r.name })).rejects.toThrow(/403.*CSR_BIN_NOT_REPRESENTED/);
  });

  it('is filed by an individual too (p.5(5), p.17(2): the IIN/BIN of the person the permit is issued to)', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'kk');
    const amateur = { ...form, purpose: 'amateur', equipmentModel: 'Yaesu FT-991A', serialNumbers: '3N020123', quantity: '1', frequencies: '144–146; 430–440', power: '50', emissionClass: '16K0F3E' };
    const sub = await client.submit(await client.signRequest({ applicantIin: iin, serviceId: SERVICE, serviceVersion: def.version, form: amateur, attachments: await uploads(client), language: 'kk' }));
    expect(sub.status).toBe(202);
    const view = await waitStatus(client, `/v1/requests/${sub.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view.status).toBe('IN_INBOX');
  });

  it('asks for what the definition requires: the emission class of a radio-electronic means, and the certificate of conformity', async () => {
    const r = await newRepresentative();
    const { emissionClass: _e, ...noEmission } = form;
    const missing = await r.client.submit(await signRequestWith(r.rep, await inputFor(r, 'ru', noEmission)));
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toContainEqual(expect.objectContaining({ field: 'form.emissionClass', code: 'FIELD_REQUIRED' }));
    // A high-frequency device has no emission class to give.
    const hfd = await r.client.submit(await signRequestWith(r.rep, await inputFor(r, 'ru', { ...noEmission, deviceKind: 'hfd', purpose: 'ism' })));
    expect(hfd.status).toBe(202);

    const input = { ...(await inputFor(r)), attachments: await uploads(r.client, attachments.filter((a) => a.kind !== 'conformity-certificate')) };
    const noCert = await r.client.submit(await signRequestWith(r.rep, input));
    expect(noCert.status).toBe(400);
    expect(noCert.body.error.fields).toContainEqual(expect.objectContaining({ field: 'attachments.conformity-certificate', code: 'ATTACHMENT_REQUIRED' }));
  });

  it('is filed through the Inspection (Table 2, agency desk) by the Inspectorate’s own clerk, after the person lookup (a4), and decided within the 16 days of a9', async () => {
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
    expect(view.registrationNumber).toMatch(/^MTC-MNG-\d{4}-\d{6}$/);
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
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBe(16 * DAY);
    expect(stepIds(done).slice(-5)).toEqual(['T2.a9', 'T2.a9', 'T2.a9', 'T2.a9', 'T2.a9']);
    expect((await citizen.call('GET', `/v1/requests/${r.body.requestId}/result`)).status).toBe(200);
  });

  it('refuses at the Inspection’s desk on a ground the regulation gives', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const desk = await newStaff(ctx.platform, { agencyId: AGENCY });
    const r = await desk.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantConsent: true, language: 'kk', form, attachments: await uploads(desk.client, attachments, '/v1/staff/uploads') });
    expect(r.status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const reason = 'Құрылғының сәйкестік сертификаты жарамсыз.';
    printable({ reason });
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'refuse', groundId: 'permit-grounds-not-met', reason })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('REFUSED');
    expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId).toBe('T2.a9');
  });

  it('is not offered at a service centre: the act names only the portals and the Inspection', async () => {
    const { iin } = await newCitizen(ctx.platform, 'ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const r = await op.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantConsent: true, form, attachments: await uploads(op.client, attachments, '/v1/staff/uploads') });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('CHANNEL_NOT_OFFERED');
  });
});
