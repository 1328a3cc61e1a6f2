/**
 * npm run redrive -- --queue PortalToGateway [--max 1000]
 * Moves the messages of a queue's dead-letter queue back to the queue (after a fix), one by one:
 * send to the queue, then delete from the DLQ, so a crash in between duplicates (harmless, the
 * consumers are idempotent) and never loses a message. Works on the running local platform.
 */
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { queues } from '../cdk/resources.js';
import { readState } from './local/platform.js';

export async function redrive(sqs: SQSClient, from: string, to: string, max = 10_000): Promise<number> {
  let moved = 0;
  while (moved < max) {
    const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: from, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, MessageAttributeNames: ['All'], VisibilityTimeout: 30 }));
    const msgs = r.Messages ?? [];
    if (!msgs.length) break;
    for (const m of msgs) {
      await sqs.send(new SendMessageCommand({ QueueUrl: to, MessageBody: m.Body!, ...(m.MessageAttributes ? { MessageAttributes: m.MessageAttributes } : {}) }));
      await sqs.send(new DeleteMessageCommand({ QueueUrl: from, ReceiptHandle: m.ReceiptHandle! }));
      moved++;
    }
  }
  return moved;
}

async function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const name = arg('queue');
  const decl = queues.find((q) => q.id === name);
  if (!decl) {
    console.error(`usage: npm run redrive -- --queue <${queues.map((q) => q.id).join('|')}> [--max N]`);
    process.exit(2);
  }
  const state = await readState();
  if (!state) {
    console.error('No running platform (npm start). Start it, or set the queue URLs in the environment.');
    process.exit(2);
  }
  const sqs = new SQSClient({ endpoint: state.endpoint, region: state.region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  const main = state.env[decl.env]!;
  const dlq = state.env[decl.env.replace(/_QUEUE_URL$/, '_DLQ_URL')]!;
  const moved = await redrive(sqs, dlq, main, Number(arg('max') ?? 10_000));
  console.log(`${decl.id}: moved ${moved} message(s) from the DLQ back to the queue`);
}

if (process.argv[1]?.endsWith('redrive.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
