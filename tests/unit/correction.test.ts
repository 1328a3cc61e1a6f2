import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoryPipeline } from '../../scripts/lib/memory-pipeline.js';
import { archiveForm, samplePdf, signRequestWith } from '../../scripts/lib/client.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { decide, takeRequest } from '../../shared/domain/use-cases/agency.js';
import { returnForCorrection, submitCorrection } from '../../shared/domain/use-cases/correction.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { agencyMetrics } from '../../shared/domain/use-cases/metrics.js';
import { addWorkingMs, remainingMs, resumedDeadline, workingMsBetween } from '../../shared/domain/calendar.js';
import { findService } from '../../shared/domain/services/index.js';
import { stepFor } from '../../shared/domain/service-definition.js';
import { citizenView, staffView } from '../../shared/domain/views.js';
import { completeIin } from '../../shared/domain/iin.js';
import type { ResultRenderer } from '../../shared/ports/index.js';

const iin = completeIin('90010130012')!;
const other = completeIin('91072530045')!;
const clerk = { username: 'clerk', agencyIds: ['mangystau-archives'], roles: ['clerk'] };
const fakeRenderer: ResultRenderer = { render: async ({ documentId }) => new TextEncoder().encode(`%PDF-1.4 ${documentId}`) };
const HOUR = 3600_000;
const DAY = 24 * HOUR;

function controllableClock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function setup() {
  // Wednesday 25 November 2026, 09:00 in Kazakhstan.
  const clock = controllableClock('2026-11-25T09:00:00+05:00');
  const p = await memoryPipeline({ clock, renderer: fakeRenderer });
  const signer = await p.enrollCitizen(iin);
  const otherSigner = await p.enrollCitizen(other);
  await p.enrollStaff('clerk');
  const upload = async (owner: string, text = 'scan') => {
    const bytes = samplePdf(text);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const uploadId = crypto.randomUUID();
    await p.deps.requests.putUpload({ uploadId, ownerIin: owner, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: bytes.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: clock.now().toISOString() });
    await p.deps.uploads.put(`uploads/${uploadId}`, bytes, 'application/pdf');
    return { uploadId, kind: 'work-record-book', sha256 };
  };
  const first = await upload(iin);
  const body = await signRequestWith(signer, { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [first] }, clock.now());
  const { requestId } = await submitRequest(p.deps, { applicantIin: iin, body: { ...body, channel: 'portal' } as never });
  await p.drain();
  await takeRequest(p.deps, clerk, requestId);
  /** A correction signed now by `who` (the applicant unless said otherwise). */
  const correction = async (form: Record<string, unknown>, attachments = [first], who = signer, applicant = iin) => {
    const signed = await signRequestWith(who, { applicantIin: applicant, serviceId: 'archive-certificate', form, attachments }, clock.now());
    return { form: signed.form, attachments: signed.attachments, signature: signed.signature };
  };
  return { p, clock, requestId, correction, upload, otherSigner, first };
}

const reason = { reason: 'Уточните период работы: в приказах значится 1999 год.', fields: ['periodFrom', 'work-record-book'] };

describe('return for correction: the clock stops and runs on', () => {
  it('keeps what was left of the 15 working days, leaves the deadline index, and resumes at now + the time left', async () => {
    const { p, clock, requestId, correction } = await setup();
    const inWork = (await p.deps.requests.get(requestId))!;
    expect(inWork.dueAt).toBe('2026-12-17T18:59:59.999Z');
    clock.advance(HOUR); // Wednesday 10:00

    const returned = await returnForCorrection(p.deps, clerk, requestId, reason);
    expect(returned.status).toBe('RETURNED');
    expect(returned.openStep).toBeUndefined();
    expect(returned.dueAt).toBeUndefined();
    // Wednesday 14 h, then 15 whole working days to Thursday 17 December (the 16th is a holiday).
    expect(returned.clockPaused).toMatchObject({ stepId: 'T1.a8', deadline: '2026-12-17T18:59:59.999Z', remainingMs: 15 * DAY + 14 * HOUR - 1 });

    // Weeks pass: the deadline watch never sees it.
    clock.advance(60 * DAY);
    expect(await watchDeadlines(p.deps)).toEqual({ marked: 0, seen: 0, refused: 0 });
    expect((await p.deps.requests.get(requestId))!.status).toBe('RETURNED');

    // Saturday 23 January 2027, 10:00: the correction resumes the clock on Monday morning.
    const corrected = await submitCorrection(p.deps, iin, requestId, await correction({ ...archiveForm, periodFrom: 1999 }));
    const now = clock.now();
    expect(corrected.record.status).toBe('IN_PROGRESS');
    expect(corrected.record.clockPaused).toBeUndefined();
    expect(corrected.record.dueAt).toBe(addWorkingMs(now, 15 * DAY + 14 * HOUR - 1).toISOString());
    expect(corrected.record.dueAt).toBe('2027-02-15T08:59:59.999Z');
    expect(corrected.record.openStep).toMatchObject({ stepId: 'T1.a8', startedAt: inWork.openStep!.startedAt, deadline: corrected.record.dueAt });
    // Back in the deadline index: past the resumed deadline, the watch marks it.
    clock.advance(30 * DAY);
    expect((await watchDeadlines(p.deps)).marked).toBe(1);
  });

  it('counts elapsed time for limits in calendar days and seconds, working time for working days', () => {
    const fri = new Date('2026-11-27T10:00:00+05:00');
    const mon = new Date('2026-11-30T10:00:00+05:00');
    expect(workingMsBetween(fri, mon)).toBe(24 * HOUR); // Friday 14 h + Monday 10 h
    expect(remainingMs(fri, new Date(fri.getTime() + 3 * DAY), { amount: 15, unit: 'calendarDays' })).toBe(3 * DAY);
    expect(resumedDeadline(mon, 3 * DAY, { amount: 15, unit: 'calendarDays' }).toISOString()).toBe(new Date(mon.getTime() + 3 * DAY).toISOString());
    expect(remainingMs(mon, fri, { amount: 60, unit: 'seconds' })).toBe(0); // already past: nothing left
    expect(addWorkingMs(new Date('2026-11-28T12:00:00+05:00'), HOUR).toISOString()).toBe('2026-11-29T20:00:00.000Z'); // Saturday → Monday 01:00
  });
});

describe('return for correction: who may, and the correction', () => {
  it('lets only the assigned clerk of the agency return a request in work, with known fields; a retry is the same answer', async () => {
    const { p, requestId } = await setup();
    await expect(returnForCorrection(p.deps, { ...clerk, username: 'someone-else' }, requestId, reason)).rejects.toMatchObject({ code: 'NOT_ASSIGNED_TO_YOU' });
    await expect(returnForCorrection(p.deps, { username: 'y', agencyIds: ['vko-internal-policy'], roles: ['clerk'] }, requestId, reason)).rejects.toMatchObject({ code: 'REQUEST_NOT_FOUND' });
    await expect(returnForCorrection(p.deps, { username: 'o', agencyIds: ['mangystau-archives'], roles: ['operator'] }, requestId, reason)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(returnForCorrection(p.deps, clerk, requestId, { reason: 'x', fields: ['salary'] })).rejects.toMatchObject({ fields: [{ field: 'fields.0', code: 'FIELD_NOT_ALLOWED' }] });
    const first = await returnForCorrection(p.deps, clerk, requestId, reason);
    expect(await returnForCorrection(p.deps, clerk, requestId, reason)).toEqual(first);
    await expect(returnForCorrection(p.deps, clerk, requestId, { reason: 'Другая причина', fields: [] })).rejects.toMatchObject({ code: 'CANNOT_RETURN' });
    await expect(decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'ok', fundReference: 'Ф.1' } })).rejects.toMatchObject({ code: 'AWAITING_CORRECTION' });
    const h = await p.deps.requests.history(requestId);
    expect(h.at(-1)).toMatchObject({ event: 'staff.returned', stepId: 'T1.a8', actor: { kind: 'staff', id: 'clerk' }, note: reason.reason, onTime: true });
  });

  it('is offered only by services whose definition covers it', () => {
    const archive = findService('archive-certificate')!;
    const numbering = findService('numbering-resource')!;
    expect(archive.channels.every((c) => stepFor(c, 'staff.returned') && stepFor(c, 'applicant.corrected'))).toBe(true);
    expect(numbering.channels.some((c) => stepFor(c, 'staff.returned'))).toBe(false);
  });

  it('takes a correction only from the applicant, only when returned, only newly and validly signed; a refused one changes nothing', async () => {
    const { p, clock, requestId, correction, upload, otherSigner, first } = await setup();
    await expect(submitCorrection(p.deps, iin, requestId, await correction(archiveForm))).rejects.toMatchObject({ code: 'NOT_RETURNED' });
    const oldSigned = await correction({ ...archiveForm, periodFrom: 1999 });
    clock.advance(HOUR);
    await returnForCorrection(p.deps, clerk, requestId, reason);
    const before = await p.deps.requests.get(requestId);

    const fresh = await upload(iin, 'a better scan');
    const good = await correction({ ...archiveForm, periodFrom: 1999 }, [fresh]);
    // Another citizen: as if there were no such request.
    await expect(submitCorrection(p.deps, other, requestId, good)).rejects.toMatchObject({ code: 'REQUEST_NOT_FOUND' });
    // Signed before the return (a replayed old body).
    await expect(submitCorrection(p.deps, iin, requestId, oldSigned)).rejects.toMatchObject({ code: 'SIGNATURE_BEFORE_RETURN' });
    // Changed after signing: condition 2 refuses.
    await expect(submitCorrection(p.deps, iin, requestId, { ...good, form: { ...good.form, purpose: 'changed after signing' } })).rejects.toMatchObject({ code: 'EDS_INVALID_SIGNATURE', kind: 'unprocessable' });
    // Signed by someone else's certificate.
    await expect(submitCorrection(p.deps, iin, requestId, await correction({ ...archiveForm, periodFrom: 1999 }, [fresh], (await otherSigner), iin))).rejects.toMatchObject({ code: 'EDS_IIN_MISMATCH' });
    // A form the service refuses.
    await expect(submitCorrection(p.deps, iin, requestId, await correction({ ...archiveForm, periodFrom: 1800 }, [fresh]))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await p.deps.requests.get(requestId)).toEqual(before);
    expect((await p.deps.requests.getUpload(fresh.uploadId))!.status).toBe('PENDING');

    const ok = await submitCorrection(p.deps, iin, requestId, good);
    expect(ok.replayed).toBe(false);
    expect(ok.record).toMatchObject({ status: 'IN_PROGRESS', assignee: 'clerk', form: { periodFrom: 1999 }, attachments: [{ uploadId: fresh.uploadId }] });
    expect(ok.record.superseded).toEqual([expect.objectContaining({ form: archiveForm, attachments: [expect.objectContaining({ uploadId: first.uploadId })], signature: before!.signature })]);
    expect((await p.deps.requests.getUpload(fresh.uploadId))!.status).toBe('ATTACHED');
    // The same correction again: the same answer; another one: 409.
    expect((await submitCorrection(p.deps, iin, requestId, good)).replayed).toBe(true);
    await expect(submitCorrection(p.deps, iin, requestId, await correction(archiveForm))).rejects.toMatchObject({ code: 'NOT_RETURNED' });

    const history = await p.deps.requests.history(requestId);
    expect(history.map((h) => h.event).slice(-2)).toEqual(['staff.returned', 'applicant.corrected']);
    expect(history.at(-1)).toMatchObject({ actor: { kind: 'applicant' }, outcome: 'corrected', stepId: 'T1.a8' });
    const record = (await p.deps.requests.get(requestId))!;
    expect(citizenView(record, history, 'en')).toMatchObject({ status: 'IN_PROGRESS', returned: { label: 'Returned for correction', reason: reason.reason, fields: [{ id: 'periodFrom' }, { id: 'work-record-book' }] } });
    expect(staffView(record, history, 'ru', clock.now())).toMatchObject({ returned: { returnedBy: 'clerk', correctedAt: clock.now().toISOString() }, corrections: 1 });
  });

  it('shows the citizen the status, its label, the reason and the fields while returned; the approval after a correction leaves the stopped time out of the step', async () => {
    const { p, clock, requestId, correction } = await setup();
    clock.advance(HOUR);
    await returnForCorrection(p.deps, clerk, requestId, reason);
    const view = citizenView((await p.deps.requests.get(requestId))!, await p.deps.requests.history(requestId), 'kk');
    expect(view).toMatchObject({ status: 'RETURNED', statusLabel: 'Өтініш түзетуге қайтарылды', returned: { label: 'Өтініш түзетуге қайтарылды', reason: reason.reason, fields: [{ id: 'periodFrom', label: expect.any(String) }, { id: 'work-record-book' }] }, clockPaused: { stepId: 'T1.a8' } });
    expect(view).not.toHaveProperty('dueAt');

    clock.advance(5 * DAY);
    await submitCorrection(p.deps, iin, requestId, await correction({ ...archiveForm, periodFrom: 1999 }));
    clock.advance(HOUR);
    await decide(p.deps, clerk, requestId, { decision: 'approve', resultFields: { findings: 'ok', fundReference: 'Ф.1' } });
    await p.drain({ twice: true });
    expect((await p.deps.requests.get(requestId))!.status).toBe('COMPLETED');
    const m = await agencyMetrics(p.deps, clerk, { from: '2026-11', to: '2026-12', lang: 'en' });
    // Two hours of work in T1.a8; the five days it stood returned are not the agency's.
    expect(m.services[0]!.totals.steps.find((s) => s.stepId === 'T1.a8')).toMatchObject({ count: 1, totalMinutes: 120, overLimit: 0 });
    expect(m.services[0]!.totals).toMatchObject({ finished: 1, onTime: 1, approved: 1 });
  });
});
