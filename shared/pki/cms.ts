/**
 * CMS SignedData (RFC 5652), detached: what a citizen signs over the canonical request, and what
 * a clerk signs over a result PDF. Signed attributes carry contentType, signingTime and the
 * SHA-256 messageDigest; the signer's certificate (and chain) travel inside.
 */
import { createHash, verify as cryptoVerify } from 'node:crypto';
import { parseCertificate, type CertInfo } from './x509-read.js';
import * as der from './der.js';

export class CmsMalformedError extends Error {
  constructor(reason: string) {
    super(`malformed CMS: ${reason}`);
    this.name = 'CmsMalformedError';
  }
}

export { signDetached } from './cms-sign.js';
import { OID_BYTES } from './cms-sign.js';

export interface ParsedSignature {
  signer: CertInfo;
  certificates: CertInfo[];
  signingTime?: Date;
  messageDigest: Uint8Array;
  signedAttrs: Uint8Array;
  signature: Uint8Array;
}

/** A decoder for what the DER reader does not take (BER, other choices): cms-general.ts. */
export type GeneralCmsReader = (cms: Uint8Array) => ParsedSignature;

/**
 * Reads a CMS SignedData. Plain DER with one signer identified by issuer and serial (what our
 * CLI, the browser and result signing produce) is read by the small DER reader; anything else
 * goes to `general` when the caller gives one (the request-signature check does: citizens'
 * software may write BER), and is refused otherwise.
 */
export function readSignedData(cms: Uint8Array, general?: GeneralCmsReader): ParsedSignature {
  try {
    return readPlainDer(cms);
  } catch (e) {
    if (!(e instanceof der.NotPlainDer)) throw e;
    if (general) return general(cms);
    throw new CmsMalformedError(e.message);
  }
}

function readPlainDer(b: Uint8Array): ParsedSignature {
  const kids = (t: der.Tlv, ...tags: number[]) => {
    const c = der.childrenOf(b, t);
    if (tags.length && (c.length !== tags.length || c.some((x, i) => x.tag !== tags[i]))) throw new der.NotPlainDer('layout');
    return c;
  };
  const isOid = (t: der.Tlv, o: Uint8Array) => t.tag === 0x06 && der.equalBytes(der.encoded(b, t), o);
  const [type, wrapped] = kids(der.readWhole(b, 0x30), 0x06, 0xa0);
  if (!isOid(type!, OID_BYTES.signedData)) throw new der.NotPlainDer('content type');
  const fields = kids(kids(wrapped!, 0x30)[0]!);
  if (fields.length < 4 || fields[0]!.tag !== 0x02 || fields[1]!.tag !== 0x31 || fields[2]!.tag !== 0x30) throw new der.NotPlainDer('SignedData');
  const optional = fields.slice(3, -1);
  if (optional.some((f) => f.tag !== 0xa0 && f.tag !== 0xa1) || fields[fields.length - 1]!.tag !== 0x31) throw new der.NotPlainDer('SignedData');
  const certSet = optional.find((f) => f.tag === 0xa0);
  const certTlvs = certSet ? kids(certSet) : [];
  if (certTlvs.some((c) => c.tag !== 0x30)) throw new der.NotPlainDer('certificate choice');
  const infos = kids(fields[fields.length - 1]!);
  if (infos.length !== 1) throw new CmsMalformedError('exactly one signer is expected');
  const si = kids(infos[0]!);
  if (si.length < 5 || si.length > 7 || si[0]!.tag !== 0x02 || si[1]!.tag !== 0x30) throw new der.NotPlainDer('SignerInfo');
  const [, sid, digestAlg, attrs, sigAlg, sig] = si;
  if (attrs!.tag !== 0xa0) throw new CmsMalformedError('no signed attributes');
  if (digestAlg!.tag !== 0x30 || sigAlg!.tag !== 0x30 || sig!.tag !== 0x04 || (si[6] && si[6].tag !== 0xa1)) throw new der.NotPlainDer('SignerInfo');
  if (!isOid(kids(digestAlg!)[0]!, OID_BYTES.sha256) || !isOid(kids(sigAlg!)[0]!, OID_BYTES.ecdsaWithSha256)) throw new CmsMalformedError('only SHA-256 with ECDSA is accepted');
  const [, serialTlv] = kids(sid!, 0x30, 0x02);
  let certificates: CertInfo[];
  try {
    certificates = certTlvs.map((c) => parseCertificate(der.encoded(b, c)));
  } catch (e) {
    throw new CmsMalformedError(`certificate: ${(e as Error).message}`);
  }
  const serial = Buffer.from(der.contents(b, serialTlv!)).toString('hex');
  const signer = certificates.find((c) => c.serialNumber === serial);
  if (!signer) throw new CmsMalformedError('signer certificate missing');
  let messageDigest: Uint8Array | undefined;
  let signingTime: Date | undefined;
  for (const a of kids(attrs!)) {
    const [t, values] = kids(a);
    if (!t || t.tag !== 0x06 || !values || values.tag !== 0x31) throw new der.NotPlainDer('attribute');
    const v = kids(values)[0];
    if (isOid(t, OID_BYTES.messageDigest) && !messageDigest) {
      if (!v || v.tag !== 0x04) throw new der.NotPlainDer('messageDigest');
      messageDigest = der.contents(b, v);
    } else if (isOid(t, OID_BYTES.signingTime) && !signingTime) {
      if (!v) throw new der.NotPlainDer('signingTime');
      signingTime = der.readTime(b, v);
    }
  }
  if (!messageDigest) throw new CmsMalformedError('no messageDigest');
  // Signed attributes are signed as a SET OF ([0] IMPLICIT on the wire → universal SET tag).
  const signedAttrs = Uint8Array.from(der.encoded(b, attrs!));
  signedAttrs[0] = 0x31;
  return { signer, certificates, ...(signingTime ? { signingTime } : {}), messageDigest, signedAttrs, signature: der.contents(b, sig!) };
}

export type VerifyResult = { ok: true; parsed: ParsedSignature } | { ok: false; code: 'EDS_MALFORMED' | 'EDS_INVALID_SIGNATURE'; detail: string };

/** The signature is the signer's, over exactly this content. Chain and status are checked elsewhere. */
export function verifyDetached(cms: Uint8Array, content: Uint8Array, general?: GeneralCmsReader): VerifyResult {
  let parsed: ParsedSignature;
  try {
    parsed = readSignedData(cms, general);
  } catch (e) {
    return { ok: false, code: 'EDS_MALFORMED', detail: (e as Error).message };
  }
  const digest = createHash('sha256').update(content).digest();
  if (!digest.equals(Buffer.from(parsed.messageDigest))) return { ok: false, code: 'EDS_INVALID_SIGNATURE', detail: 'the content differs from what was signed' };
  let good = false;
  try {
    good = cryptoVerify('sha256', parsed.signedAttrs, parsed.signer.publicKey, parsed.signature);
  } catch {
    good = false;
  }
  return good ? { ok: true, parsed } : { ok: false, code: 'EDS_INVALID_SIGNATURE', detail: 'the signature does not match the signer’s key' };
}
