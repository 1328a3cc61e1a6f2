import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { MessageBus, PipelineMessage } from '../ports/index.js';

/** Sends pipeline messages to queues by declaration id (cdk/resources.ts). */
export class SqsMessageBus implements MessageBus {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: (queueId: string) => string,
  ) {}

  async send(queueId: string, message: PipelineMessage): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl(queueId),
        MessageBody: JSON.stringify(message),
        MessageAttributes: { event: { DataType: 'String', StringValue: message.event } },
      }),
    );
  }
}
