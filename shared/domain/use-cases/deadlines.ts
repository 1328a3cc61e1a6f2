/**
 * Deadline watch (App.1 «сроки исполнения»): one Query finds the requests whose running step is
 * past its deadline; each gets an overdue entry in its history, once per step. The same Query
 * finds approvals whose fee after approval has lapsed unpaid (the deadline index holds that moment
 * too): those are refused by the platform (seed 003 App.3 Table 1 a10; see lapseUnpaidFee).
 */
import type { HistoryEntry } from '../request.js';
import { chain, genesisHash } from '../history-chain.js';
import { lapseUnpaidFee } from './payments.js';
import type { Deps } from './deps.js';

export async function watchDeadlines(deps: Pick<Deps, 'requests' | 'clock' | 'bus' | 'mailer'>, limit = 100): Promise<{ marked: number; seen: number; refused: number }> {
  const now = deps.clock.now();
  const due = await deps.requests.listPastDeadline(now, limit);
  let marked = 0;
  let refused = 0;
  for (const rec of due) {
    const fee = await lapseUnpaidFee(deps, rec);
    if (fee === 'refused') refused++;
    // Refused, or changed meanwhile (paid): the record read is stale; the next run sees the new one.
    if (fee === 'refused' || fee === 'conflict') continue;
    const open = rec.openStep;
    // Found for its fee alone, the open step may still be within its time.
    if (!open || open.overdue || open.deadline >= now.toISOString()) continue;
    const entry: HistoryEntry = chain({
      event: 'deadline.overdue',
      stepId: open.stepId,
      actor: { kind: 'platform' },
      at: now.toISOString(),
      stepStartedAt: open.startedAt,
      deadline: open.deadline,
      onTime: false,
      outcome: 'overdue',
    }, rec.historyHead ?? genesisHash(rec.requestId));
    const next = { ...rec, openStep: { ...open, overdue: true }, historyHead: entry.hash!, updatedAt: now.toISOString() };
    if ((await deps.requests.markOverdue(next, entry)) === 'applied') marked++;
  }
  return { marked, seen: due.length, refused };
}
