/**
 * Digital signatures through the running platform: the certification centre's API, condition 2
 * refusals (process 5) with their own codes in the citizen's language, the evidence kept at
 * intake, and public verification of the clerk-signed result.
 */
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { ddbClient } from '../../shared/adapters/clients.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { DynamoAuditLog } from '../../shared/adapters/dynamo-audit-log.js';
import { WebCryptoKeySigner } from '../../shared/pki/webcrypto-signer.js';
import { createCsr, parseCertificate, parseCrl } from '../../shared/pki/x509.js';
import { ApiClient, archiveForm, samplePdf, signRequestWith, type CitizenSigner, type RequestInput } from '../../scripts/lib/client.js';
import { freshIin, newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';
import { testCa } from '../support/test-ca.js';
import { messages } from '../../shared/domain/messages.js';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrollKey, signRequestFile } from '../../scripts/eds.js';
import { DEMO_PASSWORD, registerOrganisation } from '../../scripts/local/seed.js';
import { completeIin } from '../../shared/domain/iin.js';

const ctx = usePlatform('eds');

async function requestInput(citizen: ApiClient, iin: string): Promise<RequestInput> {
  const up = await citizen.upload('work-book.pdf', 'application/pdf', samplePdf(`eds ${Math.random()}`));
  return { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] };
}

/** Submits a body, waits for the signature check, and returns the citizen's view of the request. */
async function submitAndSettle(citizen: ApiClient, body: unknown) {
  const r = await citizen.submit(body);
  expect(r.status).toBe(202);
  return waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['SIGNATURE_REJECTED', 'IN_INBOX', 'REGISTERED']);
}

describe('the certification centre', () => {
  it('issues a signing certificate for the caller’s own IIN and refuses a CSR for anyone else’s', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'kk');
    const own = client.signer!;
    const cert = parseCertificate(own.certDer);
    expect(cert.subject.iin).toBe(iin);
    expect(cert.keyUsage).toMatchObject({ digitalSignature: true, nonRepudiation: true });

    const key = await WebCryptoKeySigner.generate();
    const other = await createCsr({ signer: key, subject: { commonName: 'Someone Else', iin: freshIin() } });
    const refused = await client.call('POST', '/v1/pki/certificates', { csr: Buffer.from(other).toString('base64'), usage: 'signing' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('CSR_IIN_MISMATCH');

    const garbage = await client.call('POST', '/v1/pki/certificates', { csr: randomBytes(300).toString('base64'), usage: 'signing' });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe('CSR_INVALID');

    const anonymous = await new ApiClient(ctx.api).call('POST', '/v1/pki/certificates', { csr: Buffer.from(other).toString('base64'), usage: 'signing' });
    expect(anonymous.status).toBe(401);
  });

  it('revokes at the owner’s request, answers status queries and lists the serial in a CRL signed by the issuing CA', async () => {
    const { iin, client } = await newCitizen(ctx.platform);
    const spare = await client.enroll(iin, 'Spare key');
    expect((await client.call('GET', `/v1/pki/status/${spare.serialNumber}`)).body.status).toBe('good');

    const stranger = (await newCitizen(ctx.platform)).client;
    const notYours = await stranger.call('POST', `/v1/pki/certificates/${spare.serialNumber}/revoke`);
    expect(notYours.status).toBe(404);
    expect((await client.call('GET', `/v1/pki/status/${spare.serialNumber}`)).body.status).toBe('good');

    const revoked = await client.call('POST', `/v1/pki/certificates/${spare.serialNumber}/revoke`);
    expect(revoked.status).toBe(200);
    const status = await new ApiClient(ctx.api).call('GET', `/v1/pki/status/${spare.serialNumber}`);
    expect(status.body).toMatchObject({ status: 'revoked', serialNumber: spare.serialNumber });
    expect((await new ApiClient(ctx.api).call('GET', '/v1/pki/status/00ff00ff00ff')).body.status).toBe('unknown');

    const crlRes = await fetch(`${ctx.api}/v1/pki/crl`);
    expect(crlRes.headers.get('content-type')).toBe('application/pkix-crl');
    const crl = parseCrl(new Uint8Array(await crlRes.arrayBuffer()));
    expect(crl.revoked.has(spare.serialNumber)).toBe(true);
    const issuing = parseCertificate(spare.chain[0]!);
    expect(crl.verify(issuing)).toBe(true);
    // A second download is the same published CRL, not a freshly signed one.
    const again = new Uint8Array(await (await fetch(`${ctx.api}/v1/pki/crl`)).arrayBuffer());
    expect(parseCrl(again).thisUpdate.getTime()).toBe(crl.thisUpdate.getTime());
  });
});

describe('the citizen’s CLI (npm run eds)', () => {
  it('keeps the private key on disk on the citizen’s side, and its signature is accepted', async () => {
    const { iin, client } = await newCitizen(ctx.platform);
    const dir = mkdtempSync(join(tmpdir(), 'eqyzmet-keys-'));
    const stored = await enrollKey({ api: ctx.api, iin, password: DEMO_PASSWORD, dir });
    expect(stored.privateJwk.d).toBeTruthy(); // the private key is here…
    expect(statSync(join(dir, `${iin}-signing.json`)).mode & 0o077).toBe(0); // …readable by its owner only
    expect((await client.call('GET', `/v1/pki/status/${stored.serialNumber}`)).body.status).toBe('good');
    const input = await requestInput(client, iin);
    const view = await submitAndSettle(client, await signRequestFile(dir, iin, input));
    expect(['REGISTERED', 'IN_INBOX']).toContain(view.status); // condition 2 passed
    await expect(signRequestFile(dir, iin, { ...input, applicantIin: freshIin() })).rejects.toThrow(/another applicant/);
    await expect(enrollKey({ api: ctx.api, iin, password: 'wrong-Passw0rd', dir })).rejects.toThrow(/sign-in refused: 401/);
  });
});

describe('condition 2 at intake', () => {
  const refusedWith = async (code: string, make: (c: { iin: string; client: ApiClient; input: RequestInput }) => Promise<unknown>) => {
    const { iin, client } = await newCitizen(ctx.platform, 'kk');
    const input = await requestInput(client, iin);
    const view = await submitAndSettle(client, await make({ iin, client, input }));
    expect(view.status).toBe('SIGNATURE_REJECTED');
    expect(view.refusal.code).toBe(code);
    // Process 5, in the citizen's language, naming this failure.
    expect(view.refusal.message).toContain(messages.SIGNATURE_REFUSED.kk);
    expect(view.refusal.message).toContain((messages as unknown as Record<string, { kk: string }>)[code]!.kk);
    const last = view.history.at(-1);
    expect(last).toMatchObject({ event: 'signature.refused', outcome: code });
    expect(view.resultAvailable).toBe(false);
  };

  it('accepts a request signed with the applicant’s own signing key and keeps the evidence', async () => {
    const { iin, client } = await newCitizen(ctx.platform);
    const input = await requestInput(client, iin);
    const view = await submitAndSettle(client, await client.signRequest(input));
    expect(view.status).not.toBe('SIGNATURE_REJECTED');
    const record = await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(view.requestId);
    const ev = record!.signatureEvidence!;
    expect(ev.signerCertificate).toBe(Buffer.from(client.signer!.certDer).toString('base64'));
    expect(ev.signerSerial).toBe(client.signer!.serialNumber);
    expect(ev.revocation).toMatchObject({ status: 'good', source: 'e-qyzmet-nuc' });
    expect(Date.parse(ev.checkedAt)).toBeGreaterThan(0);
    expect(record!.signature.value.length).toBeGreaterThan(500);
  });

  it('refuses an authentication key with EDS_WRONG_KEY_USAGE', () =>
    refusedWith('EDS_WRONG_KEY_USAGE', async ({ iin, client, input }) => signRequestWith(await client.enroll(iin, 'Auth', 'authentication'), input)));

  it('refuses a revoked certificate with EDS_REVOKED', () =>
    refusedWith('EDS_REVOKED', async ({ iin, client, input }) => {
      const s = await client.enroll(iin, 'Lost key');
      expect((await client.call('POST', `/v1/pki/certificates/${s.serialNumber}/revoke`)).status).toBe(200);
      return signRequestWith(s, input);
    }));

  it('refuses another person’s certificate with EDS_IIN_MISMATCH', () =>
    refusedWith('EDS_IIN_MISMATCH', async ({ input }) => {
      const other = await newCitizen(ctx.platform);
      return signRequestWith(other.client.signer!, input);
    }));

  it('refuses a form changed after signing with EDS_INVALID_SIGNATURE', () =>
    refusedWith('EDS_INVALID_SIGNATURE', async ({ client, input }) => {
      const body = await client.signRequest(input);
      return { ...body, form: { ...body.form, periodTo: 2005 } };
    }));

  it('refuses a signature whose attachment hash is not the uploaded scan’s with EDS_INVALID_SIGNATURE', () =>
    refusedWith('EDS_INVALID_SIGNATURE', async ({ client, input }) => {
      const signed = await client.signRequest({ ...input, attachments: input.attachments.map((a) => ({ ...a, sha256: '0'.repeat(64) })) });
      return { ...signed, attachments: input.attachments };
    }));

  it('refuses a certificate from a foreign certification centre with EDS_UNTRUSTED_CHAIN', () =>
    refusedWith('EDS_UNTRUSTED_CHAIN', async ({ iin, input }) => {
      const foreign = await testCa('Foreign');
      const p = await foreign.person({ commonName: 'Same IIN, other CA', iin });
      const signer: CitizenSigner = { key: p.key, certDer: p.cert, chain: [foreign.issuing, foreign.root], serialNumber: p.serialNumber };
      return signRequestWith(signer, input);
    }));

  it('refuses a signing time in the future with EDS_NOT_YET_VALID', () =>
    refusedWith('EDS_NOT_YET_VALID', async ({ client, input }) => client.signRequest(input, new Date(Date.now() + 3 * 86_400_000))));
});

describe('a legal entity’s representative (IIN and BIN)', () => {
  it('gets a certificate with the BIN only for an organisation ГБД ЮЛ says they represent, and both are checked', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'ru');
    const bin = completeIin(`0503400${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`) ?? completeIin('05034000123')!;
    await registerOrganisation(bin, 'ТОО «Тест»', [iin]);
    const org = { bin, organisation: 'ТОО «Тест»' };
    const rep = await client.enroll(iin, 'Директор', 'signing', undefined, org);
    expect(parseCertificate(rep.certDer).subject).toMatchObject({ iin, bin });

    // Someone who does not represent it is refused a certificate with that BIN.
    const stranger = await newCitizen(ctx.platform);
    await expect(stranger.client.enroll(stranger.iin, 'Not a director', 'signing', undefined, org)).rejects.toThrow(/403.*CSR_BIN_NOT_REPRESENTED/);

    // Filed for the organisation and signed with the BIN certificate: condition 2 passes.
    const input = { ...(await requestInput(client, iin)), applicantBin: bin };
    const ok = await submitAndSettle(client, await signRequestWith(rep, input));
    expect(['REGISTERED', 'IN_INBOX']).toContain(ok.status);
    // The representative's personal certificate (no BIN) for the organisation: refused.
    const personal = await submitAndSettle(client, await signRequestWith(client.signer!, { ...(await requestInput(client, iin)), applicantBin: bin }));
    expect(personal).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_BIN_MISMATCH' } });
    // The BIN certificate for another organisation's request: refused.
    const otherBin = completeIin('05034000123')!;
    const other = await submitAndSettle(client, await signRequestWith(rep, { ...(await requestInput(client, iin)), applicantBin: otherBin === bin ? completeIin('06034000456')! : otherBin }));
    expect(other).toMatchObject({ status: 'SIGNATURE_REJECTED', refusal: { code: 'EDS_BIN_MISMATCH' } });
    // A malformed BIN is refused at intake.
    const bad = await client.submit({ ...(await client.signRequest(await requestInput(client, iin))), applicantBin: '123456789012' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'applicantBin', code: 'INVALID_BIN' });
  });
});

describe('a service for legal entities only (seed 003, numbering resource)', () => {
  it('is filed by a representative with the BIN, decided by the Committee, and refused without a BIN', async () => {
    const { iin, client } = await newCitizen(ctx.platform, 'ru');
    const bin = completeIin(`0604400${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`) ?? completeIin('06044000456')!;
    await registerOrganisation(bin, 'АО «Телеком-Тест»', [iin]);
    const rep = await client.enroll(iin, 'Директор', 'signing', undefined, { bin, organisation: 'АО «Телеком-Тест»' });
    const up = await client.upload('plan.pdf', 'application/pdf', samplePdf(`plan ${Math.random()}`));
    const input = {
      applicantIin: iin,
      applicantBin: bin,
      serviceId: 'numbering-resource',
      form: { action: 'allocate', numberRange: '7292 40 00 00 – 7292 40 99 99', licenceNumber: 'ЛС-0001234', justification: 'Расширение сети в Актау.' },
      attachments: [{ uploadId: up.uploadId, kind: 'network-plan', sha256: up.sha256 }],
    };
    const withoutBin = await client.submit(await client.signRequest({ ...input, applicantBin: undefined }));
    expect(withoutBin.status).toBe(400);
    expect(withoutBin.body.error.fields[0]).toMatchObject({ field: 'applicantBin', code: 'FIELD_REQUIRED' });

    const r = await client.submit(await signRequestWith(rep, input));
    expect(r.status).toBe(202);
    const inbox = await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(inbox.status).toBe('IN_INBOX');
    expect(inbox.registrationNumber).toMatch(/^MTC-KSI-\d{4}-\d{6}$/);
    expect(inbox.history.map((h: { stepId: string }) => h.stepId).slice(0, 4)).toEqual(['T1.a4', 'T1.a6', 'T1.a7', 'T1.a9']);

    // Only the Committee sees it; the archive's clerk does not.
    const archives = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    expect((await archives.client.call('GET', `/v1/agency/requests/${r.body.requestId}`)).status).toBe(404);
    const committee = await newStaff(ctx.platform, { agencyId: 'mtc-communications-committee' });
    expect((await committee.client.call('POST', `/v1/agency/requests/${r.body.requestId}/take`)).status).toBe(200);
    const d = await committee.client.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'approve', resultFields: { orderText: 'Выделить АО «Телеком-Тест» нумерационный ресурс 7292 40 00 00 – 7292 40 99 99.', orderNumber: '123-п' } });
    expect(d.status).toBe(202);
    const done = await waitStatus(client, `/v1/requests/${r.body.requestId}`, ['COMPLETED']);
    expect(done.resultAvailable).toBe(true);
    const link = (await client.call('GET', `/v1/requests/${r.body.requestId}/result`)).body;
    const report = (await new ApiClient(ctx.api).call('GET', `/v1/verify/${link.documentId}`)).body;
    expect(report).toMatchObject({ authentic: true, service: { id: 'numbering-resource' }, decision: 'approved' });
  });
});

describe('filing at a service centre on a citizen’s behalf (¶7, Table 3)', () => {
  async function operatorFiles(operator: ApiClient, applicantIin: string, extra: Record<string, unknown> = {}) {
    const up = await operator.upload('work-book.pdf', 'application/pdf', samplePdf(`con ${Math.random()}`), undefined, '/v1/staff/uploads');
    return operator.call('POST', '/v1/staff/requests', {
      serviceId: 'archive-certificate',
      applicantIin,
      applicantConsent: true,
      form: archiveForm,
      attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }],
      ...extra,
    });
  }

  it('is signed with the operator’s own key, checked against the operator’s IIN, and lands in the citizen’s cabinet', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const r = await operatorFiles(op.client, iin, { language: 'ru' });
    expect(r.body).toMatchObject({ status: 'SUBMITTED' });
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view.status).toBe('IN_INBOX');
    expect(view.channel).toBe('service-centre');
    expect(view.history[0]).toMatchObject({ event: 'request.submitted', stepId: 'T3.a5', actor: { kind: 'operator', name: 'Оператор ЦОН' } });
    expect(view.history.map((h: { stepId: string }) => h.stepId).slice(0, 3)).toEqual(['T3.a5', 'T3.a6', 'T3.a7']);

    const record = await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(r.body.requestId);
    expect(record!.applicantIin).toBe(iin);
    expect(record!.filedBy).toEqual({ kind: 'operator', username: op.username, iin: op.iin });
    const signerCert = parseCertificate(new Uint8Array(Buffer.from(record!.signatureEvidence!.signerCertificate!, 'base64')));
    expect(signerCert.subject.iin).toBe(op.iin);
    expect(record!.signatureEvidence!.revocation).toMatchObject({ status: 'good' });

    // A retried filing with the same Idempotency-Key is the same request, not a second one.
    const up = await op.client.upload('passport.pdf', 'application/pdf', samplePdf(`retry ${Math.random()}`), undefined, '/v1/staff/uploads');
    const body = { serviceId: 'archive-certificate', applicantIin: iin, applicantConsent: true, form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] };
    const first = await op.client.call('POST', '/v1/staff/requests', body, { 'idempotency-key': `con-retry-${up.uploadId}` });
    const second = await op.client.call('POST', '/v1/staff/requests', body, { 'idempotency-key': `con-retry-${up.uploadId}` });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.requestId).toBe(first.body.requestId);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    // Another operator cannot attach this operator's upload.
    const other = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const stolen = await other.client.call('POST', '/v1/staff/requests', body);
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.fields[0].code).toBe('UPLOAD_NOT_FOUND');
  });

  it('at the agency desk (¶6, Table 2), is filed and signed by a clerk of the providing agency only', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const clerk = await newStaff(ctx.platform, { agencyId: 'mangystau-archives' });
    const r = await operatorFiles(clerk.client, iin);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view).toMatchObject({ status: 'IN_INBOX', channel: 'agency-desk' });
    expect(view.history[0]).toMatchObject({ stepId: 'T2.a5', actor: { kind: 'staff' } });
    const record = await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(r.body.requestId);
    expect(record!.filedBy).toEqual({ kind: 'clerk', username: clerk.username, iin: clerk.iin });
    // Another agency's clerk may not file for this service at their desk.
    const other = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    const refused = await operatorFiles(other.client, iin);
    expect(refused.status).toBe(403);
  });

  it('looks the applicant up in ГБД ФЛ through the gateway first (T3.a3), and refuses a person with no data (T3.a4)', async () => {
    const { iin } = await newCitizen(ctx.platform, 'ru');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const found = await op.client.call('GET', `/v1/staff/registry/persons/${iin}`);
    expect(found.status).toBe(200);
    expect(found.body.person).toMatchObject({ iin, givenName: 'Test', surname: 'Citizen' });
    expect(found.body.person.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const audit = await new DynamoAuditLog(ddbClient(), ctx.platform.env.AUDIT_TABLE!).list(`LOOKUP-${found.body.lookupId}`);
    expect(audit).toMatchObject([{ what: 'gateway→ГБД ФЛ:person.lookup:found', who: `staff:${op.username}` }]);

    const nobody = freshIin();
    const missing = await op.client.call('GET', `/v1/staff/registry/persons/${nobody}`);
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('REGISTRY_NO_DATA');
    expect(missing.body.error.message).toContain('ГБД ФЛ');
    const filed = await operatorFiles(op.client, nobody, { language: 'ru' });
    expect(filed.status).toBe(422);
    expect(filed.body.error.code).toBe('REGISTRY_NO_DATA');
    expect((await op.client.call('GET', '/v1/staff/registry/persons/123')).status).toBe(400);
    // Citizens cannot reach the registry at all; a certification-centre admin has no business there.
    const { client: admin } = await newStaff(ctx.platform, { role: 'ca-admin', agencyId: '' });
    expect((await admin.call('GET', `/v1/staff/registry/persons/${iin}`)).status).toBe(403);
  });

  it('is refused with EDS_REVOKED when the operator’s certificate is revoked, and asks for consent and a valid IIN', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const op = await newStaff(ctx.platform, { role: 'operator', agencyId: '' });
    const noConsent = await op.client.call('POST', '/v1/staff/requests', { serviceId: 'archive-certificate', applicantIin: iin, form: archiveForm });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.fields.map((f: { field: string }) => f.field)).toContain('applicantConsent');
    const badIin = await op.client.call('POST', '/v1/staff/requests', { serviceId: 'archive-certificate', applicantIin: '123456789012', applicantConsent: true, form: archiveForm });
    expect(badIin.status).toBe(400);
    expect(badIin.body.error.fields[0]).toMatchObject({ field: 'applicantIin', code: 'INVALID_IIN' });
    // A citizen may not use the service-centre channel on the portal.
    const input = await requestInput(citizen, iin);
    const viaCon = await citizen.submit(await citizen.signRequest({ ...input, channel: 'service-centre' }));
    expect(viaCon.status).toBe(400);
    expect(viaCon.body.error.code).toBe('CHANNEL_NOT_OFFERED');

    const { client: admin } = await newStaff(ctx.platform, { role: 'ca-admin', agencyId: '' });
    const { PkiStore } = { PkiStore: (await import('../../shared/adapters/dynamo-pki-store.js')).DynamoPkiStore };
    const staffKey = await new PkiStore(ddbClient(), ctx.platform.env.PKI_TABLE!).getStaffKey(op.username);
    expect((await admin.call('POST', `/v1/staff/pki/certificates/${staffKey!.certSerial}/revoke`)).status).toBe(200);
    const r = await operatorFiles(op.client, iin);
    expect(r.status).toBe(202);
    const view = await waitStatus(citizen, `/v1/requests/${r.body.requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
    expect(view.status).toBe('SIGNATURE_REJECTED');
    expect(view.refusal.code).toBe('EDS_REVOKED');
    expect(view.refusal.message).toContain(messages.SIGNATURE_REFUSED.kk);
  });
});

describe('a result signed by the clerk', () => {
  it('is verifiable by anyone, and one changed byte makes it invalid', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'kk');
    const { requestId } = await submitArchiveRequest(citizen, iin, { language: 'kk' });
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { username, client: clerk } = await newStaff(ctx.platform);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody)).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED']);

    const link = (await citizen.call('GET', `/v1/requests/${requestId}/result`)).body;
    const pdf = new Uint8Array(await (await fetch(link.url)).arrayBuffer());
    const anyone = new ApiClient(ctx.api, 'kk');
    const report = await anyone.call('GET', `/v1/verify/${link.documentId}`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      authentic: true,
      documentId: link.documentId,
      registrationNumber: done.registrationNumber,
      decision: 'approved',
      service: { id: 'archive-certificate' },
      signature: { valid: true },
      certificate: { chainsToNationalRoot: true, validAtSigning: true, validNow: true, status: 'good' },
    });
    expect(report.body.sha256).toBe(link.sha256);
    expect(report.body.agency.kk).toBeTruthy();
    expect(report.body.signer.name).toBeTruthy();
    expect(JSON.stringify(report.body)).not.toContain(iin);

    // The signature file next to the PDF, checked through POST /v1/verify.
    const record = await new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!).get(requestId);
    const s3 = new S3Client({ endpoint: ctx.platform.endpoint, region: 'us-east-1', forcePathStyle: true });
    const p7s = await (await s3.send(new GetObjectCommand({ Bucket: ctx.platform.env.RESULTS_BUCKET!, Key: record!.result!.signatureKey! }))).Body!.transformToByteArray();
    const posted = await anyone.call('POST', '/v1/verify', { pdf: Buffer.from(pdf).toString('base64'), signature: Buffer.from(p7s).toString('base64') });
    expect(posted.body).toMatchObject({ authentic: true, signature: { valid: true } });

    const tampered = Uint8Array.from(pdf);
    const mid = Math.floor(tampered.length / 2);
    tampered[mid] = tampered[mid]! ^ 0x01;
    const bad = await anyone.call('POST', '/v1/verify', { pdf: Buffer.from(tampered).toString('base64'), signature: Buffer.from(p7s).toString('base64') });
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ authentic: false, signature: { valid: false, reason: 'EDS_INVALID_SIGNATURE' } });
    const notSignature = await anyone.call('POST', '/v1/verify', { pdf: Buffer.from(pdf).toString('base64'), signature: randomBytes(300).toString('base64') });
    expect(notSignature.body).toMatchObject({ authentic: false, signature: { valid: false, reason: 'EDS_MALFORMED' } });

    // Revoking the clerk's certificate later: still valid at signing, no longer valid now.
    const { client: admin } = await newStaff(ctx.platform, { role: 'ca-admin', agencyId: '' });
    expect((await clerk.call('POST', `/v1/staff/pki/certificates/${record!.result!.signerSerial}/revoke`)).status).toBe(403);
    expect((await admin.call('POST', `/v1/staff/pki/certificates/${record!.result!.signerSerial}/revoke`)).status).toBe(200);
    const later = (await anyone.call('GET', `/v1/verify/${link.documentId}`)).body;
    expect(later).toMatchObject({ authentic: true, certificate: { validAtSigning: true, validNow: false, status: 'revoked' } });
    expect(username).toBeTruthy();

    // One byte changed in the stored PDF: the public check reports it invalid.
    await s3.send(new PutObjectCommand({ Bucket: ctx.platform.env.RESULTS_BUCKET!, Key: record!.result!.s3Key, Body: tampered, ContentType: 'application/pdf' }));
    const after = await anyone.call('GET', `/v1/verify/${link.documentId}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ authentic: false, signature: { valid: false } });
    expect(after.body.sha256).not.toBe(link.sha256);

    expect((await anyone.call('GET', '/v1/verify/0123456789abcdef0123456789abcdef')).status).toBe(404);
    expect((await anyone.call('GET', '/v1/verify/not-an-id')).status).toBe(400);
  });
});
