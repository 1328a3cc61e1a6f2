import type { Mailer, AuditLog, Clock, DocumentSigner, FileStore, MessageBus, PersonRegistry, PkiStore, RequestRepository, ResultRenderer, SignatureVerifier } from '../../ports/index.js';

/** Everything the use cases may need; each use case asks only for its part (Pick<Deps, …>). */
export interface Deps {
  requests: RequestRepository;
  bus: MessageBus;
  uploads: FileStore;
  results: FileStore;
  audit: AuditLog;
  verifier: SignatureVerifier;
  renderer: ResultRenderer;
  documentSigner: DocumentSigner;
  pki: PkiStore;
  registry: PersonRegistry;
  clock: Clock;
  /** E-mail of notifications (none: cabinet only). */
  mailer?: Mailer;
  newId: () => string;
}

/** Queue ids (cdk/resources.ts) the pipeline sends to. */
export const Queues = {
  SignatureCheck: 'SignatureCheck',
  PortalToGateway: 'PortalToGateway',
  ResultIssue: 'ResultIssue',
  AgencyToGateway: 'AgencyToGateway',
  GatewayToPortal: 'GatewayToPortal',
  PaymentGateway: 'PaymentGateway',
} as const;
