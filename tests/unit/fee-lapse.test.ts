/**
 * A fee after approval that lapses (payment.unpaid; seed 003 App.3 Table 1 a10), on the in-memory
 * adapters with a controllable clock: the deadline index finds the lapse, the watch refuses once,
 * re-sends a refusal whose result issue never ran, leaves version 1 requests waiting, and the
 * gateway refunds a confirmation that lost the race (read before the refusal) or a second payment.
 */
import { describe, expect, it } from 'vitest';
import { MemoryBus, MemoryRequestRepository } from '../../shared/adapters/memory.js';
import { genesisHash, chain } from '../../shared/domain/history-chain.js';
import { feeDueOnApproval, feeWatchAt } from '../../shared/domain/payments.js';
import type { HistoryEntry, RequestRecord } from '../../shared/domain/request.js';
import { findService } from '../../shared/domain/services/index.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { confirmPayment, createInvoice } from '../../shared/domain/use-cases/payments.js';

const DAY = 86_400_000;
const IIN = '880315400128';

function controllableClock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), set: (at: string | number) => (t = typeof at === 'string' ? Date.parse(at) : at) };
}

/** An RF permit request approved at `approvedAt`, waiting for its fee, as the decision leaves it. */
async function approvedRequest(repo: MemoryRequestRepository, version: number, approvedAt: Date, requestId = `req-${Math.random().toString(36).slice(2)}`): Promise<RequestRecord> {
  const def = findService('rf-spectrum-permit', version)!;
  const first: HistoryEntry = chain({ event: 'staff.decided', stepId: 'T1.a11', actor: { kind: 'staff', id: 'clerk' }, at: approvedAt.toISOString(), stepStartedAt: approvedAt.toISOString(), deadline: new Date(approvedAt.getTime() + 60 * DAY).toISOString(), onTime: true, outcome: 'approved' }, genesisHash(requestId));
  const record: RequestRecord = {
    requestId,
    serviceId: def.id,
    serviceVersion: def.version,
    agencyId: 'mtc-communications-committee',
    channel: 'portal',
    language: 'ru',
    applicantIin: IIN,
    form: {},
    attachments: [],
    signature: { format: 'cms', value: '', signedAt: approvedAt.toISOString() },
    status: 'DECIDED',
    createdAt: approvedAt.toISOString(),
    updatedAt: approvedAt.toISOString(),
    registrationNumber: 'MTC-KSI-2026-000001',
    decision: { approved: true, resultFields: {}, decidedBy: 'clerk', decidedAt: approvedAt.toISOString() },
    openStep: { stepId: 'T1.a11', startedAt: approvedAt.toISOString(), deadline: new Date(approvedAt.getTime() + 60 * DAY).toISOString() },
    feeDue: feeDueOnApproval(def, 'portal', approvedAt)!,
    historyHead: first.hash!,
  };
  await repo.create(record, first, { uploadIds: [] });
  return record;
}

function setup() {
  const repo = new MemoryRequestRepository();
  const bus = new MemoryBus();
  const clock = controllableClock('2026-03-02T06:00:00.000Z');
  let n = 0;
  return { repo, bus, clock, deps: { requests: repo, bus, clock, newId: () => `pay-${++n}` } };
}

describe('a fee after approval that lapses (payment.unpaid)', () => {
  it('is awaited 30 calendar days from the approval (version 2); version 1 has no end to the wait', () => {
    const at = new Date('2026-03-02T06:00:00.000Z');
    expect(feeDueOnApproval(findService('rf-spectrum-permit', 2)!, 'portal', at)).toEqual({ amount: 39_320, since: at.toISOString(), until: new Date(at.getTime() + 30 * DAY).toISOString() });
    expect(feeDueOnApproval(findService('rf-spectrum-permit', 1)!, 'portal', at)).toEqual({ amount: 39_320, since: at.toISOString() });
    // The Committee's desk has no fee (Table 2), the licence's fee comes before signing.
    expect(feeDueOnApproval(findService('rf-spectrum-permit', 2)!, 'agency-desk', at)).toBeUndefined();
    expect(feeDueOnApproval(findService('communications-licence')!, 'portal', at)).toBeUndefined();
    // The deadline index's moment: the lapse while waiting, nothing once paid or moved on.
    const until = new Date(at.getTime() + 30 * DAY).toISOString();
    expect(feeWatchAt({ status: 'DECIDED', feeDue: { amount: 1, since: at.toISOString(), until } })).toBe(until);
    expect(feeWatchAt({ status: 'DECIDED', feeDue: { amount: 1, since: at.toISOString(), until }, payment: { paymentId: 'p', reference: 'r', amount: 1, currency: 'KZT', paidAt: until } })).toBeUndefined();
    expect(feeWatchAt({ status: 'RESULT_ISSUED', feeDue: { amount: 1, since: at.toISOString(), until } })).toBeUndefined();
  });

  it('is refused once by the watch after the wait, found through the deadline index before the open step is due; version 1 keeps waiting', async () => {
    const { repo, bus, clock, deps } = setup();
    const v2 = await approvedRequest(repo, 2, clock.now());
    const v1 = await approvedRequest(repo, 1, clock.now());
    clock.set(Date.parse(v2.feeDue!.until!) - 1);
    expect(await watchDeadlines(deps)).toEqual({ marked: 0, seen: 0, refused: 0 });
    clock.set(Date.parse(v2.feeDue!.until!) + 1000);
    // The open step (a11, 60 days) is not due: only the fee brought it up, and it is not marked overdue.
    expect(await watchDeadlines(deps)).toEqual({ marked: 0, seen: 1, refused: 1 });
    const refused = (await repo.get(v2.requestId))!;
    expect(refused).toMatchObject({ status: 'DECIDED', decision: { approved: false, groundId: 'fee-not-paid', decidedBy: 'clerk' }, feeLapsed: { amount: 39_320, since: v2.feeDue!.since, until: v2.feeDue!.until } });
    expect(refused.feeDue).toBeUndefined();
    expect((await repo.history(v2.requestId)).at(-1)).toMatchObject({ event: 'fee.unpaid', stepId: 'T1.a10', outcome: 'refused:fee-not-paid', onTime: true });
    expect(bus.sent).toEqual([{ queueId: 'ResultIssue', message: expect.objectContaining({ requestId: v2.requestId, event: 'fee.unpaid' }) }]);
    // The applicant is notified, with the reason.
    const notes = await repo.listNotifications(IIN, 10);
    expect(notes.items[0]).toMatchObject({ requestId: v2.requestId, status: 'DECIDED' });
    expect(notes.items[0]!.body).toContain('Оплата услуги не произведена');
    // Version 1: still waiting, a year on.
    clock.set(Date.parse(v2.feeDue!.until!) + 365 * DAY);
    await watchDeadlines(deps);
    expect((await repo.get(v1.requestId))!).toMatchObject({ status: 'DECIDED', decision: { approved: true }, feeDue: v1.feeDue });
  });

  it('re-sends the refusal to result issue while it has not run (a crash after the write), and nothing after', async () => {
    const { repo, bus, clock, deps } = setup();
    const rec = await approvedRequest(repo, 2, clock.now());
    clock.set(Date.parse(rec.feeDue!.until!) + 1000);
    expect((await watchDeadlines(deps)).refused).toBe(1);
    // The message was lost: the next run (five minutes on) sends it again, without a second refusal.
    clock.set(clock.now().getTime() + 5 * 60_000);
    expect((await watchDeadlines(deps)).refused).toBe(0);
    expect(bus.sent.map((m) => m.message.requestId)).toEqual([rec.requestId, rec.requestId]);
    expect((await repo.history(rec.requestId)).filter((h) => h.event === 'fee.unpaid')).toHaveLength(1);
    // Re-sent for a day at most: a refusal whose issue keeps failing is left to the dead-letter queue, not re-sent forever.
    clock.set(clock.now().getTime() + 25 * 3600_000);
    await watchDeadlines(deps);
    expect(bus.sent).toHaveLength(2);
    // Once the result is issued, the request is out of the watch's way.
    const stored = (await repo.get(rec.requestId))!;
    repo.requests.set(rec.requestId, { ...stored, status: 'RESULT_ISSUED' });
    expect(await watchDeadlines(deps)).toMatchObject({ seen: 0, refused: 0 });
    expect(bus.sent).toHaveLength(2);
  });

  it('refunds a confirmation that read the request before the refusal landed: never both, never lost', async () => {
    const { repo, bus, clock, deps } = setup();
    const rec = await approvedRequest(repo, 2, clock.now());
    const inv = await createInvoice(deps, IIN, 'rf-spectrum-permit', rec.requestId);
    clock.set(Date.parse(rec.feeDue!.until!) + 1000);
    // The gateway reads the request while it still waits; the refusal lands before its settlement.
    const realGet = repo.get.bind(repo);
    let stale: RequestRecord | undefined = (await realGet(rec.requestId))!;
    repo.get = async (id: string) => {
      if (stale && id === rec.requestId) {
        const s = stale;
        stale = undefined;
        expect((await watchDeadlines(deps)).refused).toBe(1);
        return s;
      }
      return realGet(id);
    };
    expect(await confirmPayment(deps, inv.paymentId)).toBe('applied');
    const p = (await repo.getPayment(inv.paymentId))!;
    expect(p).toMatchObject({ status: 'REFUNDED', refund: { reason: 'FEE_LAPSED' } });
    const after = (await realGet(rec.requestId))!;
    expect(after.payment).toBeUndefined();
    expect(after.decision).toMatchObject({ approved: false, groundId: 'fee-not-paid' });
    // Only the refusal went to result issue, never the permit.
    expect(bus.sent.filter((m) => m.queueId === 'ResultIssue').map((m) => m.message.event)).toEqual(['fee.unpaid']);
  });

  it('refunds a second payment for the same approval instead of keeping it', async () => {
    const { repo, bus, deps } = setup();
    const rec = await approvedRequest(repo, 2, deps.clock.now());
    const a = await createInvoice(deps, IIN, 'rf-spectrum-permit', rec.requestId);
    const b = await createInvoice(deps, IIN, 'rf-spectrum-permit', rec.requestId);
    expect(await confirmPayment(deps, a.paymentId)).toBe('applied');
    expect(await confirmPayment(deps, b.paymentId)).toBe('applied');
    expect((await repo.get(rec.requestId))!.payment).toMatchObject({ paymentId: a.paymentId });
    expect(await repo.getPayment(a.paymentId)).toMatchObject({ status: 'PAID' });
    expect(await repo.getPayment(b.paymentId)).toMatchObject({ status: 'REFUNDED', refund: { reason: 'ALREADY_PAID' } });
    expect(bus.sent.filter((m) => m.queueId === 'ResultIssue')).toHaveLength(1);
    // A redelivered confirmation of the first sends it on again (idempotent), the second stays refunded.
    expect(await confirmPayment(deps, a.paymentId)).toBe('duplicate');
    expect(await confirmPayment(deps, b.paymentId)).toBe('duplicate');
    expect(await repo.getPayment(b.paymentId)).toMatchObject({ status: 'REFUNDED' });
  });
});
