/**
 * Processes 3–4: the citizen's signed request is validated, stored and queued for the signature
 * check. (Filing by an operator or clerk on a citizen's behalf is staff-filing.) A request returned
 * for correction comes back here newly signed; its signature is checked at once (condition 2).
 */
import { clock, messageBus, newId, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { submitCorrection } from '../../shared/domain/use-cases/correction.js';
import { signatureVerifier } from '../../shared/adapters/wiring/signature.js';
import { summaryView } from '../../shared/domain/views.js';
import { json } from '../../shared/http/http-handler.js';
import { citizenIin } from '../../shared/http/auth.js';
import { httpHandler } from '../../shared/http/http-handler.js';
import { accepted, idempotencyKeyOf } from '../../shared/http/intake.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = httpHandler({
  'POST /v1/requests': async (ctx) => {
    const applicantIin = citizenIin(ctx.event);
    const key = idempotencyKeyOf(ctx.header('idempotency-key'));
    const body = parseBody('SubmitRequest', ctx.body());
    const r = await submitRequest({ requests: requestRepository(), uploads: uploadsStore(), bus: messageBus(), clock, newId, mailer: mailer() }, { applicantIin, body, ...(key ? { idempotencyKey: key } : {}), ...(ctx.header('accept-language') ? { acceptLanguage: ctx.header('accept-language')! } : {}) });
    return accepted(r);
  },
  'POST /v1/requests/{requestId}/correction': async (ctx) => {
    const applicantIin = citizenIin(ctx.event);
    const body = parseBody('Correction', ctx.body());
    const r = await submitCorrection({ requests: requestRepository(), uploads: uploadsStore(), clock, verifier: signatureVerifier(), mailer: mailer() }, applicantIin, ctx.path('requestId'), body);
    return json(200, summaryView(r.record, ctx.lang), r.replayed ? { 'idempotent-replayed': 'true' } : {});
  },
});
