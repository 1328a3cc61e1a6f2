/**
 * Kazakhstan working-day calendar. Weekends are Saturday and Sunday; public holidays
 * (Labour Code art. 84, Law «О праздниках в РК») are data per year. Kazakhstan keeps one time
 * zone, UTC+5, since 1 March 2024.
 */
import type { TimeLimit } from './service-definition.js';

export const KZ_UTC_OFFSET_HOURS = 5;

/**
 * Days off that are not weekends, as local dates, including days moved onto weekdays.
 * Fixed-date holidays follow the Law; movable ones (Kurban Ait) and the yearly transfers of days
 * off are this project's reading and must be checked against the Government's resolution for
 * each year before production use.
 */
export const holidays: Record<number, string[]> = {
  2025: ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07', '2025-03-10', '2025-03-21', '2025-03-24', '2025-03-25', '2025-05-01', '2025-05-07', '2025-05-09', '2025-07-07', '2025-09-01', '2025-10-27', '2025-12-16'],
  2026: ['2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27', '2026-07-06', '2026-08-31', '2026-10-26', '2026-12-16'],
  2027: ['2027-01-01', '2027-01-02', '2027-01-07', '2027-03-08', '2027-03-22', '2027-03-23', '2027-05-01', '2027-05-07', '2027-05-10', '2027-07-06', '2027-08-30', '2027-10-25', '2027-12-16'],
};

const holidaySet = new Set(Object.values(holidays).flat());

/** The calendar date in Kazakhstan (UTC+5) of an instant, YYYY-MM-DD. */
export function localDate(t: Date): string {
  return new Date(t.getTime() + KZ_UTC_OFFSET_HOURS * 3600_000).toISOString().slice(0, 10);
}

export function isWorkingDay(localIsoDate: string): boolean {
  const dow = new Date(`${localIsoDate}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidaySet.has(localIsoDate);
}

/** Deadlines by (local start day, n): every step started on a day shares them. */
const workingDayEnds = new Map<string, number>();

/** End (23:59:59.999 local) of the n-th working day after the day of `start`. */
export function addWorkingDays(start: Date, n: number): Date {
  const from = localDate(start);
  const key = `${from}|${n}`;
  const hit = workingDayEnds.get(key);
  if (hit !== undefined) return new Date(hit);
  let d = from;
  let left = n;
  while (left > 0) {
    d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(d)) left--;
  }
  const end = Date.parse(`${d}T23:59:59.999Z`) - KZ_UTC_OFFSET_HOURS * 3600_000;
  if (workingDayEnds.size >= 4096) workingDayEnds.clear();
  workingDayEnds.set(key, end);
  return new Date(end);
}

/** The moment a step that started at `start` must be done by, under its time limit. */
export function deadlineOf(start: Date, limit: TimeLimit): Date {
  switch (limit.unit) {
    case 'seconds':
      return new Date(start.getTime() + limit.amount * 1000);
    case 'minutes':
      return new Date(start.getTime() + limit.amount * 60_000);
    case 'calendarDays':
      return new Date(start.getTime() + limit.amount * 86_400_000);
    case 'workingDays':
      return addWorkingDays(start, limit.amount);
  }
}

/** Limit in milliseconds for automated steps (seconds/minutes); null for day-based limits. */
export function limitMs(limit: TimeLimit): number | null {
  if (limit.unit === 'seconds') return limit.amount * 1000;
  if (limit.unit === 'minutes') return limit.amount * 60_000;
  return null;
}

const DAY_MS = 86_400_000;
const OFFSET_MS = KZ_UTC_OFFSET_HOURS * 3600_000;
/** Start (00:00 local) of the local day of `t`, as an instant. */
const localDayStart = (t: number) => Math.floor((t + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
const isWorkingInstant = (t: number) => isWorkingDay(localDate(new Date(t)));

/** Time between two instants that falls on working days (local time); 0 if `to` is not after `from`. */
export function workingMsBetween(from: Date, to: Date): number {
  let total = 0;
  for (let t = from.getTime(); t < to.getTime(); ) {
    const dayEnd = localDayStart(t) + DAY_MS;
    const end = Math.min(dayEnd, to.getTime());
    if (isWorkingInstant(t)) total += end - t;
    t = end;
  }
  return total;
}

/** The instant `ms` of working-day time after `start` (days off do not count). */
export function addWorkingMs(start: Date, ms: number): Date {
  let t = start.getTime();
  let left = ms;
  for (let guard = 0; guard < 3660; guard++) {
    const dayEnd = localDayStart(t) + DAY_MS;
    if (isWorkingInstant(t)) {
      if (t + left <= dayEnd) return new Date(t + left);
      left -= dayEnd - t;
    }
    t = dayEnd;
  }
  throw new Error('working time beyond ten years');
}

/**
 * The clock of a step stops (returned for correction) and starts again: what is left of the step
 * is kept in the unit its limit is counted in — working time for working days, elapsed time
 * otherwise — so that the resumed deadline is "now + what was left", as deadlineOf would count it.
 */
export function remainingMs(now: Date, deadline: Date, limit: TimeLimit): number {
  return Math.max(0, limit.unit === 'workingDays' ? workingMsBetween(now, deadline) : deadline.getTime() - now.getTime());
}

export function resumedDeadline(now: Date, remaining: number, limit: TimeLimit): Date {
  return limit.unit === 'workingDays' ? addWorkingMs(now, remaining) : new Date(now.getTime() + remaining);
}
