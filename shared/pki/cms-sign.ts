/**
 * Writing a CMS SignedData (RFC 5652), detached, with one signer and signed attributes
 * (contentType, signingTime, messageDigest): what a clerk signs over a result PDF and an operator
 * over a request filed on a citizen's behalf. The DER itself is written by cms-write.ts (no node
 * imports, shared with the browser); reading is in cms.ts.
 */
import { createHash } from 'node:crypto';
import type { KeySigner } from '../ports/index.js';
import { issuerAndSerial, signDigestDetached } from './cms-write.js';

export { CMS, OID_BYTES } from './cms-write.js';

/** A signer certificate's issuer name and serial number (as encoded), for the SignerInfo's sid; read once per certificate. */
const sids = new Map<string, Uint8Array>();
function sidOf(certDer: Uint8Array): Uint8Array {
  const key = Buffer.from(certDer.buffer, certDer.byteOffset, certDer.byteLength).toString('base64');
  let sid = sids.get(key);
  if (!sid) {
    sid = issuerAndSerial(certDer);
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
  return signDigestDetached({ contentSha256: digest, signerCertDer: o.signerCertDer, signer: o.signer, signingTime: o.signingTime, sid: sidOf(o.signerCertDer), ...(o.chainDers ? { chainDers: o.chainDers } : {}) });
}
