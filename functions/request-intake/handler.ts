/**
 * Processes 3–4: the signed request is validated, stored and queued for the signature check.
 * At a service centre (¶7, T3.a5) an operator, at the agency desk (¶6, T2.a5) a clerk, files for the
 * applicant and signs with their own key.
 */
import { auditLog, clock, messageBus, newId, personRegistry, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import type { SubmitResult } from '../../shared/domain/use-cases/portal.js';
import { submitRequest } from '../../shared/domain/use-cases/portal.js';
import { citizenIin, staffIdentity } from '../../shared/http/auth.js';
import { pkiStore, staffDocumentSigner } from '../../shared/adapters/wiring/pki.js';
import { submitOnBehalf } from '../../shared/domain/use-cases/service-centre.js';
import { ForbiddenError } from '../../shared/domain/errors.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { logger } from '../../shared/powertools.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:-]{8,128}$/;

export const handler = httpHandler({
  'POST /v1/requests': async (ctx) => {
    const applicantIin = citizenIin(ctx.event);
    const key = idempotencyKeyOf(ctx.header('idempotency-key'));
    const body = parseBody('SubmitRequest', ctx.body());
    const r = await submitRequest({ requests: requestRepository(), uploads: uploadsStore(), bus: messageBus(), clock, newId }, { applicantIin, body, ...(key ? { idempotencyKey: key } : {}), ...(ctx.header('accept-language') ? { acceptLanguage: ctx.header('accept-language')! } : {}) });
    return accepted(r);
  },
  'POST /v1/staff/requests': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    // The service-centre operator (¶7), or a clerk or head at the providing agency's desk (¶6).
    const kind = staff.roles.includes('operator') ? 'operator' : staff.roles.some((r) => r === 'clerk' || r === 'head') ? 'clerk' : undefined;
    if (!kind) throw new ForbiddenError();
    const key = idempotencyKeyOf(ctx.header('idempotency-key'));
    const body = parseBody('SubmitOnBehalf', ctx.body());
    const r = await submitOnBehalf(
      { requests: requestRepository(), uploads: uploadsStore(), bus: messageBus(), clock, newId, pki: pkiStore(), documentSigner: staffDocumentSigner(), registry: personRegistry(), audit: auditLog() },
      { filer: { username: staff.username, kind, agencyIds: staff.agencyIds }, body, ...(key ? { idempotencyKey: key } : {}), ...(ctx.header('accept-language') ? { acceptLanguage: ctx.header('accept-language')! } : {}) },
    );
    return accepted(r);
  },
});

function idempotencyKeyOf(key: string | undefined): string | undefined {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw new ValidationError([{ field: 'Idempotency-Key', code: 'INVALID_IDEMPOTENCY_KEY' }], 'INVALID_IDEMPOTENCY_KEY');
  return key;
}

function accepted(r: SubmitResult) {
  logger.info('request accepted', { requestId: r.requestId, replayed: r.replayed });
  return json(
    202,
    { requestId: r.requestId, status: r.status, ...(r.registrationNumber ? { registrationNumber: r.registrationNumber } : {}) },
    { location: `/v1/requests/${r.requestId}`, ...(r.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  );
}
