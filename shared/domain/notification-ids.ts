/**
 * Notification ids: the notification's sort key (N#<at>#<request>#<status>) in base64url. Kept apart
 * from notifications.ts so that the storage adapters do not pull in the service catalogue.
 */
import type { Status } from './request.js';

/** The sort key in the applicant's partition: newest first by time, unique per status change. */
export function notificationSortKey(createdAt: string, requestId: string, status: Status): string {
  return `N#${createdAt}#${requestId}#${status}`;
}

export const encodeNotificationId = (sortKey: string) => Buffer.from(sortKey, 'utf8').toString('base64url');

/** The sort key an id stands for, or undefined if it is not one of ours. */
export function decodeNotificationId(id: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(id)) return undefined;
  const sk = Buffer.from(id, 'base64url').toString('utf8');
  return /^N#[^#]+#[^#]+#[A-Z_]+$/.test(sk) ? sk : undefined;
}
