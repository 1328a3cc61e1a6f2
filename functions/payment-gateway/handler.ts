/** ЭҮТШ (ПШЭП), the gateway's side: confirms payments and refunds the fees of refused requests, each once. */
import { clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { PaymentEvents } from '../../shared/domain/payments.js';
import { confirmPayment, refundPayment } from '../../shared/domain/use-cases/payments.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';

export const handler = sqsHandler('payment-gateway', (msg) => {
  const deps = { requests: requestRepository(), clock, bus: messageBus() };
  if (msg.event === PaymentEvents.confirm) return confirmPayment(deps, msg.requestId);
  if (msg.event === PaymentEvents.refund) return refundPayment(deps, msg.requestId);
  throw new Error(`unknown payment gateway event ${msg.event}`);
});
