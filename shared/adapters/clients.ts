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

export const ddbClient = () => {
  if (!ddb) {
    ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.region() }), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    if (process.env.LOCAL_SERIALIZE_DDB_WRITES === 'true') serializeWrites(ddb);
  }
  return ddb;
};

const WRITES = /^(PutItem|UpdateItem|DeleteItem|TransactWriteItems|BatchWriteItem)Command$/;

/**
 * Local emulator only (moto): moto rolls a failed transaction back by restoring a copy of the
 * whole table taken when the transaction began, which erases writes made by concurrent calls
 * meanwhile. DynamoDB itself isolates transactions, so in AWS this is never set; locally, the
 * process's writes go to moto one at a time (one lock for every module instance in the process).
 */
function serializeWrites(client: DynamoDBDocumentClient): void {
  const g = globalThis as { __eqyzmetDdbWriteLock?: Promise<unknown> };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!WRITES.test(context.commandName ?? '')) return next(args);
      const previous = g.__eqyzmetDdbWriteLock ?? Promise.resolve();
      let release!: () => void;
      g.__eqyzmetDdbWriteLock = new Promise<void>((r) => (release = r));
      await previous.catch(() => undefined);
      try {
        return await next(args);
      } finally {
        release();
      }
    },
    { step: 'initialize', name: 'localSerializeWrites' },
  );
}
export const sqsClient = () => (sqs ??= new SQSClient({ region: config.region() }));
