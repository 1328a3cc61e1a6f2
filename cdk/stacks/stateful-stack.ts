/**
 * The stateful half: tables, queues with their dead-letter queues, buckets, keys and user pools,
 * built from cdk/resources.ts (the local cloud is built from the same declarations). Kept apart
 * from functions and APIs so that redeploying code never risks data.
 */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { buckets, keys, queues, tables, userPools } from '../resources.js';

export interface StatefulStackProps extends StackProps {
  stage: string;
  removalPolicy: RemovalPolicy;
}

export class StatefulStack extends Stack {
  readonly tables = new Map<string, dynamodb.Table>();
  readonly queues = new Map<string, sqs.Queue>();
  readonly deadLetterQueues = new Map<string, sqs.Queue>();
  readonly buckets = new Map<string, s3.Bucket>();
  readonly keys = new Map<string, kms.Key>();
  readonly userPools = new Map<string, { pool: cognito.UserPool; client: cognito.UserPoolClient }>();
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const removalPolicy = props.removalPolicy;

    for (const k of keys) {
      const key =
        k.spec === 'SYMMETRIC_DEFAULT'
          ? new kms.Key(this, k.id, { description: k.purpose, enableKeyRotation: true, removalPolicy })
          : new kms.Key(this, k.id, { description: k.purpose, keySpec: kms.KeySpec.ECC_NIST_P256, keyUsage: kms.KeyUsage.SIGN_VERIFY, removalPolicy });
      this.keys.set(k.id, key);
    }
    const dataKey = this.keys.get('DataKey')!;

    for (const t of tables) {
      const table = new dynamodb.Table(this, t.id, {
        partitionKey: { name: t.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: t.sortKey, type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
        encryptionKey: dataKey,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        ...(t.ttlAttribute ? { timeToLiveAttribute: t.ttlAttribute } : {}),
        removalPolicy,
      });
      for (const i of t.indexes) {
        table.addGlobalSecondaryIndex({
          indexName: i.name,
          partitionKey: { name: i.partitionKey, type: dynamodb.AttributeType.STRING },
          sortKey: { name: i.sortKey, type: dynamodb.AttributeType.STRING },
          ...(i.projection === 'KEYS_ONLY'
            ? { projectionType: dynamodb.ProjectionType.KEYS_ONLY }
            : Array.isArray(i.projection)
              ? { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [...i.projection] }
              : { projectionType: dynamodb.ProjectionType.ALL }),
        });
      }
      this.tables.set(t.id, table);
    }

    for (const q of queues) {
      const dlq = new sqs.Queue(this, `${q.id}Dlq`, {
        retentionPeriod: Duration.days(14),
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: dataKey,
        enforceSSL: true,
        removalPolicy,
      });
      const queue = new sqs.Queue(this, q.id, {
        visibilityTimeout: Duration.seconds(q.visibilityTimeout),
        deadLetterQueue: { queue: dlq, maxReceiveCount: q.maxReceiveCount },
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: dataKey,
        enforceSSL: true,
        removalPolicy,
      });
      new cloudwatch.Alarm(this, `${q.id}DlqAlarm`, {
        alarmDescription: `Messages of ${q.id} are dead-lettered: look at the function's logs, fix, then npm run redrive -- --queue ${q.id}`,
        metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.queues.set(q.id, queue);
      this.deadLetterQueues.set(q.id, dlq);
    }

    const accessLogs = (this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED, // S3 server access logging cannot write to SSE-KMS buckets
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy,
    }));
    for (const b of buckets) {
      const bucket = new s3.Bucket(this, b.id, {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        encryption: s3.BucketEncryption.KMS,
        encryptionKey: dataKey,
        bucketKeyEnabled: true,
        enforceSSL: true,
        versioned: true,
        serverAccessLogsBucket: accessLogs,
        serverAccessLogsPrefix: `${b.id}/`,
        removalPolicy,
        ...(b.id === 'Uploads'
          ? {
              cors: [{ allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET], allowedOrigins: ['*'], allowedHeaders: ['*'], maxAge: 3000 }],
              // Scans never attached to a request are not kept.
              lifecycleRules: [{ prefix: 'uploads/', noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
            }
          : {}),
      });
      this.buckets.set(b.id, bucket);
    }

    for (const p of userPools) {
      const citizens = p.id === 'CitizenPool';
      const pool = new cognito.UserPool(this, p.id, {
        selfSignUpEnabled: citizens,
        signInAliases: { username: true },
        signInCaseSensitive: false,
        passwordPolicy: p.passwordPolicy,
        accountRecovery: citizens ? cognito.AccountRecovery.EMAIL_ONLY : cognito.AccountRecovery.NONE,
        removalPolicy,
      });
      const client = pool.addClient(`${p.id}Client`, { authFlows: { userPassword: true }, generateSecret: false, preventUserExistenceErrors: true });
      p.groups.forEach((g) => new cognito.CfnUserPoolGroup(this, `${p.id}Group${g.name.replace(/[^A-Za-z0-9]/g, '')}`, { userPoolId: pool.userPoolId, groupName: g.name, description: g.description }));
      this.userPools.set(p.id, { pool, client });
    }
  }
}
