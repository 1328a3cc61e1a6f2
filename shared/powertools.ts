import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One logger for every function, service name shared. Log ids (requestId, messageId, event),
 * never IIN, names, addresses or document contents.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'e-qyzmet' });
