/**
 * Gateway (ШЭП / РШЭП) use cases: every message that crosses it is audited (who, what, when,
 * SHA-256 of the message); requests get their registration number and go to the providing
 * agency's queue; results go back to the portal.
 */
import { createHash } from 'node:crypto';
import { advance, definitionOf } from '../engine.js';
import { agencyQueueId, findAgency } from '../agencies.js';
import { providerOf } from '../providers.js';
import type { PipelineMessage } from '../../ports/index.js';
import { Queues, type Deps } from './deps.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Registration number: <agency code>-<year>-<6-digit sequence>, sequence per agency and year. */
export function formatRegistrationNumber(code: string, year: number, seq: number): string {
  return `${code}-${year}-${String(seq).padStart(6, '0')}`;
}

export async function routeToAgency(deps: Pick<Deps, 'requests' | 'audit' | 'bus' | 'clock' | 'mailer'>, rawMessage: string, msg: PipelineMessage): Promise<string> {
  const before = await deps.requests.get(msg.requestId);
  // The provider chosen at filing (providerOf): the definition's single agency, or the one the form's answer named.
  const agencyId = before ? providerOf(definitionOf(before).def, before.form) : undefined;
  const agency = agencyId ? findAgency(agencyId) : undefined;
  if (!before || !agency) throw new Error(`cannot route request ${msg.requestId}: unknown request or provider`);
  const queueId = agencyQueueId(agency.id);
  await deps.audit.record({
    requestId: msg.requestId,
    what: `portal→gateway:${msg.event}`,
    who: 'portal/applicant',
    when: deps.clock.now().toISOString(),
    messageSha256: sha256Hex(rawMessage),
    routedTo: queueId,
  });
  const r = await advance(deps, msg.requestId, 'gateway.registered', async (rec) => {
    const now = deps.clock.now();
    // A counter gap after a crash is possible; a duplicate number is not (one per request, set once).
    const year = Number(now.toISOString().slice(0, 4));
    const seq = await deps.requests.nextSequence(`${agency.id}#${year}`);
    const registrationNumber = formatRegistrationNumber(agency.code, year, seq);
    return { actor: { kind: 'gateway' }, outcome: 'registered', note: registrationNumber, patch: { registrationNumber, agencyId: agency.id } };
  });
  if (r.kind === 'applied' || r.kind === 'duplicate') {
    await deps.bus.send(queueId, { requestId: msg.requestId, event: 'gateway.registered', sentAt: deps.clock.now().toISOString() });
  }
  return r.kind;
}

export async function returnToPortal(deps: Pick<Deps, 'requests' | 'audit' | 'bus' | 'clock' | 'mailer'>, rawMessage: string, msg: PipelineMessage): Promise<string> {
  const rec = await deps.requests.get(msg.requestId);
  await deps.audit.record({
    requestId: msg.requestId,
    what: `agency→gateway:${msg.event}`,
    who: `agency/${rec?.decision?.decidedBy ?? 'unknown'}`,
    when: deps.clock.now().toISOString(),
    messageSha256: sha256Hex(rawMessage),
    routedTo: Queues.GatewayToPortal,
  });
  const r = await advance(deps, msg.requestId, 'gateway.returned', () => ({ actor: { kind: 'gateway' }, outcome: 'routed-to-portal' }));
  if (r.kind === 'applied' || r.kind === 'duplicate') {
    await deps.bus.send(Queues.GatewayToPortal, { requestId: msg.requestId, event: 'gateway.returned', sentAt: deps.clock.now().toISOString() });
  }
  return r.kind;
}
