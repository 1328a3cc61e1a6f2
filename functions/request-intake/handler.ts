/**
 * Processes 3–4: the citizen's signed request is validated, stored and queued for the signature
 * check. (Filing by an operator or clerk on a citizen's behalf is staff-filing.)
 */
import { clock, messageBus, newId, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { citizenIin } from '../../shared/http/auth.js';
import { httpHandler } from '../../shared/http/http-handler.js';
import { accepted, idempotencyKeyOf } from '../../shared/http/intake.js';

export const handler = httpHandler({
  'POST /v1/requests': async (ctx) => {
    const applicantIin = citizenIin(ctx.event);
    const key = idempotencyKeyOf(ctx.header('idempotency-key'));
    const body = parseBody('SubmitRequest', ctx.body());
    const r = await submitRequest({ requests: requestRepository(), uploads: uploadsStore(), bus: messageBus(), clock, newId }, { applicantIin, body, ...(key ? { idempotencyKey: key } : {}), ...(ctx.header('accept-language') ? { acceptLanguage: ctx.header('accept-language')! } : {}) });
    return accepted(r);
  },
});
