/**
 * Demo people for the local cloud: citizens (username = IIN) and staff with their groups.
 * Synthetic: the IINs are valid by check digit and belong to no one.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { agencyGroup, roleGroup } from '../../cdk/resources.js';
import { completeIin } from '../../shared/domain/iin.js';
import { sdkConfig, type AwsTarget } from './provision.js';

export const DEMO_PASSWORD = 'Demo-Passw0rd';

export const demoCitizens = [
  { iin: completeIin('88031540012')!, name: 'Айгүл Серікқызы Жұмабаева' },
  { iin: completeIin('91072530045')!, name: 'Нұрлан Бекұлы Ахметов' },
  { iin: completeIin('75111240078')!, name: 'Ольга Петровна Ким' },
];

/** A child of the first demo citizen's in the civil registry (for the preschool queue at a service centre). */
export const demoChild = completeIin('22051760031')!;

/** A legal entity whose director is the first demo citizen (she may sign for it with a BIN certificate). */
export const demoOrganisation = { bin: completeIin('05034000123')!, name: 'ТОО «Маңғыстау Құрылыс»' };

export const demoStaff = [
  { username: 'clerk.archives', name: 'Сәуле Мұратқызы Төлеуова', groups: [roleGroup('clerk'), agencyGroup('mangystau-archives')], iin: completeIin('79061140023')! },
  { username: 'head.archives', name: 'Ерлан Сапарұлы Омаров', groups: [roleGroup('head'), agencyGroup('mangystau-archives')], iin: completeIin('71092230017')! },
  { username: 'clerk.vko', name: 'Дина Асқарқызы Сейітова', groups: [roleGroup('clerk'), agencyGroup('vko-internal-policy')], iin: completeIin('86120440031')! },
  // Seed 002's internal chain: the head's resolution, the department head's, the specialist's draft, the head's signature.
  { username: 'head.vko', name: 'Қайрат Ермекұлы Жұмабаев', groups: [roleGroup('head'), agencyGroup('vko-internal-policy')], iin: completeIin('70031540025')! },
  { username: 'depthead.vko', name: 'Гүлнар Серікқызы Әлиева', groups: [roleGroup('department-head'), agencyGroup('vko-internal-policy')] },
  { username: 'specialist.vko', name: 'Тимур Арманұлы Бекетов', groups: [roleGroup('specialist'), agencyGroup('vko-internal-policy')], iin: completeIin('90102340047')! },
  // The preschool queue's second provider, and the REM/HFD permit's Inspectorates (one region each).
  { username: 'clerk.menovnoye', name: 'Айгүл Серікқызы Жақыпова', groups: [roleGroup('clerk'), agencyGroup('menovnoye-akim')], iin: completeIin('88030540045')! },
  { username: 'clerk.insp.vko', name: 'Бауыржан Ермекұлы Нұрланов', groups: [roleGroup('clerk'), agencyGroup('mtc-inspectorate-east-kazakhstan')], iin: completeIin('83071130028')! },
  { username: 'clerk.insp.mng', name: 'Гүлнар Асанқызы Әбдірова', groups: [roleGroup('clerk'), agencyGroup('mtc-inspectorate-mangystau')], iin: completeIin('90112240036')! },
  // Decides seed 003's licence and RF permit, so a fee before signing and one after approval can be tried end to end on the portal.
  { username: 'clerk.committee', name: 'Руслан Ержанұлы Нұршабеков', groups: [roleGroup('clerk'), agencyGroup('mtc-communications-committee')], iin: completeIin('82040930027')! },
  { username: 'operator.con', name: 'Арман Бауыржанұлы Қасымов', groups: [roleGroup('operator')], iin: completeIin('85020330012')! },
  { username: 'admin.nuc', name: 'Марат Ғалымұлы Исаев', groups: [roleGroup('ca-admin')] },
];

async function ensureUser(c: CognitoIdentityProviderClient, poolId: string, username: string, name: string, password: string, groups: string[]) {
  try {
    await c.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'name', Value: name }] }));
  } catch (e) {
    if ((e as { name?: string }).name !== 'UsernameExistsException') throw e;
  }
  await c.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
  for (const g of groups) await c.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: username, GroupName: g }));
}

/** Creates one citizen (tests use their own fresh IINs), who also exists in the state database of individuals. */
export async function createCitizen(target: AwsTarget, poolId: string, iin: string, password = DEMO_PASSWORD, name = 'Test Citizen') {
  await ensureUser(new CognitoIdentityProviderClient(sdkConfig(target)), poolId, iin, name, password, []);
  await registerPerson(iin, name);
}

/** Birth date from an IIN: YYMMDD, and the 7th digit gives century and sex (1–2: 1800s, 3–4: 1900s, 5–6: 2000s). */
function birthDateOf(iin: string): string {
  const century = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 }[iin[6]!] ?? 1900;
  return `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}

/** Puts a legal entity into the simulated ГБД ЮЛ with the people entitled to represent it. */
export async function registerOrganisation(bin: string, name: string, representatives: string[]): Promise<void> {
  const { personRegistry } = await import('../../shared/adapters/wiring/core.js');
  await personRegistry().putOrganisation({ bin, name, representatives });
}

/** Puts a notarial power of attorney into the simulated notaries' register (ЕНИС). */
export async function registerPowerOfAttorney(p: import('../../shared/ports/index.js').PowerOfAttorneyRecord): Promise<void> {
  const { personRegistry } = await import('../../shared/adapters/wiring/core.js');
  await personRegistry().putPowerOfAttorney(p);
}

/** Puts a birth record into the simulated civil registry (ЗАГС). */
export async function registerBirth(b: import('../../shared/ports/index.js').BirthRecord): Promise<void> {
  const { personRegistry } = await import('../../shared/adapters/wiring/core.js');
  await personRegistry().putBirthRecord(b);
}

/** Puts a person into the simulated ГБД ФЛ (names as "Given Patronymic Surname" or "Given Surname"). */
export async function registerPerson(iin: string, name: string): Promise<void> {
  const { personRegistry } = await import('../../shared/adapters/wiring/core.js');
  const parts = name.trim().split(/\s+/);
  const [givenName = name, ...rest] = parts;
  const surname = rest.pop() ?? '';
  await personRegistry().putPerson({ iin, givenName, surname, ...(rest.length ? { patronymic: rest.join(' ') } : {}), birthDate: birthDateOf(iin) });
}

export async function createStaff(target: AwsTarget, poolId: string, username: string, groups: string[], password = DEMO_PASSWORD) {
  await ensureUser(new CognitoIdentityProviderClient(sdkConfig(target)), poolId, username, username, password, groups);
}

export async function seedDemoUsers(target: AwsTarget, env: Record<string, string>): Promise<void> {
  const c = new CognitoIdentityProviderClient(sdkConfig(target));
  const citizenPool = env.CITIZEN_POOL_ID!;
  const staffPool = env.STAFF_POOL_ID!;
  for (const p of demoCitizens) {
    await ensureUser(c, citizenPool, p.iin, p.name, DEMO_PASSWORD, []);
    await registerPerson(p.iin, p.name);
  }
  await registerOrganisation(demoOrganisation.bin, demoOrganisation.name, [demoCitizens[0]!.iin]);
  // The notaries' register and the civil registry: the first demo citizen's power of attorney to the
  // second (number DEMO-POA-1, a year), and a child of the first's (IIN demoChild).
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  await registerPowerOfAttorney({ number: 'DEMO-POA-1', principalIin: demoCitizens[0]!.iin, attorneyIin: demoCitizens[1]!.iin, notary: 'Нотариус Демо', issuedOn: iso(today), validUntil: iso(new Date(today.getTime() + 365 * 86_400_000)) });
  await registerBirth({ childIin: demoChild, birthDate: '2022-05-17', parentIins: [demoCitizens[0]!.iin], actNumber: 'DEMO-1' });
  for (const s of demoStaff) {
    await ensureUser(c, staffPool, s.username, s.name, DEMO_PASSWORD, s.groups);
    // Clerks and heads sign results and desk filings, the service-centre operator the requests filed for citizens.
    if ('iin' in s && s.iin) await enrollStaffKey(s.username, s.name, s.iin);
  }
}

/**
 * Gives a staff member their own KMS signing key and a certificate from the centre (in AWS an
 * operator does this once per employee with the same code). Uses the process's configuration.
 */
/** A staff member's own KMS signing key and certificate (with their IIN where they file for citizens). */
export async function enrollStaffKey(username: string, commonName = username, iin?: string): Promise<void> {
  const { pkiStore, caRootSigner, caIssuingSigner, staffSigner } = await import('../../shared/adapters/wiring/pki.js');
  const { kmsClient } = await import('../../shared/adapters/kms-client.js');
  const { createStaffSigningKey } = await import('../../shared/adapters/kms-staff-keys.js');
  const { enrollStaffSigningKey } = await import('../../shared/domain/use-cases/pki.js');
  await enrollStaffSigningKey(
    { pki: pkiStore(), rootSigner: caRootSigner(), issuingSigner: caIssuingSigner(), clock: { now: () => new Date() }, createKey: (u) => createStaffSigningKey(kmsClient(), u), signerFor: staffSigner },
    { username, commonName, ...(iin ? { iin } : {}) },
  );
}
