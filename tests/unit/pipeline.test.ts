import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { memoryPipeline } from '../../scripts/lib/memory-pipeline.js';
import { archiveForm, samplePdf, signRequestWith, type CitizenSigner } from '../../scripts/lib/client.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { decide, registerInAgency, resolveRequest, takeRequest } from '../../shared/domain/use-cases/agency.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { answerSurvey } from '../../shared/domain/use-cases/quality.js';
import { NotReadyError } from '../../shared/domain/errors.js';
import { completeIin } from '../../shared/domain/iin.js';
import type { ResultRenderer } from '../../shared/ports/index.js';

const iin = completeIin('90010130012')!;
const clerk = { username: 'clerk', agencyIds: ['mangystau-archives'], roles: ['clerk'] };
const fakeRenderer: ResultRenderer = { render: async ({ documentId }) => new TextEncoder().encode(`%PDF-1.4 ${documentId}`) };

function controllableClock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

const signers = new WeakMap<object, CitizenSigner>();

async function pipeline(opts: Parameters<typeof memoryPipeline>[0] = {}) {
  const p = await memoryPipeline(opts);
  signers.set(p, await p.enrollCitizen(iin));
  await p.enrollStaff('clerk');
  return p;
}

async function submit(p: Awaited<ReturnType<typeof memoryPipeline>>) {
  const bytes = samplePdf();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const uploadId = crypto.randomUUID();
  await p.deps.requests.putUpload({ uploadId, ownerIin: iin, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: bytes.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: new Date().toISOString() });
  await p.deps.uploads.put(`uploads/${uploadId}`, bytes, 'application/pdf');
  const body = await signRequestWith(signers.get(p)!, { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId, kind: 'work-record-book', sha256 }] }, p.deps.clock.now());
  return submitRequest(p.deps, { applicantIin: iin, body: { ...body, channel: 'portal', attachments: body.attachments } as never });
}

describe('the pipeline with in-memory adapters', () => {
  it('runs a request to COMPLETED, each event once, even when every message runs twice', async () => {
    const p = await pipeline({ renderer: fakeRenderer });
    const { requestId } = await submit(p);
    await p.drain({ twice: true });
    expect((await p.deps.requests.get(requestId))!.status).toBe('IN_INBOX');
    await takeRequest(p.deps, clerk, requestId);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'ok', fundReference: 'Ф.1' } });
    await p.drain({ twice: true });
    const r = (await p.deps.requests.get(requestId))!;
    expect(r.status).toBe('COMPLETED');
    const events = (await p.deps.requests.history(requestId)).map((h) => h.event);
    expect(events).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect([...p.deps.results.objects.values()].map((o) => o.versions)).toEqual([1, 1]); // the PDF and its .p7s
  });

  it('refuses a decision whose text the result document cannot print, and keeps the request as it was', async () => {
    const p = await pipeline({ renderer: fakeRenderer });
    const { requestId } = await submit(p);
    await p.drain();
    await takeRequest(p.deps, clerk, requestId);
    const before = await p.deps.requests.get(requestId);
    await expect(decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'Стаж 😀 расталды', fundReference: 'Ф.1' } })).rejects.toMatchObject({
      fields: [{ field: 'resultFields.findings', code: 'DOCUMENT_TEXT_UNSUPPORTED', params: { characters: '😀' } }],
    });
    await expect(decide(p.deps, clerk, requestId, { decision: 'refuse', groundId: 'document-violations', reason: '档案' })).rejects.toMatchObject({ fields: [{ field: 'reason', code: 'DOCUMENT_TEXT_UNSUPPORTED' }] });
    expect(await p.deps.requests.get(requestId)).toEqual(before);
  });

  it('takes the quality questionnaire once, after the result, from the applicant only', async () => {
    const p = await pipeline({ renderer: fakeRenderer });
    const { requestId } = await submit(p);
    await p.drain();
    const answers = { processAndResult: 3, information: 2 };
    await expect(answerSurvey(p.deps, iin, requestId, { answers })).rejects.toMatchObject({ code: 'SURVEY_NOT_YET' });
    await takeRequest(p.deps, clerk, requestId);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'ok', fundReference: 'Ф.1' } });
    await p.drain();
    await expect(answerSurvey(p.deps, completeIin('91072530045')!, requestId, { answers })).rejects.toMatchObject({ code: 'REQUEST_NOT_FOUND' });
    await expect(answerSurvey(p.deps, iin, requestId, { answers: { processAndResult: 4, information: 2, extra: 1 } })).rejects.toMatchObject({
      fields: [{ field: 'answers.extra', code: 'FIELD_UNKNOWN' }, { field: 'answers.processAndResult', code: 'FIELD_NOT_ALLOWED' }],
    });
    expect(await answerSurvey(p.deps, iin, requestId, { answers })).toMatchObject({ replayed: false, survey: { answers } });
    expect(await answerSurvey(p.deps, iin, requestId, { answers })).toMatchObject({ replayed: true });
    await expect(answerSurvey(p.deps, iin, requestId, { answers: { processAndResult: 1, information: 1 } })).rejects.toMatchObject({ code: 'SURVEY_ALREADY_ANSWERED' });
    expect((await p.deps.requests.get(requestId))!.survey!.answers).toEqual(answers);
  });

  it('throws NotReadyError for a message that overtakes its request, so the queue retries it', async () => {
    const p = await pipeline({ renderer: fakeRenderer });
    const { requestId } = await submit(p);
    await expect(registerInAgency(p.deps, requestId)).rejects.toBeInstanceOf(NotReadyError);
  });

  it('never gives two requests the same registration number', async () => {
    const p = await pipeline({ renderer: fakeRenderer });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await submit(p)).requestId);
    await p.drain({ twice: true });
    const numbers = await Promise.all(ids.map(async (id) => (await p.deps.requests.get(id))!.registrationNumber));
    expect(new Set(numbers).size).toBe(5);
  });
});

describe('deadline watch', () => {
  it('marks a step past its deadline overdue once, with one entry in the history', async () => {
    const clock = controllableClock('2026-11-25T09:00:00+05:00');
    const p = await pipeline({ clock, renderer: fakeRenderer });
    const { requestId } = await submit(p);
    // Nothing runs the signature check: T1 a5 has 60 s.
    clock.advance(30_000);
    expect((await watchDeadlines(p.deps)).marked).toBe(0);
    clock.advance(31_000);
    expect((await watchDeadlines(p.deps)).marked).toBe(1);
    expect((await watchDeadlines(p.deps)).marked).toBe(0);
    const h = await p.deps.requests.history(requestId);
    expect(h.at(-1)).toMatchObject({ event: 'deadline.overdue', stepId: 'T1.a5', onTime: false });
    // The late step is still recorded, and marked late.
    await p.drain();
    const verified = (await p.deps.requests.history(requestId)).find((e) => e.event === 'signature.verified')!;
    expect(verified.onTime).toBe(false);
  });

  it('measures the 15-working-day result step from registration', async () => {
    const clock = controllableClock('2026-11-25T09:00:00+05:00');
    const p = await pipeline({ clock, renderer: fakeRenderer });
    const { requestId } = await submit(p);
    await p.drain();
    const r = (await p.deps.requests.get(requestId))!;
    expect(r.openStep?.stepId).toBe('T1.a8');
    expect(r.dueAt).toBe('2026-12-17T18:59:59.999Z');
    clock.advance(23 * 86_400_000);
    expect((await watchDeadlines(p.deps)).marked).toBe(1);
  });
});

describe('an internal chain’s resolutions (seed 002, version 2)', () => {
  it('watches the head’s 15 minutes (a8) and the department head’s (a9), and the specialist’s 8 working days start at the second resolution', async () => {
    const clock = controllableClock('2026-11-25T09:00:00+05:00');
    const p = await pipeline({ clock, renderer: fakeRenderer });
    const bytes = samplePdf();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const uploadId = crypto.randomUUID();
    await p.deps.requests.putUpload({ uploadId, ownerIin: iin, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: bytes.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: clock.now().toISOString() });
    await p.deps.uploads.put(`uploads/${uploadId}`, bytes, 'application/pdf');
    const form = { distributorName: 'ТОО «Алтай-Пресс»', publicationTitle: 'Altai Review', countryOfOrigin: 'Россия', distributionLanguage: 'русский', periodicity: 'monthly', thematicFocus: 'Туризм.', distributionTerritory: 'г. Усть-Каменогорск', expectedCopies: '300', resultForm: 'electronic' };
    const body = await signRequestWith(signers.get(p)!, { applicantIin: iin, serviceId: 'foreign-periodicals-accounting', form, attachments: [{ uploadId, kind: 'supporting-document', sha256 }] }, clock.now());
    const { requestId } = await submitRequest(p.deps, { applicantIin: iin, body: { ...body, channel: 'portal' } as never });
    await p.drain();
    const vko = (username: string, role: string) => ({ username, agencyIds: ['vko-internal-policy'], roles: [role] });
    const staff = { listAgencyStaff: async () => [{ username: 'dh', roles: ['department-head'] }, { username: 'sp', roles: ['specialist'] }] };
    await takeRequest(p.deps, vko('c', 'clerk'), requestId);
    expect((await p.deps.requests.get(requestId))!.openStep).toMatchObject({ stepId: 'T2.a8' });
    clock.advance(16 * 60_000);
    expect((await watchDeadlines(p.deps)).marked).toBe(1);
    expect((await p.deps.requests.history(requestId)).at(-1)).toMatchObject({ event: 'deadline.overdue', stepId: 'T2.a8' });
    // Late, the resolution is recorded as such; the department head's own 15 minutes start with it.
    await resolveRequest({ ...p.deps, directory: staff }, vko('h', 'head'), requestId, 'dh');
    expect((await p.deps.requests.history(requestId)).at(-1)).toMatchObject({ event: 'head.resolved', stepId: 'T2.a8', onTime: false });
    clock.advance(10 * 60_000);
    expect((await watchDeadlines(p.deps)).marked).toBe(0);
    await resolveRequest({ ...p.deps, directory: staff }, vko('dh', 'department-head'), requestId, 'sp');
    const r = (await p.deps.requests.get(requestId))!;
    expect(r).toMatchObject({ status: 'IN_PROGRESS', assignee: 'sp', openStep: { stepId: 'T2.a10', startedAt: clock.now().toISOString() } });
    expect((await p.deps.requests.history(requestId)).at(-1)).toMatchObject({ event: 'department.resolved', stepId: 'T2.a9', onTime: true });
  });
});

describe('tamper-evident history', () => {
  it('chains every entry to the one before, and names the first altered entry', async () => {
    const { verifyChain } = await import('../../shared/domain/history-chain.js');
    const p = await pipeline({ renderer: fakeRenderer });
    const { requestId } = await submit(p);
    await p.drain();
    const record = (await p.deps.requests.get(requestId))!;
    const entries = await p.deps.requests.history(requestId);
    expect(verifyChain(requestId, entries, record.historyHead)).toMatchObject({ ok: true, length: 4 });

    const altered = structuredClone(entries);
    altered[2]!.note = 'MNG-ARH-2026-999999';
    expect(verifyChain(requestId, altered, record.historyHead)).toMatchObject({ ok: false, index: 2, reason: 'hash-mismatch' });

    const removed = entries.filter((_, i) => i !== 1);
    expect(verifyChain(requestId, removed, record.historyHead)).toMatchObject({ ok: false, reason: 'broken-link' });

    const truncated = entries.slice(0, 3);
    expect(verifyChain(requestId, truncated, record.historyHead)).toMatchObject({ ok: false, reason: 'head-mismatch' });
  });
});
