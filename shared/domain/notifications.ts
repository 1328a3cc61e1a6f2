/**
 * Notifications (уведомления) of a request's status changes, to its applicant: one per status
 * change, in the request's language, to the personal cabinet and, where the form gives an e-mail
 * address, by e-mail. The notification is built from the record the transition produces and is
 * stored with the transition's own conditional write, so a status change has exactly one.
 */
import { findService } from './services/index.js';
import { decodeNotificationId, encodeNotificationId, notificationSortKey } from './notification-ids.js';
import type { Language, Localized } from './i18n.js';
import type { RequestRecord, Status } from './request.js';

export interface NotificationRecord {
  /** Opaque and stable: encodes the item's sort key (createdAt, requestId, status). */
  notificationId: string;
  /** The applicant: the partition the notification lives in (never logged). */
  recipientIin: string;
  requestId: string;
  status: Status;
  language: Language;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
  /** Where the e-mail goes (the form's `email` field), if anywhere. */
  email?: string;
  /** When the e-mail was handed to the mailer (set once, conditionally). */
  mailedAt?: string;
}

/** The status as the citizen reads it. */
export const statusLabels: Record<Status, Localized> = {
  SUBMITTED: { kk: 'жіберілді', ru: 'отправлена', en: 'submitted' },
  SIGNATURE_VERIFIED: { kk: 'ЭЦҚ тексерілді', ru: 'ЭЦП проверена', en: 'signature verified' },
  SIGNATURE_REJECTED: { kk: 'ЭЦҚ тексеруден өтпеді, бас тартылды', ru: 'отклонена: ЭЦП не прошла проверку', en: 'rejected: the signature did not pass the check' },
  REGISTERED: { kk: 'тіркелді', ru: 'зарегистрирована', en: 'registered' },
  IN_INBOX: { kk: 'қызмет берушіге түсті', ru: 'поступила к услугодателю', en: 'received by the service provider' },
  AT_HEAD: { kk: 'тіркелді, қызмет беруші басшысының қарауында', ru: 'зарегистрирована, на рассмотрении у руководителя услугодателя', en: 'registered, under review by the head of the provider' },
  AT_DEPARTMENT: { kk: 'жауапты бөлімнің қарауында', ru: 'на рассмотрении в ответственном отделе', en: 'under review in the responsible department' },
  IN_PROGRESS: { kk: 'орындалуда', ru: 'на исполнении', en: 'in progress' },
  RETURNED: { kk: 'түзетуге қайтарылды', ru: 'возвращена на доработку', en: 'returned for correction' },
  DRAFTED: { kk: 'шешімнің жобасы басшының қолын күтуде', ru: 'проект решения ждёт подписи руководителя', en: 'the draft decision awaits the head’s signature' },
  DECIDED: { kk: 'шешім қабылданды', ru: 'решение принято', en: 'decided' },
  RESULT_ISSUED: { kk: 'нәтиже қалыптастырылды', ru: 'результат сформирован', en: 'result issued' },
  RESULT_ROUTED: { kk: 'нәтиже порталға жіберілді', ru: 'результат направлен на портал', en: 'result sent to the portal' },
  COMPLETED: { kk: 'орындалды: нәтиже жеке кабинетте', ru: 'исполнена: результат в личном кабинете', en: 'completed: the result is in your personal cabinet' },
  REFUSED: { kk: 'бас тартылды', ru: 'отказано', en: 'refused' },
};

const texts = {
  title: { kk: 'Өтініш {number}: {status}', ru: 'Заявка {number}: {status}', en: 'Request {number}: {status}' },
  body: {
    kk: '«{service}» қызметі бойынша {number} өтінішіңіздің мәртебесі: {status}.',
    ru: 'Ваша заявка {number} на услугу «{service}»: {status}.',
    en: 'Your request {number} for {service} is now {status}.',
  },
  reason: { kk: 'Себебі: {reason}', ru: 'Причина: {reason}', en: 'Reason: {reason}' },
} satisfies Record<string, Localized>;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/** Why, where the status has a reason: the refusal (signature, motivated) or the return for correction. */
function reasonOf(record: RequestRecord, lang: Language): string | undefined {
  if (record.status === 'SIGNATURE_REJECTED') return record.refusal?.message[lang];
  if (record.status === 'RETURNED') return record.returned?.reason;
  if (record.status === 'REFUSED' || (record.status === 'DECIDED' && record.decision && !record.decision.approved)) {
    const d = record.decision;
    if (!d || d.approved) return undefined;
    const ground = findService(record.serviceId, record.serviceVersion)?.refusalGrounds.find((g) => g.id === d.groundId)?.label[lang];
    return [ground, d.reason].filter(Boolean).join(': ') || undefined;
  }
  return undefined;
}

/** The e-mail address the applicant gave in the form, if it looks like one. */
export function emailOf(record: Pick<RequestRecord, 'form'>): string | undefined {
  const v = record.form.email;
  return typeof v === 'string' && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(v) ? v : undefined;
}

/** The notification of the status `record` has just entered (at `record.updatedAt`). */
export function notificationFor(record: RequestRecord): NotificationRecord {
  const lang = record.language;
  const def = findService(record.serviceId, record.serviceVersion);
  const values = { number: record.registrationNumber ?? record.requestId, service: def?.names[lang] ?? record.serviceId, status: statusLabels[record.status][lang] };
  const reason = reasonOf(record, lang);
  const body = fill(texts.body[lang], values) + (reason ? ` ${fill(texts.reason[lang], { reason })}` : '');
  const createdAt = record.updatedAt;
  const email = emailOf(record);
  return {
    notificationId: encodeNotificationId(notificationSortKey(createdAt, record.requestId, record.status)),
    recipientIin: record.applicantIin,
    requestId: record.requestId,
    status: record.status,
    language: lang,
    title: fill(texts.title[lang], values),
    body,
    createdAt,
    read: false,
    ...(email ? { email } : {}),
  };
}

/** What the cabinet shows of a notification. */
export function notificationView(n: NotificationRecord) {
  return { notificationId: n.notificationId, requestId: n.requestId, status: n.status, title: n.title, body: n.body, createdAt: n.createdAt, read: n.read };
}

/**
 * Sends a notification's e-mail at least once and, in the normal case, once: only a notification
 * with an address and no `mailedAt`; `mailedAt` is recorded with a conditional write after
 * sending. A crash between the two sends it again on the retry (at-least-once), never zero times
 * as long as the caller retries on error.
 */
export async function mailNotification(
  deps: { requests: Pick<import('../ports/index.js').RequestRepository, 'getNotification' | 'markNotificationMailed'>; mailer: import('../ports/index.js').Mailer; clock: { now(): Date } },
  iin: string,
  notificationId: string,
): Promise<'sent' | 'already' | 'no-address'> {
  const n = await deps.requests.getNotification(iin, notificationId);
  if (!n || !n.email) return 'no-address';
  if (n.mailedAt) return 'already';
  await deps.mailer.send({ to: n.email, subject: n.title, text: n.body, language: n.language, id: n.notificationId });
  return (await deps.requests.markNotificationMailed(iin, notificationId, deps.clock.now().toISOString())) ? 'sent' : 'already';
}

export { decodeNotificationId, encodeNotificationId, notificationSortKey };
