/** ¶10 «История получения услуг»: my requests, one with its history, the result link, the quality questionnaire (¶16), and my notifications. */
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { answerSurvey } from '../../shared/domain/use-cases/quality.js';
import { resultsStore } from '../../shared/adapters/wiring/files.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { listOwnNotifications, markOwnNotificationRead } from '../../shared/domain/use-cases/notifications.js';
import { getOwnRequest, getOwnResultLink } from '../../shared/domain/use-cases/portal.js';
import { citizenView, summaryView } from '../../shared/domain/views.js';
import { positionOf } from '../../shared/domain/use-cases/queue.js';
import { citizenIin } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

export function parseLimit(v: string | undefined): number {
  if (v === undefined) return 20;
  const n = Number(v);
  if (!/^\d{1,3}$/.test(v) || n < 1 || n > 100) throw new ValidationError([{ field: 'limit', code: 'FIELD_TOO_BIG', params: { minimum: 1, maximum: 100 } }]);
  return n;
}

export const handler = httpHandler({
  'GET /v1/requests': async (ctx) => {
    const iin = citizenIin(ctx.event);
    const page = await requestRepository().listByApplicant(iin, parseLimit(ctx.query('limit')), ctx.query('cursor'));
    return json(200, { items: page.items.map((r) => summaryView(r, ctx.lang)), ...(page.cursor ? { cursor: page.cursor } : {}) });
  },
  'GET /v1/requests/{requestId}': async (ctx) => {
    const { record, history } = await getOwnRequest({ requests: requestRepository() }, citizenIin(ctx.event), ctx.path('requestId'));
    return json(200, citizenView(record, history, ctx.lang, await positionOf({ requests: requestRepository() }, record)));
  },
  'POST /v1/requests/{requestId}/survey': async (ctx) => {
    const body = parseBody('Survey', ctx.body());
    const r = await answerSurvey({ requests: requestRepository(), clock }, citizenIin(ctx.event), ctx.path('requestId'), body);
    return json(r.replayed ? 200 : 201, r.survey);
  },
  'GET /v1/notifications': async (ctx) => {
    return json(200, await listOwnNotifications({ requests: requestRepository() }, citizenIin(ctx.event), parseLimit(ctx.query('limit')), ctx.query('cursor')), { 'cache-control': 'no-store' });
  },
  'POST /v1/notifications/{notificationId}/read': async (ctx) => {
    return json(200, await markOwnNotificationRead({ requests: requestRepository() }, citizenIin(ctx.event), ctx.path('notificationId')));
  },
  'GET /v1/requests/{requestId}/result': async (ctx) => {
    return json(200, await getOwnResultLink({ requests: requestRepository(), results: resultsStore() }, citizenIin(ctx.event), ctx.path('requestId')), { 'cache-control': 'no-store' });
  },
});
