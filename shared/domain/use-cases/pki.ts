/**
 * The simulated national certification centre (НУЦ / ҰКО): its root and issuing CA keys are KMS
 * asymmetric keys; it issues certificates from CSRs (a citizen only for their own IIN), answers
 * status queries from its registry, revokes and publishes a signed CRL. Condition 2 checks
 * signatures against it.
 */
import { AppError, ForbiddenError, NotFoundError } from '../errors.js';
import type { CertificateRecord, FileStore, KeySigner, PersonRegistry, PkiStore } from '../../ports/index.js';
import { buildCrl, createRootCertificate, parseCrl, CsrInvalidError, issueCaCertificate, issueCertificate, parseCertificate, parseCsr, toPem, type SubjectInfo, type Usage } from '../../pki/x509.js';

const DAY = 86_400_000;

export interface PkiDeps {
  pki: PkiStore;
  /** ГБД ЮЛ, to check that whoever asks for a certificate with a BIN represents that organisation. */
  organisations?: Pick<PersonRegistry, 'findOrganisation'>;
  rootSigner: KeySigner;
  issuingSigner: KeySigner;
  clock: { now(): Date };
}

/** The CA certificates, created once (two KMS Sign calls in the platform's life). */
export async function ensureCa(deps: PkiDeps): Promise<{ root: Uint8Array; issuing: Uint8Array }> {
  const existing = await deps.pki.getCa();
  if (existing) return existing;
  const now = deps.clock.now();
  const root = await createRootCertificate({ signer: deps.rootSigner, commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ ROOT (e-Qyzmet simulation)', notBefore: new Date(now.getTime() - DAY), notAfter: new Date(now.getTime() + 20 * 365 * DAY) });
  const issuing = await issueCaCertificate({ issuerCertDer: root, issuerSigner: deps.rootSigner, subjectSigner: deps.issuingSigner, commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST/ECDSA, e-Qyzmet simulation)', notBefore: new Date(now.getTime() - DAY), notAfter: new Date(now.getTime() + 10 * 365 * DAY) });
  return deps.pki.putCaIfAbsent({ root, issuing });
}

export async function issueFromCsr(
  deps: PkiDeps,
  input: { csrDer: Uint8Array; usage: Usage; caller: { iin?: string; staffUsername?: string }; validityDays?: number },
): Promise<{ record: CertificateRecord; chain: string[] }> {
  const ca = await ensureCa(deps);
  let csr: ReturnType<typeof parseCsr>;
  try {
    csr = parseCsr(input.csrDer);
  } catch (e) {
    if (e instanceof CsrInvalidError) throw new AppError('CSR_INVALID', 'invalid');
    throw e;
  }
  // The centre refuses a request whose IIN is not the caller's.
  if (input.caller.iin && csr.subject.iin !== input.caller.iin) throw new ForbiddenError('CSR_IIN_MISMATCH');
  // A legal entity's BIN only for someone ГБД ЮЛ lists as entitled to represent it.
  if (csr.subject.bin && input.caller.iin) {
    const org = await deps.organisations?.findOrganisation(csr.subject.bin);
    if (!org || !org.representatives.includes(input.caller.iin)) throw new ForbiddenError('CSR_BIN_NOT_REPRESENTED');
  }
  const subject: SubjectInfo = { commonName: csr.subject.commonName.slice(0, 64) || (csr.subject.iin ?? 'holder'), ...(csr.subject.iin ? { iin: csr.subject.iin } : {}), ...(csr.subject.bin ? { bin: csr.subject.bin } : {}), ...(csr.subject.organisation ? { organisation: csr.subject.organisation } : {}) };
  const now = deps.clock.now();
  const notAfter = new Date(now.getTime() + (input.validityDays ?? 365) * DAY);
  const issued = await issueCertificate({ issuerCertDer: ca.issuing, issuerSigner: deps.issuingSigner, subjectPublicKeySpki: csr.publicKeySpki, subject, usage: input.usage, notBefore: new Date(now.getTime() - 60_000), notAfter });
  const record: CertificateRecord = {
    serialNumber: issued.serialNumber,
    ...(subject.iin ? { ownerIin: subject.iin } : {}),
    ...(input.caller.staffUsername ? { staffUsername: input.caller.staffUsername } : {}),
    usage: input.usage,
    der: Buffer.from(issued.der).toString('base64'),
    commonName: subject.commonName,
    notBefore: new Date(now.getTime() - 60_000).toISOString(),
    notAfter: notAfter.toISOString(),
    status: 'good',
    issuedAt: now.toISOString(),
  };
  await deps.pki.putCertificate(record);
  return { record, chain: [Buffer.from(ca.issuing).toString('base64'), Buffer.from(ca.root).toString('base64')] };
}

/** Revokes (by its owner or a certification-centre admin) and publishes a new signed CRL. */
export async function revokeCertificate(deps: PkiDeps & { publish: FileStore }, input: { serialNumber: string; by: { iin?: string; admin?: boolean } }): Promise<CertificateRecord> {
  const c = await deps.pki.getCertificate(input.serialNumber);
  if (!c || (!input.by.admin && c.ownerIin !== input.by.iin)) throw new NotFoundError('CERTIFICATE_NOT_FOUND');
  await deps.pki.revoke(input.serialNumber, deps.clock.now());
  await publishCrl(deps);
  return (await deps.pki.getCertificate(input.serialNumber))!;
}

export async function publishCrl(deps: PkiDeps & { publish: FileStore }): Promise<Uint8Array> {
  const ca = await ensureCa(deps);
  const now = deps.clock.now();
  const crl = await buildCrl({
    issuerCertDer: ca.issuing,
    issuerSigner: deps.issuingSigner,
    revoked: (await deps.pki.listRevoked()).map((r) => ({ serialNumber: r.serialNumber, revokedAt: new Date(r.revokedAt) })),
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + DAY),
    crlNumber: await deps.pki.nextCrlNumber(),
  });
  await deps.publish.put('crl/issuing.crl', crl, 'application/pkix-crl');
  return crl;
}

/**
 * The CRL a relying party downloads: the one last published, re-signed only when none exists yet or
 * its nextUpdate has passed (a GET never costs a KMS Sign otherwise). Revocation publishes at once.
 */
export async function currentCrl(deps: PkiDeps & { publish: FileStore }): Promise<Uint8Array> {
  const published = await deps.publish.get('crl/issuing.crl');
  if (published) {
    const next = parseCrl(published).nextUpdate;
    if (next && next.getTime() > deps.clock.now().getTime()) return published;
  }
  return publishCrl(deps);
}

export async function caCertificatesPem(deps: PkiDeps): Promise<{ root: string; issuing: string }> {
  const ca = await ensureCa(deps);
  return { root: toPem(ca.root), issuing: toPem(ca.issuing) };
}

export { certificateStatus, condition2Checker } from './pki-status.js';
export { parseCertificate };

/**
 * Gives a staff member their own signing key and certificate: the key is created in KMS, the CSR
 * is signed by it there, and the centre issues a signing certificate for it.
 */
export async function enrollStaffSigningKey(
  deps: PkiDeps & { createKey(username: string): Promise<string>; signerFor(keyId: string): KeySigner },
  input: { username: string; commonName: string; iin?: string },
): Promise<{ keyId: string; certSerial: string }> {
  const existing = await deps.pki.getStaffKey(input.username);
  if (existing) return existing;
  const keyId = await deps.createKey(input.username);
  const { createCsr } = await import('../../pki/x509.js');
  const csr = await createCsr({ signer: deps.signerFor(keyId), subject: { commonName: input.commonName, ...(input.iin ? { iin: input.iin } : {}) } });
  const { record } = await issueFromCsr(deps, { csrDer: csr, usage: 'signing', caller: { staffUsername: input.username } });
  await deps.pki.putStaffKey(input.username, { keyId, certSerial: record.serialNumber, certDer: record.der });
  return { keyId, certSerial: record.serialNumber };
}
