/**
 * Quality metrics per agency, service and month (seed 001 ¶16: results are measured by quality and
 * accessibility indicators; App.1: every step's time limit). Counted exactly once:
 *   - a finished request (COMPLETED / REFUSED) adds its figures in the same conditional
 *     transaction as its terminal transition, so a redelivered message (which finds the
 *     transition done) adds nothing;
 *   - questionnaire answers add theirs in the same transaction that stores them (once per request).
 * Counters are plain numbers added with DynamoDB `ADD`. The longest duration of a step is a
 * maximum, which `ADD` cannot keep: it is raised after the transaction with a conditional
 * "only if larger" write, which is idempotent, so redoing it on a redelivery is harmless.
 *
 * Counter names (flat, so `ADD` never needs a parent map):
 *   finished, onTime, approved, refused, ground:<groundId>,
 *   step:<stepId>:count, step:<stepId>:ms, step:<stepId>:over, step:<stepId>:maxMs (a maximum),
 *   survey:<questionId>:<value>
 */
import { createHash } from 'node:crypto';
import { KZ_UTC_OFFSET_HOURS } from './calendar.js';
import type { HistoryEntry, RequestRecord } from './request.js';

/** The aggregate item a finished request or an answer adds to. */
export interface MetricKey {
  agencyId: string;
  serviceId: string;
  /** YYYY-MM, Kazakhstan local time, of the request's finish. */
  month: string;
  /** Writes spread over a few items per month so that concurrent finishes rarely touch the same one. */
  shard: number;
}

export interface MetricIncrement {
  key: MetricKey;
  add: Record<string, number>;
}

export interface MetricItem extends Omit<MetricKey, 'agencyId'> {
  counters: Record<string, number>;
}

export const METRIC_SHARDS = 4;
const MAX_SUFFIX = ':maxMs';
export const isMaximum = (name: string) => name.endsWith(MAX_SUFFIX);

/** YYYY-MM of an instant in Kazakhstan local time. */
export function monthOf(at: Date | string): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + KZ_UTC_OFFSET_HOURS * 3600_000).toISOString().slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

function shardOf(requestId: string): number {
  return createHash('sha256').update(requestId).digest()[0]! % METRIC_SHARDS;
}

export function metricKeyOf(record: Pick<RequestRecord, 'requestId' | 'agencyId' | 'serviceId'>, finishedAt: string): MetricKey {
  return { agencyId: record.agencyId, serviceId: record.serviceId, month: monthOf(finishedAt), shard: shardOf(record.requestId) };
}

export interface StepTiming {
  stepId: string;
  ms: number;
  over: boolean;
}

/**
 * Each regulation step's time from the history: from its start to its last entry, less the time
 * the clock stood still (returned for correction), and whether it ended past its deadline (the
 * deadline as the engine set it, resumed deadlines included). The citizen's own form-filling step
 * is left out: the platform sees only the moment of submission.
 */
export function stepTimings(history: HistoryEntry[]): StepTiming[] {
  const sorted = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const byStep = new Map<string, { start: number; exit: number; deadline: number; paused: number; pausedAt?: number }>();
  for (const e of sorted) {
    if (e.event === 'request.submitted' || e.event === 'deadline.overdue') continue;
    const at = Date.parse(e.at);
    let s = byStep.get(e.stepId);
    if (!s) byStep.set(e.stepId, (s = { start: Date.parse(e.stepStartedAt), exit: at, deadline: Date.parse(e.deadline), paused: 0 }));
    s.start = Math.min(s.start, Date.parse(e.stepStartedAt));
    s.exit = Math.max(s.exit, at);
    s.deadline = Date.parse(e.deadline);
    if ((e.event as string) === 'staff.returned') s.pausedAt = at;
    if ((e.event as string) === 'applicant.corrected' && s.pausedAt !== undefined) {
      s.paused += at - s.pausedAt;
      s.pausedAt = undefined;
    }
  }
  return [...byStep.entries()].map(([stepId, s]) => ({ stepId, ms: Math.max(0, s.exit - s.start - s.paused), over: s.exit > s.deadline }));
}

/** What a finished request adds, and the step maxima to raise. Undefined for a request the agency never decided. */
export function finishMetrics(record: RequestRecord, history: HistoryEntry[]): { increment: MetricIncrement; maxima: Record<string, number> } | undefined {
  if ((record.status !== 'COMPLETED' && record.status !== 'REFUSED') || !record.decision) return undefined;
  const last = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
  if (!last) return undefined;
  const add: Record<string, number> = { finished: 1, onTime: last.onTime ? 1 : 0 };
  if (record.decision.approved) add.approved = 1;
  else {
    add.refused = 1;
    add[`ground:${record.decision.groundId ?? 'unspecified'}`] = 1;
  }
  const maxima: Record<string, number> = {};
  for (const t of stepTimings(history)) {
    add[`step:${t.stepId}:count`] = 1;
    add[`step:${t.stepId}:ms`] = t.ms;
    add[`step:${t.stepId}:over`] = t.over ? 1 : 0;
    maxima[`step:${t.stepId}${MAX_SUFFIX}`] = t.ms;
  }
  return { increment: { key: metricKeyOf(record, last.at), add }, maxima };
}

/** What a questionnaire answer adds: counted in the month its request finished. */
export function surveyMetrics(record: RequestRecord, answers: Record<string, number>): MetricIncrement {
  const add: Record<string, number> = {};
  for (const [q, v] of Object.entries(answers)) add[`survey:${q}:${v}`] = 1;
  return { key: metricKeyOf(record, record.updatedAt), add };
}

/** Sums shards (maxima: the largest). */
export function mergeCounters(into: Record<string, number>, from: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(from)) into[k] = isMaximum(k) ? Math.max(into[k] ?? 0, v) : (into[k] ?? 0) + v;
  return into;
}
