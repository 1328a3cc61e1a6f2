/**
 * Seed 003 App.1 (the Committee's communications licence: issuance, re-registration, duplicate)
 * on the local cloud. A legal entity's representative files on the portal, signed with a
 * certificate carrying the BIN; a Committee clerk takes and decides; each action's approval with
 * the App.4 licence fields, each refusal ground, a bad signature and a certificate without the BIN
 * refused at Table 1 a7, and the Committee channel (Table 2) not offered.
 *
 * The portal's ЭҮТШ fee (Table 1 a4–a5) is paid before each filing (tests/integration/payments.test.ts
 * covers the payment itself).
 */
import { describe, expect, it } from 'vitest';
import { ApiClient, samplePdf, signRequestWith, waitFor, type CitizenSigner, type RequestInput } from '../../scripts/lib/client.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { findService } from '../../shared/domain/services/index.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { freshBin, newRepresentative, printable } from '../support/services.js';

const ctx = usePlatform('services-licence');
const SERVICE = 'communications-licence';
const COMMITTEE = 'mtc-communications-committee';
const ORG = 'ТОО «Байланыс-Тест»';

type Attachment = { kind: string; name: string };

const issueForm = { action: 'issue', services: 'Местная телефонная связь; передача данных' };
const issueAttachments: Attachment[] = [{ kind: 'qualification-documents', name: 'qualification.pdf' }];
const reissueForm = {
  action: 'reissue',
  licenceNumber: 'ДС-0001234',
  licenceIssuedOn: '2011-03-15',
  reissueGround: 'name-change',
  reissueDetails: 'Наименование изменено с ТОО «Байланыс» на ТОО «Байланыс-Тест».',
};
const reissueAttachments: Attachment[] = [{ kind: 'reissue-documents', name: 'registration.pdf' }];
const duplicateForm = { action: 'duplicate', licenceNumber: 'ДС-0001234', licenceIssuedOn: '2011-03-15', duplicateReason: 'lost' };

/** A citizen who represents a newly registered organisation, with a signing certificate carrying its BIN. */
const representative = (language = 'ru') => newRepresentative(ctx.platform, ORG, language);

/** The fee paid through the payment gateway (Table 1 a4), its id for the signed form. */
async function paidFee(client: ApiClient): Promise<string> {
  const inv = await client.call('POST', '/v1/payments', { serviceId: SERVICE });
  expect(inv.status).toBe(201);
  await client.call('POST', `/v1/payments/${inv.body.paymentId}/pay`);
  return waitFor(async () => ((await client.call('GET', `/v1/payments/${inv.body.paymentId}`)).body.status === 'PAID' ? (inv.body.paymentId as string) : undefined), 20_000, 100);
}

async function requestInput(client: ApiClient, iin: string, bin: string | undefined, form: Record<string, unknown>, attachments: Attachment[], language: string): Promise<RequestInput> {
  if (bin && form.paymentId === undefined && form.action !== undefined) form = { ...form, paymentId: await paidFee(client) };
  const ups = [];
  for (const a of attachments) {
    const up = await client.upload(a.name, 'application/pdf', samplePdf(`${a.kind} ${Math.random()}`));
    ups.push({ uploadId: up.uploadId, kind: a.kind, sha256: up.sha256 });
  }
  return { applicantIin: iin, ...(bin ? { applicantBin: bin } : {}), serviceId: SERVICE, form, attachments: ups, language };
}

/** Submits a signed body and waits for the signature check. */
async function submitAndSettle(client: ApiClient, body: unknown) {
  const r = await client.submit(body);
  expect(r.status).toBe(202);
  return waitStatus(client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
}

/** Filed on the portal by the representative with the BIN certificate, then taken by a Committee clerk. */
async function fileAndTake(form: Record<string, unknown>, attachments: Attachment[], language = 'ru') {
  const { iin, bin, client, rep } = await representative(language);
  const inbox = await submitAndSettle(client, await signRequestWith(rep, await requestInput(client, iin, bin, form, attachments, language)));
  expect(inbox.status).toBe('IN_INBOX');
  const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
  expect((await clerk.call('POST', `/v1/agency/requests/${inbox.requestId}/take`)).status).toBe(200);
  return { client, clerk, requestId: inbox.requestId as string, registrationNumber: inbox.registrationNumber as string };
}

/** The portal steps of an approval: Table 1 a6, a8, the 15 calendar days of a9, and the licence row a11. */
const approvalSteps = ['T1.a6', 'T1.a8', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a9', 'T1.a11', 'T1.a11', 'T1.a11'];
const approvalEvents = ['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'];

async function approves(form: Record<string, unknown>, attachments: Attachment[], resultFields: Record<string, string>, language: string) {
  const { client, clerk, requestId, registrationNumber } = await fileAndTake(form, attachments, language);
  expect(registrationNumber).toMatch(/^MTC-KSI-\d{4}-\d{6}$/);
  // Another agency's clerk does not see it.
  const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
  expect((await archives.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
  printable(resultFields);
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
  const done = await waitStatus(client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
  expect(done.status).toBe('COMPLETED');
  expect(done.history.map((h: { event: string }) => h.event)).toEqual(approvalEvents);
  expect(done.history.map((h: { stepId: string }) => h.stepId)).toEqual(approvalSteps);
  // Table 1 a9: 15 calendar days from registration; the decision keeps that clock.
  const registered = done.history.find((h: { event: string }) => h.event === 'gateway.registered');
  const decided = done.history.find((h: { event: string }) => h.event === 'staff.decided');
  expect(decided.stepStartedAt).toBe(registered.stepStartedAt);
  expect(decided.deadline).toBe(registered.deadline);
  expect(Date.parse(decided.deadline) - Date.parse(decided.stepStartedAt)).toBeGreaterThanOrEqual(15 * 86_400_000);
  expect(decided.onTime).toBe(true);
  // The licence's App.4 fields are kept with the decision, for the applicant's organisation.
  const record = await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(requestId);
  expect(record!.decision).toMatchObject({ approved: true, resultFields });
  expect(record!.applicantBin).toMatch(/^\d{12}$/);
  // The electronic licence downloads as a PDF and verifies publicly.
  const res = await client.call('GET', `/v1/requests/${requestId}/result`);
  expect(res.status).toBe(200);
  const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
  expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body;
  expect(report).toMatchObject({ authentic: true, service: { id: SERVICE }, decision: 'approved' });
}

/** Field issues of a submission refused at intake, as `field:code`. */
async function issuesOf(form: Record<string, unknown>, attachments: Attachment[]) {
  const { iin, bin, client, rep } = await representative();
  const r = await client.submit(await signRequestWith(rep, await requestInput(client, iin, bin, form, attachments, 'ru')));
  expect(r.status).toBe(400);
  return r.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
}

const licenceFields = {
  issuedTo: 'ТОО «Байланыс-Тест», г. Актау, 14 мкр., здание 5',
  activityType: 'Предоставление услуг в области связи: местная телефонная связь; передача данных',
  head: 'Нуршабеков Р. Р.',
  licenceNumber: 'ДС-0001234',
  city: 'Астана',
};

describe('communications licence (seed 003 App.1, Table 1 on the portal)', () => {
  it('issues a licence: filed by the representative with the BIN certificate, approved by the Committee, the licence delivered', async () => {
    await approves(issueForm, issueAttachments, { ...licenceFields, specialConditions: 'На территории Мангистауской области' }, 'ru');
  });

  it('re-registers a licence', async () => {
    await approves(reissueForm, reissueAttachments, { ...licenceFields, annex: 'Переоформлена в связи с изменением наименования.' }, 'kk');
  });

  it('issues a duplicate licence', async () => {
    await approves(duplicateForm, [], { ...licenceFields, annex: 'Дубликат' }, 'en');
  });

  it('asks for what each action needs', async () => {
    expect(await issuesOf({ action: 'issue' }, [])).toEqual(['form.services:FIELD_REQUIRED', 'attachments.qualification-documents:ATTACHMENT_REQUIRED']);
    expect(await issuesOf({ action: 'reissue' }, [])).toEqual([
      'form.licenceNumber:FIELD_REQUIRED',
      'form.licenceIssuedOn:FIELD_REQUIRED',
      'form.reissueGround:FIELD_REQUIRED',
      'form.reissueDetails:FIELD_REQUIRED',
      'attachments.reissue-documents:ATTACHMENT_REQUIRED',
    ]);
    expect(await issuesOf({ action: 'duplicate' }, [])).toEqual(['form.licenceNumber:FIELD_REQUIRED', 'form.licenceIssuedOn:FIELD_REQUIRED', 'form.duplicateReason:FIELD_REQUIRED']);
    expect(await issuesOf({ action: 'renew' }, [])).toEqual(['form.action:FIELD_NOT_ALLOWED']);
  });

  it('ends in a refusal on each ground, decided in a9 and delivered by a11', async () => {
    const def = findService(SERVICE)!;
    expect(def.refusalGrounds.map((g) => g.id)).toEqual(['qualification-requirements', 'applicant-data-violations', 'licence-not-found']);
    for (const ground of def.refusalGrounds) {
      const { client, clerk, requestId } = await fileAndTake(ground.id === 'licence-not-found' ? duplicateForm : issueForm, ground.id === 'licence-not-found' ? [] : issueAttachments, 'kk');
      const reason = `Негіздеме: ${ground.label.ru}.`;
      printable({ reason });
      const d = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
      expect(d.status, ground.id).toBe(202);
      const done = await waitStatus(client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground).toEqual({ id: ground.id, label: ground.label.kk });
      expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId).toBe('T1.a9');
      expect(done.history.at(-1)).toMatchObject({ event: 'cabinet.delivered', stepId: 'T1.a11' });
      expect((await client.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
    }
  });

  it('refuses a request whose signature does not match its content (condition 3, Table 1 a7)', async () => {
    const { iin, bin, client, rep } = await representative('en');
    const body = await signRequestWith(rep, await requestInput(client, iin, bin, issueForm, issueAttachments, 'en'));
    const refused = await submitAndSettle(client, { ...body, form: { ...body.form, services: `${issueForm.services}; international telephone communications` } });
    expect(refused).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_INVALID_SIGNATURE' } });
    expect(refused.history.map((h: { stepId: string }) => h.stepId)).toEqual(['T1.a6', 'T1.a7']);
  });

  it('refuses the representative’s personal certificate (no BIN) and a request without the BIN', async () => {
    const { iin, bin, client } = await representative('ru');
    // Signed for the organisation with the personal certificate: the BIN is not in it.
    const personal = await submitAndSettle(client, await signRequestWith(client.signer as CitizenSigner, await requestInput(client, iin, bin, issueForm, issueAttachments, 'ru')));
    expect(personal).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_BIN_MISMATCH' } });
    expect(personal.history.at(-1).stepId).toBe('T1.a7');
    // Filed as an individual: the service is for legal entities only.
    const withoutBin = await client.submit(await client.signRequest(await requestInput(client, iin, undefined, issueForm, issueAttachments, 'ru')));
    expect(withoutBin.status).toBe(400);
    expect(withoutBin.body.error.fields[0]).toMatchObject({ field: 'applicantBin', code: 'FIELD_REQUIRED' });
  });

  it('is filed at the Committee’s desk (Table 2) for the organisation by a Committee clerk, after ГБД ФЛ and ГБД ЮЛ (a4), without a fee, and decided within a9', async () => {
    const pub = new ApiClient(ctx.api);
    const detail = (await pub.call('GET', `/v1/services/${SERVICE}`)).body;
    expect(detail.channels).toEqual(['portal', 'agency-desk']);
    expect(detail.term).toEqual({ amount: 15, unit: 'calendarDays' });

    const { iin, bin, client } = await representative('ru');
    const stranger = await newCitizen(ctx.platform, 'ru');
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: COMMITTEE });
    const fileAtDesk = async (applicantIin: string, applicantBin?: string) => {
      const up = await clerk.upload('qualification.pdf', 'application/pdf', samplePdf(`desk ${Math.random()}`), undefined, '/v1/staff/uploads');
      return clerk.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin, ...(applicantBin ? { applicantBin } : {}), applicantConsent: true, form: issueForm, attachments: [{ uploadId: up.uploadId, kind: 'qualification-documents', sha256: up.sha256 }] });
    };
    // The service is for legal entities; an unknown organisation; a person who does not represent it (a4 → a5).
    expect((await fileAtDesk(iin)).body.error.fields[0]).toMatchObject({ field: 'applicantBin', code: 'FIELD_REQUIRED' });
    const unknown = await fileAtDesk(iin, freshBin());
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('REGISTRY_NO_DATA');
    const notRep = await fileAtDesk(stranger.iin, bin);
    expect(notRep.status).toBe(422);
    expect(notRep.body.error.code).toBe('NOT_A_REPRESENTATIVE');
    // Another agency's clerk may not file for the Committee.
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    const up = await archives.client.upload('q.pdf', 'application/pdf', samplePdf(`x ${Math.random()}`), undefined, '/v1/staff/uploads');
    expect((await archives.client.call('POST', '/v1/staff/requests', { serviceId: SERVICE, applicantIin: iin, applicantBin: bin, applicantConsent: true, form: issueForm, attachments: [{ uploadId: up.uploadId, kind: 'qualification-documents', sha256: up.sha256 }] })).status).toBe(403);

    const r = await fileAtDesk(iin, bin);
    expect(r.status).toBe(202);
    const inbox = await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(inbox).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(inbox.payment).toBeUndefined();
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields: licenceFields })).status).toBe(202);
    const done = await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.history.map((h: { stepId: string }) => h.stepId).slice(0, 2)).toEqual(['T2.a6', 'T2.a6']);
    expect(done.history.find((h: { event: string }) => h.event === 'staff.decided').stepId).toBe('T2.a9');
    const record = await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(r.body.requestId);
    expect(record!.applicantBin).toBe(bin);
  });
});
