/**
 * The payment gateway (ЭҮТШ / ПШЭП), simulated: invoices, the payer's confirmation through the
 * gateway's queue, the check at intake, and the refund of a fee whose request ended refused.
 */
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { deadlineOf, localDate } from '../calendar.js';
import { chain, genesisHash } from '../history-chain.js';
import type { Localized } from '../i18n.js';
import { mailNotification, notificationFor } from '../notifications.js';
import { gatewayReference, PaymentEvents, waitsForFee, type PaymentRecord, type RequestPayment } from '../payments.js';
import type { Decision, RequestRecord } from '../request.js';
import { channelOf, type ServiceDefinition, type TimeLimit } from '../service-definition.js';
import { findService } from '../services/index.js';
import { Queues, type Deps } from './deps.js';


/** What the payer sees of a payment. */
export function paymentView(p: PaymentRecord) {
  return {
    paymentId: p.paymentId,
    serviceId: p.serviceId,
    amount: p.amount,
    currency: p.currency,
    status: p.status,
    createdAt: p.createdAt,
    ...(p.reference ? { reference: p.reference, paidAt: p.paidAt } : {}),
    ...(p.requestId ? { requestId: p.requestId } : {}),
    ...(p.refund ? { refund: p.refund } : {}),
  };
}

/**
 * An invoice for a service's fee, at the amount its definition states. A fee after approval is
 * invoiced for the approved request that waits for it (the applicant's own).
 */
export async function createInvoice(deps: Pick<Deps, 'requests' | 'clock' | 'newId'>, payerIin: string, serviceId: string, requestId?: string): Promise<PaymentRecord> {
  const latest = findService(serviceId);
  if (!latest) throw new AppError('SERVICE_NOT_FOUND', 'not-found');
  const rec = requestId ? await deps.requests.get(requestId) : undefined;
  // A fee for a request is as that request's own definition version states it.
  const def = (rec && rec.serviceId === serviceId ? findService(rec.serviceId, rec.serviceVersion) : undefined) ?? latest;
  if (!def.payment) throw new AppError('SERVICE_HAS_NO_FEE', 'unprocessable');
  let amount = def.payment.amount;
  if (def.payment.position === 'beforeIssue') {
    if (!requestId) throw new ValidationError([{ field: 'requestId', code: 'FIELD_REQUIRED' }]);
    if (!rec || rec.applicantIin !== payerIin || rec.serviceId !== serviceId) throw new NotFoundError('REQUEST_NOT_FOUND');
    if (!rec.feeDue || rec.payment) throw new ConflictError('NO_FEE_DUE');
    amount = rec.feeDue.amount;
  } else if (requestId) {
    throw new ValidationError([{ field: 'requestId', code: 'FIELD_NOT_ALLOWED' }]);
  }
  const p: PaymentRecord = { paymentId: deps.newId(), payerIin, serviceId, amount, currency: 'KZT', status: 'INVOICED', createdAt: deps.clock.now().toISOString(), ...(requestId ? { requestId } : {}) };
  await deps.requests.putPayment(p);
  return p;
}

export async function getOwnPayment(deps: Pick<Deps, 'requests'>, payerIin: string, paymentId: string): Promise<PaymentRecord> {
  const p = await deps.requests.getPayment(paymentId);
  // Another payer's payment is answered as if it did not exist.
  if (!p || p.payerIin !== payerIin) throw new NotFoundError('PAYMENT_NOT_FOUND');
  return p;
}

/** The payer pays: the gateway confirms on its own queue (answered 202 while it does). */
export async function payInvoice(deps: Pick<Deps, 'requests' | 'bus' | 'clock'>, payerIin: string, paymentId: string): Promise<PaymentRecord> {
  const p = await getOwnPayment(deps, payerIin, paymentId);
  // A fee after approval is taken only while the approval still waits for it (not once refused unpaid, or paid).
  // A confirmation already on its way when that changes is refunded (confirmPayment).
  if (p.status === 'INVOICED' && p.requestId !== undefined) {
    const rec = await deps.requests.get(p.requestId);
    if (!rec || !waitsForFee(rec)) throw new ConflictError('NO_FEE_DUE');
  }
  if (p.status === 'INVOICED') await deps.bus.send(Queues.PaymentGateway, { requestId: paymentId, event: PaymentEvents.confirm, sentAt: deps.clock.now().toISOString() });
  return p;
}

/**
 * The gateway's confirmation (queue consumer): once; a redelivery finds it paid and changes
 * nothing. A fee after approval then goes onto its request and lets the result be issued (both
 * idempotent, so a crash between them is repaired by the redelivery).
 */
export async function confirmPayment(deps: Pick<Deps, 'requests' | 'clock' | 'bus'>, paymentId: string): Promise<'applied' | 'duplicate'> {
  let p = await deps.requests.getPayment(paymentId);
  if (!p) throw new Error(`payment ${paymentId} not found`);
  let outcome: 'applied' | 'duplicate' = 'duplicate';
  if (p.status === 'INVOICED') {
    const now = deps.clock.now();
    const seq = await deps.requests.nextSequence(`EGPG#PAY#${now.toISOString().slice(0, 10)}`);
    if ((await deps.requests.confirmPayment(paymentId, gatewayReference('PAY', now, seq), now.toISOString())) === 'applied') outcome = 'applied';
    p = (await deps.requests.getPayment(paymentId))!;
  }
  // Only a fee after approval is invoiced for a request (createInvoice), whatever version the catalogue is at now.
  if (p.status === 'PAID' && p.requestId !== undefined) {
    // The fee goes onto its request only while the approval waits for it (conditional: feeDue and no payment),
    // so it and the "no payment" refusal (which takes feeDue away, conditionally too) never both land.
    let rec = await deps.requests.get(p.requestId);
    if (!rec) throw new Error(`request ${p.requestId} of payment ${paymentId} not found`);
    if (rec.feeDue && !rec.payment && (await deps.requests.settleFee(p.requestId, requestPaymentOf(p))) === 'conflict') rec = await deps.requests.get(p.requestId);
    else if (rec.feeDue && !rec.payment) rec = { ...rec, payment: requestPaymentOf(p) };
    if (rec?.payment?.paymentId === p.paymentId) {
      await deps.bus.send(Queues.ResultIssue, { requestId: p.requestId, event: 'payment.confirmed', sentAt: deps.clock.now().toISOString() });
    } else if (rec) {
      // Too late (refused unpaid first) or one payment too many: the money goes back, never lost.
      const now = deps.clock.now();
      const seq = await deps.requests.nextSequence(`EGPG#RFD#${now.toISOString().slice(0, 10)}`);
      const refund = { reference: gatewayReference('RFD', now, seq), at: now.toISOString(), reason: rec.payment ? 'ALREADY_PAID' : 'FEE_LAPSED' };
      if ((await deps.requests.refundUnsettled(paymentId, p.requestId, refund)) === 'conflict') {
        // A redelivery after the refund finds it REFUNDED; anything else is retried by the queue.
        if ((await deps.requests.getPayment(paymentId))?.status !== 'REFUNDED') throw new Error(`payment ${paymentId}: refund not applied`);
      }
    }
  }
  return outcome;
}

const unitLabels: Record<TimeLimit['unit'], Localized> = {
  seconds: { kk: 'секунд', ru: 'секунд', en: 'seconds' },
  minutes: { kk: 'минут', ru: 'минут', en: 'minutes' },
  workingDays: { kk: 'жұмыс күні', ru: 'рабочих дней', en: 'working days' },
  calendarDays: { kk: 'күнтізбелік күн', ru: 'календарных дней', en: 'calendar days' },
};

const unpaidReason: Localized = {
  kk: 'Төлемақы ({amount} теңге) мақұлданғаннан кейін {after} {unit} ішінде ({until} дейін) түспеді.',
  ru: 'Оплата ({amount} тенге) не поступила в течение {after} {unit} после одобрения (до {until}).',
  en: 'The fee ({amount} tenge) was not paid within {after} {unit} of the approval (by {until}).',
};

/**
 * The regulation's "no payment" refusal (seed 003 App.3 p.6 process 10, Table 1 a10), run by the
 * deadline watch: an approval that has waited for its fee past `feeDue.until` is refused by the
 * platform on the definition's ground, its history stamped with the definition's step, the
 * applicant notified, and the refusal sent to result issue (a document like any refusal, delivered
 * to the cabinet). One conditional write, only while the fee is still unpaid: a confirmation that
 * got there first wins, one that comes later is refunded (confirmPayment). A refusal whose result
 * issue has not run yet (a crash after the write) is sent again; anything else is left alone.
 */
/** How long the watch re-sends a lapsed refusal whose result issue has not run. */
export const RESEND_LAPSED_FOR_MS = 24 * 3600 * 1000;

export async function lapseUnpaidFee(deps: Pick<Deps, 'requests' | 'bus' | 'clock' | 'mailer'>, rec: RequestRecord): Promise<'refused' | 'resent' | 'conflict' | 'not-due'> {
  const now = deps.clock.now();
  if (rec.status === 'DECIDED' && rec.feeLapsed) {
    // Re-sent for a day at most: a refusal whose issue keeps failing is then the dead-letter queue's (and its alarm's), not re-sent forever.
    if (now.getTime() - Date.parse(rec.feeLapsed.at) > RESEND_LAPSED_FOR_MS) return 'not-due';
    await deps.bus.send(Queues.ResultIssue, { requestId: rec.requestId, event: 'fee.unpaid', sentAt: now.toISOString() });
    return 'resent';
  }
  const def = findService(rec.serviceId, rec.serviceVersion);
  const unpaid = def?.payment?.unpaid;
  const until = rec.feeDue?.until;
  if (!def || !unpaid || !until || !rec.decision?.approved || !waitsForFee(rec) || now.toISOString() < until) return 'not-due';
  const step = channelOf(def, rec.channel)?.steps.find((s) => s.id === unpaid.step);
  const ground = def.refusalGrounds.find((g) => g.id === unpaid.groundId);
  if (!step || !ground) throw new Error(`${def.id}@${def.version}: payment.unpaid names no step ${unpaid.step} or ground ${unpaid.groundId} on ${rec.channel}`);
  const lang = rec.language;
  const reason = unpaidReason[lang].replace(/\{(\w+)\}/g, (_, k: string) => ({ amount: String(rec.feeDue!.amount), after: String(unpaid.after.amount), unit: unitLabels[unpaid.after.unit][lang], until: localDate(new Date(until)) })[k] ?? '');
  // The refusal step begins when the wait ends; its own limit is the regulation's (a10: 10–15 s).
  const startedAt = new Date(until);
  const deadline = deadlineOf(startedAt, step.limit);
  const entry = chain({
    event: 'fee.unpaid',
    stepId: step.id,
    actor: { kind: 'platform' },
    at: now.toISOString(),
    stepStartedAt: startedAt.toISOString(),
    deadline: deadline.toISOString(),
    onTime: now.getTime() <= deadline.getTime(),
    outcome: `refused:${ground.id}`,
    note: `${ground.label[lang]}. ${reason}`,
  }, rec.historyHead ?? genesisHash(rec.requestId));
  // The refusal document is signed with the key of the Committee's employee whose approval lapsed (the platform has none).
  const decision: Decision = { approved: false, groundId: ground.id, reason, decidedBy: rec.decision.decidedBy, decidedAt: now.toISOString() };
  const next: RequestRecord = { ...rec, decision, feeLapsed: { amount: rec.feeDue!.amount, since: rec.feeDue!.since, until, at: now.toISOString() }, updatedAt: now.toISOString(), historyHead: entry.hash! };
  delete next.feeDue;
  const notification = notificationFor(next);
  if ((await deps.requests.transition(next, 'DECIDED', entry, { stillUnpaid: true, notification })) === 'conflict') return 'conflict';
  if (deps.mailer && notification.email) await mailNotification({ ...deps, mailer: deps.mailer }, notification.recipientIin, notification.notificationId);
  await deps.bus.send(Queues.ResultIssue, { requestId: rec.requestId, event: 'fee.unpaid', sentAt: now.toISOString() });
  return 'refused';
}

/**
 * Intake of a service with a fee before signing (on the channels its definition names): the
 * signed form must name a paid, unused payment of the applicant's for this service.
 */
export async function feeForIntake(deps: Pick<Deps, 'requests'>, def: ServiceDefinition, channel: string, payerIin: string, form: Record<string, unknown>): Promise<PaymentRecord | undefined> {
  const fee = def.payment;
  if (!fee || fee.position !== 'beforeSigning' || !fee.formField || !(fee.channels as readonly string[]).includes(channel)) return undefined;
  const id = form[fee.formField];
  if (typeof id !== 'string' || id === '') throw new ValidationError([{ field: `form.${fee.formField}`, code: 'PAYMENT_REQUIRED' }], 'PAYMENT_REQUIRED');
  const p = await deps.requests.getPayment(id);
  if (!p || p.payerIin !== payerIin || p.serviceId !== def.id) throw new AppError('PAYMENT_NOT_FOUND', 'unprocessable', [{ field: `form.${fee.formField}`, code: 'PAYMENT_NOT_FOUND' }]);
  if (p.status === 'INVOICED') throw new AppError('PAYMENT_NOT_PAID', 'unprocessable', [{ field: `form.${fee.formField}`, code: 'PAYMENT_NOT_PAID' }]);
  if (p.status !== 'PAID' || p.requestId !== undefined) throw new ConflictError('PAYMENT_ALREADY_USED');
  return p;
}

export function requestPaymentOf(p: PaymentRecord): RequestPayment {
  return { paymentId: p.paymentId, reference: p.reference!, amount: p.amount, currency: p.currency, paidAt: p.paidAt! };
}

const refusedStatuses = new Set(['REFUSED', 'SIGNATURE_REJECTED']);

/** A request that ended refused with a fee attached: ask the gateway for the refund. */
export async function refundIfRefused(deps: Pick<Deps, 'bus' | 'clock'>, record: RequestRecord): Promise<boolean> {
  if (!record.payment || record.payment.refund || !refusedStatuses.has(record.status)) return false;
  if (!findService(record.serviceId, record.serviceVersion)?.payment?.refundOnRefusal) return false;
  await deps.bus.send(Queues.PaymentGateway, { requestId: record.requestId, event: PaymentEvents.refund, sentAt: deps.clock.now().toISOString() });
  return true;
}

/** The gateway's refund (queue consumer): once, recorded on the payment and on the request together. */
export async function refundPayment(deps: Pick<Deps, 'requests' | 'clock'>, requestId: string): Promise<'applied' | 'duplicate'> {
  const record = await deps.requests.get(requestId);
  if (!record?.payment) throw new Error(`request ${requestId} has no fee`);
  if (record.payment.refund) return 'duplicate';
  if (!refusedStatuses.has(record.status)) throw new Error(`request ${requestId} is ${record.status}: no refund`);
  const now = deps.clock.now();
  const seq = await deps.requests.nextSequence(`EGPG#RFD#${now.toISOString().slice(0, 10)}`);
  const refund = { reference: gatewayReference('RFD', now, seq), at: now.toISOString(), reason: record.status };
  return (await deps.requests.refundPayment(requestId, record.payment.paymentId, refund)) === 'applied' ? 'applied' : 'duplicate';
}
