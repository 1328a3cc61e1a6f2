/**
 * Seed 004 regulations 2 and 3 (the Ust-Kamenogorsk education department's certificates for
 * minors' deposits and inheritance, and for transactions with minors' property) on the local
 * cloud: each one's approval on the portal and at a service centre, each refusal ground and a bad
 * signature, filed, taken and decided through the API by the department's staff.
 */
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../scripts/lib/client.js';
import { usePlatform, newCitizen, newStaff, freshIin } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { events, printable, signWithUploads, stepIds, submitAndTake, uploadAll } from '../support/services.js';
import { findService } from '../../shared/domain/services/index.js';

const ctx = usePlatform('services-minors');

type Attachment = { kind: string; name: string };

const file = (citizen: ApiClient, iin: string, serviceId: string, form: Record<string, unknown>, attachments: Attachment[], language = 'ru') =>
  signWithUploads(citizen, { applicantIin: iin, serviceId, form, language }, attachments);

async function fileAndTake(serviceId: string, agencyId: string, form: Record<string, unknown>, attachments: Attachment[], language = 'ru') {
  const { iin, client: citizen } = await newCitizen(ctx.platform, language);
  const body = await file(citizen, iin, serviceId, form, attachments, language);
  const { client: clerk } = await newStaff(ctx.platform, { agencyId });
  return { iin, citizen, clerk, ...(await submitAndTake(citizen, body, clerk)) };
}

async function refusesOnEveryGround(serviceId: string, agencyId: string, form: Record<string, unknown>, attachments: Attachment[]) {
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
    // The refusal is decided in the registration row (5 working days) and delivered by the result row.
    expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId).toBe('T2.a6');
    expect(done.history.at(-1)).toMatchObject({ event: 'cabinet.delivered', stepId: 'T2.a8' });
    expect((await citizen.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
  }
}

/** The content changed after signing (condition 2): refused at the step the table gives. */
async function refusesABadSignature(serviceId: string, form: Record<string, unknown>, attachments: Attachment[], changed: string, refusalStep: string) {
  const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
  const body = await file(citizen, iin, serviceId, form, attachments, 'en');
  const sub = await citizen.submit({ ...body, form: { ...body.form, [changed]: `${String(form[changed])} changed` } });
  expect(sub.status).toBe(202);
  const refused = await waitStatus(citizen, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
  expect(refused.status).toBe('SIGNATURE_REJECTED');
  expect(refused.refusal.code).toBe('EDS_INVALID_SIGNATURE');
  expect(refused.history.at(-1).stepId).toBe(refusalStep);
}

/** Approved on the portal: the steps of Table 2, the 5 working days of a6, and the certificate as a PDF. */
async function approvesOnThePortal(serviceId: string, form: Record<string, unknown>, attachments: Attachment[], resultFields: Record<string, string>, language: string) {
  const { citizen, clerk, requestId, registrationNumber } = await fileAndTake(serviceId, 'oskemen-education', form, attachments, language);
  expect(registrationNumber).toMatch(/^OSK-BB-\d{4}-\d{6}$/);
  // Another agency's clerk does not see it.
  const employment = await newStaff(ctx.platform, { agencyId: 'oskemen-employment' });
  expect((await employment.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
  printable(resultFields);
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
  const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
  expect(done.status).toBe('COMPLETED');
  expect(events(done)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
  expect(stepIds(done)).toEqual(['T2.a3', 'T2.a5', 'T2.a6', 'T2.a6', 'T2.a6', 'T2.a6', 'T2.a8', 'T2.a8', 'T2.a8']);
  // Table 2 a6: 5 working days from registration, at least 5 calendar days; the decision keeps that clock.
  const registered = done.history.find((h: { event: string }) => h.event === 'gateway.registered');
  const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
  expect(decided.stepStartedAt).toBe(registered.stepStartedAt);
  expect(decided.deadline).toBe(registered.deadline);
  expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBeGreaterThanOrEqual(5 * 86_400_000);
  expect(decided.onTime).toBe(true);
  expect(done.dueAt).toBeDefined();
  const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
  expect(res.status).toBe(200);
  const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
  expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
}

/** Filed by a service-centre operator after the registry check (Table 1 a3; no data is a4), then decided by the department. */
async function approvesAtAServiceCentre(serviceId: string, form: Record<string, unknown>, attachments: Attachment[], resultFields: Record<string, string>) {
  const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
  const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
  const body = { serviceId, applicantConsent: true, form, attachments: await uploadAll(op.client, attachments, '/v1/staff/uploads') };
  const missing = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: freshIin() });
  expect(missing.status).toBe(422);
  expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

  const r = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: iin, language: 'ru' });
  expect(r.status).toBe(202);
  const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
  expect(stepIds(view)).toEqual(['T1.a5', 'T1.a6', 'T1.a7', 'T1.a7']);
  const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
  expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
  expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
  const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
  expect(done.status).toBe('COMPLETED');
  const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
  expect(decided.stepId).toBe('T1.a7');
  expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBeGreaterThanOrEqual(5 * 86_400_000);
  expect(stepIds(done).slice(-3)).toEqual(['T1.a9', 'T1.a9', 'T1.a9']);
}

/** Field issues of a refused submission, as `field:code`. */
async function issuesOf(serviceId: string, form: Record<string, unknown>, attachments: Attachment[]) {
  const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
  const r = await citizen.submit(await file(citizen, iin, serviceId, form, attachments));
  expect(r.status).toBe(400);
  return r.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
}

describe('certificates for minors’ deposits and inheritance (seed 004, regulation 2, Annex 2 Tables 1–2)', () => {
  const pensionForm = {
    purpose: 'pension-fund',
    institutionName: 'АО «ЕНПФ», филиал в г. Усть-Каменогорске',
    representativeRole: 'parent',
    idCardNumber: '041234567',
    idCardIssuedOn: '2019-05-20',
    idCardIssuedBy: 'МВД РК',
    childName: 'Серіков Нұрлан Болатұлы',
    childBirthYear: 2014,
    testatorName: 'Сериков Болат Маратович',
    deathCertificateNumber: '0012345',
    deathCertificateDate: '2026-02-11',
    inheritanceCertificateDate: '2026-08-14',
    notaryLicence: '0001234 от 12.03.2010',
    email: 'test@example.kz',
  };
  const pensionAttachments = [
    { kind: 'identity-document', name: 'id.pdf' },
    { kind: 'birth-certificate', name: 'birth.pdf' },
    { kind: 'death-certificate', name: 'death.pdf' },
    { kind: 'inheritance-certificate', name: 'inheritance.pdf' },
  ];
  const bankForm = {
    purpose: 'bank',
    institutionName: 'АО «Halyk Bank», Усть-Каменогорск',
    representativeRole: 'guardian',
    idCardNumber: '047654321',
    idCardIssuedOn: '2021-01-15',
    idCardIssuedBy: 'МВД РК',
    childName: 'Серікова Айгерім Болатқызы',
    childBirthYear: 2015,
  };
  const bankAttachments = [
    { kind: 'identity-document', name: 'id.pdf' },
    { kind: 'birth-certificate', name: 'birth.pdf' },
    { kind: 'representative-document', name: 'guardianship.pdf' },
    { kind: 'deposit-document', name: 'deposit.pdf' },
  ];
  const resultFields = {
    addressee: 'АО «Единый накопительный пенсионный фонд»',
    consentText: '«Өскемен қаласының білім беру бөлімі» ММ заңды өкілге (ата-анаға) кәмелетке толмаған Серіков Нұрлан Болатұлының (2014 ж.т.) зейнеткерлік қорындағы мұраға алынған ақша қорын алуға келісім береді.',
    validUntil: '2026-12-31',
  };

  it('is filed on the portal for a pension fund, decided by the city education department, and the certificate delivered', async () => {
    await approvesOnThePortal('minors-deposit-certificate', pensionForm, pensionAttachments, resultFields, 'kk');
  });

  it('asks for what each Annex 3 sample needs: a vehicle for the road police, a deposit agreement for a bank, a guardian’s appointment', async () => {
    const { testatorName: _t, ...withoutTestator } = pensionForm;
    expect(await issuesOf('minors-deposit-certificate', { ...withoutTestator, purpose: 'road-police' }, pensionAttachments)).toEqual([
      'form.testatorName:FIELD_REQUIRED',
      'form.vehicle:FIELD_REQUIRED',
      'form.vehicleAction:FIELD_REQUIRED',
      'attachments.vehicle-document:ATTACHMENT_REQUIRED',
    ]);
    expect(await issuesOf('minors-deposit-certificate', bankForm, bankAttachments.filter((a) => a.kind !== 'deposit-document' && a.kind !== 'representative-document'))).toEqual([
      'attachments.representative-document:ATTACHMENT_REQUIRED',
      'attachments.deposit-document:ATTACHMENT_REQUIRED',
    ]);
  });

  it('ends in a motivated refusal on each ground', async () => {
    await refusesOnEveryGround('minors-deposit-certificate', 'oskemen-education', bankForm, bankAttachments);
  });

  it('refuses a request whose signature does not match its content (Table 2 a4)', async () => {
    await refusesABadSignature('minors-deposit-certificate', bankForm, bankAttachments, 'childName', 'T2.a4');
  });

  it('is filed at a service centre for a bank after the registry check (Table 1 a3), and a person with no data is refused (a4)', async () => {
    await approvesAtAServiceCentre('minors-deposit-certificate', bankForm, bankAttachments, {
      addressee: 'АО «Halyk Bank»',
      consentText: 'ГУ «Отдел образования города Усть-Каменогорска» даёт согласие законному представителю (опекуну) на распоряжение вкладами несовершеннолетней Сериковой Айгерим Болатовны, 2015 г.р., с причитающимся инвестиционным доходом и пеней в АО «Halyk Bank».',
      validUntil: '2026-12-31',
    });
  });
});

describe('certificates for transactions with property owned by minors (seed 004, regulation 3, Annex 2 Tables 1–2)', () => {
  const form = {
    presentTo: 'Нотариусу г. Усть-Каменогорска',
    representativeRole: 'parent',
    minors: 'Серікова Айгерім Болатқызы, 14.03.2015; Серіков Нұрлан Болатұлы, 02.09.2017',
    propertyAddress: 'Өскемен қ., Абай к-сі, 12 үй, 34 пәтер',
    transaction: 'sale',
    email: 'test@example.kz',
  };
  const attachments = [
    { kind: 'identity-document', name: 'id.pdf' },
    { kind: 'birth-certificate', name: 'birth.pdf' },
    { kind: 'title-document', name: 'title.pdf' },
  ];
  const resultFields = {
    addressee: 'Нотариусу г. Усть-Каменогорска',
    consentText: '«Өскемен қаласы білім беру бөлімі» ММ, кәмелетке толмағандардың (Серікова А. Б., Серіков Н. Б.) мүддесінде әрекет ететін, Өскемен қ., Абай к-сі, 12 үй, 34 пәтер мекенжайында орналасқан жылжымайтын мүлікті сатуға келісім береді.',
    validUntil: '2026-12-31',
  };

  it('is filed on the portal, decided by the city education department, and the certificate delivered', async () => {
    await approvesOnThePortal('minors-property-certificate', form, attachments, resultFields, 'kk');
  });

  it('asks for the transaction when it is not one of the listed ones, and for a guardian’s appointment', async () => {
    expect(await issuesOf('minors-property-certificate', { ...form, transaction: 'other', representativeRole: 'guardian' }, attachments)).toEqual([
      'form.transactionDetails:FIELD_REQUIRED',
      'attachments.representative-document:ATTACHMENT_REQUIRED',
    ]);
  });

  it('refuses an approval whose certificate text the document cannot print', async () => {
    const { clerk, requestId } = await fileAndTake('minors-property-certificate', 'oskemen-education', form, attachments);
    const d = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields: { ...resultFields, consentText: 'Согласие ✓ дано' } });
    expect(d.status).toBe(400);
    expect(d.body.error.fields[0]).toMatchObject({ field: 'resultFields.consentText', code: 'DOCUMENT_TEXT_UNSUPPORTED' });
  });

  it('ends in a motivated refusal on each ground', async () => {
    await refusesOnEveryGround('minors-property-certificate', 'oskemen-education', form, attachments);
  });

  it('refuses a request whose signature does not match its content (Table 2 a4)', async () => {
    await refusesABadSignature('minors-property-certificate', form, attachments, 'propertyAddress', 'T2.a4');
  });

  it('is filed at a service centre after the registry check (Table 1 a3), and a person with no data is refused (a4)', async () => {
    await approvesAtAServiceCentre('minors-property-certificate', form, attachments, resultFields);
  });
});
