/**
 * The whole pipeline's code with in-memory adapters, in one process: what Lambda bills as
 * compute, without the emulator. Real CMS signatures and condition-2 checks, with an in-memory
 * certification centre whose keys are WebCrypto keys. Used by unit tests and the benchmark.
 */
import { randomUUID } from 'node:crypto';
import { agencies, agencyQueueId } from '../../shared/domain/agencies.js';
import { CmsSignatureVerifier } from '../../shared/adapters/cms-signature-verifier.js';
import { MemoryAuditLog, MemoryPersonRegistry, MemoryBus, MemoryFileStore, MemoryPkiStore, MemoryRequestRepository } from '../../shared/adapters/memory.js';
import { PdfResultRenderer } from '../../shared/adapters/pdf-result-renderer.js';
import { buildFontProgram } from './font-program.js';
import { StaffDocumentSigner } from '../../shared/adapters/staff-document-signer.js';
import type { Deps } from '../../shared/domain/use-cases/deps.js';
import { checkSignature, deliverToCabinet } from '../../shared/domain/use-cases/portal.js';
import { returnToPortal, routeToAgency } from '../../shared/domain/use-cases/gateway.js';
import { issueResult, registerInAgency } from '../../shared/domain/use-cases/agency.js';
import { enrollStaffSigningKey, ensureCa, issueFromCsr } from '../../shared/domain/use-cases/pki.js';
import { WebCryptoKeySigner } from '../../shared/pki/webcrypto-signer.js';
import { createCsr } from '../../shared/pki/x509.js';
import type { Clock, KeySigner, PipelineMessage } from '../../shared/ports/index.js';
import type { CitizenSigner } from './client.js';

export interface MemoryPipeline {
  deps: Deps & { requests: MemoryRequestRepository; bus: MemoryBus; uploads: MemoryFileStore; results: MemoryFileStore; audit: MemoryAuditLog; pki: MemoryPkiStore };
  /** Delivers queued messages (repeatedly) until no queue holds any. Returns how many ran. */
  drain(opts?: { twice?: boolean }): Promise<number>;
  /** A citizen's key and certificate from the in-memory centre. */
  enrollCitizen(iin: string): Promise<CitizenSigner>;
  /** A staff member's signing key and certificate. */
  enrollStaff(username: string): Promise<void>;
}

export async function memoryPipeline(opts: { clock?: Clock; renderer?: Deps['renderer']; mailer?: Deps['mailer'] } = {}): Promise<MemoryPipeline> {
  const clock = opts.clock ?? { now: () => new Date() };
  const pki = new MemoryPkiStore();
  const keys = new Map<string, KeySigner>();
  const rootSigner = await WebCryptoKeySigner.generate();
  const issuingSigner = await WebCryptoKeySigner.generate();
  const pkiDeps = { pki, rootSigner, issuingSigner, clock };
  await ensureCa(pkiDeps);
  const deps = {
    requests: new MemoryRequestRepository(),
    bus: new MemoryBus(),
    uploads: new MemoryFileStore(),
    results: new MemoryFileStore(),
    audit: new MemoryAuditLog(),
    pki,
    registry: new MemoryPersonRegistry(),
    verifier: new CmsSignatureVerifier(pki, clock),
    documentSigner: new StaffDocumentSigner(pki, (id) => keys.get(id)!),
    renderer: opts.renderer ?? new PdfResultRenderer('https://verify.example', await buildFontProgram()),
    clock,
    newId: randomUUID,
    ...(opts.mailer ? { mailer: opts.mailer } : {}),
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
    async enrollCitizen(iin) {
      const key = await WebCryptoKeySigner.generate();
      const { record, chain } = await issueFromCsr(pkiDeps, { csrDer: await createCsr({ signer: key, subject: { commonName: 'Citizen', iin } }), usage: 'signing', caller: { iin } });
      return { key, certDer: new Uint8Array(Buffer.from(record.der, 'base64')), chain: chain.map((c) => new Uint8Array(Buffer.from(c, 'base64'))), serialNumber: record.serialNumber };
    },
    async enrollStaff(username) {
      await enrollStaffSigningKey(
        {
          ...pkiDeps,
          createKey: async (u) => {
            const id = `memory-key-${u}`;
            keys.set(id, await WebCryptoKeySigner.generate());
            return id;
          },
          signerFor: (id) => keys.get(id)!,
        },
        { username, commonName: username },
      );
    },
  };
}
