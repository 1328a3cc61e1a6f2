/**
 * What the API shows of a request: to its applicant and to agency staff. History entries carry
 * the regulation's step (id, actor and action in the request's language) and its deadline.
 */
import { definitionOf } from './engine.js';
import type { Language } from './i18n.js';
import { maskIin } from './iin.js';
import { messages } from './messages.js';
import type { HistoryEntry, RequestRecord, RequestSummary } from './request.js';
import { dueFlags } from './use-cases/agency.js';

export function historyView(record: RequestRecord, history: HistoryEntry[], lang: Language) {
  const { channel } = definitionOf(record);
  return [...history]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((h) => {
      const step = channel.steps.find((s) => s.id === h.stepId);
      return {
        stepId: h.stepId,
        event: h.event,
        actor: { kind: h.actor.kind, ...(h.actor.id ? { id: h.actor.id } : {}), name: step?.actor[lang] },
        action: step?.action[lang],
        at: h.at,
        stepStartedAt: h.stepStartedAt,
        deadline: h.deadline,
        limit: step?.limit,
        onTime: h.onTime,
        outcome: h.outcome,
        ...(h.note ? { note: h.note } : {}),
      };
    });
}

function decisionView(record: RequestRecord, lang: Language) {
  const d = record.decision;
  if (!d) return undefined;
  const { def } = definitionOf(record);
  if (d.approved) return { approved: true, decidedAt: d.decidedAt };
  const ground = def.refusalGrounds.find((g) => g.id === d.groundId);
  return { approved: false, decidedAt: d.decidedAt, ground: { id: d.groundId, label: ground?.label[lang] }, reason: d.reason };
}

export function summaryView(record: RequestSummary, lang: Language) {
  const { def } = definitionOf(record);
  return {
    requestId: record.requestId,
    serviceId: record.serviceId,
    serviceVersion: record.serviceVersion,
    serviceName: def.names[lang],
    channel: record.channel,
    language: record.language,
    status: record.status,
    ...(record.status === 'RETURNED' ? { statusLabel: messages.REQUEST_RETURNED[lang] } : {}),
    ...(record.registrationNumber ? { registrationNumber: record.registrationNumber } : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.dueAt ? { dueAt: record.dueAt } : {}),
    ...(record.openStep ? { openStep: record.openStep } : {}),
  };
}

/**
 * The latest return for correction: the reason, the fields to correct (with their labels in the
 * language), when; and while RETURNED, the stopped clock (what is left of the step).
 */
function returnedView(record: RequestRecord, lang: Language, staff: boolean) {
  const r = record.returned;
  if (!r) return {};
  const { def } = definitionOf(record);
  const labelOf = (id: string) => def.form.fields.find((f) => f.id === id)?.label[lang] ?? def.attachments.find((a) => a.id === id)?.label[lang] ?? id;
  return {
    returned: {
      label: messages.REQUEST_RETURNED[lang],
      reason: r.reason,
      fields: r.fields.map((id) => ({ id, label: labelOf(id) })),
      returnedAt: r.returnedAt,
      ...(staff ? { returnedBy: r.returnedBy } : {}),
      ...(r.correctedAt ? { correctedAt: r.correctedAt } : {}),
    },
    ...(record.clockPaused ? { clockPaused: { stepId: record.clockPaused.stepId, pausedAt: record.clockPaused.pausedAt, remainingMs: record.clockPaused.remainingMs } } : {}),
  };
}

/** The applicant's own view. */
/** The applicant's place in the service's waiting list: journal number, date, status, and the position while waiting. */
function queueView(record: RequestRecord, lang: Language, position: number | undefined) {
  const q = record.queue;
  if (!q) return {};
  const { def } = definitionOf(record);
  return {
    queue: {
      queueId: q.queueId,
      name: def.queue?.names[lang] ?? q.queueId,
      journalNumber: q.journalNumber,
      placedAt: q.placedAt,
      status: q.status,
      ...(position !== undefined ? { position } : {}),
      ...(q.referral ? { referral: { organisation: q.referral.organisation, referredAt: q.referral.referredAt } } : {}),
    },
  };
}

export function citizenView(record: RequestRecord, history: HistoryEntry[], lang: Language, queuePosition?: number) {
  return {
    ...summaryView(record, lang),
    // Filed for a legal entity: the applicant represents the organisation with this BIN.
    ...(record.applicantBin ? { applicantBin: record.applicantBin } : {}),
    form: record.form,
    attachments: record.attachments.map((a) => ({ uploadId: a.uploadId, kind: a.kind, fileName: a.fileName, contentType: a.contentType, size: a.size, sha256: a.sha256 })),
    ...(record.refusal ? { refusal: { code: record.refusal.code, message: record.refusal.message[lang] } } : {}),
    ...returnedView(record, lang, false),
    ...(record.decision ? { decision: decisionView(record, lang) } : {}),
    resultAvailable: Boolean(record.result) && (record.status === 'COMPLETED' || record.status === 'REFUSED'),
    ...queueView(record, lang, queuePosition),
    ...(record.payment ? { payment: record.payment } : {}),
    ...(record.feeDue && !record.payment ? { feeDue: record.feeDue } : {}),
    ...(record.representative ? { representative: record.representative } : {}),
    ...surveyView(record, lang),
    history: historyView(record, history, lang),
  };
}

/** The service's questionnaire, once the request is finished: its questions and options in the language, and the answers if given. */
function surveyView(record: RequestRecord, lang: Language) {
  const { def } = definitionOf(record);
  if (!def.survey || (record.status !== 'COMPLETED' && record.status !== 'REFUSED')) return {};
  return {
    survey: {
      questions: def.survey.questions.map((q) => ({ id: q.id, text: q.text[lang] })),
      options: def.survey.options.map((o) => ({ value: o.value, label: o.label[lang] })),
      ...(record.survey ? { answers: record.survey.answers, answeredAt: record.survey.answeredAt } : {}),
    },
  };
}

/**
 * Agency staff see the file they must decide on; the IIN is shown masked in lists. The console's
 * inbox relies on these fields being present (null when not known yet) and on the two flags.
 */
export function staffListView(record: RequestSummary, lang: Language, now: Date) {
  return {
    ...summaryView(record, lang),
    registrationNumber: record.registrationNumber ?? null,
    dueAt: record.dueAt ?? null,
    openStep: record.openStep ?? null,
    applicant: maskIin(record.applicantIin),
    assignee: record.assignee ?? null,
    ...dueFlags(record, now),
  };
}

export function staffView(record: RequestRecord, history: HistoryEntry[], lang: Language, now: Date, queuePosition?: number) {
  return {
    ...summaryView(record, lang),
    ...dueFlags(record, now),
    applicantIin: record.applicantIin,
    form: record.form,
    attachments: record.attachments.map((a) => ({ uploadId: a.uploadId, kind: a.kind, fileName: a.fileName, contentType: a.contentType, size: a.size, sha256: a.sha256 })),
    ...(record.assignee ? { assignee: record.assignee } : {}),
    ...returnedView(record, lang, true),
    ...(record.superseded?.length ? { corrections: record.superseded.length } : {}),
    ...(record.decision ? { decision: decisionView(record, lang) } : {}),
    ...queueView(record, lang, queuePosition),
    ...(record.payment ? { payment: record.payment } : {}),
    ...(record.feeDue && !record.payment ? { feeDue: record.feeDue } : {}),
    ...(record.representative ? { representative: record.representative } : {}),
    history: historyView(record, history, lang),
  };
}
