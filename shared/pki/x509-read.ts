/**
 * Reading X.509 certificates (strict DER, as RFC 5280 requires; each one decoded once per
 * process) and checking their signatures with node:crypto — what every signature check needs.
 * Building certificates, requests and revocation lists is in x509.ts, which only the
 * certification centre's own function loads.
 */
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import * as der from './der.js';
import { subjectAttributes } from './cert-subject.js';

export { OID } from './oid.js';
import { OID } from './oid.js';

import type { SubjectInfo } from './x509-write.js';
export type { SubjectInfo } from './x509-write.js';


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
export class CertificateMalformedError extends Error {
  constructor(reason: string) {
    super(`malformed certificate: ${reason}`);
    this.name = 'CertificateMalformedError';
  }
}

const OIDS = { keyUsage: der.oid(OID.keyUsage), basicConstraints: der.oid(OID.basicConstraints) };

/** Reads a DER certificate: Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }. */
export function certInfoOf(certDer: Uint8Array): CertInfo {
  const b = certDer;
  try {
    const [tbsT, , sigT] = der.childrenOf(b, der.readWhole(b, 0x30));
    if (!tbsT || tbsT.tag !== 0x30 || !sigT || sigT.tag !== 0x03) throw new Error('layout');
    const f = der.childrenOf(b, tbsT);
    const i = f[0]!.tag === 0xa0 ? 1 : 0;
    const [serialT, , issuerT, validityT, subjectT, spkiT] = f.slice(i);
    if (serialT?.tag !== 0x02 || issuerT?.tag !== 0x30 || validityT?.tag !== 0x30 || subjectT?.tag !== 0x30 || spkiT?.tag !== 0x30) throw new Error('TBSCertificate');
    const [nb, na] = der.childrenOf(b, validityT);
    let keyUsage: CertInfo['keyUsage'];
    let isCa = false;
    const extsT = f.slice(i + 6).find((t) => t.tag === 0xa3);
    for (const ext of extsT ? der.childrenOf(b, der.childrenOf(b, extsT)[0]!) : []) {
      const parts = der.childrenOf(b, ext);
      const id = der.encoded(b, parts[0]!);
      const value = parts[parts.length - 1]!;
      if (value.tag !== 0x04) throw new Error('extension');
      const inner = der.readWhole(der.contents(b, value), der.contents(b, value)[0]!);
      const iv = der.contents(b, value);
      if (der.equalBytes(id, OIDS.keyUsage)) {
        const bits = der.contents(iv, inner);
        const v = bits[1] ?? 0;
        keyUsage = { digitalSignature: !!(v & 0x80), nonRepudiation: !!(v & 0x40), keyEncipherment: !!(v & 0x20), keyCertSign: !!(v & 0x04), cRLSign: !!(v & 0x02) };
      } else if (der.equalBytes(id, OIDS.basicConstraints)) {
        const first = der.childrenOf(iv, inner)[0];
        isCa = !!first && first.tag === 0x01 && der.contents(iv, first)[0] === 0xff;
      }
    }
    const spkiDer = Uint8Array.from(der.encoded(b, spkiT));
    const sigBits = der.contents(b, sigT);
    const nameOf = (t: der.Tlv) => {
      const attrs = subjectAttributes(Uint8Array.from(der.encoded(b, t)), true);
      return subjectOf((type) => attrs.get(type));
    };
    return {
      der: certDer,
      serialNumber: hex(der.contents(b, serialT)),
      subject: nameOf(subjectT),
      issuer: nameOf(issuerT),
      issuerDn: hex(der.encoded(b, issuerT)),
      subjectDn: hex(der.encoded(b, subjectT)),
      notBefore: der.readTime(b, nb!),
      notAfter: der.readTime(b, na!),
      isCa,
      keyUsage,
      spkiDer,
      publicKey: createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' }),
      tbs: Uint8Array.from(der.encoded(b, tbsT)),
      signature: Uint8Array.from(sigBits.subarray(1)),
    };
  } catch (e) {
    throw new CertificateMalformedError((e as Error).message);
  }
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
  const info = certInfoOf(der);
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
