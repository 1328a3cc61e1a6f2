/**
 * The citizen's own signing key in the browser (ЭЦП / ЭЦҚ): an ECDSA P-256 key made by WebCrypto
 * as non-extractable (the private key can sign but can never be read out, not even by this
 * code), a certificate for it from the certification centre (PKCS#10 request written by the same
 * pure DER code the server uses), and the detached CMS over the canonical content of a request,
 * exactly as scripts/lib/client.ts signs it. No DOM-only API here (storage is in eds-store.ts), so
 * the unit tests run this very code under Node's WebCrypto and check it with the server's verifier.
 */
import { signedContentBytes } from '../../../shared/domain/canonical.js';
import { signDigestDetached } from '../../../shared/pki/cms-write.js';
import * as der from '../../../shared/pki/der.js';
import { createCsr } from '../../../shared/pki/x509-write.js';
import type { KeySigner } from '../../../shared/ports/index.js';

/** The WebCrypto calls used here, typed structurally so this file checks under DOM and Node typings alike. */
interface Subtle {
  generateKey(alg: { name: 'ECDSA'; namedCurve: 'P-256' }, extractable: boolean, usages: string[]): Promise<unknown>;
  sign(alg: { name: 'ECDSA'; hash: 'SHA-256' }, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
  exportKey(format: 'spki', key: unknown): Promise<ArrayBuffer>;
  digest(alg: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
const subtle = (): Subtle => (globalThis as unknown as { crypto: { subtle: Subtle } }).crypto.subtle;

/** A WebCrypto key pair (CryptoKeyPair); IndexedDB stores it as is, private part still unreadable. */
export interface KeyPair {
  publicKey: unknown;
  privateKey: unknown;
}

/** WebCrypto returns ECDSA signatures as r‖s (IEEE P1363); X.509 and CMS carry the DER SEQUENCE { r, s }. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length !== 64) throw new Error(`expected a 64-byte P-256 signature, got ${raw.length}`);
  const int = (b: Uint8Array) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = b.subarray(i);
    return der.tlv(0x02, v[0]! & 0x80 ? Uint8Array.of(0, ...v) : v);
  };
  return der.seq(int(raw.subarray(0, 32)), int(raw.subarray(32)));
}

/** The KeySigner port over a WebCrypto key pair. */
export class BrowserKeySigner implements KeySigner {
  private spki?: Uint8Array;
  constructor(readonly keys: KeyPair) {}

  /** A new P-256 key; `extractable: false`, so the private key never leaves this browser. */
  static async generate(): Promise<BrowserKeySigner> {
    const keys = (await subtle().generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as KeyPair;
    return new BrowserKeySigner(keys);
  }

  async publicKeySpki(): Promise<Uint8Array> {
    // A public key is always exportable, whatever the pair's `extractable`.
    this.spki ??= new Uint8Array(await subtle().exportKey('spki', this.keys.publicKey));
    return this.spki;
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    return ecdsaRawToDer(new Uint8Array(await subtle().sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, data)));
  }
}

/** A key with the certificate the centre issued for it. */
export interface CitizenKey {
  signer: KeySigner;
  certDer: Uint8Array;
  chain: Uint8Array[];
  serialNumber: string;
}

export const toBase64 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
};
export const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** An organisation the citizen represents (from ГБД ЮЛ): its certificate carries OU=BIN… and O=name beside the IIN. */
export interface Organisation {
  bin: string;
  name: string;
}

/** The PKCS#10 request (DER) for this key, subject serialNumber=IIN… (and the organisation's BIN and name), as the centre expects. */
export function certificateRequest(signer: KeySigner, iin: string, commonName: string, org?: Organisation): Promise<Uint8Array> {
  return createCsr({ signer, subject: { commonName, iin, ...(org ? { bin: org.bin, organisation: org.name } : {}) } });
}

/** The centre's answer to POST /v1/pki/certificates. */
export interface IssuedCertificate {
  certificate: string;
  chain: string[];
  serialNumber: string;
}

/** Sends the CSR (base64 DER) through `issue` (the API call) and keeps the answer with the key. */
export async function enroll(signer: KeySigner, iin: string, commonName: string, issue: (body: { csr: string; usage: 'signing' }) => Promise<IssuedCertificate>, org?: Organisation): Promise<CitizenKey> {
  const csr = await certificateRequest(signer, iin, commonName, org);
  const r = await issue({ csr: toBase64(csr), usage: 'signing' });
  return { signer, certDer: fromBase64(r.certificate), chain: r.chain.map(fromBase64), serialNumber: r.serialNumber };
}

/** What a request carries: the same fields scripts/lib/client.ts RequestInput has. */
export interface RequestInput {
  applicantIin: string;
  /** A legal entity's BIN when its representative files for it (signed too: condition 2 compares it with the certificate's). */
  applicantBin?: string;
  serviceId: string;
  serviceVersion: number;
  form: Record<string, unknown>;
  attachments: { uploadId: string; kind: string; sha256: string }[];
  language?: string;
  channel?: string;
}

/** The canonical bytes the applicant signs (shared/domain/canonical.ts), exactly as the server rebuilds them. */
export function contentOf(input: RequestInput, signedAt: string): Uint8Array {
  return signedContentBytes({
    serviceId: input.serviceId,
    serviceVersion: input.serviceVersion,
    channel: input.channel ?? 'portal',
    applicantIin: input.applicantIin,
    ...(input.applicantBin ? { applicantBin: input.applicantBin } : {}),
    form: input.form,
    attachments: input.attachments.map((a) => ({ kind: a.kind, sha256: a.sha256 })),
    signedAt,
  });
}

/** The body of POST /v1/requests, signed (detached CMS, the certificate and its issuer inside). */
export async function signRequest(key: CitizenKey, input: RequestInput, signedAt = new Date()) {
  // CMS signingTime and signedAt are whole seconds apart from nothing: DER time has seconds only.
  const at = new Date(Math.floor(signedAt.getTime() / 1000) * 1000);
  const iso = at.toISOString();
  const content = contentOf(input, iso);
  const digest = new Uint8Array(await subtle().digest('SHA-256', content));
  const cms = await signDigestDetached({ contentSha256: digest, signerCertDer: key.certDer, signer: key.signer, signingTime: at, chainDers: key.chain.slice(0, 1) });
  return {
    serviceId: input.serviceId,
    // The version the form was filled for: a newer one in the catalogue is then a clear 409, not a signature refusal.
    serviceVersion: input.serviceVersion,
    channel: input.channel ?? 'portal',
    ...(input.applicantBin ? { applicantBin: input.applicantBin } : {}),
    ...(input.language ? { language: input.language } : {}),
    form: input.form,
    attachments: input.attachments,
    signature: { format: 'cms', value: toBase64(cms), signedAt: iso },
  };
}
