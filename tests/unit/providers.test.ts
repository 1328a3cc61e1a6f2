/**
 * Several providers chosen by the form (provider.byField): the catalogue refuses a choice that
 * does not map every option of a select to a known agency, and providerOf picks the agency the
 * definition version a request was filed under says.
 */
import { describe, expect, it } from 'vitest';
import { serviceDefinition, type ServiceDefinition } from '../../shared/domain/service-definition.js';
import { findService, servicesProvidedBy } from '../../shared/domain/services/index.js';
import { preschoolQueue } from '../../shared/domain/services/preschool-queue.js';
import { assertSameProvider, providerOf, providersOf } from '../../shared/domain/providers.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { agencies } from '../../shared/domain/agencies.js';
import { queues, userPools } from '../../cdk/resources.js';
import { agencyQueueId } from '../../shared/domain/agencies.js';
import { regulationMarkdown } from '../../shared/domain/regulation-doc.js';

const withBy = (byField: NonNullable<ServiceDefinition['provider']['byField']>) => ({ ...preschoolQueue, provider: { agencyId: 'oskemen-education', byField } });
const problems = (d: unknown) => {
  const r = serviceDefinition.safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('a provider chosen by a form field, checked when the catalogue loads', () => {
  const by = preschoolQueue.provider.byField!;

  it('accepts the preschool queue as defined', () => {
    expect(problems(preschoolQueue)).toEqual([]);
  });

  it('refuses a choosing field that is missing or not a select', () => {
    expect(problems(withBy({ ...by, field: 'childAddress' }))).toContain('provider.byField: form field childAddress must be a select');
    expect(problems(withBy({ ...by, field: 'nowhere' }))).toContain('provider.byField: form field nowhere must be a select');
  });

  it('refuses an option that maps to no agency, a mapping that is no option, and an unknown agency', () => {
    expect(problems(withBy({ ...by, agencies: { 'oskemen-city': 'oskemen-education' } }))).toContain('provider.byField: option menovnoye of locality maps to no agency');
    expect(problems(withBy({ ...by, agencies: { ...by.agencies, ulba: 'oskemen-education' } }))).toContain('provider.byField: ulba is not an option of locality');
    expect(problems(withBy({ ...by, agencies: { ...by.agencies, menovnoye: 'menovnoye-akimat' } }))).toContain('provider.byField: option menovnoye maps to unknown agency menovnoye-akimat');
  });
});

describe('providerOf', () => {
  it('follows the answer, a blank optional answer going to the named provider, and nothing for a value that is no option', () => {
    const def = findService('preschool-queue')!;
    expect(providerOf(def, { locality: 'menovnoye' })).toBe('menovnoye-akim');
    expect(providerOf(def, { locality: 'oskemen-city' })).toBe('oskemen-education');
    expect(providerOf(def, {})).toBe('oskemen-education');
    expect(providerOf(def, { locality: 'ulba' })).toBeUndefined();
    expect(providerOf(def, { locality: 'constructor' })).toBeUndefined();
    expect(providerOf(findService('archive-certificate')!, {})).toBe('mangystau-archives');
  });

  it('keeps a REM/HFD request filed under version 1 with the Committee, and sends version 2 to the region’s Inspectorate', () => {
    const v1 = findService('rem-hfd-permit', 1)!;
    const v2 = findService('rem-hfd-permit', 2)!;
    expect(findService('rem-hfd-permit')!.version).toBe(2);
    expect(providerOf(v1, { region: 'east-kazakhstan' })).toBe('mtc-communications-committee');
    expect(providerOf(v2, { region: 'east-kazakhstan' })).toBe('mtc-inspectorate-east-kazakhstan');
    expect(providerOf(v2, { region: 'mangystau' })).toBe('mtc-inspectorate-mangystau');
    // The region is required in version 2: the Committee is only the name the catalogue shows.
    expect(providersOf(v2)).toEqual(['mtc-inspectorate-east-kazakhstan', 'mtc-inspectorate-mangystau']);
    // The Committee still answers for the version-1 requests it holds.
    expect(servicesProvidedBy('mtc-communications-committee').map((s) => s.id)).toContain('rem-hfd-permit');
    expect(servicesProvidedBy('menovnoye-akim').map((s) => s.id)).toEqual(['preschool-queue']);
  });

  it('refuses a corrected form whose answer would move the request to another provider', () => {
    const def = findService('preschool-queue')!;
    expect(() => assertSameProvider(def, { locality: 'menovnoye' }, 'menovnoye-akim')).not.toThrow();
    expect(() => assertSameProvider(def, {}, 'oskemen-education')).not.toThrow();
    let thrown: unknown;
    try {
      assertSameProvider(def, { locality: 'oskemen-city' }, 'menovnoye-akim');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({ code: 'PROVIDER_FIELD_FIXED', fields: [{ field: 'form.locality', code: 'PROVIDER_FIELD_FIXED' }] });
  });

  it('gives every agency a service may route to a gateway queue and a staff group', () => {
    const routed = new Set([...agencies.map((a) => a.id)].filter((id) => servicesProvidedBy(id).length));
    for (const id of ['menovnoye-akim', 'mtc-inspectorate-east-kazakhstan', 'mtc-inspectorate-mangystau']) expect(routed.has(id)).toBe(true);
    const groups = userPools.find((p) => p.id === 'StaffPool')!.groups.map((g) => g.name);
    for (const id of routed) {
      expect(queues.map((q) => q.id)).toContain(agencyQueueId(id));
      expect(groups).toContain(`agency-${id}`);
    }
  });

  it('names every provider in the regulation document, in each language', () => {
    const en = regulationMarkdown(findService('rem-hfd-permit')!, 'en');
    expect(en).toContain('Providers: Communications and Informatization Inspectorate for East Kazakhstan Region');
    expect(en).toContain('Mangystau Region → Communications and Informatization Inspectorate for Mangystau Region');
    expect(regulationMarkdown(findService('preschool-queue')!, 'kk')).toContain('Қызмет берушілер: Өскемен қаласының білім беру бөлімі; Өскемен қаласының Меновной ауылдық округі әкімінің аппараты');
    expect(regulationMarkdown(findService('archive-certificate')!, 'en')).toMatch(/^Provider: Mangystau Oblast Department of Archives and Documentation {2}$/m);
  });
});
