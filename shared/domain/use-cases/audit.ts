/**
 * The gateway's seal on the day's history: the heads of every chain that changed that day,
 * hashed into one root and signed with the gateway's KMS key (one Sign per day, not per request).
 * Verification recomputes every chain, checks each seal's root and signature with the cached
 * public key (never through KMS), and that each sealed head is in its request's chain.
 */
import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { verifyChain } from '../history-chain.js';
import type { AuditLog, DaySeal, KeySigner, RequestRepository } from '../../ports/index.js';
import type { HistoryEntry } from '../request.js';

export function sealRoot(heads: { requestId: string; head: string }[]): string {
  const lines = heads.map((h) => `${h.requestId} ${h.head}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export async function sealDay(deps: { requests: RequestRepository; audit: AuditLog; signer: KeySigner; keyId: string; clock: { now(): Date } }, day: string): Promise<DaySeal> {
  const heads: { requestId: string; head: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.requests.listChangedOn(day, cursor);
    for (const i of page.items) if (i.historyHead) heads.push({ requestId: i.requestId, head: i.historyHead });
    cursor = page.cursor;
  } while (cursor);
  heads.sort((a, b) => (a.requestId < b.requestId ? -1 : 1));
  const root = sealRoot(heads);
  const signature = Buffer.from(await deps.signer.sign(new TextEncoder().encode(root))).toString('base64');
  const seal: DaySeal = { day, root, count: heads.length, heads, signature, keyId: deps.keyId, sealedAt: deps.clock.now().toISOString() };
  await deps.audit.putSeal(seal);
  return seal;
}

export function verifySealSignature(seal: DaySeal, publicKeySpki: Uint8Array): boolean {
  if (sealRoot(seal.heads) !== seal.root) return false;
  const key = createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' });
  return cryptoVerify('sha256', Buffer.from(seal.root, 'utf8'), key, Buffer.from(seal.signature, 'base64'));
}

export interface AuditReport {
  chains: number;
  entries: number;
  seals: number;
  problems: string[];
}

/** Checks chains (given as request id → entries and head) and the seals of the given days. */
export async function verifyAudit(input: {
  chains: AsyncIterable<{ requestId: string; head?: string; entries: HistoryEntry[] }>;
  seals: DaySeal[];
  publicKeySpki: Uint8Array;
}): Promise<AuditReport> {
  const report: AuditReport = { chains: 0, entries: 0, seals: 0, problems: [] };
  const hashesByRequest = new Map<string, Set<string>>();
  for await (const c of input.chains) {
    report.chains++;
    report.entries += c.entries.length;
    const v = verifyChain(c.requestId, c.entries, c.head);
    if (!v.ok) {
      report.problems.push(
        `request ${c.requestId}: ${v.reason} at entry ${v.index}${v.entry ? ` (${v.entry.event} at ${v.entry.at}, step ${v.entry.stepId})` : ''}`,
      );
    }
    hashesByRequest.set(c.requestId, new Set(c.entries.map((e) => e.hash ?? '')));
  }
  for (const seal of input.seals) {
    report.seals++;
    if (!verifySealSignature(seal, input.publicKeySpki)) {
      report.problems.push(`seal of ${seal.day} at ${seal.sealedAt}: root or signature invalid`);
      continue;
    }
    for (const h of seal.heads) {
      const known = hashesByRequest.get(h.requestId);
      if (known && !known.has(h.head)) report.problems.push(`request ${h.requestId}: sealed head of ${seal.day} is no longer in its history`);
    }
  }
  return report;
}
