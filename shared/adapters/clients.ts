/**
 * SDK v3 clients, created once per process and reused (Powertools guidance). The endpoint comes
 * from AWS_ENDPOINT_URL when set (the local cloud), otherwise the SDK's normal resolution.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';

let ddb: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;
let sqs: SQSClient | undefined;
let kms: KMSClient | undefined;
let cognito: CognitoIdentityProviderClient | undefined;

export const clients = {
  ddb: () =>
    (ddb ??= DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.region() }), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    })),
  s3: () => (s3 ??= new S3Client({ region: config.region(), forcePathStyle: config.s3ForcePathStyle() })),
  sqs: () => (sqs ??= new SQSClient({ region: config.region() })),
  kms: () => (kms ??= new KMSClient({ region: config.region() })),
  cognito: () => (cognito ??= new CognitoIdentityProviderClient({ region: config.region() })),
};

/** Drop the clients (the local cloud re-points the process at another endpoint). */
export function resetClients(): void {
  ddb = undefined;
  s3 = undefined;
  sqs = undefined;
  kms = undefined;
  cognito = undefined;
}
