/**
 * Ports: what the domain needs from the outside world. Adapters in shared/adapters implement
 * them on AWS (and tests implement them in memory). The domain never imports @aws-sdk.
 */
import type { HistoryEntry, RequestRecord, RequestSummary, Status } from '../domain/request.js';
import type { MetricIncrement, MetricItem, MetricKey } from '../domain/metrics.js';
import type { NotificationRecord } from '../domain/notifications.js';
import type { QueueEntry } from '../domain/queue.js';
import type { PaymentRecord, PaymentRefund } from '../domain/payments.js';

export type { QueueEntry };

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface UploadRecord {
  uploadId: string;
  ownerIin: string;
  fileName: string;
  contentType: string;
  declaredSize: number;
  s3Key: string;
  status: 'PENDING' | 'ATTACHED';
  requestId?: string;
  createdAt: string;
}

export type CreateOutcome =
  | { kind: 'created' }
  | { kind: 'idempotent-replay'; requestId: string; bodyHash: string }
  | { kind: 'upload-conflict' }
  /** The fee was attached to another request meanwhile (or is no longer paid). */
  | { kind: 'payment-conflict' };

export interface InboxQuery {
  agencyId: string;
  /** One partition of the byAgencyStatus index each; several are merged in due order. */
  statuses: readonly Status[];
  serviceId?: string;
  /** Due date window on dueAt (ISO): `from` inclusive, `before` exclusive; requests without a due date are left out. */
  due?: { from?: string; before?: string };
  /** Only requests assigned to `username`; in the `orUnassignedIn` statuses, unassigned ones too. */
  assignee?: { username: string; orUnassignedIn: readonly Status[] };
  limit: number;
  cursor?: string;
}

/** What a transition may add to its conditional write (all or nothing with it). */
export interface TransitionOptions {
  /** The stored request must be assigned to this staff member. */
  assignee?: string;
  /** Counters added to the month's aggregate (exactly once: only if the transition applies). */
  metrics?: MetricIncrement;
  /** Upload slots attached to the request by this transition (PENDING → ATTACHED, owned by `owner`). */
  attachUploads?: { ids: string[]; owner: string };
  /** The applicant's notification of the new status (created only with the transition: exactly once). */
  notification?: NotificationRecord;
  /** A place in a waiting list, created with the transition (the decision that queues). */
  queueEntry?: QueueEntry;
  /**
   * The stored request must still wait for its fee after approval (feeDue, no payment): the
   * "no payment" refusal loses to a confirmation whose fee got onto the request first.
   */
  stillUnpaid?: boolean;
}

export interface RequestRepository {
  create(
    record: RequestRecord,
    first: HistoryEntry,
    opts: { idempotency?: { key: string; bodyHash: string }; uploadIds: string[]; /** who filed: owns the uploads and the idempotency key (default: the applicant's IIN) */ owner?: string; /** the applicant's SUBMITTED notification, created with the request */ notification?: NotificationRecord; /** a paid fee attached to this request (once) */ payment?: { paymentId: string; payerIin: string; serviceId: string } },
  ): Promise<CreateOutcome>;
  get(requestId: string): Promise<RequestRecord | undefined>;
  getIdempotency(iin: string, key: string): Promise<{ requestId: string; bodyHash: string } | undefined>;
  history(requestId: string): Promise<HistoryEntry[]>;
  /**
   * Moves a request from `from` to `record.status`, writing the whole new record and one
   * history entry, only if the stored status is still `from`, the stored history head is the
   * entry's `prevHash` (and the options' conditions hold); the options' other writes go with it.
   */
  transition(record: RequestRecord, from: Status, entry: HistoryEntry, opts?: TransitionOptions): Promise<'applied' | 'conflict'>;
  /** Stores the citizen's questionnaire answers, only once and only on a finished request (with their counters). */
  saveSurvey(requestId: string, survey: NonNullable<RequestRecord['survey']>, metrics?: MetricIncrement): Promise<'applied' | 'conflict'>;
  /** Raises each named maximum of an aggregate item to the value given, where it is larger (idempotent). */
  raiseMetricMaxima(key: MetricKey, maxima: Record<string, number>): Promise<void>;
  /** An agency's aggregate items for the months from..to (YYYY-MM, inclusive), every shard. */
  listMetrics(agencyId: string, fromMonth: string, toMonth: string): Promise<MetricItem[]>;
  /** Appends a history entry and updates openStep without a status change (overdue marks). */
  markOverdue(record: RequestRecord, entry: HistoryEntry): Promise<'applied' | 'conflict'>;
  /** Writes the new assignee and its history entry, only if the status and the history head are still those read. */
  reassign(record: RequestRecord, entry: HistoryEntry): Promise<'applied' | 'conflict'>;
  listByApplicant(iin: string, limit: number, cursor?: string): Promise<Page<RequestSummary>>;
  /** An agency's requests in one or more statuses, most urgent (earliest due) first, filtered on the server. */
  listInbox(q: InboxQuery): Promise<Page<RequestSummary>>;
  /** Requests whose open step's deadline is before `now`, not yet marked overdue. One Query. */
  listPastDeadline(now: Date, limit: number): Promise<RequestRecord[]>;
  /** Requests changed on a day (UTC date) with their history heads. One Query per page. */
  listChangedOn(day: string, cursor?: string): Promise<Page<{ requestId: string; historyHead: string }>>;
  /** The applicant's notifications, newest first, and how many are unread. */
  listNotifications(iin: string, limit: number, cursor?: string): Promise<Page<NotificationRecord> & { unread: number }>;
  getNotification(iin: string, notificationId: string): Promise<NotificationRecord | undefined>;
  /** Marks one of the applicant's notifications read; false if they have none with that id. */
  markNotificationRead(iin: string, notificationId: string): Promise<boolean>;
  /** Records that the e-mail went out, only once: false if it had been recorded already (or there is no such notification). */
  markNotificationMailed(iin: string, notificationId: string, at: string): Promise<boolean>;
  nextSequence(name: string): Promise<number>;
  /** A new invoice (conditional: a payment id is never reused). */
  putPayment(p: PaymentRecord): Promise<void>;
  getPayment(paymentId: string): Promise<PaymentRecord | undefined>;
  /** The gateway's confirmation: INVOICED → PAID, only once. */
  confirmPayment(paymentId: string, reference: string, at: string): Promise<'applied' | 'conflict'>;
  /** A fee paid after approval goes onto its request (only one that waits for it, once). */
  settleFee(requestId: string, payment: import('../domain/payments.js').RequestPayment): Promise<'applied' | 'conflict'>;
  /**
   * The refund of a fee after approval that did not go onto its request (it lapsed unpaid first, or
   * another payment paid it): PAID → REFUNDED on the payment only, once, and only while the request
   * does not hold this payment.
   */
  refundUnsettled(paymentId: string, requestId: string, refund: PaymentRefund): Promise<'applied' | 'conflict'>;
  /** The refund of an attached fee: PAID → REFUNDED on the payment and recorded on the request, together and only once. */
  refundPayment(requestId: string, paymentId: string, refund: PaymentRefund): Promise<'applied' | 'conflict'>;
  /** Entries of a waiting list still waiting, in journal order (page of up to `limit`). */
  listQueue(agencyId: string, queueId: string, limit: number, cursor?: string): Promise<Page<QueueEntry>>;
  /**
   * 1 + the number of entries still waiting before this journal number; with `asOf` (ISO time),
   * as it stood then: entries referred later count as waiting, so the answer never changes.
   */
  queuePosition(agencyId: string, queueId: string, journalNumber: number, asOf?: string): Promise<number>;
  /** Takes a waiting entry out of the list with a referral: entry and request together, only if still waiting. */
  referFromQueue(record: RequestRecord, referral: NonNullable<QueueEntry['referral']>): Promise<'applied' | 'conflict'>;
  putUpload(u: UploadRecord): Promise<void>;
  getUpload(uploadId: string): Promise<UploadRecord | undefined>;
}

export interface ObjectHead {
  size: number;
  contentType?: string;
}

export interface FileStore {
  presignPut(key: string, contentType: string, size: number, expiresSeconds: number): Promise<{ url: string; headers: Record<string, string> }>;
  presignGet(key: string, expiresSeconds: number, downloadName?: string): Promise<string>;
  head(key: string): Promise<ObjectHead | undefined>;
  /** The first `n` bytes of an object. */
  readHead(key: string, n: number): Promise<Uint8Array>;
  /** SHA-256 (hex) of the whole object, streamed. */
  sha256(key: string): Promise<string>;
  /** The whole object, or undefined if there is none. */
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, body: Uint8Array, contentType: string, metadata?: Record<string, string>): Promise<void>;
  /** Writes only if no object has the key yet (S3 conditional write); false if one existed. */
  putIfAbsent(key: string, body: Uint8Array, contentType: string, metadata?: Record<string, string>): Promise<boolean>;
}

export interface PipelineMessage {
  requestId: string;
  /** The engine event the sender just completed. */
  event: string;
  sentAt: string;
}

export interface MessageBus {
  send(queueId: string, message: PipelineMessage): Promise<void>;
}

/** A person in the state database of individuals (ГБД ФЛ), as the gateway returns it. */
export interface PersonRecord {
  iin: string;
  surname: string;
  givenName: string;
  patronymic?: string;
  birthDate: string;
}

/** A legal entity in the state database of legal entities (ГБД ЮЛ) and who may act for it. */
export interface OrganisationRecord {
  bin: string;
  name: string;
  /** IINs of the people entitled to represent it (its head and those with a power of attorney). */
  representatives: string[];
}

/** A notarial power of attorney in the notaries' information system (ЕНИС / БНАЖ). */
export interface PowerOfAttorneyRecord {
  /** Its registration number in the notaries' register. */
  number: string;
  principalIin: string;
  attorneyIin: string;
  notary: string;
  issuedOn: string;
  /** Last day it is valid (YYYY-MM-DD). */
  validUntil: string;
  revoked?: boolean;
}

/** A birth record in the civil registry (ЗАГС / АХАЖ). */
export interface BirthRecord {
  childIin: string;
  birthDate: string;
  /** The parents' IINs as registered. */
  parentIins: string[];
  actNumber: string;
}

/** The state databases behind the gateway: ГБД ФЛ (individuals), ГБД ЮЛ (legal entities), notarial powers of attorney, civil registry. */
export interface PersonRegistry {
  findPerson(iin: string): Promise<PersonRecord | undefined>;
  putPerson(p: PersonRecord): Promise<void>;
  findOrganisation(bin: string): Promise<OrganisationRecord | undefined>;
  putOrganisation(o: OrganisationRecord): Promise<void>;
  findPowerOfAttorney(number: string): Promise<PowerOfAttorneyRecord | undefined>;
  putPowerOfAttorney(p: PowerOfAttorneyRecord): Promise<void>;
  findBirthRecord(childIin: string): Promise<BirthRecord | undefined>;
  putBirthRecord(b: BirthRecord): Promise<void>;
}

export interface AuditEntry {
  requestId: string;
  /** Direction and message type, e.g. "portal→gateway:signature.verified". */
  what: string;
  /** Who sent it: the system, and the person behind it where there is one (staff login or "applicant"). */
  who: string;
  when: string;
  messageSha256: string;
  routedTo: string;
}

export interface DaySeal {
  day: string;
  /** sha256 over the sorted lines "<requestId> <head>" of the day. */
  root: string;
  count: number;
  heads: { requestId: string; head: string }[];
  /** DER ECDSA signature of the gateway's seal key over `root` (hex, as UTF-8 bytes). */
  signature: string;
  keyId: string;
  sealedAt: string;
}

export interface AuditLog {
  /** Idempotent: recording the same (requestId, what) twice keeps the first. */
  record(e: AuditEntry): Promise<void>;
  list(requestId: string): Promise<AuditEntry[]>;
  /** Stores a day's seal; a day sealed again keeps every seal (sealing is append-only). */
  putSeal(seal: DaySeal): Promise<void>;
  listSeals(day: string): Promise<DaySeal[]>;
}

/** A key that signs and never reveals its private part (KMS in AWS). */
export interface KeySigner {
  publicKeySpki(): Promise<Uint8Array>;
  /** ECDSA P-256 over SHA-256 of `data`, DER. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** What is kept with an accepted request so the decision can be re-checked years later. */
export interface SignatureEvidence {
  format: string;
  signerCertificate?: string;
  signerSerial?: string;
  signingTime?: string;
  revocation?: { status: string; checkedAt: string; source: string; revokedAt?: string; reason?: string };
  checkedAt: string;
}

export type SignatureOutcome = { ok: true; signer: { iin: string; bin?: string; commonName?: string }; evidence: SignatureEvidence } | { ok: false; code: string; detail?: string; evidence?: SignatureEvidence };

/**
 * Condition 2 (seed 001 ¶8.7): the signature is valid for the content, and the signer is the
 * applicant. The CMS/X.509 implementation plugs in here without touching the pipeline.
 */
export interface SignatureVerifier {
  verify(input: { content: Uint8Array; signature: { format: string; value: string; signedAt: string }; expectedIin: string; expectedBin?: string; at: Date }): Promise<SignatureOutcome>;
}

export interface CertificateRecord {
  serialNumber: string;
  ownerIin?: string;
  staffUsername?: string;
  usage: 'signing' | 'authentication' | 'ca';
  der: string;
  commonName: string;
  notBefore: string;
  notAfter: string;
  status: 'good' | 'revoked';
  revokedAt?: string;
  issuedAt: string;
}

/** The certification centre's registry. */
export interface PkiStore {
  getCa(): Promise<{ root: Uint8Array; issuing: Uint8Array } | undefined>;
  /** Stores the CA certificates unless some already exist; returns what is stored. */
  putCaIfAbsent(ca: { root: Uint8Array; issuing: Uint8Array }): Promise<{ root: Uint8Array; issuing: Uint8Array }>;
  putCertificate(c: CertificateRecord): Promise<void>;
  getCertificate(serialNumber: string): Promise<CertificateRecord | undefined>;
  /** good → revoked, once; false if it was already revoked or does not exist. */
  revoke(serialNumber: string, at: Date): Promise<boolean>;
  listRevoked(): Promise<{ serialNumber: string; revokedAt: string }[]>;
  nextCrlNumber(): Promise<number>;
  getStaffKey(username: string): Promise<{ keyId: string; certSerial: string; certDer: string } | undefined>;
  putStaffKey(username: string, v: { keyId: string; certSerial: string; certDer: string }): Promise<void>;
  /** Maps a result document to its request (public verification). */
  putDocument(d: { documentId: string; requestId: string; sha256: string }): Promise<void>;
  getDocument(documentId: string): Promise<{ documentId: string; requestId: string; sha256: string } | undefined>;
  findDocumentBySha256(sha256: string): Promise<{ documentId: string; requestId: string; sha256: string } | undefined>;
}

/** Signs a result document with the deciding staff member's own key (CMS, detached). */
export interface DocumentSigner {
  /** `contentSha256`: the content's SHA-256 when the caller has it already (a result PDF is hashed once). */
  sign(input: { content: Uint8Array; contentSha256?: Uint8Array; staffUsername: string; signingTime: Date }): Promise<{ cms: Uint8Array; signerSerial: string }>;
}

export interface ResultRenderer {
  /** `queuePosition`: the applicant's place in the service's waiting list at `issuedAt`, for a notice that prints it. */
  render(input: { record: RequestRecord; documentId: string; issuedAt: Date; queuePosition?: number }): Promise<Uint8Array>;
}

export type LoginOutcome = { ok: true; accessToken: string; idToken: string; refreshToken?: string; expiresIn: number } | { ok: false };

export interface Authenticator {
  login(pool: 'citizen' | 'staff', username: string, password: string): Promise<LoginOutcome>;
}

/** The citizens' user pool, for sign-up: creates the account with its permanent password. */
export interface CitizenAccounts {
  /** 'exists' when the username (IIN) is taken; nothing is changed then. */
  create(input: { iin: string; password: string; name: string; email?: string; phone?: string }): Promise<'created' | 'exists'>;
}

/** A member of an agency's staff, as the staff directory (the staff user pool's groups) lists them. */
export interface StaffMember {
  username: string;
  name?: string;
  /** Roles without the group prefix: clerk, head, operator, ca-admin. */
  roles: string[];
}

export interface StaffDirectory {
  /** Everyone in the agency's group, with their roles. */
  listAgencyStaff(agencyId: string): Promise<StaffMember[]>;
}

/** One e-mail to a citizen: plain text, UTF-8, in the request's language. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  language: string;
  /** Stable per notification, so a resent message can be recognised (Message-ID / file name). */
  id: string;
}

/** E-mail out: SES in AWS, a folder of .eml files in the local cloud and tests. */
export interface Mailer {
  send(m: MailMessage): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
