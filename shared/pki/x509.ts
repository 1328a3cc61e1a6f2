/**
 * The simulated national certification centre's X.509 work (НУЦ / ҰКО): certificates, requests
 * (CSR) and revocation lists written in DER (shared/pki/der.ts) and signed through a KeySigner, so
 * a CA key held in KMS never leaves it. Verification uses node:crypto on the exact signed bytes.
 * Subject conventions follow Kazakh NCA certificates: serialNumber=IIN<12 digits>,
 * OU=BIN<12 digits> for a legal entity's representative, C=KZ. The tests read everything written
 * here with @peculiar/x509, an independent decoder.
 */
import { createHash, createPublicKey, randomBytes, verify as cryptoVerify } from 'node:crypto';
import type { KeySigner } from '../ports/index.js';
import * as der from './der.js';
import { subjectAttributes } from './cert-subject.js';
import { ALG_ECDSA_SHA256, bitString, bool, extension, integer, integerBytes, name } from './x509-write.js';
import { hex, OID, parseCertificate, subjectOf, type CertInfo, type SubjectInfo } from './x509-read.js';

export * from './x509-read.js';
/** CSRs are written by the pure (browser-safe) x509-write.ts. */
export { createCsr } from './x509-write.js';

export type Usage = 'signing' | 'authentication';

export class CsrInvalidError extends Error {
  constructor(reason: string) {
    super(`certificate request refused: ${reason}`);
    this.name = 'CsrInvalidError';
  }
}

export function newSerialHex(): string {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f; // positive INTEGER
  if (b[0] === 0) b[0] = 0x01;
  return b.toString('hex');
}

// ---------------------------------------------------------------- DER pieces

/** The key identifier of RFC 5280 §4.2.1.2 (1): SHA-1 of the subjectPublicKey bits. */
function keyId(spkiDer: Uint8Array): Uint8Array {
  const [, key] = der.childrenOf(spkiDer, der.readWhole(spkiDer, 0x30));
  if (!key || key.tag !== 0x03) throw new Error('not a SubjectPublicKeyInfo');
  return createHash('sha1').update(der.contents(spkiDer, key).subarray(1)).digest();
}

const keyUsage = (bits: number, unused: number) => extension(OID.keyUsage, true, bitString(Uint8Array.of(bits), unused));
const caExtensions = (pathLen: number) => [extension(OID.basicConstraints, true, der.seq(bool(true), integer(pathLen))), keyUsage(0x06, 1) /* keyCertSign, cRLSign */];

/** TBSCertificate (v3) → signed Certificate. */
async function signedCertificate(i: {
  serialNumber: string;
  subject: Uint8Array;
  issuer: Uint8Array;
  subjectPublicKeySpki: Uint8Array;
  issuerPublicKeySpki: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  extensions: Uint8Array[];
  signer: KeySigner;
}): Promise<Uint8Array> {
  const tbs = der.seq(
    der.tlv(0xa0, integer(2)),
    integerBytes(Buffer.from(i.serialNumber, 'hex')),
    ALG_ECDSA_SHA256,
    i.issuer,
    der.seq(der.time(i.notBefore), der.time(i.notAfter)),
    i.subject,
    i.subjectPublicKeySpki,
    der.tlv(
      0xa3,
      der.seq(
        ...i.extensions,
        extension(OID.subjectKeyId, false, der.octets(keyId(i.subjectPublicKeySpki))),
        extension(OID.authorityKeyId, false, der.seq(der.tlv(0x80, keyId(i.issuerPublicKeySpki)))),
      ),
    ),
  );
  return der.seq(tbs, ALG_ECDSA_SHA256, bitString(await i.signer.sign(tbs)));
}

const issuerOf = (issuerCertDer: Uint8Array) => {
  const c = parseCertificate(issuerCertDer);
  return { name: Buffer.from(c.subjectDn, 'hex'), spki: c.spkiDer };
};

// ---------------------------------------------------------------- certificates

export async function createRootCertificate(o: { signer: KeySigner; commonName: string; notBefore: Date; notAfter: Date; serialNumber?: string }): Promise<Uint8Array> {
  const spki = await o.signer.publicKeySpki();
  const subject = name({ commonName: o.commonName });
  return signedCertificate({ serialNumber: o.serialNumber ?? newSerialHex(), subject, issuer: subject, subjectPublicKeySpki: spki, issuerPublicKeySpki: spki, notBefore: o.notBefore, notAfter: o.notAfter, extensions: caExtensions(1), signer: o.signer });
}

export async function issueCaCertificate(o: { issuerCertDer: Uint8Array; issuerSigner: KeySigner; subjectSigner: KeySigner; commonName: string; notBefore: Date; notAfter: Date; serialNumber?: string }): Promise<Uint8Array> {
  const issuer = issuerOf(o.issuerCertDer);
  return signedCertificate({
    serialNumber: o.serialNumber ?? newSerialHex(),
    subject: name({ commonName: o.commonName }),
    issuer: issuer.name,
    subjectPublicKeySpki: await o.subjectSigner.publicKeySpki(),
    issuerPublicKeySpki: await o.issuerSigner.publicKeySpki(),
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    extensions: caExtensions(0),
    signer: o.issuerSigner,
  });
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
  const issuer = issuerOf(o.issuerCertDer);
  const serialNumber = o.serialNumber ?? newSerialHex();
  const usageExts =
    o.usage === 'signing'
      ? [keyUsage(0xc0, 6)] // digitalSignature, nonRepudiation
      : [keyUsage(0xa0, 5), extension(OID.extKeyUsage, false, der.seq(der.oid(OID.clientAuth)))]; // digitalSignature, keyEncipherment; clientAuth
  const certDer = await signedCertificate({
    serialNumber,
    subject: name(o.subject),
    issuer: issuer.name,
    subjectPublicKeySpki: o.subjectPublicKeySpki,
    issuerPublicKeySpki: issuer.spki,
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    // cA FALSE is the default, so DER leaves it out: an empty sequence.
    extensions: [extension(OID.basicConstraints, true, der.seq()), ...usageExts],
    signer: o.issuerSigner,
  });
  return { der: certDer, serialNumber };
}

// ---------------------------------------------------------------- certificate requests

/** Reads a PKCS#10 request after checking it is signed by the key it carries. */
export function parseCsr(csrDer: Uint8Array): { publicKeySpki: Uint8Array; subject: SubjectInfo } {
  let info: der.Tlv, nameT: der.Tlv, spkiT: der.Tlv, sigT: der.Tlv;
  try {
    const [i, , s] = der.childrenOf(csrDer, der.readWhole(csrDer, 0x30));
    if (!i || i.tag !== 0x30 || !s || s.tag !== 0x03) throw new Error('layout');
    const [version, n, k] = der.childrenOf(csrDer, i);
    if (version?.tag !== 0x02 || n?.tag !== 0x30 || k?.tag !== 0x30) throw new Error('layout');
    [info, nameT, spkiT, sigT] = [i, n, k, s];
  } catch {
    throw new CsrInvalidError('not a PKCS#10 request');
  }
  const spki = Uint8Array.from(der.encoded(csrDer, spkiT));
  let ok = false;
  try {
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new CsrInvalidError('only ECDSA P-256 keys are accepted');
    ok = cryptoVerify('sha256', der.encoded(csrDer, info), key, der.contents(csrDer, sigT).subarray(1));
  } catch (e) {
    if (e instanceof CsrInvalidError) throw e;
    ok = false;
  }
  if (!ok) throw new CsrInvalidError('its signature does not match its key');
  let subject: SubjectInfo;
  try {
    const attrs = subjectAttributes(Uint8Array.from(der.encoded(csrDer, nameT)), true);
    subject = subjectOf((type) => attrs.get(type));
  } catch {
    throw new CsrInvalidError('its subject name is malformed');
  }
  return { publicKeySpki: spki, subject };
}

// ---------------------------------------------------------------- revocation lists

/** A v2 CRL (RFC 5280 §5) with the CRL number extension. */
export async function buildCrl(o: {
  issuerCertDer: Uint8Array;
  issuerSigner: KeySigner;
  revoked: { serialNumber: string; revokedAt: Date }[];
  thisUpdate: Date;
  nextUpdate: Date;
  crlNumber: number;
}): Promise<Uint8Array> {
  const issuer = issuerOf(o.issuerCertDer);
  const tbs = der.seq(
    integer(1),
    ALG_ECDSA_SHA256,
    issuer.name,
    der.time(o.thisUpdate),
    der.time(o.nextUpdate),
    ...(o.revoked.length ? [der.seq(...o.revoked.map((r) => der.seq(integerBytes(Buffer.from(r.serialNumber, 'hex')), der.time(r.revokedAt))))] : []),
    der.tlv(0xa0, der.seq(extension(OID.crlNumber, false, integer(o.crlNumber)))),
  );
  return der.seq(tbs, ALG_ECDSA_SHA256, bitString(await o.issuerSigner.sign(tbs)));
}

export function parseCrl(crlDer: Uint8Array): { revoked: Map<string, Date>; thisUpdate: Date; nextUpdate?: Date; issuerDn: string; verify(issuer: CertInfo): boolean } {
  const b = crlDer;
  const [tbsT, , sigT] = der.childrenOf(b, der.readWhole(b, 0x30));
  if (!tbsT || tbsT.tag !== 0x30 || !sigT || sigT.tag !== 0x03) throw new Error('malformed CRL');
  const f = der.childrenOf(b, tbsT);
  let i = f[0]!.tag === 0x02 ? 1 : 0; // version (v2) is optional
  i++; // signature algorithm
  const issuerT = f[i++]!;
  const thisUpdate = der.readTime(b, f[i++]!);
  const nextUpdate = f[i] && (f[i]!.tag === 0x17 || f[i]!.tag === 0x18) ? der.readTime(b, f[i++]!) : undefined;
  const revoked = new Map<string, Date>();
  if (f[i]?.tag === 0x30) {
    for (const entry of der.childrenOf(b, f[i++]!)) {
      const [serial, at] = der.childrenOf(b, entry);
      revoked.set(hex(der.contents(b, serial!)), der.readTime(b, at!));
    }
  }
  const tbs = Uint8Array.from(der.encoded(b, tbsT));
  const sig = Uint8Array.from(der.contents(b, sigT).subarray(1));
  const issuerDn = hex(der.encoded(b, issuerT));
  return {
    revoked,
    thisUpdate,
    ...(nextUpdate ? { nextUpdate } : {}),
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
