/**
 * Helpers the service test files share: legal entities' representatives with a BIN certificate,
 * scans uploaded for a request, a request signed with them and taken into work, result text the
 * PDF can print, a history's step ids and events.
 */
import { expect } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { samplePdf, type ApiClient, type CitizenSigner } from '../../scripts/lib/client.js';
import { waitStatus } from './journey.js';
import { registerOrganisation } from '../../scripts/local/seed.js';
import type { Platform } from '../../scripts/local/platform.js';
import { unsupportedCharacters } from '../../shared/domain/document-text.js';
import { completeIin } from '../../shared/domain/iin.js';
import { newCitizen } from './platform.js';

/** A fresh valid BIN (YYMM, a legal-entity type digit 4–6, then random digits). */
export function freshBin(): string {
  for (;;) {
    const yymm = `${String(5 + Math.floor(Math.random() * 15)).padStart(2, '0')}${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}`;
    const bin = completeIin(`${yymm}${4 + Math.floor(Math.random() * 3)}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`);
    if (bin) return bin;
  }
}

export interface Representative {
  iin: string;
  bin: string;
  client: ApiClient;
  rep: CitizenSigner;
  name: string;
}

/** A citizen who represents a fresh organisation (in ГБД ЮЛ) and holds a signing certificate with its BIN. */
export async function newRepresentative(platform: Platform, name: string, language = 'ru'): Promise<Representative> {
  const { iin, client } = await newCitizen(platform, language);
  const bin = freshBin();
  await registerOrganisation(bin, name, [iin]);
  const rep = await client.enroll(iin, 'Директор', 'signing', undefined, { bin, organisation: name });
  return { iin, bin, client, rep, name };
}

/** Uploads one sample PDF per attachment (through `path`, e.g. /v1/staff/uploads, for staff). */
export async function uploadAll(c: ApiClient, files: { kind: string; name: string }[], path?: string) {
  const out = [];
  for (const a of files) {
    const up = await c.upload(a.name, 'application/pdf', samplePdf(`${a.kind} ${Math.random()}`), undefined, path);
    out.push({ uploadId: up.uploadId, kind: a.kind, sha256: up.sha256 });
  }
  return out;
}

/** The applicant uploads one sample PDF per attachment and signs the request with them. */
export async function signWithUploads(c: ApiClient, request: { applicantIin: string; serviceId: string; form: Record<string, unknown>; language: string }, files: { kind: string; name: string }[]) {
  return c.signRequest({ ...request, attachments: await uploadAll(c, files) });
}

/** Submits a signed request, waits for it in the agency's inbox and has `clerk` take it into work. */
export async function submitAndTake(citizen: ApiClient, body: unknown, clerk: ApiClient) {
  const r = await citizen.submit(body);
  expect(r.status).toBe(202);
  const requestId = r.body.requestId as string;
  const inInbox = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inInbox.status).toBe('IN_INBOX');
  expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
  return { requestId, registrationNumber: inInbox.registrationNumber as string };
}

/** Result text stays within what the signed PDF can print. */
export function printable(fields: Record<string, unknown>) {
  for (const [k, v] of Object.entries(fields)) expect(unsupportedCharacters(String(v)), k).toEqual([]);
}

export const stepIds = (view: { history: { stepId: string }[] }) => view.history.map((h) => h.stepId);
export const events = (view: { history: { event: string }[] }) => view.history.map((h) => h.event);

/** The text a PDF reader (pdf.js) finds on a request's signed result document, its lines joined by spaces. */
export async function resultText(c: ApiClient, requestId: string): Promise<string> {
  const res = await c.call('GET', `/v1/requests/${requestId}/result`);
  expect(res.status).toBe(200);
  const pdf = new Uint8Array(await (await fetch(res.body.url)).arrayBuffer());
  const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  return (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
}
