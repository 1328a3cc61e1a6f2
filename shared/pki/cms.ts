/**
 * CMS SignedData (RFC 5652), detached: what a citizen signs over the canonical request, and what
 * a clerk signs over a result PDF. Signed attributes carry contentType, signingTime and the
 * SHA-256 messageDigest; the signer's certificate (and chain) travel inside.
 */
import { createHash, verify as cryptoVerify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import * as cmsAsn from '@peculiar/asn1-cms';
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { Time } from '@peculiar/asn1-x509';
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

/** Decoded certificates for signing, by DER: a clerk's certificate and the CA's sign every result. */
const forSigning = new Map<string, pkijs.Certificate>();
function certificateFor(der: Uint8Array): pkijs.Certificate {
  const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  let c = forSigning.get(key);
  if (!c) {
    if (forSigning.size >= 256) forSigning.delete(forSigning.keys().next().value!);
    forSigning.set(key, (c = pkijs.Certificate.fromBER(ab(der))));
  }
  return c;
}

export async function signDetached(o: { content: Uint8Array; signerCertDer: Uint8Array; signer: KeySigner; signingTime: Date; chainDers?: Uint8Array[] }): Promise<Uint8Array> {
  const cert = certificateFor(o.signerCertDer);
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
    certificates: [cert, ...(o.chainDers ?? []).map(certificateFor)],
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

/**
 * Reads a CMS SignedData with @peculiar/asn1-cms (BER decoded once by asn1js); the signer's and
 * the chain's certificates are taken as the exact bytes that travelled.
 */
export function readSignedData(cms: Uint8Array): ParsedSignature {
  let sd: cmsAsn.SignedData;
  let certDers: Uint8Array[];
  let signedAttrsDer: Uint8Array;
  try {
    const top = asn1js.fromBER(ab(cms));
    if (top.offset === -1 || !(top.result instanceof asn1js.Sequence)) throw new Error('not a ContentInfo');
    const [type, content] = top.result.valueBlock.value;
    if (!(type instanceof asn1js.ObjectIdentifier) || type.valueBlock.toString() !== CMS.signedData || !(content instanceof asn1js.Constructed)) throw new Error('not SignedData');
    const inner = content.valueBlock.value[0]!;
    sd = AsnParser.fromASN<cmsAsn.SignedData>(inner, cmsAsn.SignedData);
    const fields = (inner as asn1js.Sequence).valueBlock.value;
    const certSet = fields.find((f) => f.idBlock.tagClass === 3 && f.idBlock.tagNumber === 0) as asn1js.Constructed | undefined;
    certDers = (certSet?.valueBlock.value ?? []).map((c) => new Uint8Array(c.valueBeforeDecodeView));
    const signerInfos = fields[fields.length - 1] as asn1js.Set;
    const si0 = signerInfos.valueBlock.value[0] as asn1js.Sequence | undefined;
    const attrs = si0?.valueBlock.value.find((f) => f.idBlock.tagClass === 3 && f.idBlock.tagNumber === 0);
    // Signed attributes are signed as a SET OF ([0] IMPLICIT on the wire → universal SET tag).
    signedAttrsDer = attrs ? Uint8Array.from(attrs.valueBeforeDecodeView) : new Uint8Array();
    if (signedAttrsDer.length) signedAttrsDer[0] = 0x31;
  } catch (e) {
    throw new CmsMalformedError((e as Error).message);
  }
  const si = sd.signerInfos[0];
  if (!si || sd.signerInfos.length !== 1) throw new CmsMalformedError('exactly one signer is expected');
  if (!si.signedAttrs || !signedAttrsDer.length) throw new CmsMalformedError('no signed attributes');
  if (si.digestAlgorithm.algorithm !== OID.sha256 || si.signatureAlgorithm.algorithm !== OID.ecdsaWithSha256) throw new CmsMalformedError('only SHA-256 with ECDSA is accepted');
  const asnCerts = (sd.certificates ?? []).map((c) => c.certificate);
  if (asnCerts.length !== certDers.length || asnCerts.some((c) => !c)) throw new CmsMalformedError('only X.509 certificates are accepted');
  let certificates: CertInfo[];
  try {
    certificates = certDers.map((der) => parseCertificate(der));
  } catch (e) {
    throw new CmsMalformedError(`certificate: ${(e as Error).message}`);
  }
  const serialBytes = si.sid.issuerAndSerialNumber?.serialNumber;
  if (!serialBytes) throw new CmsMalformedError('signer identified by key id');
  const serial = Buffer.from(serialBytes).toString('hex');
  const signer = certificates.find((c) => c.serialNumber === serial);
  if (!signer) throw new CmsMalformedError('signer certificate missing');
  const attr = (type: string) => si.signedAttrs!.find((a) => a.attrType === type)?.attrValues[0];
  const md = attr(CMS.messageDigest);
  if (!md) throw new CmsMalformedError('no messageDigest');
  const st = attr(CMS.signingTime);
  let messageDigest: Uint8Array;
  let signingTime: Date | undefined;
  try {
    messageDigest = new Uint8Array(AsnConvert.parse(md, OctetString).buffer);
    signingTime = st ? AsnConvert.parse(st, Time).getTime() : undefined;
  } catch (e) {
    throw new CmsMalformedError((e as Error).message);
  }
  return {
    signer,
    certificates,
    ...(signingTime ? { signingTime } : {}),
    messageDigest,
    signedAttrs: signedAttrsDer,
    signature: new Uint8Array(si.signature.buffer),
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
