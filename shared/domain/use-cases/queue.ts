/**
 * Waiting lists: the applicant's position, the agency's list in journal order, and the referral
 * that takes someone out of it when a place is found (everyone behind moves up by one).
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { QueueEntry } from '../queue.js';
import type { RequestRecord } from '../request.js';
import { servicesProvidedBy } from '../services/index.js';
import type { QueueReferralBody } from '../api-schemas.js';
import type { Page } from '../../ports/index.js';
import { canDecide, loadForStaff, type StaffIdentity } from './agency.js';
import type { Deps } from './deps.js';

/** The applicant's current position, while waiting. */
export async function positionOf(deps: Pick<Deps, 'requests'>, record: RequestRecord): Promise<number | undefined> {
  const q = record.queue;
  if (!q || q.status !== 'waiting') return undefined;
  return deps.requests.queuePosition(q.agencyId, q.queueId, q.journalNumber);
}

/** An agency's waiting list, first in line first, each entry with its position. */
export async function listWaiting(
  deps: Pick<Deps, 'requests'>,
  staff: StaffIdentity,
  queueId: string,
  query: { agencyId?: string; limit: number; cursor?: string },
): Promise<Page<QueueEntry & { position: number }>> {
  if (!canDecide(staff)) throw new ForbiddenError();
  const agencyId = query.agencyId ?? (staff.agencyIds.length === 1 ? staff.agencyIds[0] : undefined);
  if (!agencyId) throw new ValidationError([{ field: 'agencyId', code: 'FIELD_REQUIRED' }]);
  if (!staff.agencyIds.includes(agencyId)) throw new ForbiddenError();
  // Each provider of the service keeps its own journal (seed 004 reg. 6: the city's and Menovnoye's).
  if (!servicesProvidedBy(agencyId).some((s) => s.queue?.id === queueId)) throw new NotFoundError('QUEUE_NOT_FOUND');
  const page = await deps.requests.listQueue(agencyId, queueId, query.limit, query.cursor);
  const first = page.items[0];
  const base = first ? await deps.requests.queuePosition(agencyId, queueId, first.journalNumber) : 1;
  return { items: page.items.map((e, i) => ({ ...e, position: base + i })), ...(page.cursor ? { cursor: page.cursor } : {}) };
}

/** A place was found: the applicant leaves the queue with a referral (once; a repeat with the same organisation is answered as before). */
export async function referFromQueue(deps: Pick<Deps, 'requests' | 'clock'>, staff: StaffIdentity, requestId: string, body: QueueReferralBody): Promise<RequestRecord> {
  if (!canDecide(staff)) throw new ForbiddenError();
  for (let attempt = 0; attempt < 2; attempt++) {
    const record = await loadForStaff(deps, staff, requestId);
    const q = record.queue;
    if (q?.status === 'referred' && q.referral?.organisation === body.organisation && q.referral.referredBy === staff.username) return record;
    if (!q || q.status !== 'waiting') throw new ConflictError('NOT_IN_QUEUE');
    const referral = { organisation: body.organisation, referredBy: staff.username, referredAt: deps.clock.now().toISOString() };
    if ((await deps.requests.referFromQueue(record, referral)) === 'applied') {
      return { ...record, queue: { ...q, status: 'referred', referral }, updatedAt: referral.referredAt };
    }
  }
  throw new ConflictError('NOT_IN_QUEUE');
}
