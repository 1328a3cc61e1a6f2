/**
 * The service catalogue. Definitions are validated once when this module loads; an invalid one
 * throws here, at start-up, with zod's description of what is wrong. A service may appear in more
 * than one version: requests keep the version they were filed under (findService(id, version)),
 * new ones get the latest.
 */
import { serviceDefinition, type ServiceDefinition } from '../service-definition.js';
import { providersOf } from '../providers.js';
import { archiveCertificate } from './archive-certificate.js';
import { numberingResource } from './numbering-resource.js';
import { unemployedCertificate } from './unemployed-certificate.js';
import { foreignMediaAccounting } from './foreign-media-accounting.js';
import { guardianshipCertificate } from './guardianship-certificate.js';
import { preschoolQueue } from './preschool-queue.js';
import { disabledChildrenSupport } from './disabled-children-support.js';
import { minorsDepositCertificate } from './minors-deposit-certificate.js';
import { minorsPropertyCertificate } from './minors-property-certificate.js';
import { housingQueue } from './housing-queue.js';
import { remHfdPermit, remHfdPermitV1 } from './rem-hfd-permit.js';
import { communicationsLicence } from './communications-licence.js';
import { foreignPeriodicalsAccounting, foreignPeriodicalsAccountingV2 } from './foreign-periodicals-accounting.js';
import { rfSpectrumPermit, rfSpectrumPermitV1 } from './rf-spectrum-permit.js';

const raw = [archiveCertificate, numberingResource, unemployedCertificate, foreignMediaAccounting, minorsDepositCertificate, minorsPropertyCertificate, guardianshipCertificate, disabledChildrenSupport, preschoolQueue, housingQueue, remHfdPermitV1, remHfdPermit, communicationsLicence, foreignPeriodicalsAccounting, foreignPeriodicalsAccountingV2, rfSpectrumPermitV1, rfSpectrumPermit];

export const services: readonly ServiceDefinition[] = raw.map((d) => {
  const parsed = serviceDefinition.safeParse(d);
  if (!parsed.success) {
    throw new Error(`service definition ${d.id} is invalid: ${parsed.error.message}`);
  }
  return parsed.data;
});

const byKey = new Map(services.map((s) => [`${s.id}@${s.version}`, s]));
const latest = new Map<string, ServiceDefinition>();
for (const s of services) {
  const cur = latest.get(s.id);
  if (!cur || cur.version < s.version) latest.set(s.id, s);
}

export function findService(id: string, version?: number): ServiceDefinition | undefined {
  return version === undefined ? latest.get(id) : byKey.get(`${id}@${version}`);
}

export function listServices(): ServiceDefinition[] {
  return [...latest.values()];
}

/**
 * The services an agency provides (latest definitions): those any catalogued version may route to
 * it, so requests filed under an older version still count where they were routed.
 */
export function servicesProvidedBy(agencyId: string): ServiceDefinition[] {
  const ids = new Set(services.filter((s) => providersOf(s).includes(agencyId)).map((s) => s.id));
  return listServices().filter((s) => ids.has(s.id));
}
