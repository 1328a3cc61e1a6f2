/** ЭҮТШ (ПШЭП), the payer's side: an invoice for a service's fee, its status, and paying it. */
import { clock, messageBus, newId, requestRepository } from '../../shared/adapters/wiring/core.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { createInvoice, getOwnPayment, payInvoice, paymentView } from '../../shared/domain/use-cases/payments.js';
import { citizenIin } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

export const handler = httpHandler({
  'POST /v1/payments': async (ctx) => {
    const payer = citizenIin(ctx.event);
    const body = parseBody('PaymentInvoice', ctx.body());
    return json(201, paymentView(await createInvoice({ requests: requestRepository(), clock, newId }, payer, body.serviceId, body.requestId)));
  },
  'GET /v1/payments/{paymentId}': async (ctx) => {
    return json(200, paymentView(await getOwnPayment({ requests: requestRepository() }, citizenIin(ctx.event), ctx.path('paymentId'))), { 'cache-control': 'no-store' });
  },
  // The simulated bank page's "pay": the gateway confirms on its queue; 202 until it has.
  'POST /v1/payments/{paymentId}/pay': async (ctx) => {
    const p = await payInvoice({ requests: requestRepository(), bus: messageBus(), clock }, citizenIin(ctx.event), ctx.path('paymentId'));
    return json(p.status === 'INVOICED' ? 202 : 200, paymentView(p));
  },
});
