/**
 * Deadline watch (App.1 «сроки исполнения»): one Query finds the requests whose running step is
 * past its deadline; each gets an overdue entry in its history, once per step.
 */
import type { HistoryEntry } from '../request.js';
import { chain, genesisHash } from '../history-chain.js';
import type { Deps } from './deps.js';

export async function watchDeadlines(deps: Pick<Deps, 'requests' | 'clock'>, limit = 100): Promise<{ marked: number; seen: number }> {
  const now = deps.clock.now();
  const due = await deps.requests.listPastDeadline(now, limit);
  let marked = 0;
  for (const rec of due) {
    const open = rec.openStep;
    if (!open || open.overdue) continue;
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
  return { marked, seen: due.length };
}
