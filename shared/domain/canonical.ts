/**
 * Canonical JSON (RFC 8785 subset: sorted keys, no whitespace, JSON numbers as JS prints them)
 * — the exact bytes a citizen signs, so that the server can rebuild them byte for byte.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
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
