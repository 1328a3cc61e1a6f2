/**
 * Seed 002 (East Kazakhstan, 2014 format): accounting of foreign periodical print publications, on
 * the local cloud. The ¶5 internal chain is each channel's a7–a12: a clerk of the oblast internal
 * policy department registers it at a7 (acceptance, 15 min), the head's resolution passes it to a
 * department head at a8 (15 min), whose resolution passes it to a specialist at a9 (15 min), the
 * specialist drafts the decision at a10 (8 working days), and a head (not the drafter) signs it at
 * a11 (30 min), the result signed with the head's key. Portal, service centre and the provider's desk.
 */
import { describe, expect, it } from 'vitest';
import { samplePdf, type ApiClient } from '../../scripts/lib/client.js';
import { usePlatform, newCitizen, newStaff, freshIin } from '../support/platform.js';
import { waitStatus } from '../support/journey.js';
import { findService } from '../../shared/domain/services/index.js';
import { unsupportedCharacters } from '../../shared/domain/document-text.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { DynamoPkiStore } from '../../shared/adapters/dynamo-pki-store.js';
import { ddbClient } from '../../shared/adapters/clients.js';

const ctx = usePlatform('services-periodicals');

const serviceId = 'foreign-periodicals-accounting';
const agencyId = 'vko-internal-policy';
const form = {
  distributorName: 'ТОО «Алтай-Пресс»',
  publicationTitle: 'Altai Review',
  countryOfOrigin: 'Российская Федерация',
  distributionLanguage: 'русский',
  periodicity: 'monthly',
  thematicFocus: 'Туризм и краеведение Алтайского региона.',
  distributionTerritory: 'г. Усть-Каменогорск, г. Риддер',
  expectedCopies: '300',
  resultForm: 'electronic',
};
const resultFields = { recordNumber: 'ВКО-ВП-42', recordedOn: '2026-11-30', certificateText: 'Издание «Altai Review» (Российская Федерация) поставлено на учёт как иностранное периодическое печатное издание, распространяемое в Восточно-Казахстанской области.' };

type H = { event: string; stepId: string; deadline: string; stepStartedAt: string };
const minutes = (h: H) => (Date.parse(h.deadline) - Date.parse(h.stepStartedAt)) / 60_000;
const at = (history: H[], event: string) => history.find((h) => h.event === event)!;

async function file(citizen: ApiClient, iin: string, language: string) {
  const up = await citizen.upload('contract.pdf', 'application/pdf', samplePdf(`supporting-document ${Math.random()}`));
  return citizen.signRequest({ applicantIin: iin, serviceId, form, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }], language });
}

async function fileAndTake(language = 'ru') {
  const { iin, client: citizen } = await newCitizen(ctx.platform, language);
  const r = await citizen.submit(await file(citizen, iin, language));
  expect(r.status).toBe(202);
  const requestId = r.body.requestId as string;
  const inInbox = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inInbox.status).toBe('IN_INBOX');
  const { client: clerk } = await newStaff(ctx.platform, { agencyId });
  const taken = await clerk.call('POST', `/v1/agency/requests/${requestId}/take`);
  expect(taken.status).toBe(200);
  // Registered by the clerk, it waits for the head's resolution.
  expect(taken.body.status).toBe('AT_HEAD');
  return { citizen, clerk, requestId, registrationNumber: inInbox.registrationNumber as string };
}

type Staff = Awaited<ReturnType<typeof newStaff>>;

/** a8 and a9: the head passes it to a department head, who passes it to a specialist. */
async function resolutions(requestId: string, head?: Staff): Promise<{ head: Staff; deptHead: Staff; specialist: Staff }> {
  const [h, deptHead, specialist] = await Promise.all([head ?? newStaff(ctx.platform, { agencyId, role: 'head' }), newStaff(ctx.platform, { agencyId, role: 'department-head' }), newStaff(ctx.platform, { agencyId, role: 'specialist' })]);
  const a8 = await h.client.call('POST', `/v1/agency/requests/${requestId}/resolution`, { assignee: deptHead.username });
  expect(a8.status).toBe(200);
  expect(a8.body).toMatchObject({ status: 'AT_DEPARTMENT', assignee: deptHead.username });
  const a9 = await deptHead.client.call('POST', `/v1/agency/requests/${requestId}/resolution`, { assignee: specialist.username });
  expect(a9.status).toBe(200);
  expect(a9.body).toMatchObject({ status: 'IN_PROGRESS', assignee: specialist.username });
  return { head: h, deptHead, specialist };
}

/** a11: a head of the department signs the specialist's draft. */
async function headSigns(requestId: string, head?: Staff) {
  const h = head ?? (await newStaff(ctx.platform, { agencyId, role: 'head' }));
  const r = await h.client.call('POST', `/v1/agency/requests/${requestId}/sign`);
  expect(r.status).toBe(202);
  return h;
}

async function staffUpload(c: ApiClient) {
  const up = await c.upload('contract.pdf', 'application/pdf', samplePdf(`staff ${Math.random()}`), undefined, '/v1/staff/uploads');
  return [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }];
}

/** The internal chain's stamps: take at a7, the resolutions at a8 and a9 (15 min each), the draft at a10 (8 working days), the head's signature and the signed result at a11 (30 min). */
function expectChain(history: H[], t: string) {
  expect(at(history, 'staff.taken').stepId).toBe(`${t}.a7`);
  expect(minutes(at(history, 'staff.taken'))).toBe(15);
  expect(at(history, 'head.resolved').stepId).toBe(`${t}.a8`);
  expect(minutes(at(history, 'head.resolved'))).toBe(15);
  expect(at(history, 'department.resolved').stepId).toBe(`${t}.a9`);
  expect(minutes(at(history, 'department.resolved'))).toBe(15);
  // Each resolution's 15 minutes start when the step before it ended.
  expect(at(history, 'head.resolved').stepStartedAt).toBe((at(history, 'staff.taken') as H & { at: string }).at);
  expect(at(history, 'department.resolved').stepStartedAt).toBe((at(history, 'head.resolved') as H & { at: string }).at);
  expect(at(history, 'staff.drafted').stepId).toBe(`${t}.a10`);
  expect(Date.parse(at(history, 'staff.drafted').deadline) - Date.parse(at(history, 'staff.drafted').stepStartedAt)).toBeGreaterThanOrEqual(8 * 86_400_000);
  expect(at(history, 'head.signed').stepId).toBe(`${t}.a11`);
  expect(minutes(at(history, 'head.signed'))).toBe(30);
  expect(at(history, 'result.issued').stepId).toBe(`${t}.a11`);
  expect(minutes(at(history, 'result.issued'))).toBe(30);
}

describe('accounting of foreign periodicals in East Kazakhstan oblast (seed 002, 2014 format)', () => {
  it('is filed on the portal, registered by a clerk, passed on by the heads’ resolutions, drafted by the specialist, signed by a head, and the certificate delivered', async () => {
    const { citizen, requestId, registrationNumber } = await fileAndTake();
    expect(registrationNumber).toMatch(/^VKO-IP-\d{4}-\d{6}$/);
    const elsewhere = await newStaff(ctx.platform, { agencyId: 'mangystau-internal-policy' });
    expect((await elsewhere.client.call('GET', `/v1/agency/requests/${requestId}`)).status).toBe(404);
    for (const [k, v] of Object.entries(resultFields)) expect(unsupportedCharacters(v), k).toEqual([]);
    const { head, specialist } = await resolutions(requestId);
    expect((await specialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    // The specialist's decision is a draft: nothing is issued until a head signs it.
    const drafted = await waitStatus(citizen, `/v1/requests/${requestId}`, ['DRAFTED']);
    expect(drafted.resultAvailable).toBe(false);
    // The drafter cannot sign (not a head).
    const self = await specialist.client.call('POST', `/v1/agency/requests/${requestId}/sign`);
    expect(self.status).toBe(403);
    await headSigns(requestId, head);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.channel).toBe('portal');
    // Filed under the version with the resolutions, and the history says so.
    expect(done.serviceVersion).toBe(2);
    expect(at(done.history, 'request.submitted')).toMatchObject({ note: expect.stringContaining('foreign-periodicals-accounting@2') });
    expect(done.history.map((h: H) => h.event)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'head.resolved', 'department.resolved', 'staff.drafted', 'head.signed', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect(done.history.map((h: H) => h.stepId)).toEqual(['T2.a3', 'T2.a4', 'T2.a6', 'T2.a6', 'T2.a7', 'T2.a8', 'T2.a9', 'T2.a10', 'T2.a11', 'T2.a11', 'T2.a12', 'T2.a12']);
    expect(at(done.history, 'head.signed')).toMatchObject({ actor: { kind: 'staff', id: head.username } });
    // A retry of the head's signature is answered as before.
    expect((await head.client.call('POST', `/v1/agency/requests/${requestId}/sign`)).status).toBe(202);
    expectChain(done.history, 'T2');
    expect(done.dueAt).toBeDefined();
    const res = await citizen.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('ends in a reasoned refusal on each ground', async () => {
    const def = findService(serviceId)!;
    expect(def.refusalGrounds.map((g) => g.id)).toEqual(['incomplete-documents', 'not-foreign-periodical']);
    for (const ground of def.refusalGrounds) {
      const { citizen, requestId } = await fileAndTake('kk');
      const { head, specialist } = await resolutions(requestId);
      const reason = `Негіздеме: ${ground.label.kk}.`;
      expect(unsupportedCharacters(reason)).toEqual([]);
      const d = await specialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: ground.id, reason });
      expect(d.status, ground.id).toBe(202);
      await waitStatus(citizen, `/v1/requests/${requestId}`, ['DRAFTED']);
      await headSigns(requestId, head);
      const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
      expect(done.status, ground.id).toBe('REFUSED');
      expect(done.decision.ground.label).toBe(ground.label.kk);
      expect(done.history.map((h: H) => h.stepId).slice(-8)).toEqual(['T2.a7', 'T2.a8', 'T2.a9', 'T2.a10', 'T2.a11', 'T2.a11', 'T2.a12', 'T2.a12']);
      expect((await citizen.call('GET', `/v1/requests/${requestId}/result`)).status).toBe(200);
    }
  });

  it('refuses a request whose signature does not match its content (¶10 condition 2, process 5 = T2.a5)', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
    const body = await file(citizen, iin, 'en');
    const sub = await citizen.submit({ ...body, form: { ...body.form, publicationTitle: `${form.publicationTitle} changed` } });
    expect(sub.status).toBe(202);
    const refused = await waitStatus(citizen, `/v1/requests/${sub.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX']);
    expect(refused.status).toBe('SIGNATURE_REJECTED');
    expect(refused.refusal.code).toBe('EDS_INVALID_SIGNATURE');
    expect(refused.history.at(-1).stepId).toBe('T2.a5');

    // A form signed for version 1, the catalogue now at version 2: a clear 409 in the request's language, nothing filed.
    const up = await citizen.upload('contract.pdf', 'application/pdf', samplePdf(`stale ${Math.random()}`));
    const stale = await citizen.submit(await citizen.signRequest({ applicantIin: iin, serviceId, serviceVersion: 1, form, attachments: [{ uploadId: up.uploadId, kind: 'supporting-document', sha256: up.sha256 }], language: 'en' }));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'SERVICE_VERSION_CHANGED', message: 'The service’s regulation was updated: open the form again and sign the request anew.' });
    expect(((await citizen.call('GET', '/v1/requests')).body.items as unknown[]).length).toBe(1);
  });

  it('is filed at a service centre by an operator (¶9), a person with no registry data is refused, and the request runs the same chain', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const body = { serviceId, applicantConsent: true, form, attachments: await staffUpload(op.client) };
    const missing = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: freshIin() });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');

    const r = await op.client.call('POST', '/v1/staff/requests', { ...body, applicantIin: iin, language: 'kk' });
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'service-centre' });
    expect(view.history.map((h: H) => h.stepId)).toEqual(['T1.a3', 'T1.a4', 'T1.a6', 'T1.a6']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId });
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const { head, specialist } = await resolutions(r.body.requestId);
    const decide = await specialist.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'refuse', groundId: 'not-foreign-periodical', reason: 'Басылым Қазақстан Республикасында шығарылады.' });
    expect(decide.status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['DRAFTED']);
    await headSigns(r.body.requestId, head);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('REFUSED');
    expectChain(done.history, 'T1');
    expect(done.history.map((h: H) => h.stepId).slice(-3)).toEqual(['T1.a11', 'T1.a12', 'T1.a13']);
  });

  it('is filed at the department’s desk (¶11) by its own staff only, and approved through the same chain', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const desk = await newStaff(ctx.platform, { agencyId });
    const fileAt = async (c: ApiClient) => c.call('POST', '/v1/staff/requests', { serviceId, applicantIin: iin, applicantConsent: true, form, attachments: await staffUpload(c) });
    const other = await newStaff(ctx.platform, { agencyId: 'mangystau-internal-policy' });
    expect((await fileAt(other.client)).status).toBe(403);
    const r = await fileAt(desk.client);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(view.history.map((h: H) => h.stepId)).toEqual(['T3.a3', 'T3.a4', 'T3.a6', 'T3.a6']);
    expect((await desk.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const { head, specialist } = await resolutions(r.body.requestId);
    expect((await specialist.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['DRAFTED']);
    await headSigns(r.body.requestId, head);
    const done = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expectChain(done.history, 'T3');
    expect(done.history.map((h: H) => h.stepId).slice(-3)).toEqual(['T3.a11', 'T3.a12', 'T3.a12']);
    expect((await citizen.call('GET', `/v1/requests/${r.body.requestId}/result`)).status).toBe(200);
  });

  it('gives each role only its own step: the clerk registers, the head resolves, the department head holding it resolves, the specialist named drafts', async () => {
    const { citizen, clerk, requestId } = await fileAndTake('en');
    const [head, deptHead, otherDeptHead, specialist, otherSpecialist, foreignHead] = await Promise.all([
      newStaff(ctx.platform, { agencyId, role: 'head' }),
      newStaff(ctx.platform, { agencyId, role: 'department-head' }),
      newStaff(ctx.platform, { agencyId, role: 'department-head' }),
      newStaff(ctx.platform, { agencyId, role: 'specialist' }),
      newStaff(ctx.platform, { agencyId, role: 'specialist' }),
      newStaff(ctx.platform, { agencyId: 'mangystau-internal-policy', role: 'head' }),
    ]);
    const ids = async (c: ApiClient, q = '') => ((await c.call('GET', `/v1/agency/requests${q}`)).body.items as { requestId: string }[]).map((i) => i.requestId);
    const resolve = (c: ApiClient, assignee: string) => c.call('POST', `/v1/agency/requests/${requestId}/resolution`, { assignee }, { 'accept-language': 'en' });

    // AT_HEAD: it is the head's task, no longer the clerk's; nobody may draft yet.
    expect(await ids(head.client)).toContain(requestId);
    expect(await ids(clerk)).not.toContain(requestId);
    expect(await ids(deptHead.client)).not.toContain(requestId);
    // A specialist takes nothing from the inbox: only what a resolution passes to them.
    const { client: citizen2, iin: iin2 } = await newCitizen(ctx.platform, 'en');
    const other = await citizen2.submit(await file(citizen2, iin2, 'en'));
    await waitStatus(citizen2, `/v1/requests/${other.body.requestId}`, ['IN_INBOX']);
    expect((await specialist.client.call('POST', `/v1/agency/requests/${other.body.requestId}/take`)).status).toBe(403);
    const early = await specialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('AWAITING_RESOLUTION');
    // Only a head resolves at a8, only to a department head of this agency; another agency's head does not see it.
    expect((await resolve(clerk, deptHead.username)).status).toBe(403);
    const toClerk = await resolve(head.client, specialist.username);
    expect(toClerk.status).toBe(422);
    expect(toClerk.body.error.code).toBe('ASSIGNEE_NOT_ELIGIBLE');
    expect(toClerk.body.error.message).toMatch(/department head/);
    expect((await resolve(foreignHead.client, deptHead.username)).status).toBe(404);
    expect((await resolve(head.client, deptHead.username)).status).toBe(200);
    // A retry of the same resolution is answered as before; a different one is refused.
    expect((await resolve(head.client, deptHead.username)).status).toBe(200);
    expect((await resolve(head.client, otherDeptHead.username)).body.error.code).toBe('NOT_AWAITING_RESOLUTION');

    // AT_DEPARTMENT: the department head holding it, and nobody else, resolves to a specialist.
    expect(await ids(deptHead.client)).toContain(requestId);
    expect(await ids(otherDeptHead.client)).not.toContain(requestId);
    const notTheirs = await resolve(otherDeptHead.client, specialist.username);
    expect(notTheirs.status).toBe(409);
    expect(notTheirs.body.error.code).toBe('NOT_ASSIGNED_TO_YOU');
    expect((await resolve(deptHead.client, otherDeptHead.username)).body.error.code).toBe('ASSIGNEE_NOT_ELIGIBLE');
    expect((await resolve(deptHead.client, specialist.username)).status).toBe(200);

    // The head may hand work in progress only to another specialist, not to a clerk who would skip the resolutions.
    const toAClerk = await head.client.call('POST', `/v1/agency/requests/${requestId}/assign`, { assignee: (await newStaff(ctx.platform, { agencyId })).username });
    expect(toAClerk.status).toBe(422);
    expect(toAClerk.body.error.code).toBe('ASSIGNEE_NOT_ELIGIBLE');
    // IN_PROGRESS: the named specialist's task; another specialist may not draft it.
    expect(await ids(specialist.client)).toContain(requestId);
    expect(await ids(otherSpecialist.client)).not.toContain(requestId);
    expect(await ids(deptHead.client)).not.toContain(requestId);
    expect((await otherSpecialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).body.error.code).toBe('NOT_ASSIGNED_TO_YOU');
    expect((await specialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['DRAFTED']);
    // DRAFTED: the head's task to sign; gone from the specialist's list.
    expect(await ids(head.client, '?status=DRAFTED')).toContain(requestId);
    expect(await ids(specialist.client)).not.toContain(requestId);
    expect((await head.client.call('POST', `/v1/agency/requests/${requestId}/sign`)).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);
    // The citizen was told of each status on the way (one notification per status change).
    const notes = (await citizen.call('GET', '/v1/notifications')).body.items as { requestId: string; status: string }[];
    const mine = notes.filter((n) => n.requestId === requestId).map((n) => n.status);
    expect(mine).toEqual(expect.arrayContaining(['AT_HEAD', 'AT_DEPARTMENT', 'IN_PROGRESS', 'DRAFTED', 'COMPLETED']));
    const record = (await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(requestId))!;
    expect(record.decision).toMatchObject({ approved: true, draftedBy: specialist.username, decidedBy: head.username });
    const key = await new DynamoPkiStore(ddbClient(), ctx.platform.env.PKI_TABLE!).getStaffKey(head.username);
    expect(record.result?.signerSerial).toBe(key?.certSerial);
    expect(done.history.filter((h: H & { actor: { id?: string } }) => h.event.endsWith('.resolved')).map((h: H & { actor: { id?: string } }) => h.actor.id)).toEqual([head.username, deptHead.username]);
  });

  it('lets only a head other than the drafter sign', async () => {
    const { citizen, requestId } = await fileAndTake();
    const { specialist } = await resolutions(requestId);
    // A head who is also a specialist takes the draft over and drafts it: another head must sign.
    const headSpecialist = await newStaff(ctx.platform, { agencyId, role: ['head', 'specialist'] });
    const head = await newStaff(ctx.platform, { agencyId, role: 'head' });
    expect((await head.client.call('POST', `/v1/agency/requests/${requestId}/assign`, { assignee: headSpecialist.username })).status).toBe(200);
    expect((await head.client.call('POST', `/v1/agency/requests/${requestId}/sign`)).body.error.code).toBe('NOT_DRAFTED');
    expect((await specialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).body.error.code).toBe('NOT_ASSIGNED_TO_YOU');
    expect((await headSpecialist.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['DRAFTED']);
    const own = await headSpecialist.client.call('POST', `/v1/agency/requests/${requestId}/sign`);
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('SIGNER_IS_DRAFTER');
    await headSigns(requestId, head);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);
  });
});
