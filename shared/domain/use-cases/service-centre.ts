/**
 * Filing on a citizen's behalf: at a service centre (ЦОН, ¶7, App.1 Table 3) by an operator, or
 * at the agency's desk (¶6, Table 2) by a clerk of the providing agency. The citizen is present
 * and consents; the applicant's data is looked up in ГБД ФЛ through the gateway first (T3.a3,
 * T2.a3; none is a motivated refusal, T3.a4/T2.a4); the staff member signs the request with their
 * own key (T3.a5, T2.a5). Condition 2 then checks that certificate against the staff member's IIN;
 * the applicant is recorded separately and sees the request in their own cabinet.
 */
import { AppError, ForbiddenError, ValidationError } from '../errors.js';
import { isValidIin } from '../iin.js';
import type { SubmitOnBehalfBody } from '../api-schemas.js';
import { findService } from '../services/index.js';
import { subjectIin } from '../../pki/cert-subject.js';
import { submitRequest, type SubmitResult } from './portal.js';
import { lookupPerson } from './registry.js';
import type { Deps } from './deps.js';

/** Who files for the citizen, and where: the operator at a service centre, a clerk at the agency desk. */
export interface Filer {
  username: string;
  kind: 'operator' | 'clerk';
  agencyIds: string[];
}

const channelOf = { operator: 'service-centre', clerk: 'agency-desk' } as const;

export async function submitOnBehalf(
  deps: Pick<Deps, 'requests' | 'uploads' | 'bus' | 'clock' | 'newId' | 'documentSigner' | 'pki' | 'registry' | 'audit' | 'mailer'>,
  input: { filer: Filer; body: SubmitOnBehalfBody; idempotencyKey?: string; acceptLanguage?: string },
): Promise<SubmitResult> {
  const { filer } = input;
  const { applicantIin, applicantConsent: _consent, ...rest } = input.body;
  if (!isValidIin(applicantIin)) throw new ValidationError([{ field: 'applicantIin', code: 'INVALID_IIN' }], 'INVALID_IIN');
  // A clerk files only for the services their own agency provides.
  const def = findService(rest.serviceId);
  if (filer.kind === 'clerk' && def && !filer.agencyIds.includes(def.provider.agencyId)) throw new ForbiddenError();
  // The staff member's signing certificate names their IIN: that is what condition 2 expects.
  const key = await deps.pki.getStaffKey(filer.username);
  const filerIin = key ? subjectIin(new Uint8Array(Buffer.from(key.certDer, 'base64'))) : undefined;
  if (!key || !filerIin) throw new AppError('NO_SIGNING_KEY', 'conflict');
  await lookupPerson(deps, { iin: applicantIin, by: filer.username });
  return submitRequest(deps, {
    applicantIin,
    body: { ...rest, channel: channelOf[filer.kind] },
    filedBy: { kind: filer.kind, username: filer.username, iin: filerIin },
    signWith: async (content, signedAt) => {
      const signed = await deps.documentSigner.sign({ content, staffUsername: filer.username, signingTime: signedAt });
      return { format: 'cms', value: Buffer.from(signed.cms).toString('base64'), signedAt: signedAt.toISOString() };
    },
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    ...(input.acceptLanguage ? { acceptLanguage: input.acceptLanguage } : {}),
  });
}
