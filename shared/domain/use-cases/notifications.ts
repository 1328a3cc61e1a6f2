/**
 * The personal cabinet's notifications: the applicant's own only (their IIN is the partition, so
 * another citizen's notification is not found rather than forbidden: its existence is not revealed).
 */
import { NotFoundError } from '../errors.js';
import { notificationView } from '../notifications.js';
import type { RequestRepository } from '../../ports/index.js';

export async function listOwnNotifications(deps: { requests: RequestRepository }, iin: string, limit: number, cursor?: string) {
  const page = await deps.requests.listNotifications(iin, limit, cursor);
  return { items: page.items.map(notificationView), ...(page.cursor ? { cursor: page.cursor } : {}), unread: page.unread };
}

export async function markOwnNotificationRead(deps: { requests: RequestRepository }, iin: string, notificationId: string) {
  if (!(await deps.requests.markNotificationRead(iin, notificationId))) throw new NotFoundError('NOTIFICATION_NOT_FOUND');
  const n = await deps.requests.getNotification(iin, notificationId);
  return n ? notificationView(n) : undefined;
}
