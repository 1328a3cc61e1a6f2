/**
 * At a service centre (¶7, T3.a3–a6) an operator, at the agency desk (¶6, T2.a3–a5) a clerk or
 * head of the providing agency, files for a citizen who is present and consents: the citizen is
 * looked up in the state registry first, and the request is signed with the filer's own key.
 */
import { auditLog, clock, messageBus, newId, personRegistry, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { pkiStore, staffDocumentSigner } from '../../shared/adapters/wiring/pki.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { ForbiddenError } from '../../shared/domain/errors.js';
import { submitOnBehalf } from '../../shared/domain/use-cases/service-centre.js';
import { staffIdentity } from '../../shared/http/auth.js';
import { httpHandler } from '../../shared/http/http-handler.js';
import { accepted, idempotencyKeyOf } from '../../shared/http/intake.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = httpHandler({
  'POST /v1/staff/requests': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    // The service-centre operator (¶7), or a clerk or head at the providing agency's desk (¶6).
    const kind = staff.roles.includes('operator') ? 'operator' : staff.roles.some((r) => r === 'clerk' || r === 'head') ? 'clerk' : undefined;
    if (!kind) throw new ForbiddenError();
    const key = idempotencyKeyOf(ctx.header('idempotency-key'));
    const body = parseBody('SubmitOnBehalf', ctx.body());
    const r = await submitOnBehalf(
      { requests: requestRepository(), uploads: uploadsStore(), bus: messageBus(), clock, newId, pki: pkiStore(), documentSigner: staffDocumentSigner(), registry: personRegistry(), audit: auditLog(), mailer: mailer() },
      { filer: { username: staff.username, kind, agencyIds: staff.agencyIds }, body, ...(key ? { idempotencyKey: key } : {}), ...(ctx.header('accept-language') ? { acceptLanguage: ctx.header('accept-language')! } : {}) },
    );
    return accepted(r);
  },
});
