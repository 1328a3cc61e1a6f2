import { describe, expect, it } from 'vitest';
import { archiveForm } from '../../scripts/lib/client.js';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';

const ctx = usePlatform('correction');

describe('return for correction through the platform', () => {
  it('returns a request in work, stops its clock, takes the applicant’s signed correction and goes on to the result', async () => {
    const { iin, client: citizen } = await newCitizen(ctx.platform, 'en');
    const { requestId, body: submitted } = await submitArchiveRequest(citizen, iin, { language: 'en' });
    await waitStatus(citizen, `/v1/requests/${requestId}`, ['IN_INBOX']);
    const { client: clerk } = await newStaff(ctx.platform);
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/take`)).status).toBe(200);

    // Only fields of the service may be named.
    const unknown = await clerk.call('POST', `/v1/agency/requests/${requestId}/return`, { reason: 'Уточните период', fields: ['salary'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0]).toMatchObject({ field: 'fields.0', code: 'FIELD_NOT_ALLOWED' });
    const { client: otherClerk } = await newStaff(ctx.platform, { agencyId: 'vko-internal-policy' });
    expect((await otherClerk.call('POST', `/v1/agency/requests/${requestId}/return`, { reason: 'x' })).status).toBe(404);

    const ret = await clerk.call('POST', `/v1/agency/requests/${requestId}/return`, { reason: 'Укажите период работы по приказам: 1999–2004.', fields: ['periodFrom', 'work-record-book'] });
    expect(ret.status).toBe(200);
    expect(ret.body.status).toBe('RETURNED');
    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/return`, { reason: 'Укажите период работы по приказам: 1999–2004.', fields: ['periodFrom', 'work-record-book'] })).status).toBe(200); // a retry
    const decideNow = await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody);
    expect(decideNow.status).toBe(409);
    expect(decideNow.body.error.code).toBe('AWAITING_CORRECTION');

    // The citizen sees the status, its label, the reason and the fields; the clock stands still.
    const mine = await citizen.call('GET', `/v1/requests/${requestId}`);
    expect(mine.body).toMatchObject({ status: 'RETURNED', statusLabel: 'Returned for correction', returned: { label: 'Returned for correction', reason: 'Укажите период работы по приказам: 1999–2004.', fields: [{ id: 'periodFrom', label: expect.any(String) }, { id: 'work-record-book', label: expect.any(String) }] }, clockPaused: { stepId: 'T1.a8' } });
    expect(mine.body.dueAt).toBeUndefined();
    expect(mine.body.clockPaused.remainingMs).toBeGreaterThan(0);
    const staffSide = await clerk.call('GET', `/v1/agency/requests/${requestId}`);
    expect(staffSide.body.returned).toMatchObject({ reason: 'Укажите период работы по приказам: 1999–2004.', returnedBy: expect.any(String) });
    const inbox = await clerk.call('GET', '/v1/agency/requests?status=RETURNED');
    expect(inbox.body.items.map((i: { requestId: string }) => i.requestId)).toContain(requestId);

    // The correction: a new form, the same scan, newly signed.
    const sign = async (form: Record<string, unknown>) => {
      const b = await citizen.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form, attachments: submitted.attachments, language: 'en' });
      return { form: b.form, attachments: b.attachments, signature: b.signature };
    };
    const corrected = await sign({ ...archiveForm, periodFrom: 1999 });
    const { client: stranger } = await newCitizen(ctx.platform);
    expect((await stranger.call('POST', `/v1/requests/${requestId}/correction`, corrected)).status).toBe(404);
    const tampered = await citizen.call('POST', `/v1/requests/${requestId}/correction`, { ...corrected, form: { ...corrected.form, purpose: 'changed after signing' } });
    expect(tampered.status).toBe(422);
    expect(tampered.body.error.code).toBe('EDS_INVALID_SIGNATURE');
    expect((await citizen.call('GET', `/v1/requests/${requestId}`)).body.status).toBe('RETURNED');

    const ok = await citizen.call('POST', `/v1/requests/${requestId}/correction`, corrected);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('IN_PROGRESS');
    expect(ok.body.dueAt).toBeDefined();
    const again = await citizen.call('POST', `/v1/requests/${requestId}/correction`, corrected);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const late = await citizen.call('POST', `/v1/requests/${requestId}/correction`, await sign(archiveForm));
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('NOT_RETURNED');

    expect((await clerk.call('POST', `/v1/agency/requests/${requestId}/decision`, approveBody)).status).toBe(202);
    const done = await waitStatus(citizen, `/v1/requests/${requestId}`, ['COMPLETED', 'REFUSED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.form.periodFrom).toBe(1999);
    expect(done.history.map((h: { event: string }) => h.event)).toEqual([
      'request.submitted',
      'signature.verified',
      'gateway.registered',
      'agency.registered',
      'staff.taken',
      'staff.returned',
      'applicant.corrected',
      'staff.decided',
      'result.issued',
      'gateway.returned',
      'cabinet.delivered',
    ]);
    const returned = done.history.find((h: { event: string }) => h.event === 'staff.returned');
    expect(returned).toMatchObject({ stepId: 'T1.a8', note: 'Укажите период работы по приказам: 1999–2004.', actor: { kind: 'staff' } });
  });
});
