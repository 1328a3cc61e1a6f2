/**
 * A short soak (about 200 requests) with every fault injected — handler throws, duplicate
 * deliveries, a stall past the visibility timeout, a runtime kill and restart — then the
 * invariants: one terminal state each, nothing duplicated, nothing lost, DLQs empty, no 5xx but
 * the injected ones, no personal data in the logs. `npm run soak` runs the long one.
 */
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../scripts/soak.js';

describe('soak with injected faults', () => {
  it(
    'loses nothing and does nothing twice',
    async () => {
      // Its own moto_server (one process, one thread): 200 requests at 12 at a time would otherwise
      // stall every other test file's calls to the shared one while the soak runs.
      const r = await runSoak({ n: Number(process.env.SOAK_N ?? 200), throwShare: 0.1, duplicateShare: 0.2, concurrency: 12, ...(process.env.AWS_ENDPOINT_URL ? { endpoint: process.env.AWS_ENDPOINT_URL } : {}), quietLogs: true });
      expect(r.failures).toEqual([]);
      expect(r.injected.http + r.injected.sqs).toBeGreaterThan(0);
      expect(r.injected.restarts).toBe(1);
      expect(r.injected.stalls).toBe(1);
      expect(Object.values(r.terminal).reduce((a, b) => a + b, 0)).toBe(r.n);
      // Both channels ran: the portal, and filings by a service-centre operator.
      expect(r.channels['service-centre']).toBeGreaterThan(0);
      expect(r.channels.portal).toBeGreaterThan(0);
      // Two services: seed 001's archive certificate, and seed 003's numbering resource for legal entities.
      expect(r.services['numbering-resource']).toBeGreaterThan(0);
      expect(r.services['archive-certificate']).toBeGreaterThan(0);
    },
    30 * 60_000,
  );
});
