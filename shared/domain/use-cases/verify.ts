/**
 * Public verification of result documents (the QR code's link): who signed, when, for which
 * service, the document's SHA-256, and whether the signature and the certificate are valid now
 * and were valid at signing. Changing one byte of the PDF makes it invalid.
 */
import { createHash } from 'node:crypto';
import { NotFoundError } from '../errors.js';
import { definitionOf } from '../engine.js';
import { findAgency } from '../agencies.js';
import { maskIin } from '../iin.js';
import type { FileStore, PkiStore, RequestRepository } from '../../ports/index.js';
import { verifyDetached } from '../../pki/cms.js';
import { certificateStatus, condition2Checker } from './pki-status.js';

export interface VerificationReport {
  authentic: boolean;
  documentId?: string;
  registrationNumber?: string;
  service?: { id: string; names: Record<string, string> };
  agency?: Record<string, string>;
  decision?: 'approved' | 'refused';
  sha256: string;
  signer?: { name: string; iin?: string; serialNumber: string };
  signedAt?: string;
  signature: { valid: boolean; reason?: string };
  certificate?: { chainsToNationalRoot: boolean; validAtSigning: boolean; validNow: boolean; status: string; revokedAt?: string };
}

async function report(deps: { pki: PkiStore; requests: RequestRepository; clock: { now(): Date } }, pdf: Uint8Array, cms: Uint8Array): Promise<VerificationReport> {
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const doc = await deps.pki.findDocumentBySha256(sha256);
  const v = verifyDetached(cms, pdf);
  const base: VerificationReport = { authentic: false, sha256, signature: { valid: v.ok, ...(v.ok ? {} : { reason: v.code }) } };
  if (doc) {
    const rec = await deps.requests.get(doc.requestId);
    if (rec) {
      const { def } = definitionOf(rec);
      Object.assign(base, {
        documentId: doc.documentId,
        ...(rec.registrationNumber ? { registrationNumber: rec.registrationNumber } : {}),
        service: { id: def.id, names: def.names },
        agency: findAgency(rec.agencyId)?.name,
        decision: rec.decision?.approved ? 'approved' : 'refused',
      });
    }
  }
  if (!v.ok) return base;
  const { signer, certificates, signingTime } = v.parsed;
  const checker = await condition2Checker(deps.pki);
  const chain = checker.chainOf(signer, certificates.filter((c) => c !== signer));
  const at = signingTime ?? deps.clock.now();
  const now = deps.clock.now();
  const status = await certificateStatus(deps, signer.serialNumber);
  const withinAt = at >= signer.notBefore && at <= signer.notAfter;
  const withinNow = now >= signer.notBefore && now <= signer.notAfter;
  const revokedAt = status.status === 'revoked' ? new Date(status.revokedAt) : undefined;
  const certificate = {
    chainsToNationalRoot: Boolean(chain),
    validAtSigning: Boolean(chain) && withinAt && status.status !== 'unknown' && (!revokedAt || revokedAt > at),
    validNow: Boolean(chain) && withinNow && status.status === 'good',
    status: status.status,
    ...(revokedAt ? { revokedAt: revokedAt.toISOString() } : {}),
  };
  return {
    ...base,
    // Authentic: one of our results, unchanged, signed by a certificate of the centre valid when it signed.
    authentic: Boolean(doc) && certificate.validAtSigning && Boolean(signer.keyUsage?.nonRepudiation),
    signer: { name: signer.subject.commonName, ...(signer.subject.iin ? { iin: maskIin(signer.subject.iin) } : {}), serialNumber: signer.serialNumber },
    signedAt: at.toISOString(),
    certificate,
  };
}

export async function verifyStoredDocument(deps: { pki: PkiStore; requests: RequestRepository; results: FileStore; clock: { now(): Date } }, documentId: string): Promise<VerificationReport> {
  const doc = await deps.pki.getDocument(documentId);
  const rec = doc ? await deps.requests.get(doc.requestId) : undefined;
  if (!doc || !rec?.result?.signatureKey) throw new NotFoundError('DOCUMENT_NOT_FOUND');
  const [pdf, cms] = await Promise.all([deps.results.get(rec.result.s3Key), deps.results.get(rec.result.signatureKey)]);
  if (!pdf || !cms) throw new NotFoundError('DOCUMENT_NOT_FOUND');
  return report(deps, pdf, cms);
}

export function verifyUploadedDocument(deps: { pki: PkiStore; requests: RequestRepository; clock: { now(): Date } }, pdf: Uint8Array, cms: Uint8Array): Promise<VerificationReport> {
  return report(deps, pdf, cms);
}
