/** Process 3 (choosing the service): the catalogue, from the service definitions. */
import { findAgency } from '../../shared/domain/agencies.js';
import { providersOf } from '../../shared/domain/providers.js';
import { AppError } from '../../shared/domain/errors.js';
import type { ServiceDefinition } from '../../shared/domain/service-definition.js';
import { findService, listServices } from '../../shared/domain/services/index.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { regulationMarkdown } from '../../shared/domain/regulation-doc.js';

function summary(s: ServiceDefinition) {
  const agency = findAgency(s.provider.agencyId);
  return {
    id: s.id,
    version: s.version,
    names: s.names,
    // agencyId: the provider the catalogue names; agencyIds: every agency a request may be routed to,
    // and byField: the form field whose answer chooses among them, where the regulation names several.
    provider: {
      agencyId: s.provider.agencyId,
      names: agency?.name,
      agencyIds: providersOf(s),
      ...(s.provider.byField ? { byField: s.provider.byField.field, agencies: Object.fromEntries(providersOf(s).map((id) => [id, findAgency(id)?.name])) } : {}),
    },
    channels: s.channels.filter((c) => c.enabled).map((c) => c.channel),
    term: s.term,
    /** Who may apply: individuals, legal entities (through a representative with a BIN certificate), or both. */
    applicants: s.applicants,
  };
}

function detail(s: ServiceDefinition) {
  return {
    ...summary(s),
    description: s.description,
    source: s.source,
    form: s.form,
    attachments: s.attachments,
    acceptedFileTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    maxFileBytes: 10 * 1024 * 1024,
    regulationChannels: s.channels.map((c) => ({ channel: c.channel, enabled: c.enabled, source: c.source, steps: c.steps })),
    result: s.result,
    ...(s.queue ? { queue: s.queue } : {}),
    // The fee through the payment gateway: how much, when (before signing or after approval), on which channels.
    ...(s.payment ? { payment: { amount: s.payment.amount, currency: 'KZT', position: s.payment.position, channels: s.payment.channels, ...(s.payment.formField ? { formField: s.payment.formField } : {}), refundOnRefusal: s.payment.refundOnRefusal } } : {}),
    // The platform's own ground (a fee after approval that never came) is marked: staff may not give it.
    refusalGrounds: s.refusalGrounds.map((g) => (g.id === s.payment?.unpaid?.groundId ? { ...g, byPlatform: true } : g)),
    assumptions: s.assumptions,
  };
}

export const handler = httpHandler({
  'GET /v1/services/{serviceId}/regulation': async (ctx) => {
    const s = findService(ctx.path('serviceId'));
    if (!s) throw new AppError('SERVICE_NOT_FOUND', 'not-found');
    return { statusCode: 200, headers: { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'public, max-age=300' }, body: regulationMarkdown(s, ctx.lang) };
  },
  'GET /v1/services': async () => json(200, { items: listServices().map(summary) }, { 'cache-control': 'public, max-age=60' }),
  'GET /v1/services/{serviceId}': async (ctx) => {
    const s = findService(ctx.path('serviceId'));
    if (!s) throw new AppError('SERVICE_NOT_FOUND', 'not-found');
    return json(200, detail(s), { 'cache-control': 'public, max-age=60' });
  },
});
