/**
 * Seed 004 regulation 5 (material support of disabled children brought up and educated at home)
 * runs on the local cloud: filed on the portal (Table 2) and at the employment department's desk
 * (Table 1), taken and decided by the department's clerk through the API, each refusal ground,
 * a signature that does not match its content, and the service-centre channel the act does not name.
 */
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../scripts/lib/client.js';
import { usePlatform, newCitizen, newStaff, freshIin } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { events, printable, signWithUploads, stepIds, submitAndTake, uploadAll } from '../support/services.js';
import { findService } from '../../shared/domain/services/index.js';

const ctx = usePlatform('services-dc');

const SERVICE = 'disabled-children-support';
const AGENCY = 'oskemen-employment';
const def = findService(SERVICE)!;

const form = {
  childName: 'Серіков Дәулет Болатұлы',
  childBirthDate: '2016-05-21',
  address: 'Өскемен қ., Абай к-сі, 12 үй, 34 пәтер',
  phone: '+7 7232 24-56-78',
  email: 'test@example.kz',
};
const attachments = [
  { kind: 'birth-certificate', name: 'birth.pdf' },
  { kind: 'disability-certificate', name: 'disability.pdf' },
  { kind: 'home-education-conclusion', name: 'pmpk.pdf' },
];
const resultFields = {
  childName: form.childName,
  quarter: '3',
  year: 2026,
  paymentAmount: '48000',
  notice: def.result.fields.find((f) => f.id === 'notice')!.help!.kk,
};

const file = (citizen: ApiClient, iin: string, serviceId: string, formValues: Record<string, unknown>, files: { kind: string; name: string }[], language = 'ru') =>
  signWithUploads(citizen, { applicantIin: iin, serviceId, form: formValues, language }, files);

async function fileAndTake(language = 'ru') {
  const { iin, client: citizen } = await newCitizen(ctx.platform, language);
  const body = await file(citizen, iin, SERVICE, form, attachments, language);
  const { client: clerk } = await newStaff(ctx.platform, { agencyId: AGENCY });
  return { iin, citizen, clerk, ...(await submitAndTake(citizen, body, clerk)) };
}

/** The scans a clerk uploads at the desk, one per kind. */
const deskUploads = (c: ApiClient) => uploadAll(c, attachments, '/v1/staff/uploads');

const DAY = 86_400_000;

describe('material support of disabled children educated at home (seed 004, regulation 5, Annex 2 Tables 1–2)', () => {
  it('is filed on the portal (Table 2), decided by the employment department within 10 working days, and the notification delivered', async () => {
    const { citizen, clerk, requestId, registrationNumber } = await fileAndTake('kk');
    expect(registrationNumber).toMatch(/^OSK-ZH-\d{4}-\d{6}$/);
    // The education department's clerk does not see it.
    const education = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await education.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);

    printable(resultFields);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(events(done)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect(stepIds(done)).toEqual(['T2.a1', 'T2.a1', 'T2.a2', 'T2.a3', 'T2.a4', 'T2.a5', 'T2.a10', 'T2.a11', 'T2.a12']);
    const taken = done.history.find((h: { event: string }) => h.event === 'staff.taken');
    expect(Date.parse(taken.deadline) - Date.parse(taken.stepStartedAt)).toBe(15 * 60_000); // Table 2 a4: 15 min
    const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
    // Table 2 a5: 10 working days, so at least two calendar weeks' worth of weekdays.
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBeGreaterThanOrEqual(10 * DAY);
    expect(done.decision).toMatchObject({ approved: true });

    const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses an approval whose payment amount is not a sum, or whose text the document cannot print', async () => {
    const { clerk, requestId } = await fileAndTake();
    const badSum = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: { ...resultFields, paymentAmount: 'сорок тысяч' } });
    expect(badSum.status).toBe(400);
    expect(badSum.body.error.fields[0]).toMatchObject({ field: 'resultFields.paymentAmount', code: 'FIELD_BAD_FORMAT' });
    const badText = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: { ...resultFields, notice: 'Назначено ✓' } });
    expect(badText.status).toBe(400);
    expect(badText.body.error.fields[0]).toMatchObject({ field: 'resultFields.notice', code: 'DOCUMENT_TEXT_UNSUPPORTED' });
  });

  it('ends in a justified refusal on each ground', async () => {
    expect(def.refusalGrounds.length).toBeGreaterThan(1);
    for (const ground of def.refusalGrounds) {
      const { citizen, clerk, requestId } = await fileAndTake('kk');
      const reason = `Негіздеме: ${ground.label.ru}.`;
      printable({ reason });
      const d = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
      expect(d.status, ground.id).toBe(202);
      const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground.label).toBe(ground.label.kk);
      expect(stepIds(done).slice(-4), ground.id).toEqual(['T2.a5', 'T2.a10', 'T2.a11', 'T2.a12']);
      expect((await citizen.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
    }
  });

  it('refuses a request whose signature does not match its content (condition 2, in Table 2 a1)', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
    const body = await file(citizen, iin, SERVICE, form, attachments, 'en');
    const sub = await citizen.submit({ ...body, form: { ...body.form, childName: `${form.childName} changed` } });
    expect(sub.status).toBe(202);
    const refused = await waitStatus(citizen, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(refused.status).toBe('SIGNATURE_REJECTED');
    expect(refused.refusal.code).toBe('EDS_INVALID_SIGNATURE');
    expect(refused.history.at(-1).stepId).toBe('T2.a1');
  });

  it('asks for the documents the definition requires', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const body = await file(citizen, iin, SERVICE, form, attachments.filter((a) => a.kind !== 'disability-certificate'));
    const r = await citizen.submit(body);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error.fields)).toContain('disability-certificate');
  });

  it('is filed at the department’s desk (Table 1) by its own clerk only, after the person lookup (a3), and decided within the 10 working days of a4', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const desk = await newStaff(ctx.platform, { agencyId: AGENCY });
    const fileAt = async (c: ApiClient, applicantIin = iin) =>
      c.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin, applicantConsent: true, language: 'ru', form, attachments: await deskUploads(c) });

    const other = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await fileAt(other.client)).status).toBe(403);
    const missing = await fileAt(desk.client, freshIin());
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await fileAt(desk.client);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(stepIds(view)).toEqual(['T1.a2', 'T1.a2', 'T1.a3', 'T1.a4']);
    expect(view.dueAt).toBeDefined();

    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields: { ...resultFields, notice: def.result.fields.find((f) => f.id === 'notice')!.help!.ru } })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    // Arrival, taking and deciding share a4's clock: one start, one deadline of 10 working days.
    const inA4 = done.history.filter((h: { stepId: string }) => h.stepId === 'T1.a4');
    expect(inA4.map((h: { event: string }) => h.event)).toEqual(['agency.registered', 'staff.taken', 'staff.decided']);
    expect(new Set(inA4.map((h: { deadline: string }) => h.deadline)).size).toBe(1);
    expect(Date.parse(inA4[2].deadline) - Date.parse(inA4[2].stepStartedAt)).toBeGreaterThanOrEqual(10 * DAY);
    expect(stepIds(done).slice(-3)).toEqual(['T1.a8', 'T1.a9', 'T1.a9']);
    const res = await citizen.call('GET', `/v1/requests/${r.body.requestId}/result`);
    expect(res.status).toBe(200);
  });

  it('refuses at the desk on a ground the department gives', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const desk = await newStaff(ctx.platform, { agencyId: AGENCY });
    const r = await desk.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantConsent: true, language: 'kk', form, attachments: await deskUploads(desk.client) });
    expect(r.status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const reason = 'Комиссия қорытындысы: бала үйде оқымайды.';
    printable({ reason });
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'refuse', groundId: 'not-eligible', reason })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('REFUSED');
    expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId).toBe('T1.a4');
  });

  it('is not offered at a service centre: the act names only the desk and the portal', async () => {
    const { iin } = await newCitizen(ctx.platform, 'ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const r = await op.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantConsent: true, form, attachments: await deskUploads(op.client) });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('CHANNEL_NOT_OFFERED');
  });
});
