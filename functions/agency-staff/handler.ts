/** The agency's staff directory, the head's reassignment of a request (process 6: who works on it), and an internal chain's resolutions (seed 002 ¶5). */
import { staffDirectory } from '../../shared/adapters/wiring/auth.js';
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { listAgencyStaff, reassignRequest, resolveRequest } from '../../shared/domain/use-cases/agency.js';
import { staffView } from '../../shared/domain/views.js';
import { staffIdentity } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = httpHandler({
  'GET /v1/agency/staff': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const items = await listAgencyStaff({ directory: staffDirectory() }, staff, ctx.query('agencyId'));
    return json(200, { items }, { 'cache-control': 'no-store' });
  },
  'POST /v1/agency/requests/{requestId}/assign': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const { assignee } = parseBody('Assign', ctx.body());
    const requests = requestRepository();
    const record = await reassignRequest({ requests, clock, directory: staffDirectory() }, staff, ctx.path('requestId'), assignee);
    return json(200, staffView(record, await requests.history(record.requestId), ctx.lang, clock.now()));
  },
  'POST /v1/agency/requests/{requestId}/resolution': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const { assignee } = parseBody('Assign', ctx.body());
    const requests = requestRepository();
    const record = await resolveRequest({ requests, clock, mailer: mailer(), directory: staffDirectory() }, staff, ctx.path('requestId'), assignee);
    return json(200, staffView(record, await requests.history(record.requestId), ctx.lang, clock.now()));
  },
});
