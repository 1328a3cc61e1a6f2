/**
 * Fees through the simulated e-government payment gateway (seed 003 App.1: the licence's fee is
 * paid before signing): invoice, payment confirmed once on the gateway's queue, the fee attached
 * to exactly one request with the gateway's reference in its history, the checks at intake, only
 * the payer sees a payment, and a refused request's fee refunded and recorded on both.
 */
import { describe, expect, it } from 'vitest';
import { samplePdf, signRequestWith, waitFor, type ApiClient, type CitizenSigner } from '../../scripts/lib/client.js';
import { ddbClient } from '../../shared/adapters/clients.js';
import { DynamoRequestRepository } from '../../shared/adapters/dynamo-request-repository.js';
import { findService } from '../../shared/domain/services/index.js';
import { confirmPayment, refundPayment } from '../../shared/domain/use-cases/payments.js';
import { systemClock } from '../../shared/ports/index.js';
import { waitStatus } from '../support/journey.js';
import { newRepresentative } from '../support/services.js';
import { newStaff, usePlatform } from '../support/platform.js';

const ctx = usePlatform('payments');
const SERVICE = 'communications-licence';
const form = { action: 'issue', services: 'Местная телефонная связь' };

const representative = (lang = 'ru') => newRepresentative(ctx.platform, 'ТОО «Төлем-Тест»', lang);

async function invoice(client: ApiClient) {
  const r = await client.call('POST', '/v1/payments', { serviceId: SERVICE });
  expect(r.status).toBe(201);
  return r.body as { paymentId: string; amount: number; status: string };
}

async function pay(client: ApiClient, paymentId: string) {
  expect((await client.call('POST', `/v1/payments/${paymentId}/pay`)).status).toBe(202);
  return waitFor(async () => {
    const p = (await client.call('GET', `/v1/payments/${paymentId}`)).body;
    return p.status === 'PAID' ? p : undefined;
  }, 20_000, 100);
}

async function signed(who: { iin: string; bin: string; client: ApiClient; rep: CitizenSigner }, paymentId?: string) {
  const up = await who.client.upload('q.pdf', 'application/pdf', samplePdf(`q ${Math.random()}`));
  return signRequestWith(who.rep, {
    applicantIin: who.iin,
    applicantBin: who.bin,
    serviceId: SERVICE,
    form: { ...form, ...(paymentId ? { paymentId } : {}) },
    attachments: [{ uploadId: up.uploadId, kind: 'qualification-documents', sha256: up.sha256 }],
  });
}

describe('fees through the payment gateway (seed 003 App.1)', () => {
  it('invoices, confirms once, attaches the fee to one request with its reference, and refuses intake without a paid fee of one’s own', async () => {
    const a = await representative();
    // A free service has nothing to pay.
    const free = await a.client.call('POST', '/v1/payments', { serviceId: 'archive-certificate' });
    expect(free.status).toBe(422);
    expect(free.body.error.code).toBe('SERVICE_HAS_NO_FEE');
    const inv = await invoice(a.client);
    expect(inv).toMatchObject({ status: 'INVOICED', amount: findService(SERVICE)!.payment!.amount, currency: 'KZT' });

    // Intake: no payment named; an unpaid one.
    const none = await a.client.submit(await signed(a));
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('PAYMENT_REQUIRED');
    expect(none.body.error.fields[0]).toMatchObject({ field: 'form.paymentId', code: 'PAYMENT_REQUIRED' });
    const unpaid = await a.client.submit(await signed(a, inv.paymentId));
    expect(unpaid.status).toBe(422);
    expect(unpaid.body.error.code).toBe('PAYMENT_NOT_PAID');

    // Paid: the gateway's reference; paying again changes nothing.
    const paid = await pay(a.client, inv.paymentId);
    expect(paid.reference).toMatch(/^EGPG-PAY-\d{8}-\d{6}$/);
    expect((await a.client.call('POST', `/v1/payments/${inv.paymentId}/pay`)).status).toBe(200);
    // A redelivered confirmation finds it paid: the reference stays.
    const repo = new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!);
    expect(await confirmPayment({ requests: repo, clock: systemClock, bus: { send: async () => undefined } }, inv.paymentId)).toBe('duplicate');
    expect((await a.client.call('GET', `/v1/payments/${inv.paymentId}`)).body.reference).toBe(paid.reference);

    // Another citizen neither sees it nor files with it.
    const b = await representative();
    expect((await b.client.call('GET', `/v1/payments/${inv.paymentId}`)).status).toBe(404);
    expect((await b.client.call('POST', `/v1/payments/${inv.paymentId}/pay`)).status).toBe(404);
    const foreign = await b.client.submit(await signed(b, inv.paymentId));
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('PAYMENT_NOT_FOUND');

    // Filed with it: the fee is the request's, its reference in the history.
    const r = await a.client.submit(await signed(a, inv.paymentId));
    expect(r.status).toBe(202);
    const view = await waitStatus(a.client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX']);
    expect(view.payment).toMatchObject({ paymentId: inv.paymentId, reference: paid.reference, amount: inv.amount });
    expect(view.history[0].note).toContain(paid.reference);
    expect((await a.client.call('GET', `/v1/payments/${inv.paymentId}`)).body.requestId).toBe(r.body.requestId);
    // Once only: a second request with the same fee is refused.
    const again = await a.client.submit(await signed(a, inv.paymentId));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PAYMENT_ALREADY_USED');
    // Two requests racing for one fee: one gets it.
    const inv2 = await invoice(a.client);
    await pay(a.client, inv2.paymentId);
    const race = await Promise.all([a.client.submit(await signed(a, inv2.paymentId)), a.client.submit(await signed(a, inv2.paymentId))]);
    expect(race.map((x) => x.status).sort()).toEqual([202, 409]);

    // Approved: the fee stays paid.
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'mtc-communications-committee' });
    await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`);
    const approve = { decision: 'approve', resultFields: { issuedTo: 'ТОО «Төлем-Тест»', activityType: 'Услуги связи', head: 'Нуршабеков Р. Р.', licenceNumber: 'ДС-0009999', city: 'Астана' } };
    expect((await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, approve)).status).toBe(202);
    const done = await waitStatus(a.client, `/v1/requests/${r.body.requestId}`, ['COMPLETED']);
    expect(done.payment.refund).toBeUndefined();
    expect((await a.client.call('GET', `/v1/payments/${inv.paymentId}`)).body.status).toBe('PAID');
  });

  it('refunds the fee of a request the Committee refuses, and of one whose signature is refused, once, recorded on both', async () => {
    const a = await representative('kk');
    const inv = await invoice(a.client);
    await pay(a.client, inv.paymentId);
    const r = await a.client.submit(await signed(a, inv.paymentId));
    await waitStatus(a.client, `/v1/requests/${r.body.requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform, { agencyId: 'mtc-communications-committee' });
    await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/take`);
    await clerk.call('POST', `/v1/agency/requests/${r.body.requestId}/decision`, { decision: 'refuse', groundId: 'qualification-requirements', reason: 'Біліктілік талаптарына сәйкес келмейді.' });
    await waitStatus(a.client, `/v1/requests/${r.body.requestId}`, ['REFUSED']);
    const refunded = await waitFor(async () => {
      const p = (await a.client.call('GET', `/v1/payments/${inv.paymentId}`)).body;
      return p.status === 'REFUNDED' ? p : undefined;
    }, 20_000, 100);
    expect(refunded.refund).toMatchObject({ reason: 'REFUSED' });
    expect(refunded.refund.reference).toMatch(/^EGPG-RFD-\d{8}-\d{6}$/);
    const view = (await a.client.call('GET', `/v1/requests/${r.body.requestId}`)).body;
    expect(view.payment.refund).toEqual(refunded.refund);
    // A redelivered refund changes nothing.
    const repo = new DynamoRequestRepository(ddbClient(), ctx.platform.env.REQUESTS_TABLE!);
    expect(await refundPayment({ requests: repo, clock: systemClock }, r.body.requestId)).toBe('duplicate');
    expect((await a.client.call('GET', `/v1/payments/${inv.paymentId}`)).body.refund).toEqual(refunded.refund);

    // Paid, then the signature is refused (the form changed after signing): refunded too.
    const inv2 = await invoice(a.client);
    await pay(a.client, inv2.paymentId);
    const body = await signed(a, inv2.paymentId);
    const tampered = await a.client.submit({ ...body, form: { ...body.form, services: 'Международная связь' } });
    expect(tampered.status).toBe(202);
    await waitStatus(a.client, `/v1/requests/${tampered.body.requestId}`, ['SIGNATURE_REJECTED']);
    const back = await waitFor(async () => {
      const p = (await a.client.call('GET', `/v1/payments/${inv2.paymentId}`)).body;
      return p.status === 'REFUNDED' ? p : undefined;
    }, 20_000, 100);
    expect(back.refund.reason).toBe('SIGNATURE_REJECTED');
  });
});
