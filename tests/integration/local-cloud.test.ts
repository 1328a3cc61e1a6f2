/**
 * One source of truth: the local cloud holds exactly what the CDK stack declares. The resources
 * are read back through the AWS APIs (moto's CloudFormation reports success for things it does
 * not create, so nothing is taken on trust).
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../cdk/app.js';
import { inventoryFromDeclarations, inventoryFromTemplate } from '../../cdk/inventory.js';
import { inventoryFromLocalCloud } from '../../scripts/local/inventory.js';
import { usePlatform } from '../support/platform.js';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { sdkConfig } from '../../scripts/local/provision.js';

const ctx = usePlatform('localcloud');

describe('the local cloud', () => {
  it('has the same tables, indexes, queues, DLQ settings, buckets, keys and user pools as the synthesized stack', async () => {
    const { extra, ...local } = await inventoryFromLocalCloud(ctx.platform, ctx.platform.env);
    const { stateful } = buildApp({ stage: 'dev', app: new App({ context: { 'aws:cdk:bundling-stacks': [] } }) });
    const fromTemplate = inventoryFromTemplate(Template.fromStack(stateful).toJSON() as never);
    expect(local).toEqual(fromTemplate);
    expect(local).toEqual(inventoryFromDeclarations());
    expect(Object.values(extra.pointInTimeRecovery).every(Boolean)).toBe(true);
    expect(Object.values(extra.bucketVersioning).every((v) => v === 'Enabled')).toBe(true);
  });

  // scripts/local/moto_server.py keeps a copy of only the items a transaction writes (moto copies
  // whole tables): a cancelled transaction must still leave every item as it was.
  it('rolls a cancelled transaction back item by item: updates undone, new items gone, others untouched', async () => {
    const ddb = DynamoDBDocumentClient.from(new DynamoDBClient(sdkConfig({ endpoint: ctx.platform.endpoint, region: ctx.platform.region })));
    const TableName = ctx.platform.env.REQUESTS_TABLE!;
    const pk = `TEST#${Date.now()}`;
    await ddb.send(new PutCommand({ TableName, Item: { pk, sk: 'A', v: 1, nested: { list: [1, 2] } } }));
    await ddb.send(new PutCommand({ TableName, Item: { pk, sk: 'OTHER', v: 7 } }));
    const cancelled = ddb.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName, Key: { pk, sk: 'A' }, UpdateExpression: 'SET v = :v, nested.#l = :l', ExpressionAttributeNames: { '#l': 'list' }, ExpressionAttributeValues: { ':v': 2, ':l': [9] } } },
          { Put: { TableName, Item: { pk, sk: 'NEW' } } },
          { Put: { TableName, Item: { pk: `${pk}-fresh-partition`, sk: 'X' } } },
          { Put: { TableName, Item: { pk, sk: 'B' }, ConditionExpression: 'attribute_exists(pk)' } },
        ],
      }),
    );
    await expect(cancelled).rejects.toBeInstanceOf(TransactionCanceledException);
    const get = async (p: string, sk: string) => (await ddb.send(new GetCommand({ TableName, Key: { pk: p, sk }, ConsistentRead: true }))).Item;
    expect(await get(pk, 'A')).toEqual({ pk, sk: 'A', v: 1, nested: { list: [1, 2] } });
    expect(await get(pk, 'NEW')).toBeUndefined();
    expect(await get(`${pk}-fresh-partition`, 'X')).toBeUndefined();
    expect(await get(pk, 'OTHER')).toEqual({ pk, sk: 'OTHER', v: 7 });
    // A transaction that succeeds writes all of it.
    await ddb.send(new TransactWriteCommand({ TransactItems: [{ Update: { TableName, Key: { pk, sk: 'A' }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': 3 } } }, { Put: { TableName, Item: { pk, sk: 'NEW' } } }] }));
    expect((await get(pk, 'A'))?.v).toBe(3);
    expect(await get(pk, 'NEW')).toEqual({ pk, sk: 'NEW' });
  });
});

