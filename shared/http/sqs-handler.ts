/**
 * The SQS edge shared by every queue consumer: Powertools batch processing with partial batch
 * failures (only the failed records come back), message validation, and failure logging with
 * ids only. A record that keeps failing reaches the DLQ after the queue's maxReceiveCount.
 */
import middy from '@middy/core';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { logger } from '../powertools.js';
import type { PipelineMessage } from '../ports/index.js';

export const pipelineMessage = z.strictObject({
  requestId: z.string().check(z.minLength(1), z.maxLength(64)),
  event: z.string().check(z.minLength(1), z.maxLength(64)),
  sentAt: z.string().check(z.maxLength(40)),
});

export type RecordHandler = (msg: PipelineMessage, raw: string, record: SQSRecord) => Promise<unknown>;

export function sqsHandler(name: string, handle: RecordHandler) {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    let msg: PipelineMessage | undefined;
    try {
      const parsed = pipelineMessage.safeParse(JSON.parse(record.body));
      if (!parsed.success) throw new Error('malformed pipeline message');
      msg = parsed.data;
      const outcome = await handle(msg, record.body, record);
      logger.info(`${name} done`, { messageId: record.messageId, requestId: msg.requestId, event: msg.event, outcome: String(outcome) });
    } catch (e) {
      const err = e as Error;
      logger.warn(`${name} failed; the message will be retried, then dead-lettered`, {
        messageId: record.messageId,
        requestId: msg?.requestId,
        receiveCount: record.attributes?.ApproximateReceiveCount,
        reason: err.name === 'SyntaxError' ? 'malformed JSON' : `${err.name}: ${err.message}`,
      });
      throw e;
    }
  };
  const base = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, recordHandler, processor, { context, throwOnFullBatchFailure: false });
  return middy(base).use(injectLambdaContext(logger, { resetKeys: true }));
}
