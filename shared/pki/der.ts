/**
 * A minimal, strict DER reader and writer: the platform's certificates, requests, revocation
 * lists and CMS signatures are all DER (X.509 requires it), so reading and writing them needs no
 * general ASN.1 library. It handles definite-length DER with low tag numbers only, and says so by
 * throwing NotPlainDer, so a caller can hand other input (a citizen's BER CMS) to the general
 * decoder in cms-general.ts. The tests read what it writes with @peculiar's independent decoders.
 */

export class NotPlainDer extends Error {
  constructor(reason: string) {
    super(`not plain DER: ${reason}`);
    this.name = 'NotPlainDer';
  }
}

/** One TLV inside `bytes`: tag byte, where its contents start, and where it ends. */
export interface Tlv {
  tag: number;
  start: number;
  body: number;
  end: number;
}

export function readTlv(bytes: Uint8Array, pos: number, limit = bytes.length): Tlv {
  if (pos + 2 > limit) throw new NotPlainDer('truncated');
  const tag = bytes[pos]!;
  if ((tag & 0x1f) === 0x1f) throw new NotPlainDer('high tag number');
  let len = bytes[pos + 1]!;
  let body = pos + 2;
  if (len === 0x80) throw new NotPlainDer('indefinite length');
  if (len > 0x80) {
    const n = len & 0x7f;
    if (n > 4 || body + n > limit) throw new NotPlainDer('length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[body + i]!;
    body += n;
  }
  const end = body + len;
  if (end > limit) throw new NotPlainDer('truncated');
  return { tag, start: pos, body, end };
}

/** The TLVs directly inside a constructed one. */
export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let p = parent.body; p < parent.end; ) {
    const t = readTlv(bytes, p, parent.end);
    out.push(t);
    p = t.end;
  }
  return out;
}

/** Reads `bytes` as exactly one TLV of the given tag. */
export function readWhole(bytes: Uint8Array, tag: number): Tlv {
  const t = readTlv(bytes, 0);
  if (t.tag !== tag || t.end !== bytes.length) throw new NotPlainDer(`expected tag ${tag.toString(16)} over the whole input`);
  return t;
}

export const contents = (bytes: Uint8Array, t: Tlv): Uint8Array => bytes.subarray(t.body, t.end);
export const encoded = (bytes: Uint8Array, t: Tlv): Uint8Array => bytes.subarray(t.start, t.end);

// ---------------------------------------------------------------- writing

function header(tag: number, len: number): number[] {
  if (len < 0x80) return [tag, len];
  const l: number[] = [];
  for (let v = len; v > 0; v = Math.floor(v / 256)) l.unshift(v & 0xff);
  return [tag, 0x80 | l.length, ...l];
}

export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const h = header(tag, len);
  const out = new Uint8Array(h.length + len);
  out.set(h, 0);
  let o = h.length;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export const seq = (...parts: Uint8Array[]) => tlv(0x30, ...parts);
export const set = (...parts: Uint8Array[]) => tlv(0x31, ...parts);
export const octets = (b: Uint8Array) => tlv(0x04, b);
export const smallInt = (n: number) => {
  if (n < 0 || n > 127) throw new RangeError('smallInt');
  return tlv(0x02, Uint8Array.of(n));
};

export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const body: number[] = [];
  const push = (v: number) => {
    const b = [v & 0x7f];
    for (v = Math.floor(v / 128); v > 0; v = Math.floor(v / 128)) b.unshift(0x80 | (v & 0x7f));
    body.push(...b);
  };
  push(arcs[0]! * 40 + arcs[1]!);
  for (const a of arcs.slice(2)) push(a);
  return tlv(0x06, Uint8Array.from(body));
}

/** UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5), whole seconds, UTC. */
export function time(d: Date): Uint8Array {
  const y = d.getUTCFullYear();
  const p = (n: number) => String(n).padStart(2, '0');
  const rest = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  const utc = y >= 1950 && y < 2050;
  return tlv(utc ? 0x17 : 0x18, new TextEncoder().encode(utc ? `${p(y % 100)}${rest}` : `${y}${rest}`));
}

/** Reads a UTCTime (0x17) or GeneralizedTime (0x18) in the DER form (Z, whole seconds). */
export function readTime(bytes: Uint8Array, t: Tlv): Date {
  const s = new TextDecoder().decode(contents(bytes, t));
  const m = t.tag === 0x17 ? /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s) : t.tag === 0x18 ? /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s) : null;
  if (!m) throw new NotPlainDer('time');
  let year = Number(m[1]);
  if (t.tag === 0x17) year += year < 50 ? 2000 : 1900;
  const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw new NotPlainDer('time');
  return d;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && compareBytes(a, b) === 0;
