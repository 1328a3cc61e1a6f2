/**
 * Creates the platform's resources in an AWS-compatible endpoint (moto locally) from the same
 * declarations the CDK stack uses (cdk/resources.ts). Idempotent: what exists is reused.
 * Returns the environment variables the functions read, exactly as CDK would set them.
 */
import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListGroupsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketCorsCommand,
  PutBucketEncryptionCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { buckets, keys, queues, tables, userPools } from '../../cdk/resources.js';

export interface AwsTarget {
  endpoint: string;
  region: string;
}

export function sdkConfig(t: AwsTarget) {
  return { endpoint: t.endpoint, region: t.region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
}

/** Physical names: <prefix>-<declaration id>, lower-case where the service wants it. */
export function physicalName(prefix: string, id: string): string {
  return `${prefix}-${id}`;
}

async function ensureKeys(kms: KMSClient, prefix: string, env: Record<string, string>) {
  for (const k of keys) {
    const alias = `alias/${prefix}-${k.id}`;
    let arn: string | undefined;
    try {
      arn = (await kms.send(new DescribeKeyCommand({ KeyId: alias }))).KeyMetadata?.Arn;
    } catch {
      const created = await kms.send(new CreateKeyCommand({ KeySpec: k.spec, KeyUsage: k.usage, Description: k.purpose }));
      arn = created.KeyMetadata!.Arn!;
      await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: created.KeyMetadata!.KeyId! }));
    }
    env[k.env] = arn!;
  }
}

async function ensureTables(ddb: DynamoDBClient, prefix: string, dataKeyArn: string, env: Record<string, string>) {
  for (const t of tables) {
    const name = physicalName(prefix, t.id);
    env[t.env] = name;
    try {
      await ddb.send(new DescribeTableCommand({ TableName: name }));
      continue;
    } catch (e) {
      if ((e as { name?: string }).name !== 'ResourceNotFoundException') throw e;
    }
    const attrs = new Set([t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]);
    await ddb.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attrs].map((a) => ({ AttributeName: a, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: t.partitionKey, KeyType: 'HASH' },
          { AttributeName: t.sortKey, KeyType: 'RANGE' },
        ],
        ...(t.indexes.length
          ? {
              GlobalSecondaryIndexes: t.indexes.map((i) => ({
                IndexName: i.name,
                KeySchema: [
                  { AttributeName: i.partitionKey, KeyType: 'HASH' },
                  { AttributeName: i.sortKey, KeyType: 'RANGE' },
                ],
                Projection:
                  i.projection === 'KEYS_ONLY'
                    ? { ProjectionType: 'KEYS_ONLY' as const }
                    : Array.isArray(i.projection)
                      ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...i.projection] }
                      : { ProjectionType: 'ALL' as const },
              })),
            }
          : {}),
        SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: dataKeyArn },
      }),
    );
    if (t.ttlAttribute) await ddb.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { Enabled: true, AttributeName: t.ttlAttribute } }));
    await ddb.send(new UpdateContinuousBackupsCommand({ TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
  }
}

async function ensureQueues(sqs: SQSClient, prefix: string, dataKeyArn: string, env: Record<string, string>, visibilityOverride?: number) {
  for (const q of queues) {
    const dlq = await sqs.send(
      new CreateQueueCommand({ QueueName: physicalName(prefix, `${q.id}Dlq`), Attributes: { MessageRetentionPeriod: String(14 * 86400), KmsMasterKeyId: dataKeyArn } }),
    );
    const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl!, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const main = await sqs.send(
      new CreateQueueCommand({
        QueueName: physicalName(prefix, q.id),
        Attributes: {
          VisibilityTimeout: String(visibilityOverride ?? q.visibilityTimeout),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: q.maxReceiveCount }),
          KmsMasterKeyId: dataKeyArn,
        },
      }),
    );
    env[q.env] = main.QueueUrl!;
    env[`${q.env.replace(/_QUEUE_URL$/, '')}_DLQ_URL`] = dlq.QueueUrl!;
  }
}

async function ensureBuckets(s3: S3Client, prefix: string, dataKeyArn: string, env: Record<string, string>) {
  for (const b of buckets) {
    const name = physicalName(prefix, b.id).toLowerCase();
    env[b.env] = name;
    try {
      await s3.send(new HeadBucketCommand({ Bucket: name }));
      continue;
    } catch {
      /* create it */
    }
    await s3.send(new CreateBucketCommand({ Bucket: name }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: name,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: dataKeyArn }, BucketKeyEnabled: true }] },
      }),
    );
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: name,
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      }),
    );
    if (b.id === 'Uploads') {
      await s3.send(
        new PutBucketCorsCommand({
          Bucket: name,
          CORSConfiguration: { CORSRules: [{ AllowedMethods: ['PUT', 'GET'], AllowedOrigins: ['*'], AllowedHeaders: ['*'], MaxAgeSeconds: 3000 }] },
        }),
      );
    }
  }
}

async function ensureUserPools(cognito: CognitoIdentityProviderClient, prefix: string, env: Record<string, string>) {
  // moto's CloudFormation does not create user pools, so they are made through the Cognito API.
  const existing = (await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? [];
  for (const p of userPools) {
    const name = physicalName(prefix, p.id);
    let poolId = existing.find((x) => x.Name === name)?.Id;
    if (!poolId) {
      const created = await cognito.send(
        new CreateUserPoolCommand({
          PoolName: name,
          Policies: { PasswordPolicy: { MinimumLength: p.passwordPolicy.minLength, RequireLowercase: p.passwordPolicy.requireLowercase, RequireUppercase: p.passwordPolicy.requireUppercase, RequireNumbers: p.passwordPolicy.requireDigits, RequireSymbols: p.passwordPolicy.requireSymbols } },
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: p.id !== 'CitizenPool' },
        }),
      );
      poolId = created.UserPool!.Id!;
    }
    const clients = (await cognito.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }))).UserPoolClients ?? [];
    let clientId = clients.find((c) => c.ClientName === `${p.id}Client`)?.ClientId;
    if (!clientId) {
      const c = await cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: `${p.id}Client`,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          GenerateSecret: false,
        }),
      );
      clientId = c.UserPoolClient!.ClientId!;
    }
    const groups = new Set(((await cognito.send(new ListGroupsCommand({ UserPoolId: poolId }))).Groups ?? []).map((g) => g.GroupName));
    for (const g of p.groups) {
      if (!groups.has(g.name)) await cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: g.name, Description: g.description }));
    }
    env[p.poolEnv] = poolId;
    env[p.clientEnv] = clientId;
  }
}

/** Creates (or finds) everything; returns the functions' environment. */
/**
 * `queueVisibilitySeconds` shortens the queues' visibility timeout, for fault-injection runs that
 * kill consumers and must not wait 3 minutes for their messages to come back.
 */
export async function provision(target: AwsTarget, prefix = 'eqyzmet-local', opts: { queueVisibilitySeconds?: number } = {}): Promise<Record<string, string>> {
  const cfg = sdkConfig(target);
  const env: Record<string, string> = {};
  const kms = new KMSClient(cfg);
  await ensureKeys(kms, prefix, env);
  const dataKey = env[keys.find((k) => k.id === 'DataKey')!.env]!;
  await Promise.all([
    ensureTables(new DynamoDBClient(cfg), prefix, dataKey, env),
    ensureQueues(new SQSClient(cfg), prefix, dataKey, env, opts.queueVisibilitySeconds),
    ensureBuckets(new S3Client({ ...cfg, forcePathStyle: true }), prefix, dataKey, env),
    ensureUserPools(new CognitoIdentityProviderClient(cfg), prefix, env),
  ]);
  return env;
}
