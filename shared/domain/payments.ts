/**
 * Fees through the e-government payment gateway (ЭҮТШ / ПШЭП), simulated: the citizen is
 * invoiced for a service, pays, and the gateway confirms the payment on its own queue (once,
 * conditionally: a redelivered confirmation changes nothing). A fee paid before signing is
 * attached to exactly one request, in the request's creation transaction; when that request ends
 * in a refusal the gateway refunds it and the refund is recorded on both.
 */
import { deadlineOf } from './calendar.js';
import type { RequestRecord } from './request.js';
import type { Channel, ServiceDefinition } from './service-definition.js';

export type PaymentStatus = 'INVOICED' | 'PAID' | 'REFUNDED';

export interface PaymentRecord {
  paymentId: string;
  payerIin: string;
  serviceId: string;
  /** Tenge. */
  amount: number;
  currency: 'KZT';
  status: PaymentStatus;
  createdAt: string;
  /** The gateway's reference, set when it confirms the payment. */
  reference?: string;
  paidAt?: string;
  /** The request the fee was attached to (once). */
  requestId?: string;
  refund?: PaymentRefund;
}

export interface PaymentRefund {
  reference: string;
  at: string;
  /**
   * Why: the request's terminal status (REFUSED, SIGNATURE_REJECTED); for a fee after approval that
   * could not go onto its request, FEE_LAPSED (the approval was refused unpaid first) or ALREADY_PAID.
   */
  reason: string;
}

/** What a request keeps of its fee. */
export interface RequestPayment {
  paymentId: string;
  reference: string;
  amount: number;
  currency: 'KZT';
  paidAt: string;
  refund?: PaymentRefund;
}

/** The gateway's references: EGPG-<PAY|RFD>-<YYYYMMDD>-<6-digit sequence per day>. */
export function gatewayReference(kind: 'PAY' | 'RFD', at: Date, seq: number): string {
  return `EGPG-${kind}-${at.toISOString().slice(0, 10).replace(/-/g, '')}-${String(seq).padStart(6, '0')}`;
}

/** Events of the payment gateway's queue; the message's `requestId` is the payment's id (confirm) or the request's (refund). */
export const PaymentEvents = { confirm: 'payment.confirm', refund: 'payment.refund' } as const;

/**
 * What an approval records of a fee after approval on its channel (none elsewhere): the amount,
 * since when, and, where the definition lets it lapse (payment.unpaid), until when it is awaited.
 */
export function feeDueOnApproval(def: ServiceDefinition, channel: Channel, now: Date): RequestRecord['feeDue'] {
  const fee = def.payment;
  if (fee?.position !== 'beforeIssue' || !(fee.channels as readonly string[]).includes(channel)) return undefined;
  return { amount: fee.amount, since: now.toISOString(), ...(fee.unpaid ? { until: deadlineOf(now, fee.unpaid.after).toISOString() } : {}) };
}

/** The approval waits for a fee it has not got (the permit cannot be issued yet). */
export function waitsForFee(r: Pick<RequestRecord, 'status' | 'feeDue' | 'payment'>): boolean {
  return r.status === 'DECIDED' && r.feeDue !== undefined && r.payment === undefined;
}

/**
 * When the deadline watch has work on a request because of its fee (with the open step's deadline,
 * the deadline index's key): a fee that lapses at `until`, or a lapsed fee's refusal whose result
 * issue has not run yet (re-sent until it has).
 */
export function feeWatchAt(r: Pick<RequestRecord, 'status' | 'feeDue' | 'feeLapsed' | 'payment'>): string | undefined {
  if (r.status !== 'DECIDED') return undefined;
  if (r.feeLapsed) return r.feeLapsed.at;
  return waitsForFee(r) ? r.feeDue?.until : undefined;
}
