/** ¶8.10 / T1 a8: the result lands in the personal cabinet; the request closes. */
import { deps } from '../../shared/adapters/wiring.js';
import { deliverToCabinet } from '../../shared/domain/use-cases/portal.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';

export const handler = sqsHandler('cabinet-delivery', (msg) => deliverToCabinet(deps(), msg.requestId));
