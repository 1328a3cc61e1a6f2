/**
 * Fees through the e-government payment gateway (ЭҮТШ / ПШЭП), simulated: the citizen is
 * invoiced for a service, pays, and the gateway confirms the payment on its own queue (once,
 * conditionally: a redelivered confirmation changes nothing). A fee paid before signing is
 * attached to exactly one request, in the request's creation transaction; when that request ends
 * in a refusal the gateway refunds it and the refund is recorded on both.
 */
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
  /** Why: the request's terminal status (REFUSED, SIGNATURE_REJECTED). */
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
