/**
 * A fee is settled on a request by a small update that leaves no history entry. A whole-record
 * write made from a read taken before it (the deadline watch's overdue mark, a head's
 * reassignment, any engine transition) must not erase it: the write is refused and the caller
 * reads again. Run against both adapters: DynamoDB on the local cloud, and the in-memory one.
 */
import { describe, expect, it } from 'vitest';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { MemoryRequestRepository } from '../../shared/adapters/memory.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { chain, genesisHash } from '../../shared/domain/history-chain.js';
import type { HistoryEntry, RequestRecord } from '../../shared/domain/request.js';
import type { RequestRepository } from '../../shared/ports/index.js';
import { usePlatform } from '../support/platform.js';

const ctx = usePlatform('stale-writes');
const DAY = 86_400_000;

/** An RF permit request approved and waiting for its fee, its a11 step already past its deadline. */
async function waitingForFee(repo: RequestRepository): Promise<{ record: RequestRecord; head: HistoryEntry }> {
  const requestId = `stale-${Math.random().toString(36).slice(2)}`;
  const at = new Date(Date.now() - 61 * DAY);
  const head = chain({ event: 'staff.decided', stepId: 'T1.a11', actor: { kind: 'staff', id: 'clerk' }, at: at.toISOString(), stepStartedAt: at.toISOString(), deadline: new Date(at.getTime() + 60 * DAY).toISOString(), onTime: true, outcome: 'approved' }, genesisHash(requestId));
  const record: RequestRecord = {
    requestId, serviceId: 'rf-spectrum-permit', serviceVersion: 2, agencyId: 'mtc-communications-committee', channel: 'portal', language: 'ru', applicantIin: '880315400128', form: {}, attachments: [],
    signature: { format: 'cms', value: '', signedAt: at.toISOString() }, status: 'DECIDED', createdAt: at.toISOString(), updatedAt: at.toISOString(), registrationNumber: 'MTC-KSI-2026-000001',
    decision: { approved: true, resultFields: {}, decidedBy: 'clerk', decidedAt: at.toISOString() },
    openStep: { stepId: 'T1.a11', startedAt: at.toISOString(), deadline: new Date(at.getTime() + 60 * DAY).toISOString() },
    feeDue: { amount: 39_320, since: at.toISOString(), until: new Date(Date.now() + DAY).toISOString() },
    historyHead: head.hash!,
  };
  await repo.create(record, head, { uploadIds: [] });
  return { record, head };
}

const adapters: [string, () => RequestRepository][] = [
  ['DynamoDB', () => new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!)],
  ['in memory', () => new MemoryRequestRepository()],
];

describe.each(adapters)('a whole-record write from a read older than the fee’s settlement (%s)', (_name, make) => {
  it('is refused, and the payment stays on the request', async () => {
    const repo = make();
    const { record: stale, head } = await waitingForFee(repo);
    const payment = { paymentId: 'pay-1', reference: 'EGPG-PAY-20261203-000001', amount: 39_320, currency: 'KZT' as const, paidAt: new Date().toISOString() };
    expect(await repo.settleFee(stale.requestId, payment)).toBe('applied');

    // The deadline watch read the request before the payment landed, and marks a11 overdue from that read.
    const now = new Date().toISOString();
    const overdue = chain({ event: 'deadline.overdue', stepId: 'T1.a11', actor: { kind: 'platform' }, at: now, stepStartedAt: stale.openStep!.startedAt, deadline: stale.openStep!.deadline, onTime: false, outcome: 'overdue' }, head.hash!);
    expect(await repo.markOverdue({ ...stale, openStep: { ...stale.openStep!, overdue: true }, historyHead: overdue.hash!, updatedAt: now }, overdue)).toBe('conflict');
    // The same for an engine transition from that read.
    const issued = chain({ event: 'result.issued', stepId: 'T1.a11', actor: { kind: 'agency-system' }, at: now, stepStartedAt: stale.openStep!.startedAt, deadline: stale.openStep!.deadline, onTime: false, outcome: 'issued' }, head.hash!);
    expect(await repo.transition({ ...stale, status: 'RESULT_ISSUED', historyHead: issued.hash!, updatedAt: now }, 'DECIDED', issued)).toBe('conflict');
    expect((await repo.get(stale.requestId))!.payment).toEqual(payment);

    // Read again, the overdue mark lands and keeps the payment.
    const fresh = (await repo.get(stale.requestId))!;
    expect(await repo.markOverdue({ ...fresh, openStep: { ...fresh.openStep!, overdue: true }, historyHead: overdue.hash!, updatedAt: now }, overdue)).toBe('applied');
    expect((await repo.get(stale.requestId))!).toMatchObject({ payment, openStep: { overdue: true } });
  });
});
