/**
 * The simulated national certification centre's X.509 work (НУЦ / ҰКО): certificates, requests
 * (CSR) and revocation lists built with pkijs/asn1js and signed through a KeySigner, so a CA key
 * held in KMS never leaves it. Verification uses node:crypto on the exact signed bytes.
 * Subject conventions follow Kazakh NCA certificates: serialNumber=IIN<12 digits>,
 * OU=BIN<12 digits> for a legal entity's representative, C=KZ.
 */
import { createHash, createPublicKey, randomBytes, verify as cryptoVerify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { KeySigner } from '../ports/index.js';
import { hex, OID, subjectOf, type CertInfo, type SubjectInfo } from './x509-read.js';

export * from './x509-read.js';
const dnOfPkijs = (n: pkijs.RelativeDistinguishedNames) => hex(n.toSchema().toBER());


export type Usage = 'signing' | 'authentication';

export class CsrInvalidError extends Error {
  constructor(reason: string) {
    super(`certificate request refused: ${reason}`);
    this.name = 'CsrInvalidError';
  }
}

const ab = (u: Uint8Array): ArrayBuffer => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

export function newSerialHex(): string {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f; // positive INTEGER
  if (b[0] === 0) b[0] = 0x01;
  return b.toString('hex');
}

/** A distinguished name with one attribute per RDN, as CAs write them. */
function name(s: SubjectInfo & { country?: string }): pkijs.RelativeDistinguishedNames {
  const rdns: asn1js.Set[] = [];
  const add = (type: string, value: asn1js.BaseBlock) => rdns.push(new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type, value: value as never }).toSchema()] }));
  add(OID.country, new asn1js.PrintableString({ value: s.country ?? 'KZ' }));
  if (s.organisation) add(OID.organisation, new asn1js.Utf8String({ value: s.organisation }));
  if (s.bin) add(OID.organisationalUnit, new asn1js.Utf8String({ value: `BIN${s.bin}` }));
  add(OID.commonName, new asn1js.Utf8String({ value: s.commonName }));
  if (s.iin) add(OID.serialNumber, new asn1js.PrintableString({ value: `IIN${s.iin}` }));
  const der = new asn1js.Sequence({ value: rdns }).toBER();
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(der).result });
}

export function readName(n: pkijs.RelativeDistinguishedNames): SubjectInfo {
  return subjectOf((type) => n.typesAndValues.find((t) => t.type === type)?.value.valueBlock.value as string | undefined);
}

function ecdsaAlg(): pkijs.AlgorithmIdentifier {
  return new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
}

function keyId(spkiDer: Uint8Array): ArrayBuffer {
  const spki = pkijs.PublicKeyInfo.fromBER(ab(spkiDer));
  return ab(createHash('sha1').update(spki.subjectPublicKey.valueBlock.valueHexView).digest());
}

function keyUsageExt(bits: number, unused: number, critical = true): pkijs.Extension {
  const value = new asn1js.BitString({ valueHex: new Uint8Array([bits]).buffer, unusedBits: unused });
  return new pkijs.Extension({ extnID: OID.keyUsage, critical, extnValue: value.toBER(false) });
}

function time(d: Date): pkijs.Time {
  return new pkijs.Time({ type: d.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime, value: d });
}

async function signCertificate(cert: pkijs.Certificate, signer: KeySigner): Promise<Uint8Array> {
  cert.signature = ecdsaAlg();
  cert.signatureAlgorithm = ecdsaAlg();
  cert.tbsView = new Uint8Array(cert.encodeTBS().toBER());
  const sig = await signer.sign(cert.tbsView);
  cert.signatureValue = new asn1js.BitString({ valueHex: ab(sig) });
  return new Uint8Array(cert.toSchema().toBER());
}

interface BuildInput {
  serialNumber: string;
  subject: SubjectInfo;
  issuer: pkijs.RelativeDistinguishedNames | 'self';
  subjectPublicKeySpki: Uint8Array;
  issuerPublicKeySpki: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  extensions: pkijs.Extension[];
}

function build(i: BuildInput): pkijs.Certificate {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: ab(Buffer.from(i.serialNumber, 'hex')) });
  const subject = name(i.subject);
  cert.subject = subject;
  cert.issuer = i.issuer === 'self' ? name(i.subject) : i.issuer;
  cert.notBefore = time(i.notBefore);
  cert.notAfter = time(i.notAfter);
  cert.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(ab(i.subjectPublicKeySpki));
  cert.extensions = [
    ...i.extensions,
    new pkijs.Extension({ extnID: OID.subjectKeyId, critical: false, extnValue: new asn1js.OctetString({ valueHex: keyId(i.subjectPublicKeySpki) }).toBER(false) }),
    new pkijs.Extension({
      extnID: OID.authorityKeyId,
      critical: false,
      extnValue: new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: keyId(i.issuerPublicKeySpki) }) }).toSchema().toBER(false),
    }),
  ];
  return cert;
}

const caExtensions = (pathLen?: number) => [
  new pkijs.Extension({ extnID: OID.basicConstraints, critical: true, extnValue: new pkijs.BasicConstraints({ cA: true, ...(pathLen !== undefined ? { pathLenConstraint: pathLen } : {}) }).toSchema().toBER(false) }),
  keyUsageExt(0x06, 1), // keyCertSign, cRLSign
];

export async function createRootCertificate(o: { signer: KeySigner; commonName: string; notBefore: Date; notAfter: Date; serialNumber?: string }): Promise<Uint8Array> {
  const spki = await o.signer.publicKeySpki();
  const cert = build({ serialNumber: o.serialNumber ?? newSerialHex(), subject: { commonName: o.commonName }, issuer: 'self', subjectPublicKeySpki: spki, issuerPublicKeySpki: spki, notBefore: o.notBefore, notAfter: o.notAfter, extensions: caExtensions(1) });
  return signCertificate(cert, o.signer);
}

export async function issueCaCertificate(o: { issuerCertDer: Uint8Array; issuerSigner: KeySigner; subjectSigner: KeySigner; commonName: string; notBefore: Date; notAfter: Date; serialNumber?: string }): Promise<Uint8Array> {
  const issuer = pkijs.Certificate.fromBER(ab(o.issuerCertDer));
  const cert = build({
    serialNumber: o.serialNumber ?? newSerialHex(),
    subject: { commonName: o.commonName },
    issuer: issuer.subject,
    subjectPublicKeySpki: await o.subjectSigner.publicKeySpki(),
    issuerPublicKeySpki: await o.issuerSigner.publicKeySpki(),
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    extensions: caExtensions(0),
  });
  return signCertificate(cert, o.issuerSigner);
}

export async function issueCertificate(o: {
  issuerCertDer: Uint8Array;
  issuerSigner: KeySigner;
  subjectPublicKeySpki: Uint8Array;
  subject: SubjectInfo;
  usage: Usage;
  notBefore: Date;
  notAfter: Date;
  serialNumber?: string;
}): Promise<{ der: Uint8Array; serialNumber: string }> {
  const issuer = pkijs.Certificate.fromBER(ab(o.issuerCertDer));
  const serialNumber = o.serialNumber ?? newSerialHex();
  const usageExts =
    o.usage === 'signing'
      ? [keyUsageExt(0xc0, 6)] // digitalSignature, nonRepudiation
      : [keyUsageExt(0xa0, 5), new pkijs.Extension({ extnID: OID.extKeyUsage, critical: false, extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [OID.clientAuth] }).toSchema().toBER(false) })];
  const cert = build({
    serialNumber,
    subject: o.subject,
    issuer: issuer.subject,
    subjectPublicKeySpki: o.subjectPublicKeySpki,
    issuerPublicKeySpki: new Uint8Array(issuer.subjectPublicKeyInfo.toSchema().toBER()),
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    extensions: [new pkijs.Extension({ extnID: OID.basicConstraints, critical: true, extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false) }), ...usageExts],
  });
  return { der: await signCertificate(cert, o.issuerSigner), serialNumber };
}

// ---------------------------------------------------------------- reading and checking

// ---------------------------------------------------------------- certificate requests

export async function createCsr(o: { signer: KeySigner; subject: SubjectInfo }): Promise<Uint8Array> {
  const csr = new pkijs.CertificationRequest();
  csr.version = 0;
  csr.subject = name(o.subject);
  csr.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(ab(await o.signer.publicKeySpki()));
  csr.signatureAlgorithm = ecdsaAlg();
  csr.tbsView = new Uint8Array((csr as unknown as { encodeTBS(): asn1js.Sequence }).encodeTBS().toBER());
  csr.signatureValue = new asn1js.BitString({ valueHex: ab(await o.signer.sign(csr.tbsView)) });
  return new Uint8Array(csr.toSchema().toBER());
}

/** Reads a PKCS#10 request after checking it is signed by the key it carries. */
export function parseCsr(der: Uint8Array): { publicKeySpki: Uint8Array; subject: SubjectInfo } {
  let csr: pkijs.CertificationRequest;
  try {
    csr = pkijs.CertificationRequest.fromBER(ab(der));
  } catch {
    throw new CsrInvalidError('not a PKCS#10 request');
  }
  const spki = new Uint8Array(csr.subjectPublicKeyInfo.toSchema().toBER());
  let ok = false;
  try {
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new CsrInvalidError('only ECDSA P-256 keys are accepted');
    ok = cryptoVerify('sha256', new Uint8Array(csr.tbsView), key, new Uint8Array(csr.signatureValue.valueBlock.valueHexView));
  } catch (e) {
    if (e instanceof CsrInvalidError) throw e;
    ok = false;
  }
  if (!ok) throw new CsrInvalidError('its signature does not match its key');
  return { publicKeySpki: spki, subject: readName(csr.subject) };
}

// ---------------------------------------------------------------- revocation lists

export async function buildCrl(o: {
  issuerCertDer: Uint8Array;
  issuerSigner: KeySigner;
  revoked: { serialNumber: string; revokedAt: Date }[];
  thisUpdate: Date;
  nextUpdate: Date;
  crlNumber: number;
}): Promise<Uint8Array> {
  const issuer = pkijs.Certificate.fromBER(ab(o.issuerCertDer));
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = issuer.subject;
  crl.thisUpdate = time(o.thisUpdate);
  crl.nextUpdate = time(o.nextUpdate);
  if (o.revoked.length) {
    crl.revokedCertificates = o.revoked.map(
      (r) => new pkijs.RevokedCertificate({ userCertificate: new asn1js.Integer({ valueHex: ab(Buffer.from(r.serialNumber, 'hex')) }), revocationDate: time(r.revokedAt) }),
    );
  }
  crl.crlExtensions = new pkijs.Extensions({
    extensions: [new pkijs.Extension({ extnID: OID.crlNumber, critical: false, extnValue: new asn1js.Integer({ value: o.crlNumber }).toBER(false) })],
  });
  crl.signature = ecdsaAlg();
  crl.signatureAlgorithm = ecdsaAlg();
  crl.tbsView = new Uint8Array((crl as unknown as { encodeTBS(): asn1js.Sequence }).encodeTBS().toBER());
  crl.signatureValue = new asn1js.BitString({ valueHex: ab(await o.issuerSigner.sign(crl.tbsView)) });
  return new Uint8Array(crl.toSchema().toBER());
}

export function parseCrl(der: Uint8Array): { revoked: Map<string, Date>; thisUpdate: Date; nextUpdate?: Date; issuerDn: string; verify(issuer: CertInfo): boolean } {
  const crl = pkijs.CertificateRevocationList.fromBER(ab(der));
  const revoked = new Map<string, Date>();
  for (const r of crl.revokedCertificates ?? []) revoked.set(hex(r.userCertificate.valueBlock.valueHexView), r.revocationDate.value);
  const tbs = new Uint8Array(crl.tbsView);
  const sig = new Uint8Array(crl.signatureValue.valueBlock.valueHexView);
  const issuerDn = dnOfPkijs(crl.issuer);
  return {
    revoked,
    thisUpdate: crl.thisUpdate.value,
    ...(crl.nextUpdate ? { nextUpdate: crl.nextUpdate.value } : {}),
    issuerDn,
    verify: (issuer) => {
      try {
        return issuer.subjectDn === issuerDn && cryptoVerify('sha256', tbs, issuer.publicKey, sig);
      } catch {
        return false;
      }
    },
  };
}

