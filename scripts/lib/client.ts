/**
 * A small client of the e-Qyzmet HTTP API, used by the demo, the tests, the soak and the
 * benchmarks. It does what a portal front end does: sign in, get a signing certificate for a key
 * it keeps, upload a scan, sign the request (CMS) and submit it, read the status.
 */
import { createHash, randomUUID } from 'node:crypto';
import { signedContentBytes } from '../../shared/domain/canonical.js';
import { findService } from '../../shared/domain/services/index.js';
import { signDetached } from '../../shared/pki/cms.js';
import { WebCryptoKeySigner } from '../../shared/pki/webcrypto-signer.js';
import { createCsr } from '../../shared/pki/x509.js';
import type { KeySigner } from '../../shared/ports/index.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A citizen's own key and the certificate the centre issued for it. */
export interface CitizenSigner {
  key: KeySigner;
  certDer: Uint8Array;
  chain: Uint8Array[];
  serialNumber: string;
}

export interface RequestInput {
  applicantIin: string;
  /** A legal entity's BIN when its representative files for it. */
  applicantBin?: string;
  serviceId: string;
  serviceVersion?: number;
  form: Record<string, unknown>;
  attachments: { uploadId: string; kind: string; sha256: string }[];
  language?: string;
  channel?: string;
}

/** The version signed: the one given, or the one the portal shows now (the newest in the catalogue). */
const versionOf = (input: RequestInput) => input.serviceVersion ?? findService(input.serviceId)?.version ?? 1;

/** The canonical content the applicant signs, exactly as the server rebuilds it. */
export function contentOf(input: RequestInput, signedAt: string): Uint8Array {
  return signedContentBytes({
    serviceId: input.serviceId,
    serviceVersion: versionOf(input),
    channel: input.channel ?? 'portal',
    applicantIin: input.applicantIin,
    ...(input.applicantBin ? { applicantBin: input.applicantBin } : {}),
    form: input.form,
    attachments: input.attachments.map((a) => ({ kind: a.kind, sha256: a.sha256 })),
    signedAt,
  });
}

export async function signRequestWith(signer: CitizenSigner, input: RequestInput, signedAt = new Date()) {
  const at = signedAt.toISOString();
  const cms = await signDetached({ content: contentOf(input, at), signerCertDer: signer.certDer, signer: signer.key, signingTime: signedAt, chainDers: signer.chain.slice(0, 1) });
  return {
    serviceId: input.serviceId,
    serviceVersion: versionOf(input),
    channel: input.channel ?? 'portal',
    ...(input.applicantBin ? { applicantBin: input.applicantBin } : {}),
    ...(input.language ? { language: input.language } : {}),
    form: input.form,
    attachments: input.attachments,
    signature: { format: 'cms', value: Buffer.from(cms).toString('base64'), signedAt: at },
  };
}

export class ApiClient {
  token?: string;
  signer?: CitizenSigner;
  constructor(
    readonly baseUrl: string,
    readonly lang = 'ru',
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const r = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'accept-language': this.lang,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: r.status, headers: r.headers, body: parsed as T };
  }

  async loginCitizen(iin: string, password: string): Promise<ApiResponse> {
    const r = await this.call('POST', '/v1/auth/login', { iin, password });
    if (r.status === 200) this.token = r.body.accessToken;
    return r;
  }

  async loginStaff(username: string, password: string): Promise<ApiResponse> {
    const r = await this.call('POST', '/v1/staff/auth/login', { username, password });
    if (r.status === 200) this.token = r.body.accessToken;
    return r;
  }

  /** Generates a key on this side, sends a CSR for the signed-in citizen's IIN, keeps both. */
  async enroll(iin: string, commonName = 'Citizen', usage: 'signing' | 'authentication' = 'signing', key?: KeySigner, org?: { bin: string; organisation: string }): Promise<CitizenSigner> {
    const k = key ?? (await WebCryptoKeySigner.generate());
    const csr = await createCsr({ signer: k, subject: { commonName, iin, ...(org ?? {}) } });
    const r = await this.call('POST', '/v1/pki/certificates', { csr: Buffer.from(csr).toString('base64'), usage });
    if (r.status !== 201) throw new Error(`certificate refused: ${r.status} ${JSON.stringify(r.body)}`);
    const signer = { key: k, certDer: new Uint8Array(Buffer.from(r.body.certificate, 'base64')), chain: (r.body.chain as string[]).map((c) => new Uint8Array(Buffer.from(c, 'base64'))), serialNumber: r.body.serialNumber };
    if (usage === 'signing' && !org) this.signer = signer;
    return signer;
  }

  /** Asks for an upload slot and PUTs the bytes to the presigned URL. */
  async upload(fileName: string, contentType: string, bytes: Uint8Array, declaredSize = bytes.length, path = '/v1/uploads'): Promise<{ uploadId: string; sha256: string; putStatus: number }> {
    const slot = await this.call('POST', path, { fileName, contentType, size: declaredSize });
    if (slot.status !== 201) throw new Error(`upload slot refused: ${slot.status} ${JSON.stringify(slot.body)}`);
    const put = await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: bytes as Uint8Array<ArrayBuffer> });
    return { uploadId: slot.body.uploadId, sha256: createHash('sha256').update(bytes).digest('hex'), putStatus: put.status };
  }

  /** The body of POST /v1/requests, signed (CMS) with this client's key. */
  signRequest(input: RequestInput, signedAt?: Date) {
    if (!this.signer) throw new Error('no signing key: call enroll() first');
    return signRequestWith(this.signer, input, signedAt);
  }

  submit(body: unknown, idempotencyKey: string = randomUUID()): Promise<ApiResponse> {
    return this.call('POST', '/v1/requests', body, { 'idempotency-key': idempotencyKey });
  }
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A one-page PDF with real PDF magic bytes, for demos and tests. */
export function samplePdf(text = 'scan'): Uint8Array {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export const archiveForm = {
  archive: 'state-archive',
  certificateType: 'work-record',
  organization: 'ТОО «Маңғыстаумұнайгаз»',
  periodFrom: 1998,
  periodTo: 2004,
  purpose: 'Для назначения пенсии',
};
