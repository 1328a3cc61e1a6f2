/**
 * Requests in DynamoDB, single-table design (access patterns in README):
 *   REQ#<id> / META          the request; GSIs: byApplicant, byAgencyStatus, byDeadline (sparse)
 *   REQ#<id> / H#<at>#<ev>   one status-history entry each
 *   UPL#<id> / META          an upload slot and whether it has been attached
 *   IDEM#<iin>#<key> / META  Idempotency-Key → requestId (expires after 24 h)
 *   SEQ#<name> / META        counters (registration numbers)
 *   METRIC#<agency> / M#<month>#<service>#<shard>   quality metrics (counters added with ADD)
 *   NOTIF#<iin> / N#<at>#<requestId>#<status>       the applicant's notification of one status change
 *   QUEUE#<agency>#<queue> / E#<journal number>     a place in a waiting list (waiting | referred)
 *   PAY#<paymentId> / META                          a fee through the payment gateway (INVOICED → PAID → REFUNDED)
 *
 * The metrics live here rather than in a table of their own: they are written in the same
 * transaction as the request's terminal transition or its questionnaire answers (that is what
 * makes them exactly-once), and one table keeps that a single-table transaction with no extra
 * grants, provisioning or backups. They carry no index keys, so no index holds them; one Query on
 * METRIC#<agency> with a month range reads a year of every service of an agency (a few dozen items).
 * Notifications are here for the same reason: each is a Put in its transition's transaction, with a
 * key made of the transition's time, request and status, so a status change has exactly one. One
 * Query on NOTIF#<iin>, newest first, is the cabinet's list; unread ones are counted with a
 * filtered COUNT Query of the partition (about ten items per request a citizen ever filed).
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../domain/errors.js';
import { rank, type HistoryEntry, type RequestRecord, type RequestSummary, type Status } from '../domain/request.js';
import type { CreateOutcome, InboxQuery, Page, RequestRepository, TransitionOptions, UploadRecord } from '../ports/index.js';
import type { MetricIncrement, MetricItem, MetricKey } from '../domain/metrics.js';
import { decodeNotificationId } from '../domain/notification-ids.js';
import type { NotificationRecord } from '../domain/notifications.js';
import { journalKey, type QueueEntry } from '../domain/queue.js';
import { feeWatchAt, type PaymentRecord, type PaymentRefund, type RequestPayment } from '../domain/payments.js';

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

const metricPk = (agencyId: string) => `METRIC#${agencyId}`;
const metricSk = (k: Omit<MetricKey, 'agencyId'>) => `M#${k.month}#${k.serviceId}#${k.shard}`;
const METRIC_ATTRS = ['pk', 'sk', 'entity', 'agencyId', 'serviceId', 'month', 'shard'];

/** One Update adding every counter of `m` to its aggregate item (created on first use). */
function metricUpdate(table: string, m: MetricIncrement): TransactItems[number] {
  const names: Record<string, string> = { '#mo': 'month', '#sh': 'shard' };
  const values: Record<string, unknown> = { ':e': 'metric', ':ag': m.key.agencyId, ':sv': m.key.serviceId, ':mo': m.key.month, ':sh': m.key.shard };
  const adds = Object.entries(m.add).map(([k, v], i) => {
    names[`#c${i}`] = k;
    values[`:c${i}`] = v;
    return `#c${i} :c${i}`;
  });
  return {
    Update: {
      TableName: table,
      Key: { pk: metricPk(m.key.agencyId), sk: metricSk(m.key) },
      UpdateExpression: `SET entity = :e, agencyId = :ag, serviceId = :sv, #mo = :mo, #sh = :sh${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** Attaches upload slots to a request: only PENDING slots of their owner. */
function attachUpdates(table: string, requestId: string, ids: string[], owner: string): TransactItems {
  return ids.map((id) => ({
    Update: {
      TableName: table,
      Key: { pk: `UPL#${id}`, sk: META },
      UpdateExpression: 'SET #s = :attached, requestId = :rid REMOVE expiresAt',
      ConditionExpression: '#s = :pending AND ownerIin = :iin',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':attached': 'ATTACHED', ':pending': 'PENDING', ':rid': requestId, ':iin': owner },
    },
  }));
}

const META = 'META';
const DAY = 86_400;
const KEY_ATTRS = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'entity', 'expiresAt'];

const reqPk = (id: string) => `REQ#${id}`;
const notifPk = (iin: string) => `NOTIF#${iin}`;
const queuePk = (agencyId: string, queueId: string) => `QUEUE#${agencyId}#${queueId}`;
const payPk = (paymentId: string) => `PAY#${paymentId}`;

function queueItem(e: QueueEntry): Record<string, unknown> {
  return { ...e, pk: queuePk(e.agencyId, e.queueId), sk: journalKey(e.journalNumber), entity: 'queue-entry' };
}

function notificationItem(n: NotificationRecord): Record<string, unknown> {
  return { ...n, pk: notifPk(n.recipientIin), sk: decodeNotificationId(n.notificationId), entity: 'notification' };
}

function strip<T>(item: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!KEY_ATTRS.includes(k)) out[k] = v;
  return out as T;
}

/** The META item of a request with the index keys its state calls for. */
function requestItem(r: RequestRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...r,
    pk: reqPk(r.requestId),
    sk: META,
    entity: 'request',
    gsi1pk: `APPLICANT#${r.applicantIin}`,
    gsi1sk: `${r.createdAt}#${r.requestId}`,
    gsi4pk: `DAY#${r.updatedAt.slice(0, 10)}`,
    gsi4sk: r.requestId,
  };
  if (rank[r.status] >= rank.IN_INBOX) {
    item.gsi2pk = `AGENCY#${r.agencyId}#${r.status}`;
    item.gsi2sk = `${r.dueAt ?? r.createdAt}#${r.requestId}`;
  }
  // The deadline index: the earliest of the open step's deadline and the moment its fee after approval lapses.
  const watchAt = [r.openStep && !r.openStep.overdue ? r.openStep.deadline : undefined, feeWatchAt(r)].filter((t): t is string => t !== undefined).sort()[0];
  if (watchAt) {
    item.gsi3pk = 'OPEN';
    item.gsi3sk = `${watchAt}#${r.requestId}`;
  }
  return item;
}

/**
 * The fee is settled and refunded on the request by small updates that leave no history entry. A
 * whole-record put (a transition, an overdue mark, a reassignment) made from an older read would
 * erase them: it lands only if the payment is still as read.
 */
function paymentAsRead(r: RequestRecord, names: Record<string, string>, values: Record<string, unknown>): string {
  names['#pay'] = 'payment';
  if (!r.payment) return 'attribute_not_exists(#pay)';
  names['#payRefund'] = 'refund';
  values[':payId'] = r.payment.paymentId;
  return `#pay.paymentId = :payId AND ${r.payment.refund ? 'attribute_exists' : 'attribute_not_exists'}(#pay.#payRefund)`;
}

/** A paid fee of this request becomes refunded (both refund paths: a fee never settled, and a refused request's fee). */
function refundedPayment(table: string, paymentId: string, requestId: string, refund: PaymentRefund): TransactItems[number] {
  return {
    Update: {
      TableName: table,
      Key: { pk: payPk(paymentId), sk: META },
      UpdateExpression: 'SET #s = :refunded, #rf = :refund',
      ConditionExpression: '#s = :paid AND requestId = :rid',
      ExpressionAttributeNames: { '#s': 'status', '#rf': 'refund' },
      ExpressionAttributeValues: { ':refunded': 'REFUNDED', ':paid': 'PAID', ':rid': requestId, ':refund': refund },
    },
  };
}

function historyItem(requestId: string, e: HistoryEntry): Record<string, unknown> {
  return { ...e, pk: reqPk(requestId), sk: `H#${e.at}#${e.event}`, entity: 'history' };
}

function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

/** A cursor must belong to the same partition the caller may read; anything else is rejected. */
function decodeCursor(cursor: string | undefined, expect: Record<string, string>): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const ok = typeof key === 'object' && key !== null && Object.entries(expect).every(([k, v]) => key[k] === v) && Object.values(key).every((v) => typeof v === 'string');
    if (ok) return key;
  } catch {
    /* fall through */
  }
  throw new ValidationError([{ field: 'cursor', code: 'FIELD_BAD_FORMAT' }]);
}

/** An inbox index item as the Query returns it (with its keys). */
type InboxItem = Record<string, unknown> & { gsi2sk: string };
/** Where a status's partition goes on: after this index key, from its start (null), or nothing left. */
type InboxPosition = Record<string, string> | null | 'done';
/** Queries per status and page when filters drop items (see listInbox). */
const INBOX_ROUNDS = 3;

function indexKeyOf(item: Record<string, unknown>): Record<string, string> {
  return { pk: String(item.pk), sk: String(item.sk), gsi2pk: String(item.gsi2pk), gsi2sk: String(item.gsi2sk) };
}

/** The inbox cursor: a position per status; each key must lie in the caller's own partition. */
function decodeInboxCursor(cursor: string | undefined, partitions: { status: Status; pk: string }[]): Record<string, InboxPosition> {
  if (!cursor) return {};
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; s?: Record<string, unknown> };
    const s = c?.s;
    const ok =
      c?.v === 1 &&
      typeof s === 'object' &&
      s !== null &&
      Object.keys(s).length === partitions.length &&
      partitions.every(({ status, pk }) => {
        const v = s[status];
        if (v === 'done' || v === null) return true;
        if (typeof v !== 'object' || v === null) return false;
        const k = v as Record<string, unknown>;
        return Object.keys(k).sort().join() === 'gsi2pk,gsi2sk,pk,sk' && Object.values(k).every((x) => typeof x === 'string') && k.gsi2pk === pk;
      });
    if (ok) return s as Record<string, InboxPosition>;
  } catch {
    /* fall through */
  }
  throw new ValidationError([{ field: 'cursor', code: 'FIELD_BAD_FORMAT' }]);
}

function isConditionFailure(e: unknown): boolean {
  return e instanceof TransactionCanceledException || (e as { name?: string })?.name === 'TransactionCanceledException' || (e as { name?: string })?.name === 'ConditionalCheckFailedException';
}

export class DynamoRequestRepository implements RequestRepository {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
    /** Items per inbox Query when filters apply (default: 2 × the page, 25–100); tests make it small to exercise short reads. */
    private readonly opts: { inboxReadSize?: number } = {},
  ) {}

  async create(record: RequestRecord, first: HistoryEntry, opts: Parameters<RequestRepository['create']>[2]): Promise<CreateOutcome> {
    const owner = opts.owner ?? record.applicantIin;
    const items: TransactItems = [
      { Put: { TableName: this.table, Item: requestItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.table, Item: historyItem(record.requestId, first), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    const idemIndex = opts.idempotency ? items.length : -1;
    if (opts.idempotency) {
      items.push({
        Put: {
          TableName: this.table,
          Item: {
            pk: `IDEM#${owner}#${opts.idempotency.key}`,
            sk: META,
            entity: 'idempotency',
            requestId: record.requestId,
            bodyHash: opts.idempotency.bodyHash,
            expiresAt: Math.floor(Date.parse(record.createdAt) / 1000) + DAY,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    items.push(...attachUpdates(this.table, record.requestId, opts.uploadIds, owner));
    if (opts.notification) items.push({ Put: { TableName: this.table, Item: notificationItem(opts.notification), ConditionExpression: 'attribute_not_exists(pk)' } });
    const payIndex = opts.payment ? items.length : -1;
    if (opts.payment) {
      items.push({
        Update: {
          TableName: this.table,
          Key: { pk: payPk(opts.payment.paymentId), sk: META },
          UpdateExpression: 'SET requestId = :rid',
          ConditionExpression: '#s = :paid AND payerIin = :iin AND serviceId = :svc AND attribute_not_exists(requestId)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':rid': record.requestId, ':paid': 'PAID', ':iin': opts.payment.payerIin, ':svc': opts.payment.serviceId },
        },
      });
    }
    try {
      await this.ddb.send(new TransactWriteCommand({ TransactItems: items }));
      return { kind: 'created' };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const reasons = (e as TransactionCanceledException).CancellationReasons;
      if (opts.idempotency) {
        const idemFailed = reasons ? reasons[idemIndex]?.Code === 'ConditionalCheckFailed' : (await this.getIdempotency(record.applicantIin, opts.idempotency.key)) !== undefined;
        if (idemFailed) {
          const existing = await this.getIdempotency(record.applicantIin, opts.idempotency.key);
          if (existing) return { kind: 'idempotent-replay', ...existing };
        }
      }
      if (opts.payment && (reasons ? reasons[payIndex]?.Code === 'ConditionalCheckFailed' : (await this.getPayment(opts.payment.paymentId))?.requestId !== undefined)) return { kind: 'payment-conflict' };
      return { kind: 'upload-conflict' };
    }
  }

  async get(requestId: string): Promise<RequestRecord | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: reqPk(requestId), sk: META }, ConsistentRead: true }));
    return r.Item ? strip<RequestRecord>(r.Item) : undefined;
  }

  async getIdempotency(iin: string, key: string): Promise<{ requestId: string; bodyHash: string } | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: `IDEM#${iin}#${key}`, sk: META }, ConsistentRead: true }));
    return r.Item ? { requestId: String(r.Item.requestId), bodyHash: String(r.Item.bodyHash) } : undefined;
  }

  async history(requestId: string): Promise<HistoryEntry[]> {
    const out: HistoryEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :h)',
          ExpressionAttributeValues: { ':pk': reqPk(requestId), ':h': 'H#' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const i of r.Items ?? []) out.push(strip<HistoryEntry>(i));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async transition(record: RequestRecord, from: Status, entry: HistoryEntry, opts: TransitionOptions = {}): Promise<'applied' | 'conflict'> {
    const names: Record<string, string> = { '#s': 'status' };
    const values: Record<string, unknown> = { ':from': from, ':head': entry.prevHash };
    // The history chain's head must still be the one this entry links to: no forks.
    let condition = '#s = :from AND historyHead = :head';
    if (opts.assignee !== undefined) {
      condition += ' AND assignee = :assignee';
      values[':assignee'] = opts.assignee;
    }
    if (opts.stillUnpaid) {
      condition += ' AND attribute_exists(feeDue) AND attribute_not_exists(#pay)';
      names['#pay'] = 'payment';
    } else {
      condition += ` AND ${paymentAsRead(record, names, values)}`;
    }
    const items: TransactItems = [
      { Put: { TableName: this.table, Item: requestItem(record), ConditionExpression: condition, ExpressionAttributeNames: names, ExpressionAttributeValues: values } },
      { Put: { TableName: this.table, Item: historyItem(record.requestId, entry), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    if (opts.attachUploads) items.push(...attachUpdates(this.table, record.requestId, opts.attachUploads.ids, opts.attachUploads.owner));
    if (opts.metrics) items.push(metricUpdate(this.table, opts.metrics));
    if (opts.notification) items.push({ Put: { TableName: this.table, Item: notificationItem(opts.notification), ConditionExpression: 'attribute_not_exists(pk)' } });
    if (opts.queueEntry) items.push({ Put: { TableName: this.table, Item: queueItem(opts.queueEntry), ConditionExpression: 'attribute_not_exists(pk)' } });
    try {
      await this.ddb.send(new TransactWriteCommand({ TransactItems: items }));
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async putPayment(p: PaymentRecord): Promise<void> {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { ...p, pk: payPk(p.paymentId), sk: META, entity: 'payment' }, ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  async getPayment(paymentId: string): Promise<PaymentRecord | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: payPk(paymentId), sk: META }, ConsistentRead: true }));
    return r.Item ? strip<PaymentRecord>(r.Item) : undefined;
  }

  async confirmPayment(paymentId: string, reference: string, at: string): Promise<'applied' | 'conflict'> {
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: payPk(paymentId), sk: META },
          UpdateExpression: 'SET #s = :paid, #ref = :ref, paidAt = :at',
          ConditionExpression: '#s = :invoiced',
          ExpressionAttributeNames: { '#s': 'status', '#ref': 'reference' },
          ExpressionAttributeValues: { ':paid': 'PAID', ':invoiced': 'INVOICED', ':ref': reference, ':at': at },
        }),
      );
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async settleFee(requestId: string, payment: RequestPayment): Promise<'applied' | 'conflict'> {
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: reqPk(requestId), sk: META },
          UpdateExpression: 'SET #p = :p',
          ConditionExpression: 'attribute_exists(feeDue) AND attribute_not_exists(#p)',
          ExpressionAttributeNames: { '#p': 'payment' },
          ExpressionAttributeValues: { ':p': payment },
        }),
      );
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async refundUnsettled(paymentId: string, requestId: string, refund: PaymentRefund): Promise<'applied' | 'conflict'> {
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            refundedPayment(this.table, paymentId, requestId, refund),
            {
              // Never the fee the request holds.
              ConditionCheck: {
                TableName: this.table,
                Key: { pk: reqPk(requestId), sk: META },
                ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#p) OR #p.paymentId <> :pid)',
                ExpressionAttributeNames: { '#p': 'payment' },
                ExpressionAttributeValues: { ':pid': paymentId },
              },
            },
          ],
        }),
      );
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async refundPayment(requestId: string, paymentId: string, refund: PaymentRefund): Promise<'applied' | 'conflict'> {
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            refundedPayment(this.table, paymentId, requestId, refund),
            {
              Update: {
                TableName: this.table,
                Key: { pk: reqPk(requestId), sk: META },
                UpdateExpression: 'SET #p.#rf = :refund',
                ConditionExpression: '#p.paymentId = :pid AND attribute_not_exists(#p.#rf)',
                ExpressionAttributeNames: { '#p': 'payment', '#rf': 'refund' },
                ExpressionAttributeValues: { ':refund': refund, ':pid': paymentId },
              },
            },
          ],
        }),
      );
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async listQueue(agencyId: string, queueId: string, limit: number, cursor?: string): Promise<Page<QueueEntry>> {
    const pk = queuePk(agencyId, queueId);
    const out: QueueEntry[] = [];
    let start = decodeCursor(cursor, { pk });
    // Referred entries are filtered out on the server; read on until the page is full.
    do {
      const r = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
          FilterExpression: '#s = :w',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':pk': pk, ':e': 'E#', ':w': 'waiting' },
          Limit: Math.max(limit - out.length, 10),
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const i of r.Items ?? []) {
        if (out.length === limit) break;
        out.push(strip<QueueEntry>(i));
        start = { pk, sk: i.sk };
      }
      if (out.length < limit) start = r.LastEvaluatedKey;
    } while (start && out.length < limit);
    const next = out.length === limit && start ? encodeCursor(start) : undefined;
    return { items: out, ...(next ? { cursor: next } : {}) };
  }

  async queuePosition(agencyId: string, queueId: string, journalNumber: number, asOf?: string): Promise<number> {
    return this.countAll({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :own',
      // As it stood at `asOf`: an entry referred after it was still waiting then.
      FilterExpression: asOf ? '#s = :w OR #r.referredAt > :asOf' : '#s = :w',
      ExpressionAttributeNames: { '#s': 'status', ...(asOf ? { '#r': 'referral' } : {}) },
      ExpressionAttributeValues: { ':pk': queuePk(agencyId, queueId), ':first': 'E#', ':own': journalKey(journalNumber), ':w': 'waiting', ...(asOf ? { ':asOf': asOf } : {}) },
      ConsistentRead: true,
    });
  }

  /** The number of items a filtered Query matches, every page of it. */
  private async countAll(q: Pick<QueryCommandInput, 'KeyConditionExpression' | 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues' | 'ConsistentRead'>): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.ddb.send(new QueryCommand({ TableName: this.table, ...q, Select: 'COUNT', ExclusiveStartKey: start }));
      count += r.Count ?? 0;
      start = r.LastEvaluatedKey;
    } while (start);
    return count;
  }


  async referFromQueue(record: RequestRecord, referral: NonNullable<QueueEntry['referral']>): Promise<'applied' | 'conflict'> {
    const q = record.queue!;
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: { pk: queuePk(q.agencyId, q.queueId), sk: journalKey(q.journalNumber) },
                UpdateExpression: 'SET #s = :r, referral = :ref',
                ConditionExpression: '#s = :w AND requestId = :id',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':r': 'referred', ':w': 'waiting', ':ref': referral, ':id': record.requestId },
              },
            },
            {
              Update: {
                TableName: this.table,
                Key: { pk: `REQ#${record.requestId}`, sk: META },
                UpdateExpression: 'SET #q.#s = :r, #q.referral = :ref, updatedAt = :at',
                ConditionExpression: '#q.#s = :w',
                ExpressionAttributeNames: { '#q': 'queue', '#s': 'status' },
                ExpressionAttributeValues: { ':r': 'referred', ':w': 'waiting', ':ref': referral, ':at': referral.referredAt },
              },
            },
          ],
        }),
      );
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async saveSurvey(requestId: string, survey: NonNullable<RequestRecord['survey']>, metrics?: MetricIncrement): Promise<'applied' | 'conflict'> {
    const items: TransactItems = [
      {
        Update: {
          TableName: this.table,
          Key: { pk: `REQ#${requestId}`, sk: 'META' },
          UpdateExpression: 'SET survey = :survey',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(survey) AND #s IN (:completed, :refused)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':survey': survey, ':completed': 'COMPLETED', ':refused': 'REFUSED' },
        },
      },
    ];
    // The answers' counters go with the answers: an answer stored twice is impossible, so is a count.
    if (metrics) items.push(metricUpdate(this.table, metrics));
    try {
      await this.ddb.send(new TransactWriteCommand({ TransactItems: items }));
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  async raiseMetricMaxima(key: MetricKey, maxima: Record<string, number>): Promise<void> {
    const Key = { pk: metricPk(key.agencyId), sk: metricSk(key) };
    const cur = (await this.ddb.send(new GetCommand({ TableName: this.table, Key }))).Item ?? {};
    // A stale read can only show a smaller maximum (they never shrink): at worst one write too many.
    for (const [name, v] of Object.entries(maxima)) {
      const have = cur[name];
      if (typeof have === 'number' && have >= v) continue;
      try {
        await this.ddb.send(
          new UpdateCommand({
            TableName: this.table,
            Key,
            UpdateExpression: 'SET #m = :v',
            ConditionExpression: 'attribute_not_exists(#m) OR #m < :v',
            ExpressionAttributeNames: { '#m': name },
            ExpressionAttributeValues: { ':v': v },
          }),
        );
      } catch (e) {
        if (!isConditionFailure(e)) throw e; // someone raised it further: fine
      }
    }
  }

  async listMetrics(agencyId: string, fromMonth: string, toMonth: string): Promise<MetricItem[]> {
    const out: MetricItem[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': metricPk(agencyId), ':from': `M#${fromMonth}#`, ':to': `M#${toMonth}#\uffff` },
          ExclusiveStartKey: start,
        }),
      );
      for (const i of r.Items ?? []) {
        const counters: Record<string, number> = {};
        for (const [k, v] of Object.entries(i)) if (!METRIC_ATTRS.includes(k) && typeof v === 'number') counters[k] = v;
        out.push({ serviceId: String(i.serviceId), month: String(i.month), shard: Number(i.shard), counters });
      }
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  markOverdue(record: RequestRecord, entry: HistoryEntry): Promise<'applied' | 'conflict'> {
    return this.putWithEntry(record, entry);
  }

  reassign(record: RequestRecord, entry: HistoryEntry): Promise<'applied' | 'conflict'> {
    return this.putWithEntry(record, entry);
  }

  /** The record and one history entry, with no status change: only if the status and the chain's head are those read. */
  private async putWithEntry(record: RequestRecord, entry: HistoryEntry): Promise<'applied' | 'conflict'> {
    const names: Record<string, string> = { '#s': 'status' };
    const values: Record<string, unknown> = { ':s': record.status, ':head': entry.prevHash };
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: requestItem(record),
                ConditionExpression: `#s = :s AND historyHead = :head AND ${paymentAsRead(record, names, values)}`,
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
            { Put: { TableName: this.table, Item: historyItem(record.requestId, entry), ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      );
      return 'applied';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  }

  private async page(index: string, pkName: string, pkValue: string, limit: number, cursor: string | undefined, forward: boolean): Promise<Page<RequestRecord>> {
    const r = await this.ddb.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: index,
        KeyConditionExpression: `${pkName} = :pk`,
        ExpressionAttributeValues: { ':pk': pkValue },
        Limit: limit,
        ScanIndexForward: forward,
        ExclusiveStartKey: decodeCursor(cursor, { [pkName]: pkValue }),
      }),
    );
    const next = encodeCursor(r.LastEvaluatedKey);
    return { items: (r.Items ?? []).map((i) => strip<RequestRecord>(i)), ...(next ? { cursor: next } : {}) };
  }

  listByApplicant(iin: string, limit: number, cursor?: string): Promise<Page<RequestSummary>> {
    return this.page('byApplicant', 'gsi1pk', `APPLICANT#${iin}`, limit, cursor, false);
  }

  /**
   * The inbox: one Query per status on byAgencyStatus (gsi2pk = AGENCY#<agency>#<status>,
   * gsi2sk = <dueAt>#<id>), merged in due order, earliest first. The due filter is part of the
   * key condition (a range of gsi2sk), so it reads only what it returns. serviceId and the
   * assignee are not in the key: they are a FilterExpression, which DynamoDB applies after
   * reading. That read is bounded: at most INBOX_ROUNDS Queries of `readSize` items (≤ 100) per
   * status and page, so a page costs at most 5 × 3 × 100 index items whatever the filters; a
   * page may then come back short (even empty) with a cursor, and the client goes on with it.
   * An agency's open requests number in the hundreds, so in practice one round fills a page.
   * (An index per filter would make every state change write one more index entry.)
   */
  async listInbox(q: InboxQuery): Promise<Page<RequestSummary>> {
    const partitions = q.statuses.map((status) => ({ status, pk: `AGENCY#${q.agencyId}#${status}` }));
    const positions = decodeInboxCursor(q.cursor, partitions);
    const filtered = Boolean(q.serviceId || q.assignee);
    const readSize = filtered ? (this.opts.inboxReadSize ?? Math.min(100, Math.max(q.limit * 2, 25))) : q.limit;
    const reads = await Promise.all(
      partitions.map(async (p) => {
        const at = positions[p.status];
        if (at === 'done') return { status: p.status, items: [] as InboxItem[], last: undefined, at };
        return { status: p.status, at, ...(await this.readInboxPartition(p, at ?? undefined, q, readSize)) };
      }),
    );
    // Everything up to the lowest frontier of the partitions not read to their end is known;
    // beyond it another partition may still hold an earlier request, so nothing past it is shown.
    const frontiers = reads.flatMap((r) => (r.last ? [r.last.gsi2sk!] : []));
    const bound = frontiers.length ? frontiers.reduce((a, b) => (b < a ? b : a)) : undefined;
    const merged = reads
      .flatMap((r) => r.items.map((item) => ({ item, status: r.status })))
      .filter((x) => bound === undefined || x.item.gsi2sk <= bound)
      .sort((a, b) => (a.item.gsi2sk < b.item.gsi2sk ? -1 : 1));
    const page = merged.slice(0, q.limit);
    const coveredTo = merged.length > q.limit ? page[page.length - 1]!.item.gsi2sk : bound;
    const next: Record<string, InboxPosition> = {};
    for (const r of reads) {
      if (r.at === 'done' || coveredTo === undefined) next[r.status] = 'done';
      else if (r.last && r.last.gsi2sk! <= coveredTo) next[r.status] = r.last;
      else if (!r.last && r.items.every((i) => i.gsi2sk <= coveredTo)) next[r.status] = 'done';
      else {
        const shown = page.filter((x) => x.status === r.status);
        next[r.status] = shown.length ? indexKeyOf(shown[shown.length - 1]!.item) : (r.at ?? null);
      }
    }
    const more = Object.values(next).some((v) => v !== 'done');
    return {
      items: page.map((x) => strip<RequestSummary>(x.item)),
      ...(more ? { cursor: Buffer.from(JSON.stringify({ v: 1, s: next })).toString('base64url') } : {}),
    };
  }

  private async readInboxPartition(p: { status: Status; pk: string }, start: Record<string, string> | undefined, q: InboxQuery, readSize: number): Promise<{ items: InboxItem[]; last?: Record<string, string> }> {
    const values: Record<string, unknown> = { ':pk': p.pk };
    let keyCondition = 'gsi2pk = :pk';
    const { from, before } = q.due ?? {};
    // gsi2sk = <dueAt ISO>#<id>: dueAt < before ⇔ gsi2sk < before; dueAt ≥ from ⇔ gsi2sk ≥ from.
    if (from !== undefined && before !== undefined) keyCondition += ' AND gsi2sk BETWEEN :from AND :before';
    else if (before !== undefined) keyCondition += ' AND gsi2sk < :before';
    else if (from !== undefined) keyCondition += ' AND gsi2sk >= :from';
    if (from !== undefined) values[':from'] = from;
    if (before !== undefined) values[':before'] = before;
    // The window moves with time between pages: a position it has left behind starts the window
    // afresh (what lies between is now out of it), one past its end has nothing more.
    if (start && from !== undefined && start.gsi2sk! < from) start = undefined;
    if (start && before !== undefined && start.gsi2sk! >= before) return { items: [] };
    const filters: string[] = [];
    if (q.serviceId) {
      filters.push('serviceId = :sid');
      values[':sid'] = q.serviceId;
    }
    if (q.due) filters.push('attribute_exists(dueAt)');
    if (q.assignee) {
      values[':me'] = q.assignee.username;
      filters.push(q.assignee.orUnassignedIn.includes(p.status) ? '(assignee = :me OR attribute_not_exists(assignee))' : 'assignee = :me');
    }
    const items: InboxItem[] = [];
    let last: Record<string, string> | undefined = start;
    for (let round = 0; round < INBOX_ROUNDS; round++) {
      const r = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'byAgencyStatus',
          KeyConditionExpression: keyCondition,
          ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeValues: values,
          Limit: readSize,
          ScanIndexForward: true,
          ExclusiveStartKey: last,
        }),
      );
      items.push(...((r.Items ?? []) as InboxItem[]));
      last = r.LastEvaluatedKey as Record<string, string> | undefined;
      if (!last || items.length >= q.limit) break;
    }
    return { items, ...(last ? { last } : {}) };
  }

  async listPastDeadline(now: Date, limit: number): Promise<RequestRecord[]> {
    const r = await this.ddb.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'byDeadline',
        KeyConditionExpression: 'gsi3pk = :open AND gsi3sk < :now',
        ExpressionAttributeValues: { ':open': 'OPEN', ':now': now.toISOString() },
        Limit: Math.min(limit, 100),
      }),
    );
    // The index holds keys only (it is rewritten on every state change): the overdue few are read whole.
    let keys = (r.Items ?? []).map((i) => ({ pk: i.pk as string, sk: i.sk as string }));
    const found = new Map<string, RequestRecord>();
    for (let attempt = 0; keys.length && attempt < 5; attempt++) {
      const b = await this.ddb.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ConsistentRead: true } } }));
      for (const i of b.Responses?.[this.table] ?? []) found.set(i.pk as string, strip<RequestRecord>(i));
      keys = (b.UnprocessedKeys?.[this.table]?.Keys ?? []) as typeof keys;
    }
    // In deadline order, as the index gave them; a request whose step closed (and fee settled) meanwhile is left out.
    return (r.Items ?? []).flatMap((i) => {
      const rec = found.get(i.pk as string);
      return rec && (rec.openStep || feeWatchAt(rec)) ? [rec] : [];
    });
  }

  async listChangedOn(day: string, cursor?: string): Promise<Page<{ requestId: string; historyHead: string }>> {
    const r = await this.ddb.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'byChangeDay',
        KeyConditionExpression: 'gsi4pk = :d',
        ExpressionAttributeValues: { ':d': `DAY#${day}` },
        ProjectionExpression: 'requestId, historyHead',
        ExclusiveStartKey: decodeCursor(cursor, { gsi4pk: `DAY#${day}` }),
      }),
    );
    const next = encodeCursor(r.LastEvaluatedKey);
    return { items: (r.Items ?? []).map((i) => ({ requestId: String(i.requestId), historyHead: String(i.historyHead) })), ...(next ? { cursor: next } : {}) };
  }

  async listNotifications(iin: string, limit: number, cursor?: string): Promise<Page<NotificationRecord> & { unread: number }> {
    const pk = notifPk(iin);
    const r = await this.ddb.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :n)',
        ExpressionAttributeValues: { ':pk': pk, ':n': 'N#' },
        Limit: limit,
        ScanIndexForward: false,
        ExclusiveStartKey: decodeCursor(cursor, { pk }),
      }),
    );
    const unread = await this.countAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :n)',
      FilterExpression: '#r = :f',
      ExpressionAttributeNames: { '#r': 'read' },
      ExpressionAttributeValues: { ':pk': pk, ':n': 'N#', ':f': false },
    });
    const next = encodeCursor(r.LastEvaluatedKey);
    return { items: (r.Items ?? []).map((i) => strip<NotificationRecord>(i)), ...(next ? { cursor: next } : {}), unread };
  }

  async getNotification(iin: string, notificationId: string): Promise<NotificationRecord | undefined> {
    const sk = decodeNotificationId(notificationId);
    if (!sk) return undefined;
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: notifPk(iin), sk }, ConsistentRead: true }));
    return r.Item ? strip<NotificationRecord>(r.Item) : undefined;
  }

  /** Only an item in the caller's own partition can match: another citizen's id is simply not there. */
  private async updateNotification(iin: string, notificationId: string, update: string, condition: string, values: Record<string, unknown>, names?: Record<string, string>): Promise<boolean> {
    const sk = decodeNotificationId(notificationId);
    if (!sk) return false;
    try {
      await this.ddb.send(new UpdateCommand({ TableName: this.table, Key: { pk: notifPk(iin), sk }, UpdateExpression: update, ConditionExpression: `attribute_exists(pk) AND ${condition}`, ExpressionAttributeValues: values, ...(names ? { ExpressionAttributeNames: names } : {}) }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  async markNotificationRead(iin: string, notificationId: string): Promise<boolean> {
    // Reading twice is fine: the condition only asks that the notification exists.
    return this.updateNotification(iin, notificationId, 'SET #r = :t', 'entity = :e', { ':t': true, ':e': 'notification' }, { '#r': 'read' });
  }

  async markNotificationMailed(iin: string, notificationId: string, at: string): Promise<boolean> {
    return this.updateNotification(iin, notificationId, 'SET mailedAt = :at', 'attribute_not_exists(mailedAt)', { ':at': at });
  }

  async nextSequence(name: string): Promise<number> {
    const r = await this.ddb.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `SEQ#${name}`, sk: META },
        UpdateExpression: 'ADD #v :one SET entity = :e',
        ExpressionAttributeNames: { '#v': 'value' },
        ExpressionAttributeValues: { ':one': 1, ':e': 'counter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(r.Attributes?.value);
  }

  async putUpload(u: UploadRecord): Promise<void> {
    await this.ddb.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...u, pk: `UPL#${u.uploadId}`, sk: META, entity: 'upload', expiresAt: Math.floor(Date.parse(u.createdAt) / 1000) + 7 * DAY },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getUpload(uploadId: string): Promise<UploadRecord | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: `UPL#${uploadId}`, sk: META }, ConsistentRead: true }));
    return r.Item ? strip<UploadRecord>(r.Item) : undefined;
  }
}
