/**
 * Registry lookup through the gateway (ШЭП): the applicant's data from the state database of
 * individuals (ГБД ФЛ), App.1 Table 3 step a3 (service centre) and Table 2 step a3 (agency
 * desk); no data is the regulation's motivated refusal (T3.a4, N5). Every lookup is audited by
 * the gateway: who asked, what, when, and the hash of the query.
 */
import { createHash } from 'node:crypto';
import { AppError, ValidationError } from '../errors.js';
import { isValidIin } from '../iin.js';
import type { AuditLog, PersonRecord, PersonRegistry } from '../../ports/index.js';

export interface RegistryDeps {
  registry: PersonRegistry;
  audit: AuditLog;
  clock: { now(): Date };
  newId: () => string;
}

export async function lookupPerson(deps: RegistryDeps, input: { iin: string; by: string }): Promise<{ lookupId: string; person: PersonRecord }> {
  if (!isValidIin(input.iin)) throw new ValidationError([{ field: 'iin', code: 'INVALID_IIN' }], 'INVALID_IIN');
  const lookupId = deps.newId();
  const at = deps.clock.now().toISOString();
  const person = await deps.registry.findPerson(input.iin);
  await deps.audit.record({
    requestId: `LOOKUP-${lookupId}`,
    what: `gateway→ГБД ФЛ:person.lookup:${person ? 'found' : 'no-data'}`,
    who: `staff:${input.by}`,
    when: at,
    messageSha256: createHash('sha256').update(`${lookupId}|${input.iin}`).digest('hex'),
    routedTo: 'gbd-fl',
  });
  if (!person) throw new AppError('REGISTRY_NO_DATA', 'unprocessable');
  return { lookupId, person };
}
