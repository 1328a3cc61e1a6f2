import { describe, expect, it } from 'vitest';
import { newCitizen, newStaff, usePlatform } from '../support/platform.js';
import { approveBody, submitArchiveRequest, waitStatus } from '../support/journey.js';
import { captureOutput } from '../support/capture.js';
import { archiveForm } from '../../scripts/lib/client.js';

// Handlers load lazily in this worker, after this line: their logger logs everything.
process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
const ctx = usePlatform('logs');

describe('logs', () => {
  it('carry ids but no IIN, names or document contents through a whole journey', async () => {
    const { lines, restore } = captureOutput();
    let iin = '';
    let staffName = '';
    const refusalReason = 'Фонд 77 за указанный период в архив не поступал.';
    try {
      const c = await newCitizen(ctx.platform);
      iin = c.iin;
      const first = await submitArchiveRequest(c.client, iin);
      const second = await submitArchiveRequest(c.client, iin);
      await waitStatus(c.client, `/v1/requests/${second.requestId}`, ['IN_INBOX']);
      await waitStatus(c.client, `/v1/requests/${first.requestId}`, ['IN_INBOX']);
      const clerk = await newStaff(ctx.platform);
      staffName = clerk.username;
      await clerk.client.call('POST', `/v1/agency/requests/${first.requestId}/take`);
      await clerk.client.call('POST', `/v1/agency/requests/${first.requestId}/decision`, approveBody);
      await clerk.client.call('POST', `/v1/agency/requests/${second.requestId}/take`);
      await clerk.client.call('POST', `/v1/agency/requests/${second.requestId}/decision`, { decision: 'refuse', groundId: 'records-not-found', reason: refusalReason });
      await waitStatus(c.client, `/v1/requests/${first.requestId}`, ['COMPLETED']);
      await waitStatus(c.client, `/v1/requests/${second.requestId}`, ['REFUSED']);
      // A refused sign-in is logged too; the IIN must not be.
      await c.client.call('POST', '/v1/auth/login', { iin, password: 'Wrong-passw0rd' });
    } finally {
      restore();
    }
    const out = lines.join('');
    // The logs did record the journey…
    expect(out).toContain('request accepted');
    expect(out).toContain('cabinet-delivery done');
    // …and nothing personal.
    for (const secret of [iin, iin.slice(0, 6) + iin.slice(6), archiveForm.organization, archiveForm.purpose, approveBody.resultFields.findings, refusalReason]) {
      expect(out.includes(secret), `log output contains «${secret}»`).toBe(false);
    }
    expect(staffName).not.toBe('');
  });
});
