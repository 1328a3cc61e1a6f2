/**
 * The agency's quality metrics (seed 001 ¶16, App.1 time limits, App.6 questionnaire): per
 * service and month, finished requests, on time, approved / refused (by ground), each step's
 * time against its limit, and the questionnaire's answers. Heads and clerks of the agency only.
 */
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { Language, Localized } from '../i18n.js';
import { addMonths, mergeCounters, monthOf, monthsBetween } from '../metrics.js';
import type { ServiceDefinition, Step, TimeLimit } from '../service-definition.js';
import { findService, servicesProvidedBy } from '../services/index.js';
import type { Deps } from './deps.js';
import type { StaffIdentity } from './agency.js';

export interface StepFigures {
  stepId: string;
  actor: string;
  limit: TimeLimit | null;
  /** The step's limit in minutes; null for a limit in working days (not a fixed number of minutes). */
  limitMinutes: number | null;
  count: number;
  totalMinutes: number;
  maxMinutes: number;
  overLimit: number;
}

export interface Figures {
  finished: number;
  onTime: number;
  /** onTime / finished; null with nothing finished. */
  onTimeShare: number | null;
  approved: number;
  refused: number;
  refusalsByGround: Record<string, number>;
  steps: StepFigures[];
  /** questionId → answer value → count. */
  survey: Record<string, Record<string, number>>;
}

export interface AgencyMetrics {
  agencyId: string;
  from: string;
  to: string;
  services: { serviceId: string; name: Localized; months: (Figures & { month: string })[]; totals: Figures }[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** At most three years in one answer. */
const MAX_MONTHS = 36;

const minutes = (ms: number) => Math.round(ms / 60) / 1000;

function limitMinutes(limit: TimeLimit): number | null {
  switch (limit.unit) {
    case 'seconds':
      return limit.amount / 60;
    case 'minutes':
      return limit.amount;
    case 'calendarDays':
      return limit.amount * 1440;
    case 'workingDays':
      return null;
  }
}

function stepOf(def: ServiceDefinition | undefined, stepId: string): Step | undefined {
  for (const ch of def?.channels ?? []) {
    const s = ch.steps.find((x) => x.id === stepId);
    if (s) return s;
  }
  return undefined;
}

/** The figures of summed counters (see shared/domain/metrics.ts for the names). */
function figuresOf(c: Record<string, number>, def: ServiceDefinition | undefined, lang: Language): Figures {
  const refusalsByGround: Record<string, number> = {};
  const survey: Record<string, Record<string, number>> = {};
  const steps = new Map<string, { count: number; ms: number; over: number; maxMs: number }>();
  for (const [k, v] of Object.entries(c)) {
    const parts = k.split(':');
    if (parts[0] === 'ground' && parts.length === 2) refusalsByGround[parts[1]!] = v;
    else if (parts[0] === 'survey' && parts.length === 3) (survey[parts[1]!] ??= {})[parts[2]!] = v;
    else if (parts[0] === 'step' && parts.length === 3) {
      const s = steps.get(parts[1]!) ?? { count: 0, ms: 0, over: 0, maxMs: 0 };
      const field = parts[2] as 'count' | 'ms' | 'over' | 'maxMs';
      if (field in s) s[field] = v;
      steps.set(parts[1]!, s);
    }
  }
  const finished = c.finished ?? 0;
  const onTime = c.onTime ?? 0;
  return {
    finished,
    onTime,
    onTimeShare: finished ? Math.round((onTime / finished) * 10_000) / 10_000 : null,
    approved: c.approved ?? 0,
    refused: c.refused ?? 0,
    refusalsByGround,
    steps: [...steps.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([stepId, s]) => {
        const step = stepOf(def, stepId);
        return {
          stepId,
          actor: step?.actor[lang] ?? '',
          limit: step?.limit ?? null,
          limitMinutes: step ? limitMinutes(step.limit) : null,
          count: s.count,
          totalMinutes: minutes(s.ms),
          maxMinutes: minutes(s.maxMs),
          overLimit: s.over,
        };
      }),
    survey,
  };
}

export async function agencyMetrics(
  deps: Pick<Deps, 'requests' | 'clock'>,
  staff: StaffIdentity,
  input: { agencyId?: string; serviceId?: string; from?: string; to?: string; lang: Language },
): Promise<AgencyMetrics> {
  if (!staff.roles.includes('head') && !staff.roles.includes('clerk')) throw new ForbiddenError();
  const agencyId = input.agencyId ?? staff.agencyIds[0];
  if (!agencyId || !staff.agencyIds.includes(agencyId)) throw new ForbiddenError();

  for (const f of ['from', 'to'] as const) {
    const v = input[f];
    if (v !== undefined && !MONTH.test(v)) throw new ValidationError([{ field: f, code: 'FIELD_BAD_FORMAT', params: { format: 'YYYY-MM' } }]);
  }
  const to = input.to ?? monthOf(deps.clock.now());
  const from = input.from ?? addMonths(to, -11);
  if (from > to) throw new ValidationError([{ field: 'from', code: 'FIELD_NOT_ALLOWED', params: { maximum: to } }]);
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS) throw new ValidationError([{ field: 'from', code: 'FIELD_TOO_SMALL', params: { minimum: addMonths(to, 1 - MAX_MONTHS) } }]);

  let defs = servicesProvidedBy(agencyId);
  if (input.serviceId !== undefined) {
    defs = defs.filter((d) => d.id === input.serviceId);
    // Another agency's service is answered like an unknown one.
    if (!defs.length) throw new NotFoundError('SERVICE_NOT_FOUND');
  }

  const items = await deps.requests.listMetrics(agencyId, from, to);
  const summed = new Map<string, Record<string, number>>();
  for (const i of items) mergeCounters(summed.get(`${i.serviceId}|${i.month}`) ?? summed.set(`${i.serviceId}|${i.month}`, {}).get(`${i.serviceId}|${i.month}`)!, i.counters);

  return {
    agencyId,
    from,
    to,
    services: defs.map((d) => {
      const def = findService(d.id);
      const total: Record<string, number> = {};
      const rows = months.map((month) => {
        const c = summed.get(`${d.id}|${month}`) ?? {};
        mergeCounters(total, c);
        return { month, ...figuresOf(c, def, input.lang) };
      });
      return { serviceId: d.id, name: d.names, months: rows, totals: figuresOf(total, def, input.lang) };
    }),
  };
}
