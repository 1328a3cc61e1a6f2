/**
 * Condition 2 of the regulations (seed 001 ¶8.7): "the IIN/BIN in the request equals the one in
 * the signer's registration certificate; the certificate is within its validity period; it is not
 * in the list of revoked certificates" — plus what practice adds: the signature is valid for the
 * content, the certificate chains to the centre's root, and it is a signing certificate.
 * Each failure has its own code. An unknown or unreachable revocation status is a failure.
 */
import { verifyDetached, type GeneralCmsReader } from './cms.js';
import { parseCertificate, signedBy, type CertInfo } from './x509-read.js';

export type EdsCode =
  | 'EDS_MALFORMED'
  | 'EDS_INVALID_SIGNATURE'
  | 'EDS_UNTRUSTED_CHAIN'
  | 'EDS_EXPIRED'
  | 'EDS_NOT_YET_VALID'
  | 'EDS_REVOKED'
  | 'EDS_STATUS_UNKNOWN'
  | 'EDS_WRONG_KEY_USAGE'
  | 'EDS_IIN_MISMATCH'
  | 'EDS_BIN_MISMATCH';

export type RevocationStatus =
  | { status: 'good'; checkedAt: string; source: string }
  | { status: 'revoked'; checkedAt: string; source: string; revokedAt: string }
  | { status: 'unknown'; checkedAt: string; source: string; reason: string };

export type RevocationLookup = (serialNumber: string, issuer: CertInfo) => Promise<RevocationStatus>;

export type Condition2Result =
  | { ok: true; signer: { iin?: string; bin?: string; commonName: string; serialNumber: string; certDer: Uint8Array }; signingTime: Date; revocation: RevocationStatus }
  | { ok: false; code: EdsCode; detail: string; revocation?: RevocationStatus };

/** Clock skew allowed for a signing time in the future. */
const SKEW_MS = 5 * 60_000;

export class Condition2Checker {
  private readonly roots: CertInfo[];
  private readonly intermediates: CertInfo[];

  constructor(trustedRootDers: Uint8Array[], intermediateDers: Uint8Array[]) {
    this.roots = trustedRootDers.map(parseCertificate);
    this.intermediates = intermediateDers.map(parseCertificate);
  }

  /** The issuer chain from `leaf` to a trusted root, or undefined. */
  chainOf(leaf: CertInfo, extra: CertInfo[]): CertInfo[] | undefined {
    const pool = [...this.intermediates, ...extra.filter((c) => c.isCa)];
    const chain: CertInfo[] = [];
    let cur = leaf;
    for (let depth = 0; depth < 5; depth++) {
      const root = this.roots.find((r) => signedBy(cur, r));
      if (root) return [...chain, root];
      const next = pool.find((c) => c.isCa && c.keyUsage?.keyCertSign && signedBy(cur, c) && !chain.includes(c));
      if (!next) return undefined;
      chain.push(next);
      cur = next;
    }
    return undefined;
  }

  /** `general`: a decoder for CMS that is not plain DER (see cms.ts); without it such input is malformed. */
  async check(input: { cms: Uint8Array; content: Uint8Array; expected: { iin: string; bin?: string }; revocation: RevocationLookup; now: Date; general?: GeneralCmsReader }): Promise<Condition2Result> {
    const v = verifyDetached(input.cms, input.content, input.general);
    if (!v.ok) return { ok: false, code: v.code, detail: v.detail };
    const { signer, certificates, signingTime: claimed } = v.parsed;
    const chain = this.chainOf(signer, certificates.filter((c) => c !== signer));
    if (!chain) return { ok: false, code: 'EDS_UNTRUSTED_CHAIN', detail: 'the certificate does not chain to the certification centre’s root' };
    const signingTime = claimed ?? input.now;
    if (signingTime.getTime() > input.now.getTime() + SKEW_MS) return { ok: false, code: 'EDS_NOT_YET_VALID', detail: 'the signing time is in the future' };
    for (const c of [signer, ...chain]) {
      if (signingTime < c.notBefore) return { ok: false, code: 'EDS_NOT_YET_VALID', detail: `certificate ${c.serialNumber} is valid from ${c.notBefore.toISOString()}` };
      if (signingTime > c.notAfter) return { ok: false, code: 'EDS_EXPIRED', detail: `certificate ${c.serialNumber} expired on ${c.notAfter.toISOString()}` };
    }
    if (signer.isCa || !signer.keyUsage?.nonRepudiation || !signer.keyUsage.digitalSignature) {
      return { ok: false, code: 'EDS_WRONG_KEY_USAGE', detail: 'not a signing certificate (digitalSignature + nonRepudiation)' };
    }
    if (signer.subject.iin !== input.expected.iin) return { ok: false, code: 'EDS_IIN_MISMATCH', detail: 'the IIN in the certificate is not the one in the request' };
    if (input.expected.bin !== undefined && signer.subject.bin !== input.expected.bin) return { ok: false, code: 'EDS_BIN_MISMATCH', detail: 'the BIN in the certificate is not the one in the request' };
    let revocation: RevocationStatus;
    try {
      revocation = await input.revocation(signer.serialNumber, chain[0]!);
    } catch (e) {
      revocation = { status: 'unknown', checkedAt: input.now.toISOString(), source: 'lookup', reason: (e as Error).message };
    }
    if (revocation.status === 'revoked') return { ok: false, code: 'EDS_REVOKED', detail: `revoked on ${revocation.revokedAt}`, revocation };
    if (revocation.status !== 'good') return { ok: false, code: 'EDS_STATUS_UNKNOWN', detail: 'the revocation status could not be confirmed', revocation };
    return {
      ok: true,
      signer: { ...(signer.subject.iin ? { iin: signer.subject.iin } : {}), ...(signer.subject.bin ? { bin: signer.subject.bin } : {}), commonName: signer.subject.commonName, serialNumber: signer.serialNumber, certDer: signer.der },
      signingTime,
      revocation,
    };
  }
}
