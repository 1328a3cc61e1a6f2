/**
 * A certificate's subject attributes read straight from its DER, for code that needs the IIN in a
 * certificate it already trusts (a staff member's own, from the centre's registry) and would
 * otherwise load a full X.509 decoder for it.
 */
import * as der from './der.js';
import { OID } from './oid.js';

const dec = new TextDecoder();

/** The subject's attribute values by OID (first value of each); `isName`: the input is a Name, not a certificate. */
export function subjectAttributes(input: Uint8Array, isName = false): Map<string, string> {
  let subject: der.Tlv;
  if (isName) subject = der.readWhole(input, 0x30);
  else {
    const tbs = der.childrenOf(input, der.childrenOf(input, der.readWhole(input, 0x30))[0]!);
    const i = tbs[0]!.tag === 0xa0 ? 1 : 0;
    subject = tbs[i + 4]!; // serial, signature algorithm, issuer, validity, subject
  }
  const out = new Map<string, string>();
  for (const rdn of der.childrenOf(input, subject)) {
    for (const atv of der.childrenOf(input, rdn)) {
      const [type, value] = der.childrenOf(input, atv);
      if (!type || !value || type.tag !== 0x06) continue;
      const oid = dottedOid(der.contents(input, type));
      if (!out.has(oid)) out.set(oid, dec.decode(der.contents(input, value)));
    }
  }
  return out;
}

function dottedOid(b: Uint8Array): string {
  const arcs: number[] = [];
  let v = 0;
  for (const byte of b) {
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(v);
      v = 0;
    }
  }
  const first = arcs.shift() ?? 0;
  return [first < 80 ? Math.floor(first / 40) : 2, first < 80 ? first % 40 : first - 80, ...arcs].join('.');
}

/** The IIN of serialNumber=IIN<12 digits>, as Kazakh certificates carry it. */
export function subjectIin(certDer: Uint8Array): string | undefined {
  const sn = subjectAttributes(certDer).get(OID.serialNumber);
  return sn && /^IIN\d{12}$/.test(sn) ? sn.slice(3) : undefined;
}
