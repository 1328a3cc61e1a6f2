/**
 * DynamoDB and SQS clients, created once per process and reused (Powertools guidance). The
 * endpoint comes from AWS_ENDPOINT_URL when set (the local cloud). S3 and Cognito clients live in
 * their own modules so that bundles which don't use them don't carry them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.js';

let ddb: DynamoDBDocumentClient | undefined;
let sqs: SQSClient | undefined;

export const ddbClient = () =>
  (ddb ??= DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.region() }), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  }));
export const sqsClient = () => (sqs ??= new SQSClient({ region: config.region() }));
