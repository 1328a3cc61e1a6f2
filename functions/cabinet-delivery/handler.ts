/** ¶8.10 / T1 a8: the result lands in the personal cabinet; the request closes. */
import { clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { deliverToCabinet } from '../../shared/domain/use-cases/portal.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = sqsHandler('cabinet-delivery', (msg) => deliverToCabinet({ requests: requestRepository(), bus: messageBus(), clock, mailer: mailer() }, msg.requestId));
