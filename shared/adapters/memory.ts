/**
 * In-memory adapters with the same semantics as the AWS ones (conditional writes included):
 * for unit tests of the domain and for measuring the pipeline's own cost without AWS.
 */
import { createHash } from 'node:crypto';
import { rank, type HistoryEntry, type RequestRecord, type Status } from '../domain/request.js';
import type { AuditEntry, AuditLog, BirthRecord, PowerOfAttorneyRecord, CertificateRecord, CreateOutcome, DaySeal, OrganisationRecord, PersonRecord, PersonRegistry, PkiStore, FileStore, InboxQuery, MessageBus, Page, PipelineMessage, RequestRepository, TransitionOptions, UploadRecord } from '../ports/index.js';
import type { MetricIncrement, MetricItem, MetricKey } from '../domain/metrics.js';
import { decodeNotificationId } from '../domain/notification-ids.js';
import type { NotificationRecord } from '../domain/notifications.js';
import type { QueueEntry } from '../domain/queue.js';
import { feeWatchAt, type PaymentRecord, type PaymentRefund, type RequestPayment } from '../domain/payments.js';

const metricId = (k: MetricKey) => `${k.agencyId}|${k.month}|${k.serviceId}|${k.shard}`;

/**
 * A copy of stored data, so that what a caller holds never aliases what is stored (as with a
 * real store). Items are plain data (what DynamoDB holds): objects, arrays, strings, numbers,
 * booleans, bytes; a plain recursive copy is an order of magnitude cheaper than structuredClone.
 */
function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (ArrayBuffer.isView(v)) return (v as unknown as Uint8Array).slice() as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = clone((v as Record<string, unknown>)[k]);
  return out as T;
}

/** As the Dynamo adapter: a whole-record write from an older read must not erase a fee settled or refunded meanwhile. */
function samePayment(cur: RequestRecord, next: RequestRecord): boolean {
  return cur.payment?.paymentId === next.payment?.paymentId && Boolean(cur.payment?.refund) === Boolean(next.payment?.refund);
}

export class MemoryRequestRepository implements RequestRepository {
  readonly requests = new Map<string, RequestRecord>();
  readonly histories = new Map<string, HistoryEntry[]>();
  readonly uploads = new Map<string, UploadRecord>();
  readonly idempotency = new Map<string, { requestId: string; bodyHash: string }>();
  readonly counters = new Map<string, number>();
  /** Aggregate metric items (what DynamoDB's ADD keeps), by agency|month|service|shard. */
  readonly metrics = new Map<string, { key: MetricKey; counters: Record<string, number> }>();

  /** Notifications by applicant IIN, then by sort key (what the NOTIF#<iin> partition holds). */
  readonly notifications = new Map<string, Map<string, NotificationRecord>>();
  readonly payments = new Map<string, PaymentRecord>();
  /** Waiting-list entries by `<agency>#<queue>`, then journal number. */
  readonly queues = new Map<string, Map<number, QueueEntry>>();

  private addMetrics(m: MetricIncrement) {
    const id = metricId(m.key);
    const item = this.metrics.get(id) ?? { key: { ...m.key }, counters: {} };
    for (const [k, v] of Object.entries(m.add)) item.counters[k] = (item.counters[k] ?? 0) + v;
    this.metrics.set(id, item);
  }

  async create(record: RequestRecord, first: HistoryEntry, opts: { idempotency?: { key: string; bodyHash: string }; uploadIds: string[]; owner?: string; notification?: NotificationRecord; payment?: { paymentId: string; payerIin: string; serviceId: string } }): Promise<CreateOutcome> {
    const owner = opts.owner ?? record.applicantIin;
    const idemKey = opts.idempotency ? `${owner}#${opts.idempotency.key}` : undefined;
    if (idemKey && this.idempotency.has(idemKey)) return { kind: 'idempotent-replay', ...this.idempotency.get(idemKey)! };
    for (const id of opts.uploadIds) {
      const u = this.uploads.get(id);
      if (!u || u.status !== 'PENDING' || u.ownerIin !== owner) return { kind: 'upload-conflict' };
    }
    const pay = opts.payment ? this.payments.get(opts.payment.paymentId) : undefined;
    if (opts.payment && (!pay || pay.status !== 'PAID' || pay.payerIin !== opts.payment.payerIin || pay.serviceId !== opts.payment.serviceId || pay.requestId !== undefined)) return { kind: 'payment-conflict' };
    if (this.requests.has(record.requestId)) throw new Error('duplicate request id');
    if (pay) pay.requestId = record.requestId;
    this.requests.set(record.requestId, clone(record));
    this.histories.set(record.requestId, [clone(first)]);
    if (idemKey) this.idempotency.set(idemKey, { requestId: record.requestId, bodyHash: opts.idempotency!.bodyHash });
    for (const id of opts.uploadIds) this.uploads.set(id, { ...this.uploads.get(id)!, status: 'ATTACHED', requestId: record.requestId });
    if (opts.notification) this.putNotification(opts.notification);
    return { kind: 'created' };
  }

  async get(requestId: string) {
    const r = this.requests.get(requestId);
    return r ? clone(r) : undefined;
  }

  async getIdempotency(iin: string, key: string) {
    return this.idempotency.get(`${iin}#${key}`);
  }

  async history(requestId: string) {
    return clone(this.histories.get(requestId) ?? []);
  }

  async transition(record: RequestRecord, from: Status, entry: HistoryEntry, opts: TransitionOptions = {}) {
    const cur = this.requests.get(record.requestId);
    if (!cur || cur.status !== from || cur.historyHead !== entry.prevHash || (opts.assignee !== undefined && cur.assignee !== opts.assignee)) return 'conflict' as const;
    if (opts.stillUnpaid ? !cur.feeDue || cur.payment : !samePayment(cur, record)) return 'conflict' as const;
    const uploads = opts.attachUploads;
    if (uploads?.ids.some((id) => this.uploads.get(id)?.status !== 'PENDING' || this.uploads.get(id)?.ownerIin !== uploads.owner)) return 'conflict' as const;
    const n = opts.notification;
    if (n && this.notifications.get(n.recipientIin)?.has(decodeNotificationId(n.notificationId)!)) return 'conflict' as const;
    const qe = opts.queueEntry;
    if (qe && this.queues.get(`${qe.agencyId}#${qe.queueId}`)?.has(qe.journalNumber)) return 'conflict' as const;
    this.requests.set(record.requestId, clone(record));
    this.histories.get(record.requestId)!.push(clone(entry));
    for (const id of uploads?.ids ?? []) this.uploads.set(id, { ...this.uploads.get(id)!, status: 'ATTACHED', requestId: record.requestId });
    if (opts.metrics) this.addMetrics(opts.metrics);
    if (n) this.putNotification(n);
    if (qe) {
      const q = this.queues.get(`${qe.agencyId}#${qe.queueId}`) ?? new Map<number, QueueEntry>();
      q.set(qe.journalNumber, clone(qe));
      this.queues.set(`${qe.agencyId}#${qe.queueId}`, q);
    }
    return 'applied' as const;
  }

  async putPayment(p: PaymentRecord) {
    if (this.payments.has(p.paymentId)) throw new Error('payment exists');
    this.payments.set(p.paymentId, clone(p));
  }

  async getPayment(paymentId: string) {
    const p = this.payments.get(paymentId);
    return p ? clone(p) : undefined;
  }

  async confirmPayment(paymentId: string, reference: string, at: string) {
    const p = this.payments.get(paymentId);
    if (!p || p.status !== 'INVOICED') return 'conflict' as const;
    Object.assign(p, { status: 'PAID', reference, paidAt: at });
    return 'applied' as const;
  }

  async settleFee(requestId: string, payment: RequestPayment) {
    const r = this.requests.get(requestId);
    if (!r?.feeDue || r.payment) return 'conflict' as const;
    r.payment = clone(payment);
    return 'applied' as const;
  }

  async refundUnsettled(paymentId: string, requestId: string, refund: PaymentRefund) {
    const p = this.payments.get(paymentId);
    const r = this.requests.get(requestId);
    if (!p || p.status !== 'PAID' || p.requestId !== requestId || !r || r.payment?.paymentId === paymentId) return 'conflict' as const;
    Object.assign(p, { status: 'REFUNDED', refund: clone(refund) });
    return 'applied' as const;
  }

  async refundPayment(requestId: string, paymentId: string, refund: PaymentRefund) {
    const p = this.payments.get(paymentId);
    const r = this.requests.get(requestId);
    if (!p || p.status !== 'PAID' || p.requestId !== requestId || r?.payment?.paymentId !== paymentId || r.payment.refund) return 'conflict' as const;
    Object.assign(p, { status: 'REFUNDED', refund: clone(refund) });
    r.payment = { ...r.payment, refund: clone(refund) };
    return 'applied' as const;
  }

  private waiting(agencyId: string, queueId: string) {
    return [...(this.queues.get(`${agencyId}#${queueId}`)?.values() ?? [])].filter((e) => e.status === 'waiting').sort((a, b) => a.journalNumber - b.journalNumber);
  }

  async listQueue(agencyId: string, queueId: string, limit: number, cursor?: string) {
    const all = this.waiting(agencyId, queueId);
    const start = cursor ? Number(cursor) : 0;
    return { items: all.slice(start, start + limit).map(clone), ...(start + limit < all.length ? { cursor: String(start + limit) } : {}) };
  }

  async queuePosition(agencyId: string, queueId: string, journalNumber: number, asOf?: string) {
    if (!asOf) return this.waiting(agencyId, queueId).filter((e) => e.journalNumber <= journalNumber).length;
    // As it stood at `asOf`: an entry referred after it was still waiting then.
    const entries = [...(this.queues.get(`${agencyId}#${queueId}`)?.values() ?? [])];
    return entries.filter((e) => e.journalNumber <= journalNumber && (e.status === 'waiting' || (e.referral?.referredAt ?? '') > asOf)).length;
  }

  async referFromQueue(record: RequestRecord, referral: NonNullable<QueueEntry['referral']>) {
    const q = record.queue!;
    const entry = this.queues.get(`${q.agencyId}#${q.queueId}`)?.get(q.journalNumber);
    const cur = this.requests.get(record.requestId);
    if (!entry || entry.status !== 'waiting' || entry.requestId !== record.requestId || cur?.queue?.status !== 'waiting') return 'conflict' as const;
    entry.status = 'referred';
    entry.referral = clone(referral);
    cur.queue = { ...cur.queue, status: 'referred', referral: clone(referral) };
    cur.updatedAt = referral.referredAt;
    return 'applied' as const;
  }

  private putNotification(n: NotificationRecord) {
    const box = this.notifications.get(n.recipientIin) ?? new Map<string, NotificationRecord>();
    box.set(decodeNotificationId(n.notificationId)!, clone(n));
    this.notifications.set(n.recipientIin, box);
  }

  async listNotifications(iin: string, limit: number, cursor?: string) {
    const all = [...(this.notifications.get(iin)?.entries() ?? [])].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([, v]) => v);
    const start = cursor ? Number(cursor) : 0;
    return { items: all.slice(start, start + limit).map(clone), ...(start + limit < all.length ? { cursor: String(start + limit) } : {}), unread: all.filter((x) => !x.read).length };
  }

  private notificationOf(iin: string, id: string) {
    const sk = decodeNotificationId(id);
    return sk ? this.notifications.get(iin)?.get(sk) : undefined;
  }

  async getNotification(iin: string, notificationId: string) {
    const n = this.notificationOf(iin, notificationId);
    return n ? clone(n) : undefined;
  }

  async markNotificationRead(iin: string, notificationId: string) {
    const n = this.notificationOf(iin, notificationId);
    if (!n) return false;
    n.read = true;
    return true;
  }

  async markNotificationMailed(iin: string, notificationId: string, at: string) {
    const n = this.notificationOf(iin, notificationId);
    if (!n || n.mailedAt) return false;
    n.mailedAt = at;
    return true;
  }

  async saveSurvey(requestId: string, survey: NonNullable<RequestRecord['survey']>, metrics?: MetricIncrement) {
    const cur = this.requests.get(requestId);
    if (!cur || cur.survey || (cur.status !== 'COMPLETED' && cur.status !== 'REFUSED')) return 'conflict' as const;
    this.requests.set(requestId, { ...cur, survey: clone(survey) });
    if (metrics) this.addMetrics(metrics);
    return 'applied' as const;
  }

  async raiseMetricMaxima(key: MetricKey, maxima: Record<string, number>) {
    const id = metricId(key);
    const item = this.metrics.get(id) ?? { key: { ...key }, counters: {} };
    for (const [k, v] of Object.entries(maxima)) item.counters[k] = Math.max(item.counters[k] ?? v, v);
    this.metrics.set(id, item);
  }

  async listMetrics(agencyId: string, fromMonth: string, toMonth: string): Promise<MetricItem[]> {
    return [...this.metrics.values()]
      .filter((m) => m.key.agencyId === agencyId && m.key.month >= fromMonth && m.key.month <= toMonth)
      .map((m) => ({ serviceId: m.key.serviceId, month: m.key.month, shard: m.key.shard, counters: { ...m.counters } }));
  }

  async markOverdue(record: RequestRecord, entry: HistoryEntry) {
    const cur = this.requests.get(record.requestId);
    if (!cur || cur.status !== record.status || cur.historyHead !== entry.prevHash || !samePayment(cur, record)) return 'conflict' as const;
    this.requests.set(record.requestId, clone(record));
    this.histories.get(record.requestId)!.push(clone(entry));
    return 'applied' as const;
  }

  async reassign(record: RequestRecord, entry: HistoryEntry) {
    return this.markOverdue(record, entry);
  }

  private pageOf(items: RequestRecord[], limit: number, cursor?: string): Page<RequestRecord> {
    const start = cursor ? Number(cursor) : 0;
    const slice = items.slice(start, start + limit);
    return { items: slice.map(clone), ...(start + limit < items.length ? { cursor: String(start + limit) } : {}) };
  }

  async listByApplicant(iin: string, limit: number, cursor?: string) {
    const items = [...this.requests.values()].filter((r) => r.applicantIin === iin).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    return this.pageOf(items, limit, cursor);
  }

  async listInbox(q: InboxQuery) {
    const sortKey = (r: RequestRecord) => `${r.dueAt ?? r.createdAt}#${r.requestId}`;
    const items = [...this.requests.values()]
      .filter((r) => r.agencyId === q.agencyId && q.statuses.includes(r.status) && rank[r.status] >= rank.IN_INBOX)
      .filter((r) => !q.serviceId || r.serviceId === q.serviceId)
      .filter((r) => !q.due || (r.dueAt !== undefined && (q.due.from === undefined || r.dueAt >= q.due.from) && (q.due.before === undefined || r.dueAt < q.due.before)))
      .filter((r) => !q.assignee || r.assignee === q.assignee.username || (r.assignee === undefined && q.assignee.orUnassignedIn.includes(r.status)))
      .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    return this.pageOf(items, q.limit, q.cursor);
  }

  async listPastDeadline(now: Date, limit: number) {
    return [...this.requests.values()]
      .filter((r) => {
        // As the deadline index: the open step's deadline, or the moment its fee after approval lapses.
        const at = [r.openStep && !r.openStep.overdue ? r.openStep.deadline : undefined, feeWatchAt(r)].filter((t): t is string => t !== undefined).sort()[0];
        return at !== undefined && at < now.toISOString();
      })
      .slice(0, limit)
      .map(clone);
  }

  async listChangedOn(day: string) {
    return { items: [...this.requests.values()].filter((r) => r.updatedAt.startsWith(day)).map((r) => ({ requestId: r.requestId, historyHead: r.historyHead ?? '' })) };
  }

  async nextSequence(name: string) {
    const v = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, v);
    return v;
  }

  async putUpload(u: UploadRecord) {
    if (this.uploads.has(u.uploadId)) throw new Error('upload exists');
    this.uploads.set(u.uploadId, clone(u));
  }

  async getUpload(uploadId: string) {
    const u = this.uploads.get(uploadId);
    return u ? clone(u) : undefined;
  }
}

export class MemoryFileStore implements FileStore {
  readonly objects = new Map<string, { body: Uint8Array; contentType: string; versions: number }>();
  async presignPut(key: string, contentType: string) {
    return { url: `memory://${key}`, headers: { 'Content-Type': contentType } };
  }
  async presignGet(key: string) {
    return `memory://${key}`;
  }
  async head(key: string) {
    const o = this.objects.get(key);
    return o ? { size: o.body.length, contentType: o.contentType } : undefined;
  }
  async readHead(key: string, n: number) {
    return (this.objects.get(key)?.body ?? new Uint8Array()).slice(0, n);
  }
  async sha256(key: string) {
    return createHash('sha256').update(this.objects.get(key)?.body ?? new Uint8Array()).digest('hex');
  }
  async get(key: string) {
    return this.objects.get(key)?.body;
  }
  async putIfAbsent(key: string, body: Uint8Array, contentType: string) {
    if (this.objects.has(key)) return false;
    await this.put(key, body, contentType);
    return true;
  }
  async put(key: string, body: Uint8Array, contentType: string) {
    const prev = this.objects.get(key);
    this.objects.set(key, { body, contentType, versions: (prev?.versions ?? 0) + 1 });
  }
}

/** Collects sent messages per queue; a test or benchmark delivers them. */
export class MemoryBus implements MessageBus {
  readonly sent: { queueId: string; message: PipelineMessage }[] = [];
  async send(queueId: string, message: PipelineMessage) {
    this.sent.push({ queueId, message: clone(message) });
  }
  take(): { queueId: string; message: PipelineMessage }[] {
    return this.sent.splice(0, this.sent.length);
  }
}

export class MemoryAuditLog implements AuditLog {
  readonly entries = new Map<string, AuditEntry>();
  async record(e: AuditEntry) {
    const k = `${e.requestId}#${e.what}`;
    if (!this.entries.has(k)) this.entries.set(k, clone(e));
  }
  async list(requestId: string) {
    return [...this.entries.values()].filter((e) => e.requestId === requestId);
  }
  readonly seals: DaySeal[] = [];
  async putSeal(seal: DaySeal) {
    this.seals.push(clone(seal));
  }
  async listSeals(day: string) {
    return this.seals.filter((s) => s.day === day).map(clone);
  }
}

export class MemoryPkiStore implements PkiStore {
  ca?: { root: Uint8Array; issuing: Uint8Array };
  readonly certs = new Map<string, CertificateRecord>();
  readonly staff = new Map<string, { keyId: string; certSerial: string; certDer: string }>();
  readonly docs = new Map<string, { documentId: string; requestId: string; sha256: string }>();
  private crl = 0;
  async getCa() {
    return this.ca;
  }
  async putCaIfAbsent(ca: { root: Uint8Array; issuing: Uint8Array }) {
    this.ca ??= ca;
    return this.ca;
  }
  async putCertificate(c: CertificateRecord) {
    this.certs.set(c.serialNumber, clone(c));
  }
  async getCertificate(serial: string) {
    const c = this.certs.get(serial);
    return c ? clone(c) : undefined;
  }
  async revoke(serial: string, at: Date) {
    const c = this.certs.get(serial);
    if (!c || c.status !== 'good') return false;
    c.status = 'revoked';
    c.revokedAt = at.toISOString();
    return true;
  }
  async listRevoked() {
    return [...this.certs.values()].filter((c) => c.status === 'revoked').map((c) => ({ serialNumber: c.serialNumber, revokedAt: c.revokedAt! }));
  }
  async nextCrlNumber() {
    return ++this.crl;
  }
  async getStaffKey(username: string) {
    return this.staff.get(username);
  }
  async putStaffKey(username: string, v: { keyId: string; certSerial: string; certDer: string }) {
    this.staff.set(username, v);
  }
  async putDocument(d: { documentId: string; requestId: string; sha256: string }) {
    this.docs.set(d.documentId, d);
  }
  async getDocument(id: string) {
    return this.docs.get(id);
  }
  async findDocumentBySha256(sha256: string) {
    return [...this.docs.values()].find((d) => d.sha256 === sha256);
  }
}

export class MemoryPersonRegistry implements PersonRegistry {
  readonly persons = new Map<string, PersonRecord>();
  async findPerson(iin: string) {
    return this.persons.get(iin);
  }
  async putPerson(p: PersonRecord) {
    this.persons.set(p.iin, { ...p });
  }
  readonly organisations = new Map<string, OrganisationRecord>();
  async findOrganisation(bin: string) {
    return this.organisations.get(bin);
  }
  async putOrganisation(o: OrganisationRecord) {
    this.organisations.set(o.bin, { ...o, representatives: [...o.representatives] });
  }
  readonly powers = new Map<string, PowerOfAttorneyRecord>();
  async findPowerOfAttorney(number: string) {
    const p = this.powers.get(number);
    return p ? clone(p) : undefined;
  }
  async putPowerOfAttorney(p: PowerOfAttorneyRecord) {
    this.powers.set(p.number, clone(p));
  }
  readonly births = new Map<string, BirthRecord>();
  async findBirthRecord(childIin: string) {
    const b = this.births.get(childIin);
    return b ? clone(b) : undefined;
  }
  async putBirthRecord(b: BirthRecord) {
    this.births.set(b.childIin, clone(b));
  }
}
