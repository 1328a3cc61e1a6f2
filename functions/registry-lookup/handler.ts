/**
 * Registry lookup through the gateway (ШЭП → ГБД ФЛ): the applicant's data for a service-centre
 * operator or an agency clerk filing for them (App.1 T3.a3, T2.a3). No data: 422 REGISTRY_NO_DATA,
 * the regulation's motivated refusal (T3.a4). And (ШЭП → ГБД ЮЛ) the portal's check that the
 * signed-in citizen represents the organisation they file for. Every lookup is audited.
 */
import { auditLog, clock, newId, personRegistry } from '../../shared/adapters/wiring/core.js';
import { ForbiddenError } from '../../shared/domain/errors.js';
import { lookupPerson, ownOrganisation } from '../../shared/domain/use-cases/registry.js';
import { citizenIin, staffIdentity } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

const MAY_LOOK_UP = ['operator', 'clerk', 'head'];

export const handler = httpHandler({
  'GET /v1/staff/registry/persons/{iin}': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    if (!staff.roles.some((r) => MAY_LOOK_UP.includes(r))) throw new ForbiddenError();
    const r = await lookupPerson({ registry: personRegistry(), audit: auditLog(), clock, newId }, { iin: ctx.path('iin'), by: staff.username });
    return json(200, r, { 'cache-control': 'no-store' });
  },
  'GET /v1/registry/organisations/{bin}': async (ctx) => {
    const r = await ownOrganisation({ registry: personRegistry(), audit: auditLog(), clock, newId }, { bin: ctx.path('bin'), iin: citizenIin(ctx.event) });
    return json(200, r, { 'cache-control': 'no-store' });
  },
});
