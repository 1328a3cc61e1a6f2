import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { ApiClient, archiveForm, samplePdf, waitFor } from '../../scripts/lib/client.js';
import { clock, newId, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { checkSignature, submitRequest } from '../../shared/domain/use-cases/portal.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { signatureVerifier } from '../../shared/adapters/wiring/signature.js';
import { redrive } from '../../scripts/redrive.js';
import { captureOutput } from '../support/capture.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';

const ctx = usePlatform('reliability', { deliverTwice: true, recordDeliveries: true });

function sqsEvent(messageId: string, body: unknown) {
  return { Records: [{ messageId, receiptHandle: 'r', body: JSON.stringify(body), attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:local', awsRegion: 'us-east-1' }] };
}

async function journey() {
  const { iin, client: citizen } = await newCitizen(ctx.platform);
  const { requestId } = await submitArchiveRequest(citizen, iin);
  await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
  const { client: clerk } = await newStaff(ctx.platform);
  await clerk.call('POST', `/v1/agency/requests/${requestId}/take`);
  await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
  const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
  return { requestId, citizen, clerk, done };
}

describe('at-least-once delivery', () => {
  it('gives the same history, inbox and result when every message is delivered twice, and again at the end', async () => {
    const { requestId, citizen, clerk, done } = await journey();
    // Every engine event happened exactly once although every batch ran twice.
    const events = done.history.map((h: { event: string }) => h.event);
    expect(events).toEqual([...new Set(events)]);
    expect(events).toHaveLength(9);

    // Late duplicates: deliver every message of this journey once more, after it completed.
    const mine = ctx.platform.runtime.deliveries.filter((d) => d.event.Records.some((r) => r.body.includes(requestId)));
    expect(mine.length).toBeGreaterThanOrEqual(6);
    for (const d of mine) {
      const out = (await ctx.platform.runtime.invoke(d.fn, d.event)) as { batchItemFailures: unknown[] };
      expect(out.batchItemFailures).toEqual([]);
    }
    const after = (await citizen.call('GET', `/v1/requests/${requestId}`)).body;
    expect(after.history).toEqual(done.history);
    expect(after.registrationNumber).toBe(done.registrationNumber);

    const inbox = await clerk.call('GET', '/v1/agency/requests?status=COMPLETED&limit=100');
    expect(inbox.body.items.filter((i: { requestId: string }) => i.requestId === requestId)).toHaveLength(1);

    const s3 = new S3Client({ endpoint: ctx.platform.endpoint, region: 'us-east-1', forcePathStyle: true });
    const v = await s3.send(new ListObjectVersionsCommand({ Bucket: ctx.platform.env.RESULTS_BUCKET!, Prefix: `results/${requestId}/` }));
    expect(v.Versions?.filter((x) => x.Key!.endsWith('.pdf'))).toHaveLength(1);
    expect(v.Versions?.filter((x) => x.Key!.endsWith('.pdf.p7s'))).toHaveLength(1);
  });

  it('retries a message that arrives before its request is ready, then applies it', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform);
    // Store a request without queueing it, so it stays SUBMITTED.
    const up = await citizen.upload('a.pdf', 'application/pdf', samplePdf('early'));
    const body = await citizen.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
    const silent = { requests: requestRepository(), uploads: uploadsStore(), clock, newId, bus: { send: async () => undefined } };
    const { requestId } = await submitRequest(silent, { applicantIin: iin, body: body as never });
    const early = sqsEvent('early', { requestId, event: 'gateway.registered', sentAt: new Date().toISOString() });

    const out = (await ctx.platform.runtime.invoke('agency-register', early)) as { batchItemFailures: { itemIdentifier: string }[] };
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'early' }]);
    expect((await citizen.call('GET', `/v1/requests/${requestId}`)).body.status).toBe('SUBMITTED');

    // The pipeline catches up; the early message, retried, is then a harmless duplicate.
    await ctx.platform.runtime.invoke('signature-check', sqsEvent('go', { requestId, event: 'request.submitted', sentAt: new Date().toISOString() }));
    const inInbox = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const again = (await ctx.platform.runtime.invoke('agency-register', early)) as { batchItemFailures: unknown[] };
    expect(again.batchItemFailures).toEqual([]);
    expect(inInbox.history.filter((h: { event: string }) => h.event === 'agency.registered')).toHaveLength(1);
  });
});

describe('conditional writes', () => {
  it('lets a request be decided once: a different second decision is refused and nothing changes', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform);
    const { requestId } = await submitArchiveRequest(citizen, iin);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform);
    const { client: other } = await newStaff(ctx.platform);

    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody)).body.error.code).toBe('NOT_ASSIGNED_TO_YOU');
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);
    const stolen = await other.call('POST', `/v1/agency/requests/${requestId}/take`);
    expect(stolen.status).toBe(409);
    expect((await other.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody)).status).toBe(409);

    // Two different decisions at once: exactly one wins.
    const [a, b] = await Promise.all([
      clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody),
      clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, { decision: 'refuse', groundId: 'records-not-found', reason: 'Документы за период не поступали.' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    // The same decision again is answered as before (a client retry).
    const winner = a.status === 202 ? approveBody : { decision: 'refuse', groundId: 'records-not-found', reason: 'Документы за период не поступали.' };
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, winner)).status).toBe(202);

    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe(a.status === 202 ? 'COMPLETED' : 'REFUSED');
    expect(done.history.filter((h: { event: string }) => h.event === 'staff.decided')).toHaveLength(1);
  });
});

describe('dead-letter queues', () => {
  it('moves a message that keeps failing to the DLQ after maxReceiveCount, with its reason logged', async () => {
    const sqs = new SQSClient({ endpoint: ctx.platform.endpoint, region: 'us-east-1' });
    const { lines, restore } = captureOutput();
    try {
      await sqs.send(new SendMessageCommand({ QueueUrl: ctx.platform.env.PORTAL_TO_GATEWAY_QUEUE_URL!, MessageBody: '{"requestId":"no-such-request","event":"signature.verified","sentAt":"2026-01-01T00:00:00Z"}' }));
      const dlq = ctx.platform.env.PORTAL_TO_GATEWAY_DLQ_URL!;
      const got = await waitFor(async () => {
        const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
        return r.Messages?.find((m) => m.Body?.includes('no-such-request'));
      }, 45_000, 250);
      expect(got).toBeDefined();
      const main = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: ctx.platform.env.PORTAL_TO_GATEWAY_QUEUE_URL!, AttributeNames: ['ApproximateNumberOfMessages'] }));
      expect(main.Attributes?.ApproximateNumberOfMessages).toBe('0');
    } finally {
      restore();
    }
    const failures = lines.filter((l) => l.includes('gateway-route failed') && l.includes('no-such-request'));
    expect(failures.length).toBeGreaterThanOrEqual(1);
    expect(failures[0]).toMatch(/cannot route request/);
  });

  it('sends dead-lettered messages back with the redrive tool, and they complete once the cause is fixed', async () => {
    const sqs = new SQSClient({ endpoint: ctx.platform.endpoint, region: 'us-east-1' });
    const { iin, client: citizen } = await newCitizen(ctx.platform);
    const up = await citizen.upload('a.pdf', 'application/pdf', samplePdf('redrive'));
    const body = await citizen.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
    const silentBus = { send: async () => undefined };
    const silent = { requests: requestRepository(), uploads: uploadsStore(), clock, newId, bus: silentBus };
    const { requestId } = await submitRequest(silent, { applicantIin: iin, body: body as never });
    // The gateway gets the request before the signature check has run: it fails until the DLQ.
    await sqs.send(new SendMessageCommand({ QueueUrl: ctx.platform.env.PORTAL_TO_GATEWAY_QUEUE_URL!, MessageBody: JSON.stringify({ requestId, event: 'signature.verified', sentAt: new Date().toISOString() }) }));
    const dlq = ctx.platform.env.PORTAL_TO_GATEWAY_DLQ_URL!;
    await waitFor(async () => {
      const a = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['ApproximateNumberOfMessages'] }));
      return Number(a.Attributes?.ApproximateNumberOfMessages) > 0 ? true : undefined;
    }, 45_000, 250);
    expect((await citizen.call('GET', `/v1/requests/${requestId}`)).body.status).toBe('SUBMITTED');

    // The fix: the signature check runs (its own message to the gateway is lost on purpose).
    await checkSignature({ requests: requestRepository(), bus: silentBus, clock, verifier: signatureVerifier() }, requestId);
    // Drain the DLQ back (other tests' poison messages come along and go back to the DLQ later).
    expect(await redrive(sqs, dlq, ctx.platform.env.PORTAL_TO_GATEWAY_QUEUE_URL!)).toBeGreaterThanOrEqual(1);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    expect(done.registrationNumber).toBeDefined();
  });
});

describe('deadlines on DynamoDB', () => {
  it('finds a request past its step’s deadline through the keys-only index, reads it whole and marks it overdue once', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform);
    const { requestId } = await submitArchiveRequest(citizen, iin);
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    // Thirty days on, the 15-working-day step (T1 a8) is past its deadline.
    const later = { now: () => new Date(Date.now() + 30 * 86_400_000) };
    const first = await watchDeadlines({ requests: requestRepository(), clock: later, bus: { send: async () => undefined } });
    expect(first.marked).toBeGreaterThanOrEqual(1);
    const history = await requestRepository().history(requestId);
    const overdue = history.filter((h) => h.event === 'deadline.overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ stepId: 'T1.a8', onTime: false });
    await watchDeadlines({ requests: requestRepository(), clock: later, bus: { send: async () => undefined } });
    expect((await requestRepository().history(requestId)).filter((h) => h.event === 'deadline.overdue')).toHaveLength(1);
    expect((await requestRepository().get(requestId))?.openStep).toMatchObject({ stepId: 'T1.a8', overdue: true });
  });
});
