/**
 * The simulated national certification centre's X.509 work (НУЦ / ҰКО): certificates, requests
 * (CSR) and revocation lists built with pkijs/asn1js and signed through a KeySigner, so a CA key
 * held in KMS never leaves it. Verification uses node:crypto on the exact signed bytes.
 * Subject conventions follow Kazakh NCA certificates: serialNumber=IIN<12 digits>,
 * OU=BIN<12 digits> for a legal entity's representative, C=KZ.
 */
import { createHash, createPublicKey, randomBytes, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as x509asn from '@peculiar/asn1-x509';
import type { KeySigner } from '../ports/index.js';

export const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  crlNumber: '2.5.29.20',
} as const;

export interface SubjectInfo {
  commonName: string;
  iin?: string;
  bin?: string;
  organisation?: string;
}

export type Usage = 'signing' | 'authentication';

export class CsrInvalidError extends Error {
  constructor(reason: string) {
    super(`certificate request refused: ${reason}`);
    this.name = 'CsrInvalidError';
  }
}

const ab = (u: Uint8Array): ArrayBuffer => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
const hex = (u: ArrayBuffer | Uint8Array) => Buffer.from(u instanceof Uint8Array ? u : new Uint8Array(u)).toString('hex');

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

/** IIN from serialNumber=IIN…, BIN from OU=BIN…, whichever library read the name. */
function subjectOf(get: (type: string) => string | undefined): SubjectInfo {
  const sn = get(OID.serialNumber);
  const ou = get(OID.organisationalUnit);
  const org = get(OID.organisation);
  return {
    commonName: get(OID.commonName) ?? '',
    ...(sn && /^IIN\d{12}$/.test(sn) ? { iin: sn.slice(3) } : {}),
    ...(ou && /^BIN\d{12}$/.test(ou) ? { bin: ou.slice(3) } : {}),
    ...(org ? { organisation: org } : {}),
  };
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

export interface CertInfo {
  der: Uint8Array;
  serialNumber: string;
  subject: SubjectInfo;
  issuer: SubjectInfo;
  issuerDn: string;
  subjectDn: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  /** keyUsage bits: digitalSignature, nonRepudiation, keyEncipherment, keyCertSign… */
  keyUsage: { digitalSignature: boolean; nonRepudiation: boolean; keyEncipherment: boolean; keyCertSign: boolean; cRLSign: boolean } | undefined;
  spkiDer: Uint8Array;
  publicKey: KeyObject;
  tbs: Uint8Array;
  signature: Uint8Array;
}

/** A name's identity for issuer matching: its DER encoding (hex), the same whichever parser read it. */
const dnOfPkijs = (n: pkijs.RelativeDistinguishedNames) => hex(n.toSchema().toBER());
const dnOfAsn = (n: x509asn.Name) => hex(AsnConvert.serialize(n));

function readAsnName(n: x509asn.Name): SubjectInfo {
  return subjectOf((type) => {
    for (const rdn of n) for (const atv of rdn) if (atv.type === type) return atv.value.toString();
    return undefined;
  });
}

/** Reads a certificate already decoded by @peculiar/asn1-x509 (for instance inside a CMS). */
export function certInfoOf(cert: x509asn.Certificate, der: Uint8Array): CertInfo {
  const tbs = cert.tbsCertificate;
  const ext = (id: string) => tbs.extensions?.find((e) => e.extnID === id);
  const ku = ext(OID.keyUsage);
  let keyUsage: CertInfo['keyUsage'];
  if (ku) {
    const f = AsnConvert.parse(ku.extnValue, x509asn.KeyUsage).toNumber();
    const F = x509asn.KeyUsageFlags;
    keyUsage = { digitalSignature: !!(f & F.digitalSignature), nonRepudiation: !!(f & F.nonRepudiation), keyEncipherment: !!(f & F.keyEncipherment), keyCertSign: !!(f & F.keyCertSign), cRLSign: !!(f & F.cRLSign) };
  }
  const bc = ext(OID.basicConstraints);
  const isCa = bc ? AsnConvert.parse(bc.extnValue, x509asn.BasicConstraints).cA === true : false;
  const spkiDer = new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo));
  const raw = (cert as unknown as { tbsCertificateRaw?: Uint8Array | ArrayBuffer }).tbsCertificateRaw;
  return {
    der,
    serialNumber: hex(tbs.serialNumber),
    subject: readAsnName(tbs.subject),
    issuer: readAsnName(tbs.issuer),
    issuerDn: dnOfAsn(tbs.issuer),
    subjectDn: dnOfAsn(tbs.subject),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    isCa,
    keyUsage,
    spkiDer,
    publicKey: createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' }),
    tbs: raw ? new Uint8Array(raw) : new Uint8Array(AsnConvert.serialize(tbs)),
    signature: new Uint8Array(cert.signatureValue),
  };
}

/**
 * Certificates seen recently, by their DER: the centre's CA certificates travel in every
 * signature, and a citizen's certificate signs many requests; each is decoded once per process.
 */
const parsed = new Map<string, CertInfo>();
const PARSED_MAX = 2048;

/** Forgets every decoded certificate (benchmarks measure the first sight of a certificate with it). */
export function clearCertificateCache(): void {
  parsed.clear();
}

export function parseCertificate(der: Uint8Array): CertInfo {
  const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const hit = parsed.get(key);
  if (hit) return hit;
  const info = certInfoOf(AsnConvert.parse(der, x509asn.Certificate), der);
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
  parsed.set(key, info);
  return info;
}

/** True if `cert` was signed by the holder of `issuer`'s key (ECDSA P-256 / SHA-256). */
export function signedBy(cert: CertInfo, issuer: CertInfo): boolean {
  if (cert.issuerDn !== issuer.subjectDn) return false;
  // Decoded certificates are shared per DER (see parseCertificate), so a signature verified once
  // is verified for good: the chain of a certificate seen before costs no ECDSA verify.
  if (verifiedIssuers.get(cert)?.has(issuer)) return true;
  let good = false;
  try {
    good = cryptoVerify('sha256', cert.tbs, issuer.publicKey, cert.signature);
  } catch {
    good = false;
  }
  if (good) {
    let s = verifiedIssuers.get(cert);
    if (!s) verifiedIssuers.set(cert, (s = new WeakSet()));
    s.add(issuer);
  }
  return good;
}
const verifiedIssuers = new WeakMap<CertInfo, WeakSet<CertInfo>>();

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

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
}
