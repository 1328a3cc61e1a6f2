/**
 * The whole pipeline's code with in-memory adapters, in one process: what Lambda bills as
 * compute, without the emulator. Used by unit tests and the benchmark.
 */
import { randomUUID } from 'node:crypto';
import { agencies, agencyQueueId } from '../../shared/domain/agencies.js';
import { ContentDigestVerifier } from '../../shared/adapters/content-digest-verifier.js';
import { MemoryAuditLog, MemoryBus, MemoryFileStore, MemoryRequestRepository } from '../../shared/adapters/memory.js';
import { PdfResultRenderer } from '../../shared/adapters/pdf-result-renderer.js';
import type { Deps } from '../../shared/domain/use-cases/deps.js';
import { checkSignature, deliverToCabinet } from '../../shared/domain/use-cases/portal.js';
import { returnToPortal, routeToAgency } from '../../shared/domain/use-cases/gateway.js';
import { issueResult, registerInAgency } from '../../shared/domain/use-cases/agency.js';
import type { Clock, PipelineMessage } from '../../shared/ports/index.js';

export interface MemoryPipeline {
  deps: Deps & { requests: MemoryRequestRepository; bus: MemoryBus; uploads: MemoryFileStore; results: MemoryFileStore; audit: MemoryAuditLog };
  /** Delivers queued messages (repeatedly) until no queue holds any. Returns how many ran. */
  drain(opts?: { twice?: boolean }): Promise<number>;
}

export function memoryPipeline(opts: { clock?: Clock; renderer?: Deps['renderer'] } = {}): MemoryPipeline {
  const deps = {
    requests: new MemoryRequestRepository(),
    bus: new MemoryBus(),
    uploads: new MemoryFileStore(),
    results: new MemoryFileStore(),
    audit: new MemoryAuditLog(),
    verifier: new ContentDigestVerifier(),
    renderer: opts.renderer ?? new PdfResultRenderer('https://verify.example'),
    clock: opts.clock ?? { now: () => new Date() },
    newId: randomUUID,
  };
  const consumers: Record<string, (m: PipelineMessage, raw: string) => Promise<unknown>> = {
    SignatureCheck: (m) => checkSignature(deps, m.requestId),
    PortalToGateway: (m, raw) => routeToAgency(deps, raw, m),
    ResultIssue: (m) => issueResult(deps, m.requestId),
    AgencyToGateway: (m, raw) => returnToPortal(deps, raw, m),
    GatewayToPortal: (m) => deliverToCabinet(deps, m.requestId),
  };
  for (const a of agencies) consumers[agencyQueueId(a.id)] = (m) => registerInAgency(deps, m.requestId);
  return {
    deps,
    async drain({ twice = false } = {}) {
      let n = 0;
      for (;;) {
        const batch = deps.bus.take();
        if (!batch.length) return n;
        for (const { queueId, message } of batch) {
          const consume = consumers[queueId];
          if (!consume) throw new Error(`no consumer for ${queueId}`);
          const raw = JSON.stringify(message);
          await consume(message, raw);
          if (twice) await consume(message, raw);
          n++;
        }
      }
    },
  };
}
