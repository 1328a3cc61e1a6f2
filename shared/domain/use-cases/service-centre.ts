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
import { providerField, providerOf, providersOf } from '../providers.js';
import { subjectIin } from '../../pki/cert-subject.js';
import { submitRequest, type SubmitResult } from './portal.js';
import { checkBirthRecord, checkPowerOfAttorney, lookupOrganisation, lookupPerson } from './registry.js';
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
  const { applicantIin, applicantConsent: _consent, representative, applicantBin, ...rest } = input.body;
  if (!isValidIin(applicantIin)) throw new ValidationError([{ field: 'applicantIin', code: 'INVALID_IIN' }], 'INVALID_IIN');
  // A clerk files only for the services their own agency provides, and where the form's answer
  // chooses among several providers, only for their own (the other's desk takes that request).
  const def = findService(rest.serviceId);
  if (filer.kind === 'clerk' && def) {
    if (!providersOf(def).some((a) => filer.agencyIds.includes(a))) throw new ForbiddenError();
    const chosen = providerOf(def, rest.form);
    // An answer that is not an option is left to the form's validation (FIELD_NOT_ALLOWED).
    if (chosen && !filer.agencyIds.includes(chosen)) throw new AppError('OTHER_PROVIDER', 'forbidden', [{ field: `form.${providerField(def)}`, code: 'OTHER_PROVIDER', params: { agencyId: chosen } }]);
  }
  // The staff member's signing certificate names their IIN: that is what condition 2 expects.
  const key = await deps.pki.getStaffKey(filer.username);
  const filerIin = key ? subjectIin(new Uint8Array(Buffer.from(key.certDer, 'base64'))) : undefined;
  if (!key || !filerIin) throw new AppError('NO_SIGNING_KEY', 'conflict');
  await lookupPerson(deps, { iin: applicantIin, by: filer.username });
  // For a legal entity: it is in ГБД ЮЛ and the applicant present may represent it.
  if (applicantBin !== undefined) await lookupOrganisation(deps, { bin: applicantBin, representativeIin: applicantIin, by: filer.username });
  const channel = channelOf[filer.kind];
  const checks = def?.registryChecks;
  // A representative with a notarial power of attorney, where the regulation checks one (ЕНИС / БНАЖ).
  if (representative) {
    if (!checks?.powerOfAttorney?.channels.includes(channel)) throw new ValidationError([{ field: 'representative', code: 'REPRESENTATIVE_NOT_OFFERED' }], 'REPRESENTATIVE_NOT_OFFERED');
    if (!isValidIin(representative.iin)) throw new ValidationError([{ field: 'representative.iin', code: 'INVALID_IIN' }], 'INVALID_IIN');
    await lookupPerson(deps, { iin: representative.iin, by: filer.username });
    await checkPowerOfAttorney(deps, { number: representative.powerOfAttorney, principalIin: applicantIin, attorneyIin: representative.iin, by: filer.username });
  }
  // The child's birth record, with the applicant as parent (ЗАГС / АХАЖ), where the regulation checks it.
  const birth = checks?.birthRecord;
  if (birth?.channels.includes(channel)) {
    const childIin = rest.form[birth.childField];
    if (typeof childIin !== 'string' || childIin === '') throw new ValidationError([{ field: `form.${birth.childField}`, code: 'FIELD_REQUIRED' }]);
    await checkBirthRecord(deps, { childIin, parentIin: applicantIin, by: filer.username, field: `form.${birth.childField}` });
  }
  return submitRequest(deps, {
    ...(representative ? { representative } : {}),
    applicantIin,
    body: { ...rest, channel, ...(applicantBin !== undefined ? { applicantBin } : {}) },
    filedBy: { kind: filer.kind, username: filer.username, iin: filerIin },
    signWith: async (content, signedAt) => {
      const signed = await deps.documentSigner.sign({ content, staffUsername: filer.username, signingTime: signedAt });
      return { format: 'cms', value: Buffer.from(signed.cms).toString('base64'), signedAt: signedAt.toISOString() };
    },
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
    ...(input.acceptLanguage ? { acceptLanguage: input.acceptLanguage } : {}),
  });
}
