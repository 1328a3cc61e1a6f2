/**
 * Sign-up on the portal (ПЭП), as on the real e-government portal: the IIN must be a valid one
 * and the person must exist in the state database of individuals (ГБД ФЛ); the citizen's name
 * comes from there, never from the form. The account is created in the citizens' user pool.
 * Cheap checks run first, so a refused sign-up asks neither the registry nor the pool.
 */
import { AppError, ConflictError, ValidationError } from '../errors.js';
import { isValidIin } from '../iin.js';
import { passwordPolicy, passwordProblems } from '../password-policy.js';
import type { CitizenRegisterBody } from '../api-schemas.js';
import type { CitizenAccounts, PersonRecord, PersonRegistry } from '../../ports/index.js';

/** The name as the registry gives it: given name, patronymic, surname. */
export function displayName(p: PersonRecord): string {
  return [p.givenName, p.patronymic, p.surname].filter((x) => x && x.trim()).join(' ');
}

/** The checks that need nothing outside: the IIN's check digit and the password policy. */
export function checkSignUp(body: CitizenRegisterBody): void {
  if (!isValidIin(body.iin)) throw new ValidationError([{ field: 'iin', code: 'INVALID_IIN' }], 'INVALID_IIN');
  const problems = passwordProblems(body.password);
  if (problems.length) throw new ValidationError([{ field: 'password', code: 'PASSWORD_TOO_WEAK', params: { missing: problems, minLength: passwordPolicy.minLength } }], 'PASSWORD_TOO_WEAK');
}

export async function registerCitizen(deps: { registry: PersonRegistry; accounts: CitizenAccounts }, body: CitizenRegisterBody): Promise<{ iin: string; name: string }> {
  checkSignUp(body);
  const person = await deps.registry.findPerson(body.iin);
  if (!person) throw new AppError('PERSON_NOT_IN_REGISTRY', 'unprocessable');
  const name = displayName(person);
  const outcome = await deps.accounts.create({ iin: body.iin, password: body.password, name, ...(body.email ? { email: body.email } : {}), ...(body.phone ? { phone: body.phone } : {}) });
  if (outcome === 'exists') throw new ConflictError('CITIZEN_ALREADY_REGISTERED');
  return { iin: body.iin, name };
}
