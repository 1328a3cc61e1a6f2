/** Process 6: the agency inbox and a request's file, for the agency's own staff; ¶16: the agency's quality metrics. */
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { statuses, type Status } from '../../shared/domain/request.js';
import { findService } from '../../shared/domain/services/index.js';
import { agencyStatuses, getAgencyRequest, getAttachmentLink, listInbox, type InboxFilters } from '../../shared/domain/use-cases/agency.js';
import { agencyMetrics } from '../../shared/domain/use-cases/metrics.js';
import { staffListView, staffView } from '../../shared/domain/views.js';
import { listWaiting, positionOf } from '../../shared/domain/use-cases/queue.js';
import { staffIdentity } from '../../shared/http/auth.js';
import { httpHandler, json, type RouteContext } from '../../shared/http/http-handler.js';
import { parseLimit } from '../citizen-requests/handler.js';

/** The inbox's query: every parameter checked against what it may be; unknown values are a 400 naming the field. */
function inboxFilters(ctx: RouteContext): InboxFilters {
  const status = ctx.query('status');
  if (status !== undefined && (!statuses.includes(status as Status) || !agencyStatuses.includes(status as Status))) {
    throw new ValidationError([{ field: 'status', code: 'FIELD_NOT_ALLOWED', params: { allowed: agencyStatuses } }]);
  }
  const serviceId = ctx.query('serviceId');
  if (serviceId !== undefined && !findService(serviceId)) throw new ValidationError([{ field: 'serviceId', code: 'FIELD_NOT_ALLOWED' }]);
  const due = ctx.query('due');
  if (due !== undefined && due !== 'soon' && due !== 'overdue') throw new ValidationError([{ field: 'due', code: 'FIELD_NOT_ALLOWED', params: { allowed: ['soon', 'overdue'] } }]);
  const assignee = ctx.query('assignee');
  if (assignee !== undefined && assignee !== 'me') throw new ValidationError([{ field: 'assignee', code: 'FIELD_NOT_ALLOWED', params: { allowed: ['me'] } }]);
  const agencyId = ctx.query('agencyId');
  const cursor = ctx.query('cursor');
  return {
    limit: parseLimit(ctx.query('limit')),
    ...(status ? { status: status as Status } : {}),
    ...(serviceId ? { serviceId } : {}),
    ...(due ? { due } : {}),
    ...(assignee ? { assignee } : {}),
    ...(agencyId ? { agencyId } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

export const handler = httpHandler({
  'GET /v1/agency/requests': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const filters = inboxFilters(ctx); // before any AWS client is built
    const page = await listInbox({ requests: requestRepository(), clock }, staff, filters);
    const now = clock.now();
    return json(200, { items: page.items.map((r) => staffListView(r, ctx.lang, now)), ...(page.cursor ? { cursor: page.cursor } : {}) });
  },
  'GET /v1/agency/metrics': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const q = (name: string) => {
      const v = ctx.query(name);
      return v === undefined || v === '' ? {} : { [name]: v };
    };
    const metrics = await agencyMetrics({ requests: requestRepository(), clock }, staff, { ...q('agencyId'), ...q('serviceId'), ...q('from'), ...q('to'), lang: ctx.lang });
    return json(200, metrics, { 'cache-control': 'no-store' });
  },
  'GET /v1/agency/requests/{requestId}': async (ctx) => {
    const { record, history } = await getAgencyRequest({ requests: requestRepository() }, staffIdentity(ctx.event), ctx.path('requestId'));
    return json(200, staffView(record, history, ctx.lang, clock.now(), await positionOf({ requests: requestRepository() }, record)));
  },
  'GET /v1/agency/queues/{queueId}': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const agencyId = ctx.query('agencyId');
    const page = await listWaiting({ requests: requestRepository() }, staff, ctx.path('queueId'), { ...(agencyId ? { agencyId } : {}), limit: parseLimit(ctx.query('limit')), ...(ctx.query('cursor') ? { cursor: ctx.query('cursor')! } : {}) });
    // The list shows who is waiting by request and journal number; the applicant's IIN stays on the request's page.
    return json(200, { items: page.items.map((e) => ({ requestId: e.requestId, serviceId: e.serviceId, journalNumber: e.journalNumber, placedAt: e.placedAt, position: e.position })), ...(page.cursor ? { cursor: page.cursor } : {}) }, { 'cache-control': 'no-store' });
  },
  'GET /v1/agency/requests/{requestId}/attachments/{attachmentId}': async (ctx) => {
    return json(200, await getAttachmentLink({ requests: requestRepository(), uploads: uploadsStore() }, staffIdentity(ctx.event), ctx.path('requestId'), ctx.path('attachmentId')), { 'cache-control': 'no-store' });
  },
});
