/**
 * What the local cloud really holds, read back through the AWS APIs, in the same shape as the
 * inventories of the declarations and of the synthesized CDK template (cdk/inventory.ts), so a
 * test can prove the three agree. moto's CloudFormation reports success for resources it does
 * not create (user pools, TableV2), so only what is read back here counts.
 */
import { CognitoIdentityProviderClient, DescribeUserPoolCommand, ListGroupsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetBucketVersioningCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { buckets, keys, queues, tables, userPools } from '../../cdk/resources.js';
import { sdkConfig, type AwsTarget } from './provision.js';
import { projectionOf } from '../../cdk/inventory.js';

export interface LocalInventory {
  tables: Record<string, { partitionKey: string; sortKey: string; indexes: { name: string; partitionKey: string; sortKey: string; projection: 'ALL' | 'KEYS_ONLY' | string[] }[]; ttlAttribute?: string }>;
  queues: Record<string, { visibilityTimeout: number; maxReceiveCount: number }>;
  buckets: string[];
  keys: Record<string, { spec: string; usage: string }>;
  userPools: Record<string, { groups: string[] }>;
  /** Facts the CDK template states that the inventory shape leaves out, checked separately. */
  extra: { pointInTimeRecovery: Record<string, boolean>; bucketVersioning: Record<string, string> };
}

export async function inventoryFromLocalCloud(target: AwsTarget, env: Record<string, string>): Promise<LocalInventory> {
  const cfg = sdkConfig(target);
  const ddb = new DynamoDBClient(cfg);
  const sqs = new SQSClient(cfg);
  const s3 = new S3Client({ ...cfg, forcePathStyle: true });
  const kms = new KMSClient(cfg);
  const cognito = new CognitoIdentityProviderClient(cfg);
  const inv: LocalInventory = { tables: {}, queues: {}, buckets: [], keys: {}, userPools: {}, extra: { pointInTimeRecovery: {}, bucketVersioning: {} } };

  for (const t of tables) {
    const name = env[t.env]!;
    const d = (await ddb.send(new DescribeTableCommand({ TableName: name }))).Table!;
    const key = (schema: { AttributeName?: string; KeyType?: string }[] | undefined, type: string) => schema?.find((k) => k.KeyType === type)?.AttributeName ?? '';
    const ttl = (await ddb.send(new DescribeTimeToLiveCommand({ TableName: name }))).TimeToLiveDescription;
    const pitr = (await ddb.send(new DescribeContinuousBackupsCommand({ TableName: name }))).ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
    inv.tables[t.id] = {
      partitionKey: key(d.KeySchema, 'HASH'),
      sortKey: key(d.KeySchema, 'RANGE'),
      indexes: (d.GlobalSecondaryIndexes ?? [])
        .map((g) => ({ name: g.IndexName!, partitionKey: key(g.KeySchema, 'HASH'), sortKey: key(g.KeySchema, 'RANGE'), projection: projectionOf(g.Projection) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      ...(ttl?.TimeToLiveStatus === 'ENABLED' && ttl.AttributeName ? { ttlAttribute: ttl.AttributeName } : {}),
    };
    inv.extra.pointInTimeRecovery[t.id] = pitr === 'ENABLED';
  }
  for (const q of queues) {
    const a = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: env[q.env]!, AttributeNames: ['VisibilityTimeout', 'RedrivePolicy'] }))).Attributes ?? {};
    const redrive = a.RedrivePolicy ? (JSON.parse(a.RedrivePolicy) as { maxReceiveCount: number | string }) : undefined;
    inv.queues[q.id] = { visibilityTimeout: Number(a.VisibilityTimeout), maxReceiveCount: Number(redrive?.maxReceiveCount ?? 0) };
  }
  for (const b of buckets) {
    const name = env[b.env]!;
    await s3.send(new HeadBucketCommand({ Bucket: name }));
    inv.buckets.push(b.id);
    inv.extra.bucketVersioning[b.id] = (await s3.send(new GetBucketVersioningCommand({ Bucket: name }))).Status ?? 'Off';
  }
  inv.buckets.sort();
  for (const k of keys) {
    const m = (await kms.send(new DescribeKeyCommand({ KeyId: env[k.env]! }))).KeyMetadata!;
    inv.keys[k.id] = { spec: String(m.KeySpec ?? m.CustomerMasterKeySpec), usage: String(m.KeyUsage) };
  }
  for (const p of userPools) {
    const poolId = env[p.poolEnv]!;
    await cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    const groups = ((await cognito.send(new ListGroupsCommand({ UserPoolId: poolId }))).Groups ?? []).map((g) => g.GroupName!).sort();
    inv.userPools[p.id] = { groups };
  }
  return inv;
}
