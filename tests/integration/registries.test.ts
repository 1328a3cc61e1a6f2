/**
 * State registries through the gateway when staff file (seed 004 pattern C): a representative's
 * notarial power of attorney in the notaries' register (ЕНИС / БНАЖ) and a child's birth record in
 * the civil registry (ЗАГС / АХАЖ). A failed check is the regulation's refusal before any request
 * exists or any staff step runs; every lookup is in the gateway's audit log.
 */
import { describe, expect, it } from 'vitest';
import { samplePdf, type ApiClient } from '../../scripts/lib/client.js';
import { registerBirth, registerPowerOfAttorney } from '../../scripts/local/seed.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { waitStatus } from '../support/journey.js';
import { freshIin, newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { createCitizen } from '../../scripts/local/seed.js';

const ctx = usePlatform('registries');
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = 86_400_000;
const guardianship = { role: 'guardian', wardName: 'Серікова Айгерім Болатқызы', wardBirthDate: '2015-03-14', decisionNumber: '1245', decisionDate: '2024-06-20', address: 'Өскемен қ., Абай к-сі, 12 үй, 34 пәтер' };
const child = { childName: 'Серікова Айым Бекқызы', childBirthDate: '2023-04-12', childAddress: 'Өскемен қ., Абай даңғылы 10, 5' };

async function file(op: ApiClient, body: Record<string, unknown>, kind: string) {
  const up = await op.upload('doc.pdf', 'application/pdf', samplePdf(`doc ${Math.random()}`), undefined, '/v1/staff/uploads');
  return op.call('POST', '/v1/staff/requests', { applicantConsent: true, ...body, attachments: [{ uploadId: up.uploadId, kind, sha256: up.sha256 }] });
}

async function person() {
  const iin = freshIin();
  await createCitizen({ endpoint: ctx.platform.endpoint, region: ctx.platform.region }, ctx.platform.env.CITIZEN_POOL_ID!, iin);
  return iin;
}

describe('registries through the gateway', () => {
  it('files for an applicant through their representative only with a valid notarial power of attorney', async () => {
    const { iin: principal, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const attorney = await person();
    const stranger = await person();
    const now = new Date();
    const poa = { principalIin: principal, attorneyIin: attorney, notary: 'Нотариус Тест', issuedOn: iso(new Date(now.getTime() - 30 * day)), validUntil: iso(new Date(now.getTime() + 300 * day)) };
    const n = `POA-${Math.floor(Math.random() * 1e9)}`;
    await registerPowerOfAttorney({ number: `${n}-ok`, ...poa });
    await registerPowerOfAttorney({ number: `${n}-expired`, ...poa, validUntil: iso(new Date(now.getTime() - day)) });
    await registerPowerOfAttorney({ number: `${n}-revoked`, ...poa, revoked: true });
    await registerPowerOfAttorney({ number: `${n}-other`, ...poa, attorneyIin: stranger });
    const { client: op } = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const body = (number: string, rep = attorney) => ({ serviceId: 'guardianship-certificate', applicantIin: principal, language: 'ru', representative: { iin: rep, powerOfAttorney: number }, form: guardianship });

    for (const bad of [`${n}-missing`, `${n}-expired`, `${n}-revoked`, `${n}-other`]) {
      const r = await file(op, body(bad), 'akim-decision');
      expect(r.status, bad).toBe(422);
      expect(r.body.error.code, bad).toBe('POWER_OF_ATTORNEY_INVALID');
      expect(r.body.error.message).toContain('Доверенности нет в реестре нотариусов');
    }
    // Someone else presenting the applicant's power of attorney to the attorney.
    expect((await file(op, body(`${n}-ok`, stranger), 'akim-decision')).body.error.code).toBe('POWER_OF_ATTORNEY_INVALID');
    // Nothing was filed.
    expect((await citizen.call('GET', '/v1/requests')).body.items).toEqual([]);

    const ok = await file(op, body(`${n}-ok`), 'akim-decision');
    expect(ok.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${ok.body.requestId}`, ['IN_INBOX']);
    expect(view.representative).toEqual({ iin: attorney, powerOfAttorney: `${n}-ok` });
    expect(view.history[0].note).toContain(`poa ${n}-ok`);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'oskemen-education' });
    expect((await clerk.call('GET', `/v1/agency/requests/${ok.body.requestId}`)).body.representative).toEqual({ iin: attorney, powerOfAttorney: `${n}-ok` });

    // The gateway audited each lookup in the notaries' register (a test may scan; the product never does), without the IINs.
    const scanned = await ddbClient().send(new ScanCommand({ TableName: ctx.platform.env.AUDIT_TABLE!, FilterExpression: 'begins_with(#w, :p)', ExpressionAttributeNames: { '#w': 'what' }, ExpressionAttributeValues: { ':p': 'gateway→ЕНИС:' } }));
    const enis = scanned.Items ?? [];
    expect(enis.map((a) => a.what).sort()).toEqual([
      'gateway→ЕНИС:power-of-attorney.lookup:no-data',
      'gateway→ЕНИС:power-of-attorney.lookup:not-valid',
      'gateway→ЕНИС:power-of-attorney.lookup:not-valid',
      'gateway→ЕНИС:power-of-attorney.lookup:not-valid',
      'gateway→ЕНИС:power-of-attorney.lookup:not-valid',
      'gateway→ЕНИС:power-of-attorney.lookup:valid',
    ]);
    expect(JSON.stringify(enis)).not.toContain(principal);

    // A service whose regulation checks no power of attorney takes no representative.
    const archive = await file(op, { serviceId: 'unemployed-certificate', applicantIin: principal, representative: { iin: attorney, powerOfAttorney: `${n}-ok` }, form: { presentTo: 'В банк' } }, 'supporting-document');
    expect(archive.status).toBe(400);
    expect(archive.body.error.code).toBe('REPRESENTATIVE_NOT_OFFERED');
  });

  it('queues a child at a service centre only with the child’s birth record naming the applicant as a parent', async () => {
    const { iin: parent, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const other = await person();
    const childIin = freshIin();
    const strangersChild = freshIin();
    await registerBirth({ childIin, birthDate: '2023-04-12', parentIins: [parent], actNumber: `A-${Math.random()}` });
    await registerBirth({ childIin: strangersChild, birthDate: '2022-01-01', parentIins: [other], actNumber: `B-${Math.random()}` });
    const { client: op } = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const body = (form: Record<string, unknown>) => ({ serviceId: 'preschool-queue', applicantIin: parent, language: 'kk', form });

    const missing = await file(op, body(child), 'birth-certificate');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0]).toMatchObject({ field: 'form.childIin', code: 'FIELD_REQUIRED' });
    for (const iin of [freshIin(), strangersChild]) {
      const r = await file(op, body({ ...child, childIin: iin }), 'birth-certificate');
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('BIRTH_RECORD_NOT_FOUND');
      expect(r.body.error.message).toContain('АХАЖ');
    }
    const ok = await file(op, body({ ...child, childIin }), 'birth-certificate');
    expect(ok.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${ok.body.requestId}`, ['IN_INBOX']);
    expect(view.channel).toBe('service-centre');
    // On the portal the regulation checks no civil registry: the child's IIN is optional there.
    const up = await citizen.upload('birth.pdf', 'application/pdf', samplePdf(`b ${Math.random()}`));
    const portal = await citizen.submit(await citizen.signRequest({ applicantIin: parent, serviceId: 'preschool-queue', form: child, attachments: [{ uploadId: up.uploadId, kind: 'birth-certificate', sha256: up.sha256 }], language: 'kk' }));
    expect(portal.status).toBe(202);
  });
});
