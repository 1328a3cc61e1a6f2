/**
 * The pure DER-writing parts of X.509 work: names, the small encoders certificates and requests
 * share, and PKCS#10 requests (CSR). No node imports, so the citizen portal bundles this for the
 * browser and builds its CSR with the same code the server tests; x509.ts (the certification
 * centre's side) builds on it and re-exports createCsr.
 */
import type { KeySigner } from '../ports/index.js';
import * as der from './der.js';
import { OID } from './oid.js';

export interface SubjectInfo {
  commonName: string;
  iin?: string;
  bin?: string;
  organisation?: string;
}

const enc = new TextEncoder();
export const ALG_ECDSA_SHA256 = der.seq(der.oid(OID.ecdsaWithSha256));
export const utf8 = (s: string) => der.tlv(0x0c, enc.encode(s));
export const printable = (s: string) => der.tlv(0x13, enc.encode(s));
export const bool = (v: boolean) => der.tlv(0x01, Uint8Array.of(v ? 0xff : 0x00));
export const bitString = (bytes: Uint8Array, unusedBits = 0) => der.tlv(0x03, Uint8Array.of(unusedBits), bytes);
/** An INTEGER whose content octets are these bytes (serial numbers travel as their hex). */
export const integerBytes = (b: Uint8Array) => der.tlv(0x02, b);
export function integer(n: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = n; ; v = Math.floor(v / 256)) {
    bytes.unshift(v & 0xff);
    if (v < 256) break;
  }
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return der.tlv(0x02, Uint8Array.from(bytes));
}
export const extension = (oid: string, critical: boolean, value: Uint8Array) => der.seq(der.oid(oid), ...(critical ? [bool(true)] : []), der.octets(value));

/** A distinguished name with one attribute per RDN, as CAs write them. */
export function name(s: SubjectInfo & { country?: string }): Uint8Array {
  const rdn = (oid: string, value: Uint8Array) => der.set(der.seq(der.oid(oid), value));
  return der.seq(
    rdn(OID.country, printable(s.country ?? 'KZ')),
    ...(s.organisation ? [rdn(OID.organisation, utf8(s.organisation))] : []),
    ...(s.bin ? [rdn(OID.organisationalUnit, utf8(`BIN${s.bin}`))] : []),
    rdn(OID.commonName, utf8(s.commonName)),
    ...(s.iin ? [rdn(OID.serialNumber, printable(`IIN${s.iin}`))] : []),
  );
}

/** PKCS#10 (RFC 2986), with an empty attribute set. */
export async function createCsr(o: { signer: KeySigner; subject: SubjectInfo }): Promise<Uint8Array> {
  const info = der.seq(integer(0), name(o.subject), await o.signer.publicKeySpki(), der.tlv(0xa0));
  return der.seq(info, ALG_ECDSA_SHA256, bitString(await o.signer.sign(info)));
}
