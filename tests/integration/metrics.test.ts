import { describe, expect, it } from 'vitest';
import { monthOf } from '../../shared/domain/metrics.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';

const ctx = usePlatform('metrics');

describe('quality metrics on the platform', () => {
  it('reflect one approved and one refused request, their questionnaire answers, and only for the agency’s own staff', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
    const { client: clerk } = await newStaff(ctx.platform);
    const month = monthOf(new Date());

    const approved = (await submitArchiveRequest(citizen, iin)).requestId;
    const refused = (await submitArchiveRequest(citizen, iin)).requestId;
    for (const id of [approved, refused]) {
      await waitStatus(citizen, `/v1/requests/${id}`, ['IN_INBOX']);
      expect((await clerk.call('POST', `/v1/agency/requests/${id}/take`)).status).toBe(200);
    }
    expect((await clerk.call('POST', `/v1/agency/requests/${approved}/decision`, approveBody)).status).toBe(202);
    expect((await clerk.call('POST', `/v1/agency/requests/${refused}/decision`, { decision: 'refuse', groundId: 'records-not-found', reason: 'Фонд 12 за 1998–2004 гг. на хранение не поступал.' })).status).toBe(202);
    await waitStatus(citizen, `/v1/requests/${approved}`, ['COMPLETED']);
    await waitStatus(citizen, `/v1/requests/${refused}`, ['REFUSED']);
    expect((await citizen.call('POST', `/v1/requests/${approved}/survey`, { answers: { processAndResult: 3, information: 3 } })).status).toBe(201);

    // A redelivered terminal message changes nothing.
    await ctx.platform.runtime.invoke('cabinet-delivery', { Records: [{ messageId: 'm-again', receiptHandle: 'r', body: JSON.stringify({ requestId: approved, event: 'gateway.returned', sentAt: new Date().toISOString() }), attributes: { ApproximateReceiveCount: '2' }, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:x', awsRegion: 'us-east-1' }] });

    const r = await clerk.call('GET', `/v1/agency/metrics?from=${month}&to=${month}&serviceId=archive-certificate&lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ agencyId: 'mangystau-archives', from: month, to: month });
    const [svc] = r.body.services;
    expect(svc.serviceId).toBe('archive-certificate');
    expect(svc.months).toHaveLength(1);
    expect(svc.months[0]).toMatchObject({ month, finished: 2, onTime: 2, onTimeShare: 1, approved: 1, refused: 1, refusalsByGround: { 'records-not-found': 1 }, survey: { processAndResult: { '3': 1 }, information: { '3': 1 } } });
    const steps = svc.months[0].steps as { stepId: string; count: number; maxMinutes: number; totalMinutes: number; limitMinutes: number | null }[];
    expect(steps.map((s) => s.stepId)).toEqual(['T1.a5', 'T1.a6', 'T1.a8']);
    for (const s of steps) {
      expect(s.count).toBe(2);
      expect(s.maxMinutes).toBeGreaterThan(0);
      expect(s.maxMinutes).toBeLessThanOrEqual(s.totalMinutes);
    }
    expect(svc.totals).toMatchObject({ finished: 2, approved: 1, refused: 1 });

    // Another agency's clerk: their own figures (its service, nothing finished), and 403 for this agency's.
    const { client: other } = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    const own = (await other.call('GET', '/v1/agency/metrics')).body;
    expect(own.agencyId).toBe('vko-internal-policy');
    expect(own.services.map((x: { serviceId: string }) => x.serviceId)).toEqual(['foreign-periodicals-accounting']);
    expect(own.services[0].totals).toMatchObject({ finished: 0 });
    const foreign = await other.call('GET', '/v1/agency/metrics?agencyId=mangystau-archives');
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('FORBIDDEN');
    // Citizens are not staff: the staff authorizer refuses their token.
    expect((await citizen.call('GET', '/v1/agency/metrics')).status).toBe(401);
    expect((await clerk.call('GET', '/v1/agency/metrics?from=2026-1')).body.error.fields[0]).toMatchObject({ field: 'from', code: 'FIELD_BAD_FORMAT' });
  });
});
