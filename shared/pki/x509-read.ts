/**
 * Reading X.509 certificates (with @peculiar/asn1-x509, each one decoded once per process) and
 * checking their signatures with node:crypto — what every signature check needs. Building
 * certificates, requests and revocation lists (pkijs) is in x509.ts, which only the
 * certification centre's own function loads.
 */
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as x509asn from '@peculiar/asn1-x509';

export { OID } from './oid.js';
import { OID } from './oid.js';

export interface SubjectInfo {
  commonName: string;
  iin?: string;
  bin?: string;
  organisation?: string;
}


export const hex = (u: ArrayBuffer | Uint8Array) => Buffer.from(u instanceof Uint8Array ? u : new Uint8Array(u)).toString('hex');

/** IIN from serialNumber=IIN…, BIN from OU=BIN…, whichever library read the name. */
export function subjectOf(get: (type: string) => string | undefined): SubjectInfo {
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

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
}
