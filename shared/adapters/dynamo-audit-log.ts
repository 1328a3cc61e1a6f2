import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog, DaySeal } from '../ports/index.js';

/** The gateway's audit log: REQ#<id> / <what>; the first record of a message wins. */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async record(e: AuditEntry): Promise<void> {
    try {
      await this.ddb.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `REQ#${e.requestId}`, sk: e.what, ...e },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (err) {
      if ((err as { name?: string }).name !== 'ConditionalCheckFailedException') throw err;
    }
  }

  async list(requestId: string): Promise<AuditEntry[]> {
    const r = await this.ddb.send(
      new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `REQ#${requestId}` }, ConsistentRead: true }),
    );
    return (r.Items ?? []).map(({ pk: _pk, sk: _sk, ...rest }) => rest as AuditEntry);
  }

  /** A seal is one signed root item plus its heads in parts of 2,000 (items stay far below 400 KB). */
  async putSeal(seal: DaySeal): Promise<void> {
    const { heads, ...root } = seal;
    const PART = 2000;
    for (let i = 0; i * PART < heads.length; i++) {
      await this.ddb.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `SEAL#${seal.day}`, sk: `${seal.sealedAt}#part#${String(i).padStart(5, '0')}`, heads: heads.slice(i * PART, (i + 1) * PART) },
        }),
      );
    }
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { pk: `SEAL#${seal.day}`, sk: `${seal.sealedAt}#root`, ...root }, ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  async listSeals(day: string): Promise<DaySeal[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.ddb.send(
        new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `SEAL#${day}` }, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      items.push(...(r.Items ?? []));
      start = r.LastEvaluatedKey;
    } while (start);
    const roots = items.filter((i) => String(i.sk).endsWith('#root'));
    return roots.map(({ pk: _pk, sk, ...root }) => {
      const prefix = String(sk).replace(/#root$/, '#part#');
      const heads = items.filter((i) => String(i.sk).startsWith(prefix)).sort((a, b) => (String(a.sk) < String(b.sk) ? -1 : 1)).flatMap((i) => i.heads as DaySeal['heads']);
      return { ...(root as Omit<DaySeal, 'heads'>), heads };
    });
  }
}
