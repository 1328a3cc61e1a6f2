import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoryPipeline, type MemoryPipeline } from '../../scripts/lib/memory-pipeline.js';
import { archiveForm, samplePdf, signRequestWith } from '../../scripts/lib/client.js';
import { submitRequest, deliverToCabinet } from '../../shared/domain/use-cases/portal.js';
import { decide, takeRequest } from '../../shared/domain/use-cases/agency.js';
import { answerSurvey } from '../../shared/domain/use-cases/quality.js';
import { agencyMetrics } from '../../shared/domain/use-cases/metrics.js';
import { addMonths, monthOf, stepTimings } from '../../shared/domain/metrics.js';
import { completeIin } from '../../shared/domain/iin.js';
import type { HistoryEntry } from '../../shared/domain/request.js';
import type { ResultRenderer } from '../../shared/ports/index.js';

const iin = completeIin('90010130012')!;
const clerk = { username: 'clerk', agencyIds: ['mangystau-archives'], roles: ['clerk'] };
const fakeRenderer: ResultRenderer = { render: async ({ documentId }) => new TextEncoder().encode(`%PDF-1.4 ${documentId}`) };
const approve = { decision: 'approve' as const, resultFields: { findings: 'ok', fundReference: 'Ф.1' } };
const refuse = (groundId: string) => ({ decision: 'refuse' as const, groundId, reason: 'Фонд за период не поступал на хранение.' });

function controllableClock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

async function setup(start = '2026-11-25T09:00:00+05:00') {
  const clock = controllableClock(start);
  const p = await memoryPipeline({ clock, renderer: fakeRenderer });
  const signer = await p.enrollCitizen(iin);
  await p.enrollStaff('clerk');
  const submit = async () => {
    const bytes = samplePdf();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const uploadId = crypto.randomUUID();
    await p.deps.requests.putUpload({ uploadId, ownerIin: iin, fileName: 'a.pdf', contentType: 'application/pdf', declaredSize: bytes.length, s3Key: `uploads/${uploadId}`, status: 'PENDING', createdAt: clock.now().toISOString() });
    await p.deps.uploads.put(`uploads/${uploadId}`, bytes, 'application/pdf');
    const body = await signRequestWith(signer, { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId, kind: 'work-record-book', sha256 }] }, clock.now());
    const { requestId } = await submitRequest(p.deps, { applicantIin: iin, body: { ...body, channel: 'portal' } as never });
    await p.drain({ twice: true });
    return requestId;
  };
  /** Runs a request to its end: registered, taken, decided after `workMs`, delivered (every message twice). */
  const finish = async (decision: Parameters<typeof decide>[3], workMs = 60_000) => {
    const id = await submit();
    await takeRequest(p.deps, clerk, id);
    clock.advance(workMs);
    await decide(p.deps, clerk, id, decision);
    await p.drain({ twice: true });
    return id;
  };
  return { p, clock, submit, finish };
}

const metricsOf = (p: MemoryPipeline, from = '2026-11', to = '2026-12', staff = clerk) => agencyMetrics(p.deps, staff, { from, to, lang: 'en' });

describe('quality metrics', () => {
  it('counts finished requests once per month: on time, late, approved, refused by ground, steps and answers', async () => {
    const { p, clock, finish } = await setup();
    const a = await finish(approve);
    const b = await finish(refuse('records-not-found'));
    const c = await finish(refuse('records-not-found'));
    // Past the 15 working days of T1.a8 before the decision: late, and in December.
    const late = await finish(approve, 30 * 86_400_000);
    expect((await p.deps.requests.get(late))!.status).toBe('COMPLETED');

    await answerSurvey(p.deps, iin, a, { answers: { processAndResult: 3, information: 2 } });
    await answerSurvey(p.deps, iin, b, { answers: { processAndResult: 1, information: 2 } });
    await answerSurvey(p.deps, iin, b, { answers: { processAndResult: 1, information: 2 } }); // a retried answer counts once
    void c;
    void clock;

    const m = await metricsOf(p);
    expect(m).toMatchObject({ agencyId: 'mangystau-archives', from: '2026-11', to: '2026-12' });
    const svc = m.services.find((s) => s.serviceId === 'archive-certificate')!;
    expect(svc.name.ru).toBe('Выдача архивных справок');
    expect(svc.months.map((x) => x.month)).toEqual(['2026-11', '2026-12']);
    const [nov, dec] = svc.months;
    expect(nov).toMatchObject({ finished: 3, onTime: 3, onTimeShare: 1, approved: 1, refused: 2, refusalsByGround: { 'records-not-found': 2 } });
    expect(nov!.survey).toEqual({ processAndResult: { '3': 1, '1': 1 }, information: { '2': 2 } });
    expect(dec).toMatchObject({ finished: 1, onTime: 0, onTimeShare: 0, approved: 1, refused: 0, refusalsByGround: {} });
    expect(svc.totals).toMatchObject({ finished: 4, onTime: 3, onTimeShare: 0.75, approved: 2, refused: 2 });

    // Steps: T1.a5 (signature), T1.a6 (registration), T1.a8 (the agency's 15 working days).
    expect(nov!.steps.map((s) => s.stepId)).toEqual(['T1.a5', 'T1.a6', 'T1.a8']);
    const a8 = nov!.steps.find((s) => s.stepId === 'T1.a8')!;
    expect(a8).toMatchObject({ count: 3, overLimit: 0, limit: { amount: 15, unit: 'workingDays' }, limitMinutes: null, actor: 'Regional gateway workstation (ARM RSHEP)' });
    expect(a8.totalMinutes).toBe(3); // one minute of work each, the clock standing still otherwise
    expect(a8.maxMinutes).toBe(1);
    expect(nov!.steps.find((s) => s.stepId === 'T1.a6')).toMatchObject({ count: 3, limitMinutes: 1, totalMinutes: 0, overLimit: 0 });
    const lateA8 = dec!.steps.find((s) => s.stepId === 'T1.a8')!;
    expect(lateA8).toMatchObject({ count: 1, overLimit: 1, totalMinutes: 30 * 1440, maxMinutes: 30 * 1440 });
    expect(svc.totals.steps.find((s) => s.stepId === 'T1.a8')).toMatchObject({ count: 4, overLimit: 1, maxMinutes: 30 * 1440, totalMinutes: 3 + 30 * 1440 });
  });

  it('does not count a redelivered terminal event twice', async () => {
    const { p, finish } = await setup();
    const id = await finish(refuse('document-violations'));
    const before = await metricsOf(p);
    // The GatewayToPortal message comes again (and again): the transition is done, nothing is added.
    expect(await deliverToCabinet(p.deps, id)).toBe('duplicate');
    expect(await deliverToCabinet(p.deps, id)).toBe('duplicate');
    expect(await metricsOf(p)).toEqual(before);
    expect(before.services[0]!.totals).toMatchObject({ finished: 1, refused: 1, refusalsByGround: { 'document-violations': 1 } });
  });

  it('defaults to the last 12 months and refuses bad ranges', async () => {
    const { p } = await setup('2026-12-10T09:00:00+05:00');
    const m = await agencyMetrics(p.deps, clerk, { lang: 'ru' });
    expect([m.from, m.to]).toEqual(['2026-01', '2026-12']);
    expect(m.services[0]!.months).toHaveLength(12);
    expect(m.services[0]!.totals).toMatchObject({ finished: 0, onTimeShare: null, steps: [], survey: {} });
    await expect(agencyMetrics(p.deps, clerk, { from: '2026-13', lang: 'ru' })).rejects.toMatchObject({ fields: [{ field: 'from', code: 'FIELD_BAD_FORMAT' }] });
    await expect(agencyMetrics(p.deps, clerk, { from: '2026-12', to: '2026-01', lang: 'ru' })).rejects.toMatchObject({ fields: [{ field: 'from', code: 'FIELD_NOT_ALLOWED' }] });
    await expect(agencyMetrics(p.deps, clerk, { from: '2020-01', to: '2026-01', lang: 'ru' })).rejects.toMatchObject({ fields: [{ field: 'from', code: 'FIELD_TOO_SMALL' }] });
    await expect(agencyMetrics(p.deps, clerk, { serviceId: 'numbering-resource', lang: 'ru' })).rejects.toMatchObject({ code: 'SERVICE_NOT_FOUND' });
  });

  it('shows an agency’s metrics to its own heads and clerks only', async () => {
    const { p, finish } = await setup();
    await finish(approve);
    await expect(metricsOf(p, '2026-11', '2026-12', { username: 'y', agencyIds: ['vko-internal-policy'], roles: ['clerk'] })).resolves.toMatchObject({ agencyId: 'vko-internal-policy', services: [{ serviceId: 'foreign-periodicals-accounting', totals: { finished: 0 } }] });
    await expect(agencyMetrics(p.deps, { username: 'y', agencyIds: ['vko-internal-policy'], roles: ['clerk'] }, { agencyId: 'mangystau-archives', lang: 'en' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agencyMetrics(p.deps, { username: 'o', agencyIds: [], roles: ['operator'] }, { lang: 'en' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agencyMetrics(p.deps, { username: 'h', agencyIds: ['vko-internal-policy', 'mangystau-archives'], roles: ['head'] }, { agencyId: 'mangystau-archives', from: '2026-11', to: '2026-11', lang: 'en' })).resolves.toMatchObject({
      services: [{ serviceId: 'archive-certificate', totals: { finished: 1 } }],
    });
  });
});

describe('metric helpers', () => {
  it('files a finish in its month in Kazakhstan time (UTC+5)', () => {
    expect(monthOf('2026-11-30T18:59:59Z')).toBe('2026-11');
    expect(monthOf('2026-11-30T19:00:00Z')).toBe('2026-12');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
  });

  it('leaves the time the clock stood still out of a step', () => {
    const e = (event: string, at: string, deadline = '2026-12-31T00:00:00Z'): HistoryEntry => ({ event: event as never, stepId: 'T1.a8', actor: { kind: 'staff' }, at, stepStartedAt: '2026-12-01T00:00:00Z', deadline, onTime: true, outcome: 'x' });
    const t = stepTimings([e('agency.registered', '2026-12-01T00:00:00Z'), e('staff.returned', '2026-12-02T00:00:00Z'), e('applicant.corrected', '2026-12-05T00:00:00Z', '2027-01-03T00:00:00Z'), e('staff.decided', '2026-12-06T00:00:00Z', '2027-01-03T00:00:00Z')]);
    expect(t).toEqual([{ stepId: 'T1.a8', ms: 2 * 86_400_000, over: false }]);
  });
});
