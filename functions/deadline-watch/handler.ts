/** App.1 time limits: steps past their deadline are found with one Query and marked overdue. */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { ScheduledEvent } from 'aws-lambda';
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { watchDeadlines } from '../../shared/domain/use-cases/deadlines.js';
import { logger } from '../../shared/powertools.js';

export const handler = middy(async (_event: ScheduledEvent) => {
  const r = await watchDeadlines({ requests: requestRepository(), clock });
  logger.info('deadline watch', r);
  return r;
}).use(injectLambdaContext(logger, { resetKeys: true }));
