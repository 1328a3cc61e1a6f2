/**
 * Reading any CMS SignedData (BER included, other signer-id choices) with @peculiar/asn1-cms:
 * the request-signature check hands it what the small DER reader in cms.ts does not take.
 * Only the signature-check function loads it.
 */
import * as asn1js from 'asn1js';
import * as cmsAsn from '@peculiar/asn1-cms';
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { Time } from '@peculiar/asn1-x509';
import { CmsMalformedError, type ParsedSignature } from './cms.js';
import { CMS } from './cms-sign.js';
import { OID } from './oid.js';
import { parseCertificate, type CertInfo } from './x509-read.js';

const ab = (u: Uint8Array): ArrayBuffer => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

/**
 * Reads a CMS SignedData with @peculiar/asn1-cms (BER decoded once by asn1js); the signer's and
 * the chain's certificates are taken as the exact bytes that travelled.
 */
export function readSignedDataGeneral(cms: Uint8Array): ParsedSignature {
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

