/**
 * Seed 003 App.3 Table 1 a9–a10 on the local cloud: the RF spectrum permit's fee after approval
 * that never comes. The approval waits 30 calendar days (payment.unpaid); the deadline watch does
 * nothing before, refuses after (ground fee-not-paid, stamped T1.a10), the refusal document is
 * issued and delivered to the cabinet and the applicant notified; a second run does nothing; a
 * confirmation after the refusal is refunded, never applied; a confirmation that lands first wins.
 *
 * Time: the whole platform (the runtime's handlers and the watch) reads the wiring's clock, the
 * shared `systemClock`; a test moves its `now` forward and puts it back afterwards, so every
 * history entry of a request is written on the same moved clock. Its own file: moving time refuses
 * every unpaid approval of this file's tables.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, signRequestWith, type CitizenSigner } from '../../scripts/lib/client.js';
import { messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { findService } from '../../shared/domain/services/index.js';
import { confirmPayment, lapseUnpaidFee } from '../../shared/domain/use-cases/payments.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { systemClock } from '../../shared/ports/index.js';
import { waitStatus } from '../support/journey.js';
import { newStaff, usePlatform } from '../support/platform.js';
import { events, newRepresentative, stepIds, uploadAll } from '../support/services.js';

const ctx = usePlatform('services-rf-unpaid');
const SERVICE = 'rf-spectrum-permit';
const AGENCY = 'mtc-communications-committee';
const DAY = 86_400_000;
const def = findService(SERVICE)!;

const form = {
  radioService: 'fixed',
  technology: 'Радиорелейная линия',
  frequencies: '7250,5; 7300,5',
  bandwidth: '28',
  emissionClass: '28M0D7W',
  equipmentModel: 'Ericsson MINI-LINK 6352',
  stationCount: '2',
  power: '1',
  antenna: 'Параболическая, 40 м, азимут 120',
  region: 'mangystau',
  areaOfUse: 'Ақтау қ. және Жаңаөзен қ.',
  coordinates: '43°39\'N 51°09\'E',
};
const resultFields = {
  permitNumber: 'РЧС-2026-000777',
  holder: 'ТОО «Ақтау Радиорелейка»',
  radioService: 'Фиксированная радиосвязь',
  frequencies: '7250,5; 7300,5',
  characteristics: 'Ширина полосы 28 МГц, мощность 1 Вт, 2 станции',
  areaOfUse: 'Ақтау қ. және Жаңаөзен қ.',
  validUntil: '2031-12-31',
};

const realNow = systemClock.now;
/** Moves the platform's clock to `at` (and on from there at the real pace). */
function travelTo(at: Date) {
  const offset = at.getTime() - Date.now();
  systemClock.now = () => new Date(Date.now() + offset);
}
afterEach(() => {
  systemClock.now = realNow;
});

const watch = () => watchDeadlines({ requests: requestRepository(), clock: systemClock, bus: messageBus() });

/** Filed on the portal by a representative, approved by a Committee clerk: DECIDED, waiting for the fee. */
async function approved(language = 'ru') {
  const r = await newRepresentative(ctx.platform, 'ТОО «Ақтау Радиорелейка»', language);
  const body = await signRequestWith(r.rep as CitizenSigner, { applicantIin: r.iin, applicantBin: r.bin, serviceId: SERVICE, form, attachments: await uploadAll(r.client, [{ kind: 'technical-data', name: 'rrl.pdf' }]), language });
  const sub = await r.client.submit(body);
  expect(sub.status).toBe(202);
  const requestId = sub.body.requestId as string;
  const inbox = await waitStatus(r.client, `/v1/requests/${requestId}`, ['IN_INBOX', 'SIGNATURE_REJECTED']);
  expect(inbox.status).toBe('IN_INBOX');
  const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
  expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
  expect((await clerk.client.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'approve', resultFields })).status).toBe(202);
  const due = await waitStatus(r.client, `/v1/requests/${requestId}`, ['DECIDED']);
  return { r, clerk, requestId, due };
}

async function invoice(client: ApiClient, requestId: string) {
  const inv = await client.call('POST', '/v1/payments', { serviceId: SERVICE, requestId });
  expect(inv.status).toBe(201);
  return inv.body.paymentId as string;
}

describe('the RF spectrum permit’s fee that never comes (seed 003 App.3 Table 1 a9–a10)', () => {
  it('waits for the fee 30 calendar days from the approval, and the watch does nothing before', async () => {
    expect(def.version).toBe(2);
    expect(def.payment?.unpaid).toMatchObject({ after: { amount: 30, unit: 'calendarDays' }, step: 'T1.a10', groundId: 'fee-not-paid' });
    const { r, requestId, due } = await approved('kk');
    expect(due.feeDue).toMatchObject({ amount: def.payment!.amount });
    // The applicant sees until when the fee is awaited.
    expect(Date.parse(due.feeDue.until) - Date.parse(due.feeDue.since)).toBe(30 * DAY);

    travelTo(new Date(Date.parse(due.feeDue.until) - 60_000));
    expect((await watch()).refused).toBe(0);
    const still = (await r.client.call('GET', `/v1/requests/${requestId}`)).body;
    expect(still).toMatchObject({ status: 'DECIDED', feeDue: due.feeDue, decision: { approved: true } });
    expect(still.history).toHaveLength(due.history.length);
  });

  it('refuses an approval whose fee has not come after the limit: T1.a10 in the history, the refusal document delivered, the applicant notified; a second run does nothing', async () => {
    const { r, requestId, due } = await approved('ru');
    const until = Date.parse(due.feeDue.until);
    travelTo(new Date(until + 60_000));
    // This request, and any other of this file's tables whose wait has run out too.
    expect((await watch()).refused).toBeGreaterThanOrEqual(1);

    const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['REFUSED', 'COMPLETED']);
    expect(done.status).toBe('REFUSED');
    const ground = def.refusalGrounds.find((g) => g.id === 'fee-not-paid')!;
    expect(ground.source).toMatch(/process 10/);
    expect(done.decision).toMatchObject({ approved: false, ground: { id: 'fee-not-paid', label: ground.label.ru } });
    expect(done.decision.reason).toContain(`${def.payment!.amount} тенге`);
    expect(done.feeDue).toBeUndefined();
    expect(done.payment).toBeUndefined();
    expect(events(done)).toEqual(['request.submitted', 'signature.verified', 'gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided', 'fee.unpaid', 'result.issued', 'gateway.returned', 'cabinet.delivered']);
    expect(stepIds(done).slice(-4)).toEqual(['T1.a10', 'T1.a11', 'T1.a11', 'T1.a11']);
    // Why, with the step: the platform refused at a10, which began when the wait ran out and has 10–15 s.
    const lapse = done.history.find((h: { event: string }) => h.event === 'fee.unpaid');
    expect(lapse).toMatchObject({ stepId: 'T1.a10', actor: { kind: 'platform' }, outcome: 'refused:fee-not-paid', stepStartedAt: due.feeDue.until, onTime: false });
    expect(Date.parse(lapse.deadline) - Date.parse(lapse.stepStartedAt)).toBe(15_000);
    expect(lapse.note).toContain(ground.label.ru);
    // The refusal is a signed document like any refusal, in the cabinet.
    const res = await r.client.call('GET', `/v1/requests/${requestId}/result`);
    expect(res.status).toBe(200);
    expect((await new ApiClient(ctx.api).call('GET', `/v1/verify/${res.body.documentId}`)).body).toMatchObject({ authentic: true, decision: 'refused' });
    // Notified: the refusal with its reason, then the final status.
    const notes = (await r.client.call('GET', '/v1/notifications')).body.items.filter((n: { requestId: string }) => n.requestId === requestId);
    expect(notes.find((n: { status: string; body: string }) => n.status === 'DECIDED' && n.body.includes(ground.label.ru))).toBeDefined();
    expect(notes.some((n: { status: string }) => n.status === 'REFUSED')).toBe(true);

    // The next run (and one a day later) finds nothing to do for it.
    expect((await watch()).refused).toBe(0);
    travelTo(new Date(until + DAY));
    expect((await watch()).refused).toBe(0);
    expect((await r.client.call('GET', `/v1/requests/${requestId}`)).body.history).toHaveLength(done.history.length);
    // No fee is due any more: no invoice.
    const late = await r.client.call('POST', '/v1/payments', { serviceId: SERVICE, requestId });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('NO_FEE_DUE');
  });

  it('refunds a confirmation that comes after the refusal, and refuses to take a payment for it at all', async () => {
    const { r, requestId, due } = await approved('en');
    // Two invoices issued while the approval waited; the refusal comes before either is paid.
    const inFlight = await invoice(r.client, requestId);
    const unpaid = await invoice(r.client, requestId);
    travelTo(new Date(Date.parse(due.feeDue.until) + 60_000));
    expect((await watch()).refused).toBeGreaterThanOrEqual(1);
    await waitStatus(r.client, `/v1/requests/${requestId}`, ['REFUSED']);

    // The payer cannot pay an invoice whose approval no longer waits.
    const pay = await r.client.call('POST', `/v1/payments/${unpaid}/pay`);
    expect(pay.status).toBe(409);
    expect(pay.body.error.code).toBe('NO_FEE_DUE');
    expect(pay.body.error.message).toMatch(/No fee is due/);
    // A confirmation already on its way (the gateway took the money) is refunded, not put on the request.
    const deps = { requests: requestRepository(), clock: systemClock, bus: messageBus() };
    expect(await confirmPayment(deps, inFlight)).toBe('applied');
    const p = (await r.client.call('GET', `/v1/payments/${inFlight}`)).body;
    expect(p).toMatchObject({ status: 'REFUNDED', requestId, refund: { reason: 'FEE_LAPSED' } });
    expect(p.refund.reference).toMatch(/^EGPG-RFD-/);
    // Redelivered: nothing more.
    expect(await confirmPayment(deps, inFlight)).toBe('duplicate');
    expect((await r.client.call('GET', `/v1/payments/${inFlight}`)).body.refund).toEqual(p.refund);
    const view = (await r.client.call('GET', `/v1/requests/${requestId}`)).body;
    expect(view).toMatchObject({ status: 'REFUSED', decision: { approved: false } });
    expect(view.payment).toBeUndefined();
  });

  it('lets a confirmation that lands first win: the refusal read before it does not land, and the permit is issued', async () => {
    const { r, requestId, due } = await approved('ru');
    const repo = requestRepository();
    const paymentId = await invoice(r.client, requestId);
    // The watch has read the request while it waited…
    const stale = (await repo.get(requestId))!;
    expect(stale.feeDue && !stale.payment).toBe(true);
    // …and the gateway's confirmation lands first: paid, and the fee put on the request (its two
    // conditional writes; neither changes the status or the history, so only the "still unpaid"
    // condition stops the refusal).
    const now = new Date();
    expect(await repo.confirmPayment(paymentId, `EGPG-PAY-${now.toISOString().slice(0, 10).replace(/-/g, '')}-999999`, now.toISOString())).toBe('applied');
    const paid = (await repo.getPayment(paymentId))!;
    expect(await repo.settleFee(requestId, { paymentId, reference: paid.reference!, amount: paid.amount, currency: 'KZT', paidAt: paid.paidAt! })).toBe('applied');
    travelTo(new Date(Date.parse(due.feeDue.until) + 60_000));
    expect(await lapseUnpaidFee({ requests: repo, clock: systemClock, bus: messageBus() }, stale)).toBe('conflict');
    expect((await repo.get(requestId))).toMatchObject({ status: 'DECIDED', decision: { approved: true }, payment: { paymentId } });
    // The gateway then sends it on (as its redelivered confirmation does): the permit is issued.
    expect(await confirmPayment({ requests: repo, clock: systemClock, bus: messageBus() }, paymentId)).toBe('duplicate');
    const done = await waitStatus(r.client, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done).toMatchObject({ status: 'COMPLETED', decision: { approved: true }, payment: { paymentId } });
    expect(events(done)).not.toContain('fee.unpaid');
    expect((await watch()).refused).toBe(0);
    expect((await repo.getPayment(paymentId))!.status).toBe('PAID');
  });

  it('does not let the Committee’s clerk give the platform’s ground', async () => {
    const r = await newRepresentative(ctx.platform, 'ТОО «Ақтау Радиорелейка»', 'kk');
    const body = await signRequestWith(r.rep, { applicantIin: r.iin, applicantBin: r.bin, serviceId: SERVICE, form, attachments: await uploadAll(r.client, [{ kind: 'technical-data', name: 'rrl.pdf' }]), language: 'kk' });
    const sub = await r.client.submit(body);
    await waitStatus(r.client, `/v1/requests/${sub.body.requestId}`, ['IN_INBOX']);
    const clerk = await newStaff(ctx.platform, { agencyId: AGENCY });
    expect((await clerk.client.call('POST', `/v1/agency/requests/${sub.body.requestId}/take`)).status).toBe(200);
    const d = await clerk.client.call('POST', `/v1/agency/requests/${sub.body.requestId}/decision`, { decision: 'refuse', groundId: 'fee-not-paid', reason: 'Төлем жоқ, бас тартылады.' });
    expect(d.status).toBe(400);
    expect(d.body.error.fields[0]).toMatchObject({ field: 'groundId', code: 'REFUSAL_GROUND_UNKNOWN', params: { allowed: ['applicant-data-violations', 'permit-grounds-not-met'] } });
  });
});
