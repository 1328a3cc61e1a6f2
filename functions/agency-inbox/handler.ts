/** Process 6: the agency inbox and a request's file, for the agency's own staff; ¶16: the agency's quality metrics. */
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { statuses, type Status } from '../../shared/domain/request.js';
import { agencyStatuses, getAgencyRequest, getAttachmentLink, listInbox } from '../../shared/domain/use-cases/agency.js';
import { agencyMetrics } from '../../shared/domain/use-cases/metrics.js';
import { staffListView, staffView } from '../../shared/domain/views.js';
import { staffIdentity } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { parseLimit } from '../citizen-requests/handler.js';

export const handler = httpHandler({
  'GET /v1/agency/requests': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const status = (ctx.query('status') ?? 'IN_INBOX') as Status;
    if (!statuses.includes(status) || !agencyStatuses.includes(status)) {
      throw new ValidationError([{ field: 'status', code: 'FIELD_NOT_ALLOWED', params: { allowed: agencyStatuses } }]);
    }
    const agencyId = ctx.query('agencyId');
    const page = await listInbox({ requests: requestRepository() }, staff, { status, limit: parseLimit(ctx.query('limit')), ...(agencyId ? { agencyId } : {}), ...(ctx.query('cursor') ? { cursor: ctx.query('cursor')! } : {}) });
    return json(200, { items: page.items.map((r) => staffListView(r, ctx.lang)), ...(page.cursor ? { cursor: page.cursor } : {}) });
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
    return json(200, staffView(record, history, ctx.lang));
  },
  'GET /v1/agency/requests/{requestId}/attachments/{attachmentId}': async (ctx) => {
    return json(200, await getAttachmentLink({ requests: requestRepository(), uploads: uploadsStore() }, staffIdentity(ctx.event), ctx.path('requestId'), ctx.path('attachmentId')), { 'cache-control': 'no-store' });
  },
});
