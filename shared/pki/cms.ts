/**
 * CMS SignedData (RFC 5652), detached: what a citizen signs over the canonical request, and what
 * a clerk signs over a result PDF. Signed attributes carry contentType, signingTime and the
 * SHA-256 messageDigest; the signer's certificate (and chain) travel inside.
 */
import { createHash, verify as cryptoVerify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { KeySigner } from '../ports/index.js';
import { OID, parseCertificate, type CertInfo } from './x509.js';

const CMS = { data: '1.2.840.113549.1.7.1', signedData: '1.2.840.113549.1.7.2', contentType: '1.2.840.113549.1.9.3', messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5' };
const ab = (u: Uint8Array): ArrayBuffer => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

export class CmsMalformedError extends Error {
  constructor(reason: string) {
    super(`malformed CMS: ${reason}`);
    this.name = 'CmsMalformedError';
  }
}

export async function signDetached(o: { content: Uint8Array; signerCertDer: Uint8Array; signer: KeySigner; signingTime: Date; chainDers?: Uint8Array[] }): Promise<Uint8Array> {
  const cert = pkijs.Certificate.fromBER(ab(o.signerCertDer));
  const digest = createHash('sha256').update(o.content).digest();
  const attrs = [
    new pkijs.Attribute({ type: CMS.contentType, values: [new asn1js.ObjectIdentifier({ value: CMS.data })] }),
    new pkijs.Attribute({ type: CMS.signingTime, values: [new asn1js.UTCTime({ valueDate: o.signingTime })] }),
    new pkijs.Attribute({ type: CMS.messageDigest, values: [new asn1js.OctetString({ valueHex: ab(digest) })] }),
  ]
    // DER: a SET OF is ordered by the encodings of its elements.
    .map((a) => ({ a, der: Buffer.from(a.toSchema().toBER()) }))
    .sort((x, y) => Buffer.compare(x.der, y.der))
    .map((x) => x.a);
  const toSign = new Uint8Array(new asn1js.Set({ value: attrs.map((a) => a.toSchema()) }).toBER());
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: attrs }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: ab(await o.signer.sign(toSign)) }),
  });
  const sd = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CMS.data }),
    certificates: [cert, ...(o.chainDers ?? []).map((d) => pkijs.Certificate.fromBER(ab(d)))],
    signerInfos: [signerInfo],
  });
  const ci = new pkijs.ContentInfo({ contentType: CMS.signedData, content: sd.toSchema(true) });
  return new Uint8Array(ci.toSchema().toBER());
}

export interface ParsedSignature {
  signer: CertInfo;
  certificates: CertInfo[];
  signingTime?: Date;
  messageDigest: Uint8Array;
  signedAttrs: Uint8Array;
  signature: Uint8Array;
}

export function readSignedData(cms: Uint8Array): ParsedSignature {
  let sd: pkijs.SignedData;
  try {
    const ci = pkijs.ContentInfo.fromBER(ab(cms));
    if (ci.contentType !== CMS.signedData) throw new Error('not SignedData');
    sd = new pkijs.SignedData({ schema: ci.content });
  } catch (e) {
    throw new CmsMalformedError((e as Error).message);
  }
  const si = sd.signerInfos[0];
  if (!si || sd.signerInfos.length !== 1) throw new CmsMalformedError('exactly one signer is expected');
  if (!si.signedAttrs) throw new CmsMalformedError('no signed attributes');
  if (si.digestAlgorithm.algorithmId !== OID.sha256 || si.signatureAlgorithm.algorithmId !== OID.ecdsaWithSha256) throw new CmsMalformedError('only SHA-256 with ECDSA is accepted');
  const certificates = (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate).map((c) => parseCertificate(new Uint8Array(c.toSchema().toBER())));
  const sid = si.sid;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) throw new CmsMalformedError('signer identified by key id');
  const serial = Buffer.from(sid.serialNumber.valueBlock.valueHexView).toString('hex');
  const signer = certificates.find((c) => c.serialNumber === serial);
  if (!signer) throw new CmsMalformedError('signer certificate missing');
  const attr = (type: string) => si.signedAttrs!.attributes.find((a) => a.type === type)?.values[0];
  const md = attr(CMS.messageDigest) as asn1js.OctetString | undefined;
  if (!md) throw new CmsMalformedError('no messageDigest');
  const st = attr(CMS.signingTime) as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  return {
    signer,
    certificates,
    ...(st ? { signingTime: st.toDate() } : {}),
    messageDigest: new Uint8Array(md.valueBlock.valueHexView),
    signedAttrs: new Uint8Array(si.signedAttrs.encodedValue),
    signature: new Uint8Array(si.signature.valueBlock.valueHexView),
  };
}

export type VerifyResult = { ok: true; parsed: ParsedSignature } | { ok: false; code: 'EDS_MALFORMED' | 'EDS_INVALID_SIGNATURE'; detail: string };

/** The signature is the signer's, over exactly this content. Chain and status are checked elsewhere. */
export function verifyDetached(cms: Uint8Array, content: Uint8Array): VerifyResult {
  let parsed: ParsedSignature;
  try {
    parsed = readSignedData(cms);
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
