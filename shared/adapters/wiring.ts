/**
 * Builds the real adapters from configuration, once per process. Handlers import `deps()`;
 * tests and the benchmark build in-memory deps instead.
 */
import { randomUUID } from 'node:crypto';
import { config } from '../config.js';
import { systemClock, type Authenticator } from '../ports/index.js';
import type { Deps } from '../domain/use-cases/deps.js';
import { clients } from './clients.js';
import { CognitoAuthenticator } from './cognito-authenticator.js';
import { ContentDigestVerifier } from './content-digest-verifier.js';
import { DynamoAuditLog } from './dynamo-audit-log.js';
import { DynamoRequestRepository } from './dynamo-request-repository.js';
import { PdfResultRenderer } from './pdf-result-renderer.js';
import { S3FileStore } from './s3-file-store.js';
import { SqsMessageBus } from './sqs-message-bus.js';

let cached: Deps | undefined;

/** Adapters are created lazily on first use so that a function only needs the env vars it uses. */
export function deps(): Deps {
  if (cached) return cached;
  const lazy = <T extends object>(make: () => T): T => {
    let inst: T | undefined;
    return new Proxy({} as T, {
      get: (_t, prop) => {
        inst ??= make();
        const v = (inst as Record<string | symbol, unknown>)[prop];
        return typeof v === 'function' ? v.bind(inst) : v;
      },
    });
  };
  cached = {
    requests: lazy(() => new DynamoRequestRepository(clients.ddb(), config.table('Requests'))),
    audit: lazy(() => new DynamoAuditLog(clients.ddb(), config.table('Audit'))),
    bus: lazy(() => new SqsMessageBus(clients.sqs(), config.queueUrl)),
    uploads: lazy(() => new S3FileStore(clients.s3(), config.bucket('Uploads'))),
    results: lazy(() => new S3FileStore(clients.s3(), config.bucket('Results'))),
    verifier: new ContentDigestVerifier(),
    renderer: lazy(() => new PdfResultRenderer(config.publicBaseUrl(), config.resultFontPath())),
    clock: systemClock,
    newId: randomUUID,
  };
  return cached;
}

let auth: Authenticator | undefined;
export function authenticator(): Authenticator {
  return (auth ??= new CognitoAuthenticator(clients.cognito(), { citizen: () => config.clientId('CitizenPool'), staff: () => config.clientId('StaffPool') }));
}

/** Forget adapters (the local cloud re-points the process at another endpoint). */
export function resetDeps(): void {
  cached = undefined;
  auth = undefined;
}
