/** Condition 2 (¶8.7): the signature check; process 5 (refusal) or on to the gateway. */
import { deps } from '../../shared/adapters/wiring.js';
import { checkSignature } from '../../shared/domain/use-cases/portal.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';

export const handler = sqsHandler('signature-check', (msg) => checkSignature(deps(), msg.requestId));
