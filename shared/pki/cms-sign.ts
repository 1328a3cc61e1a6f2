/**
 * Writing a CMS SignedData (RFC 5652), detached, with one signer and signed attributes
 * (contentType, signingTime, messageDigest): what a clerk signs over a result PDF and an operator
 * over a request filed on a citizen's behalf. DER written directly; reading is in cms.ts.
 */
import { createHash } from 'node:crypto';
import type { KeySigner } from '../ports/index.js';
import * as der from './der.js';
import { OID } from './oid.js';

export const CMS = { data: '1.2.840.113549.1.7.1', signedData: '1.2.840.113549.1.7.2', contentType: '1.2.840.113549.1.9.3', messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5' };

const ALG_SHA256 = der.seq(der.oid(OID.sha256));
const ALG_ECDSA_SHA256 = der.seq(der.oid(OID.ecdsaWithSha256));
export const OID_BYTES = { sha256: der.oid(OID.sha256), ecdsaWithSha256: der.oid(OID.ecdsaWithSha256), signedData: der.oid(CMS.signedData), messageDigest: der.oid(CMS.messageDigest), signingTime: der.oid(CMS.signingTime) };

/** A signer certificate's issuer name and serial number (as encoded), for the SignerInfo's sid; read once per certificate. */
const sids = new Map<string, Uint8Array>();
function sidOf(certDer: Uint8Array): Uint8Array {
  const key = Buffer.from(certDer.buffer, certDer.byteOffset, certDer.byteLength).toString('base64');
  let sid = sids.get(key);
  if (!sid) {
    const tbs = der.childrenOf(certDer, der.readWhole(certDer, 0x30))[0]!;
    const f = der.childrenOf(certDer, tbs);
    const i = f[0]!.tag === 0xa0 ? 1 : 0;
    const [serial, , issuer] = [f[i]!, f[i + 1]!, f[i + 2]!];
    if (serial.tag !== 0x02 || issuer.tag !== 0x30) throw new Error('not an X.509 certificate');
    sid = der.seq(der.encoded(certDer, issuer), der.encoded(certDer, serial));
    if (sids.size >= 256) sids.delete(sids.keys().next().value!);
    sids.set(key, sid);
  }
  return sid;
}

/**
 * Writes the SignedData directly in DER (one signer, signed attributes, detached content): it is
 * on every result's path, and building it through a general ASN.1 library cost more than the rest
 * of the pipeline. The tests read what this writes with @peculiar/asn1-cms.
 */
export async function signDetached(o: { content: Uint8Array; contentSha256?: Uint8Array; signerCertDer: Uint8Array; signer: KeySigner; signingTime: Date; chainDers?: Uint8Array[] }): Promise<Uint8Array> {
  const digest = o.contentSha256 ?? createHash('sha256').update(o.content).digest();
  const attrs = [
    der.seq(der.oid(CMS.contentType), der.set(der.oid(CMS.data))),
    der.seq(OID_BYTES.signingTime, der.set(der.time(o.signingTime))),
    der.seq(OID_BYTES.messageDigest, der.set(der.octets(digest))),
  ].sort(der.compareBytes); // DER: a SET OF is ordered by the encodings of its elements.
  const signature = await o.signer.sign(der.set(...attrs));
  const signerInfo = der.seq(der.smallInt(1), sidOf(o.signerCertDer), ALG_SHA256, der.tlv(0xa0, ...attrs), ALG_ECDSA_SHA256, der.octets(signature));
  const signedData = der.seq(
    der.smallInt(1),
    der.set(ALG_SHA256),
    der.seq(der.oid(CMS.data)),
    der.tlv(0xa0, o.signerCertDer, ...(o.chainDers ?? [])),
    der.set(signerInfo),
  );
  return der.seq(OID_BYTES.signedData, der.tlv(0xa0, signedData));
}

