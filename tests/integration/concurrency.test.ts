import { describe, expect, it } from 'vitest';
import { ApiClient, archiveForm, samplePdf } from '../../scripts/lib/client.js';
import { clock, newId, requestRepository } from '../../shared/adapters/wiring/core.js';
import { uploadsStore } from '../../shared/adapters/wiring/files.js';
import { signatureVerifier } from '../../shared/adapters/wiring/signature.js';
import { checkSignature, submitRequest } from '../../shared/domain/use-cases/portal.js';
import { routeToAgency } from '../../shared/domain/use-cases/gateway.js';
import { auditLog } from '../../shared/adapters/wiring/core.js';
import { registerInAgency } from '../../shared/domain/use-cases/agency.js';
import { newCitizen, usePlatform } from '../support/platform.js';

/**
 * Six consumers apply the same step to the same request at the same moment: exactly one entry.
 * (This caught moto's transaction rollback erasing concurrent writes; see shared/adapters/clients.ts.)
 */
const ctx = usePlatform('race', { scheduleSeconds: false });

describe('concurrent consumers', () => {
  it('apply a step once when six deliveries of it run at the same moment', async () => {
    for (let round = 0; round < 10; round++) {
      const { iin, client } = await newCitizen(ctx.platform);
      const up = await client.upload('a.pdf', 'application/pdf', samplePdf('race' + round));
      const body = await client.signRequest({ applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: up.uploadId, kind: 'work-record-book', sha256: up.sha256 }] });
      const silentBus = { send: async () => undefined };
      const { requestId } = await submitRequest({ requests: requestRepository(), uploads: uploadsStore(), clock, newId, bus: silentBus }, { applicantIin: iin, body: body as never });
      await checkSignature({ requests: requestRepository(), bus: silentBus, clock, verifier: signatureVerifier() }, requestId);
      await routeToAgency({ requests: requestRepository(), audit: auditLog(), bus: silentBus, clock }, '{}', { requestId, event: 'signature.verified', sentAt: '' });
      const rs = await Promise.allSettled(Array.from({ length: 6 }, () => registerInAgency({ requests: requestRepository(), clock }, requestId)));
      const h = await requestRepository().history(requestId);
      expect(rs.filter((r) => r.status === 'fulfilled' && r.value === 'applied')).toHaveLength(1);
      expect(h.filter((e) => e.event === 'agency.registered')).toHaveLength(1);
      expect(h.at(-1)!.hash).toBe((await requestRepository().get(requestId))!.historyHead);
    }
    // Ten rounds against the shared moto, which the soak may be loading at the same time: a
    // generous limit (this test is about correctness, not speed).
  }, 240_000);
});
