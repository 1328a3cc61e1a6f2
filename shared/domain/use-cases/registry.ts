/**
 * Registry lookup through the gateway (ШЭП): the applicant's data from the state database of
 * individuals (ГБД ФЛ), App.1 Table 3 step a3 (service centre) and Table 2 step a3 (agency
 * desk); no data is the regulation's motivated refusal (T3.a4, N5). Every lookup is audited by
 * the gateway: who asked, what, when, and the hash of the query.
 */
import { createHash } from 'node:crypto';
import { AppError, ValidationError } from '../errors.js';
import { isValidIin } from '../iin.js';
import type { AuditLog, BirthRecord, OrganisationRecord, PersonRecord, PersonRegistry, PowerOfAttorneyRecord } from '../../ports/index.js';

export interface RegistryDeps {
  registry: PersonRegistry;
  audit: AuditLog;
  clock: { now(): Date };
  newId: () => string;
}

export async function lookupPerson(deps: RegistryDeps, input: { iin: string; by: string }): Promise<{ lookupId: string; person: PersonRecord }> {
  if (!isValidIin(input.iin)) throw new ValidationError([{ field: 'iin', code: 'INVALID_IIN' }], 'INVALID_IIN');
  const person = await deps.registry.findPerson(input.iin);
  const lookupId = await audited(deps, input.by, `gateway→ГБД ФЛ:person.lookup:${person ? 'found' : 'no-data'}`, 'gbd-fl', input.iin);
  if (!person) throw new AppError('REGISTRY_NO_DATA', 'unprocessable');
  return { lookupId, person };
}

/**
 * The gateway's audit entry of one registry lookup (a hash of the query, never the IINs); returns its id.
 * `by` is a staff login; a citizen's own lookup on the portal is recorded as `portal:applicant`.
 */
async function audited(deps: RegistryDeps, by: string, what: string, routedTo: string, query: string, who = `staff:${by}`): Promise<string> {
  const lookupId = deps.newId();
  await deps.audit.record({
    requestId: `LOOKUP-${lookupId}`,
    what,
    who,
    when: deps.clock.now().toISOString(),
    messageSha256: createHash('sha256').update(`${lookupId}|${query}`).digest('hex'),
    routedTo,
  });
  return lookupId;
}

/**
 * A representative files for the applicant (seed 004 pattern C: ХҚКО, 1 шарт / 4 үдеріс): the
 * notarial power of attorney must be in the notaries' register (ЕНИС / БНАЖ), from this applicant to
 * this representative, not revoked and valid today; otherwise the regulation's refusal.
 */
export async function checkPowerOfAttorney(deps: RegistryDeps, input: { number: string; principalIin: string; attorneyIin: string; by: string }): Promise<PowerOfAttorneyRecord> {
  const poa = await deps.registry.findPowerOfAttorney(input.number);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const valid = poa && !poa.revoked && poa.principalIin === input.principalIin && poa.attorneyIin === input.attorneyIin && poa.issuedOn <= today && today <= poa.validUntil;
  await audited(deps, input.by, `gateway→ЕНИС:power-of-attorney.lookup:${!poa ? 'no-data' : valid ? 'valid' : 'not-valid'}`, 'enis', `${input.number}|${input.principalIin}|${input.attorneyIin}`);
  if (!valid) throw new AppError('POWER_OF_ATTORNEY_INVALID', 'unprocessable', [{ field: 'representative.powerOfAttorney', code: 'POWER_OF_ATTORNEY_INVALID' }]);
  return poa;
}

/** The child's birth record in the civil registry (ЗАГС / АХАЖ), with the applicant as a parent; otherwise the regulation's refusal. */
export async function checkBirthRecord(deps: RegistryDeps, input: { childIin: string; parentIin: string; by: string; field: string }): Promise<BirthRecord> {
  if (!isValidIin(input.childIin)) throw new ValidationError([{ field: input.field, code: 'INVALID_IIN' }], 'INVALID_IIN');
  const record = await deps.registry.findBirthRecord(input.childIin);
  const ok = record && record.parentIins.includes(input.parentIin);
  await audited(deps, input.by, `gateway→ЗАГС:birth-record.lookup:${!record ? 'no-data' : ok ? 'found' : 'not-a-parent'}`, 'civil-registry', `${input.childIin}|${input.parentIin}`);
  if (!ok) throw new AppError('BIRTH_RECORD_NOT_FOUND', 'unprocessable', [{ field: input.field, code: 'BIRTH_RECORD_NOT_FOUND' }]);
  return record;
}

/**
 * A legal entity in ГБД ЮЛ (seed 003 p.7 condition 2: the recipient's data in the state databases),
 * and the person present among those entitled to represent it; otherwise the regulation's refusal.
 */
export async function lookupOrganisation(deps: RegistryDeps, input: { bin: string; representativeIin: string; by: string; who?: string }): Promise<OrganisationRecord> {
  if (!isValidIin(input.bin)) throw new ValidationError([{ field: 'applicantBin', code: 'INVALID_BIN' }], 'INVALID_BIN');
  const org = await deps.registry.findOrganisation(input.bin);
  const represents = org?.representatives.includes(input.representativeIin) ?? false;
  await audited(deps, input.by, `gateway→ГБД ЮЛ:organisation.lookup:${!org ? 'no-data' : represents ? 'found' : 'not-a-representative'}`, 'gbd-ul', `${input.bin}|${input.representativeIin}`, input.who);
  if (!org) throw new AppError('REGISTRY_NO_DATA', 'unprocessable', [{ field: 'applicantBin', code: 'REGISTRY_NO_DATA' }]);
  if (!represents) throw new AppError('NOT_A_REPRESENTATIVE', 'unprocessable', [{ field: 'applicantIin', code: 'NOT_A_REPRESENTATIVE' }]);
  return org;
}

/**
 * The portal's check before a representative files for a legal entity (seed 003 p.7 condition 2,
 * App.1/App.3 condition 2: the IIN/BIN in the request against the certificate's): the signed-in
 * citizen asks about one BIN and learns its name only if ГБД ЮЛ lists them among its
 * representatives; anyone else's organisation is refused as for the counter (NOT_A_REPRESENTATIVE).
 */
export async function ownOrganisation(deps: RegistryDeps, input: { bin: string; iin: string }): Promise<{ bin: string; name: string }> {
  try {
    const org = await lookupOrganisation(deps, { bin: input.bin, representativeIin: input.iin, by: 'applicant', who: 'portal:applicant' });
    return { bin: org.bin, name: org.name };
  } catch (e) {
    // A citizen does not learn whether someone else's BIN exists: no data and not theirs answer alike.
    if (e instanceof AppError && e.code === 'REGISTRY_NO_DATA') throw new AppError('NOT_A_REPRESENTATIVE', 'unprocessable', [{ field: 'applicantIin', code: 'NOT_A_REPRESENTATIVE' }]);
    throw e;
  }
}
