/** Processes 6–7 (the MIO employee): take a request, return it for correction, approve it or refuse it with a motivated reason. */
import { clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { decide, signDraft, takeRequest } from '../../shared/domain/use-cases/agency.js';
import { returnForCorrection } from '../../shared/domain/use-cases/correction.js';
import { referFromQueue } from '../../shared/domain/use-cases/queue.js';
import { staffListView } from '../../shared/domain/views.js';
import { staffIdentity } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = httpHandler({
  'POST /v1/agency/requests/{requestId}/take': async (ctx) => {
    const record = await takeRequest({ requests: requestRepository(), clock, mailer: mailer() }, staffIdentity(ctx.event), ctx.path('requestId'));
    return json(200, staffListView(record, ctx.lang, clock.now()));
  },
  'POST /v1/agency/requests/{requestId}/return': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const body = parseBody('ReturnForCorrection', ctx.body());
    const record = await returnForCorrection({ requests: requestRepository(), clock, mailer: mailer() }, staff, ctx.path('requestId'), body);
    return json(200, staffListView(record, ctx.lang, clock.now()));
  },
  'POST /v1/agency/requests/{requestId}/decision': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const body = parseBody('Decision', ctx.body());
    const record = await decide({ requests: requestRepository(), bus: messageBus(), clock, mailer: mailer() }, staff, ctx.path('requestId'), body);
    return json(202, staffListView(record, ctx.lang, clock.now()));
  },
  'POST /v1/agency/requests/{requestId}/sign': async (ctx) => {
    const record = await signDraft({ requests: requestRepository(), bus: messageBus(), clock, mailer: mailer() }, staffIdentity(ctx.event), ctx.path('requestId'));
    return json(202, staffListView(record, ctx.lang, clock.now()));
  },
  'POST /v1/agency/requests/{requestId}/queue-referral': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    const body = parseBody('QueueReferral', ctx.body());
    const record = await referFromQueue({ requests: requestRepository(), clock }, staff, ctx.path('requestId'), body);
    return json(200, { requestId: record.requestId, queue: { status: record.queue!.status, journalNumber: record.queue!.journalNumber, referral: { organisation: record.queue!.referral!.organisation, referredAt: record.queue!.referral!.referredAt } } });
  },
});
