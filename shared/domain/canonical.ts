/**
 * Canonical JSON (RFC 8785 subset: sorted keys, no whitespace, JSON numbers as JS prints them)
 * — the exact bytes a citizen signs, so that the server can rebuild them byte for byte.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i] === undefined ? null : value[i]);
    return `${out}]`;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // Code-unit order, as RFC 8785 sorts keys (the default sort compares UTF-16 code units).
    const keys = Object.keys(o).sort();
    let out = '{';
    let first = true;
    for (const k of keys) {
      const v = o[k];
      if (v === undefined) continue;
      out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
      first = false;
    }
    return `${out}}`;
  }
  throw new TypeError(`cannot canonicalize ${typeof value}`);
}

/** What the applicant signs (condition 2): the service, the form, each scan's hash, the channel and the time. */
export interface SignedContent {
  serviceId: string;
  serviceVersion: number;
  channel: string;
  applicantIin: string;
  /** A legal entity's BIN when its representative (applicantIin) files for it. */
  applicantBin?: string;
  form: Record<string, unknown>;
  attachments: { kind: string; sha256: string }[];
  signedAt: string;
}

export function signedContentBytes(c: SignedContent): Uint8Array {
  return new TextEncoder().encode(canonicalJson(c));
}
