/**
 * Requests in DynamoDB, single-table design (access patterns in README):
 *   REQ#<id> / META          the request; GSIs: byApplicant, byAgencyStatus, byDeadline (sparse)
 *   REQ#<id> / H#<at>#<ev>   one status-history entry each
 *   UPL#<id> / META          an upload slot and whether it has been attached
 *   IDEM#<iin>#<key> / META  Idempotency-Key → requestId (expires after 24 h)
 *   SEQ#<name> / META        counters (registration numbers)
 *   METRIC#<agency> / M#<month>#<service>#<shard>   quality metrics (counters added with ADD)
 *
 * The metrics live here rather than in a table of their own: they are written in the same
 * transaction as the request's terminal transition or its questionnaire answers (that is what
 * makes them exactly-once), and one table keeps that a single-table transaction with no extra
 * grants, provisioning or backups. They carry no index keys, so no index holds them; one Query on
 * METRIC#<agency> with a month range reads a year of every service of an agency (a few dozen items).
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../domain/errors.js';
import { rank, type HistoryEntry, type RequestRecord, type RequestSummary, type Status } from '../domain/request.js';
import type { CreateOutcome, Page, RequestRepository, TransitionOptions, UploadRecord } from '../ports/index.js';
import type { MetricIncrement, MetricItem, MetricKey } from '../domain/metrics.js';

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
  if (r.openStep && !r.openStep.overdue) {
    item.gsi3pk = 'OPEN';
    item.gsi3sk = `${r.openStep.deadline}#${r.requestId}`;
  }
  return item;
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

function isConditionFailure(e: unknown): boolean {
  return e instanceof TransactionCanceledException || (e as { name?: string })?.name === 'TransactionCanceledException' || (e as { name?: string })?.name === 'ConditionalCheckFailedException';
}

export class DynamoRequestRepository implements RequestRepository {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async create(record: RequestRecord, first: HistoryEntry, opts: { idempotency?: { key: string; bodyHash: string }; uploadIds: string[]; owner?: string }): Promise<CreateOutcome> {
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
    const items: TransactItems = [
      { Put: { TableName: this.table, Item: requestItem(record), ConditionExpression: condition, ExpressionAttributeNames: names, ExpressionAttributeValues: values } },
      { Put: { TableName: this.table, Item: historyItem(record.requestId, entry), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    if (opts.attachUploads) items.push(...attachUpdates(this.table, record.requestId, opts.attachUploads.ids, opts.attachUploads.owner));
    if (opts.metrics) items.push(metricUpdate(this.table, opts.metrics));
    try {
      await this.ddb.send(new TransactWriteCommand({ TransactItems: items }));
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

  async markOverdue(record: RequestRecord, entry: HistoryEntry): Promise<'applied' | 'conflict'> {
    try {
      await this.ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: requestItem(record),
                ConditionExpression: '#s = :s AND historyHead = :head',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':s': record.status, ':head': entry.prevHash },
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

  listInbox(agencyId: string, status: Status, limit: number, cursor?: string): Promise<Page<RequestSummary>> {
    // Oldest due date first: the most urgent work on top.
    return this.page('byAgencyStatus', 'gsi2pk', `AGENCY#${agencyId}#${status}`, limit, cursor, true);
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
    // In deadline order, as the index gave them; a request whose step closed meanwhile is left out.
    return (r.Items ?? []).flatMap((i) => {
      const rec = found.get(i.pk as string);
      return rec && rec.openStep ? [rec] : [];
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
