/**
 * The services added from seeds 004 and 000 run on the local cloud: each one's happy path and
 * each of its refusal branches, filed, taken and decided through the API by the provider's staff.
 */
import { describe, expect, it } from 'vitest';
import { samplePdf, type ApiClient } from '../../scripts/lib/client.js';
import { usePlatform, newCitizen, newStaff, freshIin } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { findService } from '../../shared/domain/services/index.js';
import { unsupportedCharacters } from '../../shared/domain/document-text.js';

const ctx = usePlatform('services');

async function file(citizen: ApiClient, iin: string, serviceId: string, form: Record<string, unknown>, attachments: { kind: string; name: string }[], language = 'ru') {
  const ups = [];
  for (const a of attachments) {
    const up = await citizen.upload(a.name, 'application/pdf', samplePdf(`${a.kind} ${Math.random()}`));
    ups.push({ uploadId: up.uploadId, kind: a.kind, sha256: up.sha256 });
  }
  const body = await citizen.signRequest({ applicantIin: iin, serviceId, form, attachments: ups, language });
  return body;
}

async function fileAndTake(serviceId: string, agencyId: string, form: Record<string, unknown>, attachments: { kind: string; name: string }[], language = 'ru') {
  const { iin, client: citizen } = await newCitizen(ctx.platform, language);
  const r = await citizen.submit(await file(citizen, iin, serviceId, form, attachments, language));
  expect(r.status).toBe(202);
  const requestId = r.body.requestId as string;
  const inInbox = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inInbox.status).toBe('IN_INBOX');
  const { client: clerk } = await newStaff(ctx.platform, { agencyId });
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
  return { iin, citizen, clerk, requestId, registrationNumber: inInbox.registrationNumber as string };
}

/** Result text stays within what the signed PDF can print. */
function printable(fields: Record<string, string>) {
  for (const [k, v] of Object.entries(fields)) expect(unsupportedCharacters(v), k).toEqual([]);
}

async function refusesOnEveryGround(serviceId: string, agencyId: string, form: Record<string, unknown>, attachments: { kind: string; name: string }[]) {
  const def = findService(serviceId)!;
  for (const ground of def.refusalGrounds) {
    const { citizen, clerk, requestId } = await fileAndTake(serviceId, agencyId, form, attachments, 'kk');
    const reason = `Негіздеме: ${ground.label.ru}.`;
    printable({ reason });
    const d = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
    expect(d.status, ground.id).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status, ground.id).toBe('REFUSED');
    expect(done.decision.ground.label).toBe(ground.label.kk);
    expect((await citizen.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
  }
}

/** The content changed after signing (condition 2): refused at the step the table gives. */
async function refusesABadSignature(serviceId: string, form: Record<string, unknown>, attachments: { kind: string; name: string }[], changed: string, refusalStep: string) {
  const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
  const body = await file(citizen, iin, serviceId, form, attachments, 'en');
  const sub = await citizen.submit({ ...body, form: { ...body.form, [changed]: `${String(form[changed])} changed` } });
  expect(sub.status).toBe(202);
  const refused = await waitStatus(citizen, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
  expect(refused.status).toBe('SIGNATURE_REJECTED');
  expect(refused.refusal.code).toBe('EDS_INVALID_SIGNATURE');
  expect(refused.history.at(-1).stepId).toBe(refusalStep);
}

describe('certificate for unemployed citizens (seed 004, regulation 1, portal Table 3)', () => {
  const form = { presentTo: 'По месту требования', email: 'test@example.kz' };
  const attachments = [{ kind: 'supporting-document', name: 'id.pdf' }];

  it('is filed on the portal, decided by the Ust-Kamenogorsk employment department, and the certificate delivered', async () => {
    const { citizen, clerk, requestId, registrationNumber } = await fileAndTake('unemployed-certificate', 'oskemen-employment', form, attachments);
    expect(registrationNumber).toMatch(/^OSK-ZH-\d{4}-\d{6}$/);
    // Another agency's clerk does not see it.
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await archives.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);

    const resultFields = {
      registeredOn: '2026-10-01',
      publicWorks: 'Не участвовал.',
      training: 'Курсы повышения квалификации «Бухгалтер», 2026 г.',
      assistance: 'Не назначалась.',
    };
    printable(resultFields);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.history.map((h: { event: string }) => h.event)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect(done.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T3.a1', 'T3.a1', 'T3.a2', 'T3.a3', 'T3.a5', 'T3.a6', 'T3.a12', 'T3.a13', 'T3.a14']);
    const taken = done.history.find((h: { event: string }) => h.event === 'staff.taken');
    expect(Date.parse(taken.deadline) - Date.parse(taken.stepStartedAt)).toBe(10 * 60_000); // Table 3 a5: 10 min
    const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('ends in a motivated refusal on each ground', async () => {
    await refusesOnEveryGround('unemployed-certificate', 'oskemen-employment', form, attachments);
  });

  it('refuses a request whose signature does not match its content (condition 2, in Table 3 a1)', async () => {
    await refusesABadSignature('unemployed-certificate', form, attachments, 'presentTo', 'T3.a1');
  });

  it('is filed at the department’s desk (Table 1) by its own clerk only, and decided in the 4 minutes of a5', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const desk = await newStaff(ctx.platform, { agencyId: 'oskemen-employment' });
    const upload = async (c: ApiClient) => c.upload('id.pdf', 'application/pdf', samplePdf(`desk ${Math.random()}`), undefined, '/v1/staff/uploads');
    const fileAt = async (c: ApiClient) => {
      const up = await upload(c);
      return c.call('POST', '/v1/staff/requests', { serviceId: 'unemployed-certificate', applicantIin: iin, applicantConsent: true, form, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }] });
    };
    const other = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await fileAt(other.client)).status).toBe(403);
    const r = await fileAt(desk.client);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(view.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T1.a2', 'T1.a2', 'T1.a3', 'T1.a4']);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const resultFields = { registeredOn: '2026-09-15', publicWorks: 'Не участвовал.', training: 'Не проходил.', assistance: 'Жилищная помощь с 01.10.2026.' };
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    const taken = done.history.find((h: { event: string }) => h.event === 'staff.taken');
    expect(taken.stepId).toBe('T1.a5');
    expect(Date.parse(taken.deadline) - Date.parse(taken.stepStartedAt)).toBe(4 * 60_000);
    expect(done.history.map((h: { stepId: string }) => h.stepId).slice(-3)).toEqual(['T1.a10', 'T1.a11', 'T1.a12']);
  });

  it('is filed at a service centre (Table 2) and decided within the 3 working days of a6', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const up = await op.client.upload('id.pdf', 'application/pdf', samplePdf(`con ${Math.random()}`), undefined, '/v1/staff/uploads');
    const r = await op.client.call('POST', '/v1/staff/requests', { serviceId: 'unemployed-certificate', applicantIin: iin, applicantConsent: true, language: 'kk', form, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }] });
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
    expect(view.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T2.a2', 'T2.a2', 'T2.a3', 'T2.a4']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'oskemen-employment' });
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const decide = await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'refuse', groundId: 'not-registered', reason: 'Өтініш беруші жұмыссыз ретінде тіркелмеген.' });
    expect(decide.status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('REFUSED');
    const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
    expect(decided.stepId).toBe('T2.a6');
    // 3 working days: at least 3 calendar days after the step started.
    expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(done.history.map((h: { stepId: string }) => h.stepId).slice(-3)).toEqual(['T2.a12', 'T2.a13', 'T2.a14']);
  });
});

describe('accounting of foreign mass media (seed 000, Annex 1 Tables 1–2)', () => {
  const form = {
    distributorName: 'ТОО «Каспий-Пресс»',
    publicationTitle: 'The Caspian Weekly',
    countryOfOrigin: 'Азербайджан',
    distributionLanguage: 'английский',
    periodicity: 'weekly',
    thematicFocus: 'Экономика и энергетика Каспийского региона.',
    distributionTerritory: 'г. Актау, г. Жанаозен',
    expectedCopies: '500',
  };
  const attachments = [{ kind: 'supporting-document', name: 'contract.pdf' }];
  const resultFields = { recordNumber: 'МНГ-ИБ-17', recordedOn: '2026-11-30', certificateText: 'Издание «The Caspian Weekly» (Азербайджан) поставлено на учёт как иностранное периодическое печатное издание, распространяемое в Мангистауской области.' };

  it('is filed on the portal, decided by the oblast internal policy department (a day-scale due date), and the certificate delivered', async () => {
    const { citizen, clerk, requestId, registrationNumber } = await fileAndTake('foreign-media-accounting', 'mangystau-internal-policy', form, attachments);
    expect(registrationNumber).toMatch(/^MNG-ISB-\d{4}-\d{6}$/);
    const elsewhere = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    expect((await elsewhere.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
    printable(resultFields);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T1.a3', 'T1.a5', 'T1.a6', 'T1.a8', 'T1.a8', 'T1.a8', 'T1.a8', 'T1.a8', 'T1.a8']);
    expect(done.dueAt).toBeDefined();
    const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('ends in a motivated refusal on each ground', async () => {
    await refusesOnEveryGround('foreign-media-accounting', 'mangystau-internal-policy', form, attachments);
  });

  it('refuses a request whose signature does not match its content (Table 1 a4)', async () => {
    await refusesABadSignature('foreign-media-accounting', form, attachments, 'publicationTitle', 'T1.a4');
  });

  it('is filed at a service centre after the registry check (Table 2 a3), and a person with no data is refused (a4)', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const up = await op.client.upload('contract.pdf', 'application/pdf', samplePdf(`con ${Math.random()}`), undefined, '/v1/staff/uploads');
    const body = { serviceId: 'foreign-media-accounting', applicantConsent: true, form, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }] };
    const missing = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: freshIin() });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: iin, language: 'kk' });
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
    expect(view.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T2.a5', 'T2.a6', 'T2.a7', 'T2.a9']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'mangystau-internal-policy' });
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    expect((await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED'])).status).toBe('COMPLETED');
  });
});

describe('certificate on guardianship and custody (seed 004, regulation 4, Annex 2 Tables 1–2)', () => {
  const form = { role: 'guardian', wardName: 'Серікова Айгерім Болатқызы', wardBirthDate: '2015-03-14', decisionNumber: '1245', decisionDate: '2024-06-20', address: 'Өскемен қ., Абай к-сі, 12 үй, 34 пәтер' };
  const attachments = [{ kind: 'akim-decision', name: 'decision.pdf' }];
  const def = findService('guardianship-certificate')!;
  const resultFields = { certificateNumber: '77', property: 'none', certificateText: def.result.fields.find((f) => f.id === 'certificateText')!.help!.kk };

  it('is filed on the portal, decided by the city education department, and the certificate delivered', async () => {
    const { citizen, clerk, requestId, registrationNumber } = await fileAndTake('guardianship-certificate', 'oskemen-education', form, attachments, 'kk');
    expect(registrationNumber).toMatch(/^OSK-BB-\d{4}-\d{6}$/);
    const employment = await newStaff(ctx.platform, { agencyId: 'oskemen-employment' });
    expect((await employment.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
    printable(resultFields);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T2.a3', 'T2.a5', 'T2.a6', 'T2.a8', 'T2.a8', 'T2.a8', 'T2.a8', 'T2.a8', 'T2.a8']);
    expect(done.dueAt).toBeDefined();
    const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses an approval whose certificate text the document cannot print', async () => {
    const { clerk, requestId } = await fileAndTake('guardianship-certificate', 'oskemen-education', form, attachments);
    const d = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: { ...resultFields, certificateText: 'Опекун ✓ назначен' } });
    expect(d.status).toBe(400);
    expect(d.body.error.fields[0]).toMatchObject({ field: 'resultFields.certificateText', code: 'DOCUMENT_TEXT_UNSUPPORTED' });
  });

  it('ends in a motivated refusal on each ground', async () => {
    await refusesOnEveryGround('guardianship-certificate', 'oskemen-education', form, attachments);
  });

  it('refuses a request whose signature does not match its content (Table 2 a4)', async () => {
    await refusesABadSignature('guardianship-certificate', form, attachments, 'wardName', 'T2.a4');
  });

  it('is filed at a service centre after the registry check (Table 1 a3), and a person with no data is refused (a4)', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const up = await op.client.upload('decision.pdf', 'application/pdf', samplePdf(`con ${Math.random()}`), undefined, '/v1/staff/uploads');
    const body = { serviceId: 'guardianship-certificate', applicantConsent: true, form, attachments: [{ uploadId: up.uploadId, kind: 'akim-decision', sha256: up.sha256 }] };
    const missing = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: freshIin() });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: iin, language: 'ru' });
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
    expect(view.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T1.a5', 'T1.a6', 'T1.a7', 'T1.a9']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    expect((await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED'])).status).toBe('COMPLETED');
  });
});
