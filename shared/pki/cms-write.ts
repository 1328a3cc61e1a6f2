/**
 * Writing a detached CMS SignedData (RFC 5652) with one signer and signed attributes
 * (contentType, signingTime, messageDigest) over a digest the caller has already computed. No
 * node imports: the citizen portal signs requests in the browser with exactly this code, and
 * cms-sign.ts (the server's signDetached) is a thin layer over it.
 */
import type { KeySigner } from '../ports/index.js';
import * as der from './der.js';
import { OID } from './oid.js';

export const CMS = { data: '1.2.840.113549.1.7.1', signedData: '1.2.840.113549.1.7.2', contentType: '1.2.840.113549.1.9.3', messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5' };

const ALG_SHA256 = der.seq(der.oid(OID.sha256));
const ALG_ECDSA_SHA256 = der.seq(der.oid(OID.ecdsaWithSha256));
export const OID_BYTES = { sha256: der.oid(OID.sha256), ecdsaWithSha256: der.oid(OID.ecdsaWithSha256), signedData: der.oid(CMS.signedData), messageDigest: der.oid(CMS.messageDigest), signingTime: der.oid(CMS.signingTime) };

/** The SignerInfo's sid: the signer certificate's issuer name and serial number, as encoded. */
export function issuerAndSerial(certDer: Uint8Array): Uint8Array {
  const tbs = der.childrenOf(certDer, der.readWhole(certDer, 0x30))[0]!;
  const f = der.childrenOf(certDer, tbs);
  const i = f[0]!.tag === 0xa0 ? 1 : 0;
  const [serial, , issuer] = [f[i]!, f[i + 1]!, f[i + 2]!];
  if (serial.tag !== 0x02 || issuer.tag !== 0x30) throw new Error('not an X.509 certificate');
  return der.seq(der.encoded(certDer, issuer), der.encoded(certDer, serial));
}

/**
 * The SignedData in DER, detached, over content whose SHA-256 is `contentSha256`. `sid` may be
 * passed when the caller keeps it (the server caches it per certificate); otherwise it is read
 * from the certificate.
 */
export async function signDigestDetached(o: { contentSha256: Uint8Array; signerCertDer: Uint8Array; signer: KeySigner; signingTime: Date; chainDers?: Uint8Array[]; sid?: Uint8Array }): Promise<Uint8Array> {
  const attrs = [
    der.seq(der.oid(CMS.contentType), der.set(der.oid(CMS.data))),
    der.seq(OID_BYTES.signingTime, der.set(der.time(o.signingTime))),
    der.seq(OID_BYTES.messageDigest, der.set(der.octets(o.contentSha256))),
  ].sort(der.compareBytes); // DER: a SET OF is ordered by the encodings of its elements.
  const signature = await o.signer.sign(der.set(...attrs));
  const signerInfo = der.seq(der.smallInt(1), o.sid ?? issuerAndSerial(o.signerCertDer), ALG_SHA256, der.tlv(0xa0, ...attrs), ALG_ECDSA_SHA256, der.octets(signature));
  const signedData = der.seq(
    der.smallInt(1),
    der.set(ALG_SHA256),
    der.seq(der.oid(CMS.data)),
    der.tlv(0xa0, o.signerCertDer, ...(o.chainDers ?? [])),
    der.set(signerInfo),
  );
  return der.seq(OID_BYTES.signedData, der.tlv(0xa0, signedData));
}
