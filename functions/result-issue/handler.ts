/** Process 7: the result document (certificate or motivated refusal) is produced and stored. */
import { deps } from '../../shared/adapters/wiring.js';
import { issueResult } from '../../shared/domain/use-cases/agency.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';

export const handler = sqsHandler('result-issue', (msg) => issueResult(deps(), msg.requestId));
