/**
 * Waiting lists (seed 004: preschool places, housing). Each queue is a journal per agency: an
 * entry per applicant, in the order of their journal numbers. The position is the number of
 * entries still waiting up to and including one's own, counted when asked, so a referral from
 * the queue moves everyone behind up by one and no two applicants ever share a position.
 */
import type { QueuePlace } from './request.js';

export interface QueueEntry extends QueuePlace {
  requestId: string;
  serviceId: string;
}

/** Journal numbers sort as text in the store: zero-padded. */
export const journalKey = (n: number) => `E#${String(n).padStart(10, '0')}`;
export const queueSequenceName = (agencyId: string, queueId: string) => `QUEUE#${agencyId}#${queueId}`;
