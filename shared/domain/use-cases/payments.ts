/**
 * The payment gateway (ЭҮТШ / ПШЭП), simulated: invoices, the payer's confirmation through the
 * gateway's queue, the check at intake, and the refund of a fee whose request ended refused.
 */
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { gatewayReference, PaymentEvents, type PaymentRecord, type RequestPayment } from '../payments.js';
import type { RequestRecord } from '../request.js';
import type { ServiceDefinition } from '../service-definition.js';
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
  const def = findService(serviceId);
  if (!def) throw new AppError('SERVICE_NOT_FOUND', 'not-found');
  if (!def.payment) throw new AppError('SERVICE_HAS_NO_FEE', 'unprocessable');
  let amount = def.payment.amount;
  if (def.payment.position === 'beforeIssue') {
    const rec = requestId ? await deps.requests.get(requestId) : undefined;
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
  if (p.status === 'PAID' && p.requestId && findService(p.serviceId)?.payment?.position === 'beforeIssue') {
    const rec = await deps.requests.get(p.requestId);
    if (rec?.feeDue && (!rec.payment || rec.payment.paymentId === p.paymentId)) {
      if (!rec.payment) await deps.requests.settleFee(p.requestId, requestPaymentOf(p));
      await deps.bus.send(Queues.ResultIssue, { requestId: p.requestId, event: 'payment.confirmed', sentAt: deps.clock.now().toISOString() });
    }
  }
  return outcome;
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
