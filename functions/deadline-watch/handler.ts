/**
 * App.1 time limits: steps past their deadline are found with one Query and marked overdue; in the
 * same Query, approvals whose fee after approval lapsed unpaid are refused (seed 003 App.3 a10).
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { ScheduledEvent } from 'aws-lambda';
import { clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { logger } from '../../shared/powertools.js';

export const handler = middy(async (_event: ScheduledEvent) => {
  const r = await watchDeadlines({ requests: requestRepository(), clock, bus: messageBus(), mailer: mailer() });
  logger.info('deadline watch', r);
  return r;
}).use(injectLambdaContext(logger, { resetKeys: true }));
