/**
 * Which agency provides a service for one request. Most regulations name one provider; some name
 * several and let where the applicant is choose (seed 004 regulation 6: the city department or the
 * Menovnoye rural district; seed 003 App.4: the Inspectorate where the resource is used). The
 * definition says so as data (`provider.byField`); everything that picks or lists an agency asks here.
 */
import { ValidationError } from './errors.js';
import type { ServiceDefinition } from './service-definition.js';

/**
 * The providing agency for a form filed under `def`; undefined when the choosing field holds a value
 * that is not one of its options (the form's validation refuses that with FIELD_NOT_ALLOWED).
 */
export function providerOf(def: Pick<ServiceDefinition, 'provider'>, form: Record<string, unknown>): string | undefined {
  const by = def.provider.byField;
  if (!by) return def.provider.agencyId;
  const v = form[by.field];
  if (v === undefined || v === null || v === '') return def.provider.agencyId;
  return typeof v === 'string' && Object.hasOwn(by.agencies, v) ? by.agencies[v] : undefined;
}

/**
 * Every agency a request for the service may be routed to, each once: the mapped agencies, and
 * `agencyId` unless the choosing field is required (then it is only the name the catalogue shows).
 */
export function providersOf(def: Pick<ServiceDefinition, 'provider' | 'form'>): string[] {
  const by = def.provider.byField;
  if (!by) return [def.provider.agencyId];
  const required = def.form.fields.find((f) => f.id === by.field)?.required === true;
  return [...new Set([...(required ? [] : [def.provider.agencyId]), ...Object.values(by.agencies)])];
}

/** The form field that chooses the provider, if the service has one. */
export const providerField = (def: Pick<ServiceDefinition, 'provider'>): string | undefined => def.provider.byField?.field;

/**
 * A corrected form (return for correction) must keep the provider the request was routed to at
 * filing: the request is already in that agency's inbox and journal, so the answer may not move it.
 */
export function assertSameProvider(def: Pick<ServiceDefinition, 'provider'>, form: Record<string, unknown>, agencyId: string): void {
  if (providerOf(def, form) !== agencyId) throw new ValidationError([{ field: `form.${providerField(def)}`, code: 'PROVIDER_FIELD_FIXED' }], 'PROVIDER_FIELD_FIXED');
}
