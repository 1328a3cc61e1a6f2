/**
 * Tamper-evident history: every entry carries the hash of the entry before it and its own hash
 * over its canonical content, so altering, removing or reordering a stored entry breaks the chain
 * at that entry. The chain's head is kept on the request and sealed daily by the gateway.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import type { HistoryEntry } from './request.js';

export function genesisHash(requestId: string): string {
  return createHash('sha256').update(`e-qyzmet:history:${requestId}`).digest('hex');
}

export function entryHash(entry: Omit<HistoryEntry, 'hash'>): string {
  const { hash: _h, ...rest } = entry as HistoryEntry;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** Links an entry to the chain: sets prevHash and hash. */
export function chain(entry: Omit<HistoryEntry, 'prevHash' | 'hash'>, prevHash: string): HistoryEntry {
  const linked = { ...entry, prevHash } as HistoryEntry;
  return { ...linked, hash: entryHash(linked) };
}

export type ChainVerdict =
  | { ok: true; head: string; length: number }
  | { ok: false; index: number; entry?: HistoryEntry; reason: 'hash-mismatch' | 'broken-link' | 'head-mismatch' | 'missing-entries' };

/** Follows the links from the genesis hash; names the first entry that does not fit. */
export function verifyChain(requestId: string, entries: HistoryEntry[], expectedHead?: string): ChainVerdict {
  const byPrev = new Map<string, HistoryEntry>();
  for (const e of entries) if (e.prevHash) byPrev.set(e.prevHash, e);
  const ordered = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let prev = genesisHash(requestId);
  for (let i = 0; i < entries.length; i++) {
    const next = byPrev.get(prev);
    if (!next) {
      // The entry that should follow `prev` is gone or its link was altered: name the first
      // entry (in time order) not yet reached.
      return { ok: false, index: i, ...(ordered[i] ? { entry: ordered[i] } : {}), reason: 'broken-link' };
    }
    if (entryHash(next) !== next.hash) return { ok: false, index: i, entry: next, reason: 'hash-mismatch' };
    prev = next.hash!;
  }
  if (expectedHead !== undefined && prev !== expectedHead) return { ok: false, index: entries.length, reason: 'head-mismatch' };
  return { ok: true, head: prev, length: entries.length };
}
