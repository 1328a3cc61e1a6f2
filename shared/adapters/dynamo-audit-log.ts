import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../ports/index.js';

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
}
