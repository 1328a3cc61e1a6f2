/**
 * Service-centre (ЦОН) channel, ¶7 and App.1 Table 3: an operator files for a citizen who is
 * present and consents, and signs the request with the operator's own key (T3.a5). Condition 2
 * then checks the operator's certificate against the operator's IIN; the applicant is recorded
 * separately, and sees the request in their own cabinet. Before filing, the applicant's data is
 * looked up in ГБД ФЛ through the gateway (T3.a3); no data refuses the filing (T3.a4).
 */
import { AppError, ValidationError } from '../errors.js';
import { isValidIin } from '../iin.js';
import type { SubmitOnBehalfBody } from '../api-schemas.js';
import { parseCertificate } from '../../pki/x509.js';
import { submitRequest, type SubmitResult } from './portal.js';
import { lookupPerson } from './registry.js';
import type { Deps } from './deps.js';

export async function submitOnBehalf(
  deps: Pick<Deps, 'requests' | 'uploads' | 'bus' | 'clock' | 'newId' | 'documentSigner' | 'pki' | 'registry' | 'audit'>,
  input: { operator: string; body: SubmitOnBehalfBody; idempotencyKey?: string; acceptLanguage?: string },
): Promise<SubmitResult> {
  const { applicantIin, applicantConsent: _consent, ...rest } = input.body;
  if (!isValidIin(applicantIin)) throw new ValidationError([{ field: 'applicantIin', code: 'INVALID_IIN' }], 'INVALID_IIN');
  // The operator's signing certificate names the operator's IIN: that is what condition 2 expects.
  const key = await deps.pki.getStaffKey(input.operator);
  const operatorIin = key ? parseCertificate(new Uint8Array(Buffer.from(key.certDer, 'base64'))).subject.iin : undefined;
  if (!key || !operatorIin) throw new AppError('NO_SIGNING_KEY', 'conflict');
  // T3.a3: the applicant's data from ГБД ФЛ through the gateway; none is a motivated refusal (T3.a4).
  await lookupPerson(deps, { iin: applicantIin, by: input.operator });
  return submitRequest(deps, {
    applicantIin,
    body: { ...rest, channel: 'service-centre' },
    filedBy: { kind: 'operator', username: input.operator, iin: operatorIin },
    signWith: async (content, signedAt) => {
      const signed = await deps.documentSigner.sign({ content, staffUsername: input.operator, signingTime: signedAt });
      return { format: 'cms', value: Buffer.from(signed.cms).toString('base64'), signedAt: signedAt.toISOString() };
    },
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    ...(input.acceptLanguage ? { acceptLanguage: input.acceptLanguage } : {}),
  });
}
