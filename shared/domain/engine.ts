/**
 * The engine: applies one engine event to a request, stamping the history entry with the
 * regulation's step and deadline from the service definition. It never branches on a service.
 */
import { deadlineOf, remainingMs, resumedDeadline } from './calendar.js';
import { chain, genesisHash } from './history-chain.js';
import { NotFoundError, NotReadyError } from './errors.js';
import type { HistoryEntry, RequestRecord, Status, Actor } from './request.js';
import { nextEvent, rank, transitions } from './request.js';
import { findService } from './services/index.js';
import type { ChannelDefinition, EngineEvent, ServiceDefinition } from './service-definition.js';
import { channelOf, hasChain, hasResolutions, stepFor } from './service-definition.js';
import type { Clock, Mailer, RequestRepository, TransitionOptions } from '../ports/index.js';
import type { MetricIncrement } from './metrics.js';
import { encodeNotificationId, mailNotification, notificationFor, notificationSortKey } from './notifications.js';

export function definitionOf(record: Pick<RequestRecord, 'serviceId' | 'serviceVersion' | 'channel'>): { def: ServiceDefinition; channel: ChannelDefinition } {
  // A request keeps the definition version it was filed under.
  const def = findService(record.serviceId, record.serviceVersion);
  if (!def) throw new Error(`service ${record.serviceId}@${record.serviceVersion} is not in the catalogue`);
  const channel = channelOf(def, record.channel);
  if (!channel) throw new Error(`service ${record.serviceId} has no channel ${record.channel}`);
  return { def, channel };
}

/** The regulation step that will run next in `status`, with its start and deadline. */
export function openStepAfter(channel: ChannelDefinition, status: Status, now: Date, current?: RequestRecord['openStep']): RequestRecord['openStep'] {
  // In a channel with an internal chain, work in progress ends in a draft, not a decision.
  const ev = status === 'IN_PROGRESS' && hasChain(channel) ? 'staff.drafted' : nextEvent[status];
  if (!ev) return undefined;
  const step = stepFor(channel, ev);
  if (!step) throw new Error(`no step covers ${ev}`);
  if (current && current.stepId === step.id) return current; // the same step goes on (e.g. the 15-day T1.a8)
  return { stepId: step.id, startedAt: now.toISOString(), deadline: deadlineOf(now, step.limit).toISOString() };
}

export interface Applied {
  record: RequestRecord;
  entry: HistoryEntry;
}

/** What the caller of `advance` says about the event: who, the outcome, the record's changes. */
export interface AdvanceInput {
  actor: Actor;
  outcome: string;
  note?: string;
  patch?: Partial<RequestRecord>;
  /** Counters written with the transition (exactly once), from the record and entry it produces. */
  metrics?: (next: RequestRecord, entry: HistoryEntry) => MetricIncrement | undefined;
  /** Upload slots the transition attaches (with its conditional write). */
  attachUploads?: TransitionOptions['attachUploads'];
  /** A place in a waiting list the transition creates. */
  queueEntry?: TransitionOptions['queueEntry'];
}

/** Builds the next record and its history entry for `event` (pure). */
export function apply(
  record: RequestRecord,
  event: EngineEvent,
  now: Date,
  input: { actor: Actor; outcome: string; note?: string; patch?: Partial<RequestRecord> },
): Applied {
  const { channel } = definitionOf(record);
  const step = stepFor(channel, event);
  if (!step) throw new Error(`no step covers ${event}`);
  const t = transitions[event];
  const merged: RequestRecord = { ...record, ...input.patch };
  const to = typeof t.to === 'function' ? t.to({ approved: merged.decision?.approved, resolutions: hasResolutions(channel) }) : t.to;
  let open = record.openStep;
  const paused = record.clockPaused;
  if (event === 'applicant.corrected' && paused) {
    // The correction starts the stopped clock again: the deadline is now + what was left.
    const limit = channel.steps.find((s) => s.id === paused.stepId)?.limit ?? step.limit;
    open = { stepId: paused.stepId, startedAt: paused.startedAt, deadline: resumedDeadline(now, paused.remainingMs, limit).toISOString(), ...(paused.overdue ? { overdue: true } : {}) };
  }
  const startedAt = open ? new Date(open.startedAt) : now;
  const deadline = open && open.stepId === step.id ? new Date(open.deadline) : deadlineOf(startedAt, step.limit);
  const entry: HistoryEntry = chain({
    event,
    stepId: step.id,
    actor: input.actor,
    at: now.toISOString(),
    stepStartedAt: startedAt.toISOString(),
    deadline: deadline.toISOString(),
    onTime: now.getTime() <= deadline.getTime(),
    outcome: input.outcome,
    ...(input.note ? { note: input.note } : {}),
  }, record.historyHead ?? genesisHash(record.requestId));
  const openStep = openStepAfter(channel, to, now, open && open.stepId === step.id ? open : undefined);
  const next: RequestRecord = { ...merged, status: to, updatedAt: now.toISOString(), historyHead: entry.hash! };
  delete next.clockPaused;
  if (to === 'RETURNED' && openStep) {
    // Returned for correction: the step's clock stops. Out of the deadline index (no openStep), no due date
    // shown; what is left is kept, counted as the step's limit counts (working time for working days).
    const limit = channel.steps.find((s) => s.id === openStep.stepId)?.limit ?? step.limit;
    next.clockPaused = { ...openStep, pausedAt: now.toISOString(), remainingMs: remainingMs(now, new Date(openStep.deadline), limit) };
    delete next.openStep;
    delete next.dueAt;
  } else if (openStep) {
    next.openStep = openStep;
    const stepDef = channel.steps.find((s) => s.id === openStep.stepId);
    if (stepDef && (stepDef.limit.unit === 'workingDays' || stepDef.limit.unit === 'calendarDays')) next.dueAt = openStep.deadline;
  } else {
    delete next.openStep;
  }
  return { record: next, entry };
}

export type AdvanceResult =
  /** The event was applied now. */
  | { kind: 'applied'; record: RequestRecord }
  /** It had been applied before (a redelivery) and the next step has not run: re-send onwards. */
  | { kind: 'duplicate'; record: RequestRecord }
  /** The request is already beyond this point (later steps ran, or another branch was taken). */
  | { kind: 'passed'; record: RequestRecord };

/**
 * Applies `event` to the stored request with a conditional write. Redelivered messages come
 * back as `duplicate`; messages that arrive before the request is ready throw NotReadyError
 * (the queue retries them); a lost race re-reads and decides again.
 */
export async function advance(
  deps: { requests: RequestRepository; clock: Clock; mailer?: Mailer },
  requestId: string,
  event: EngineEvent,
  build: (record: RequestRecord) => AdvanceInput | Promise<AdvanceInput>,
  extraCondition?: { assignee: string },
): Promise<AdvanceResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await deps.requests.get(requestId);
    if (!record) throw new NotFoundError('REQUEST_NOT_FOUND');
    const t = transitions[event];
    if (record.status !== t.from) {
      const target = typeof t.to === 'function' ? t.to({ approved: record.decision?.approved, resolutions: hasResolutions(definitionOf(record).channel) }) : t.to;
      if (record.status === target) {
        // A redelivery: the e-mail of this status change may not have gone out before the crash.
        if (deps.mailer && record.form.email !== undefined) {
          const at = (await deps.requests.history(requestId)).filter((h) => h.event === event).at(-1)?.at;
          if (at) await mailNotification({ ...deps, mailer: deps.mailer }, record.applicantIin, encodeNotificationId(notificationSortKey(at, requestId, record.status)));
        }
        return { kind: 'duplicate', record };
      }
      if (rank[record.status] > rank[t.from]) return { kind: 'passed', record };
      throw new NotReadyError(requestId, t.from, record.status);
    }
    const input = await build(record);
    const { record: next, entry } = apply(record, event, deps.clock.now(), input);
    const metrics = input.metrics?.(next, entry);
    // The applicant's notification of the new status goes with the transition: one per status change.
    const notification = notificationFor(next);
    const opts: TransitionOptions = { ...extraCondition, ...(metrics ? { metrics } : {}), ...(input.attachUploads ? { attachUploads: input.attachUploads } : {}), ...(input.queueEntry ? { queueEntry: input.queueEntry } : {}), notification };
    const outcome = await deps.requests.transition(next, t.from, entry, opts);
    if (outcome === 'applied') {
      if (deps.mailer && notification.email) await mailNotification({ ...deps, mailer: deps.mailer }, notification.recipientIin, notification.notificationId);
      return { kind: 'applied', record: next };
    }
  }
  throw new Error(`could not apply ${event} to ${requestId} after 3 attempts`);
}
