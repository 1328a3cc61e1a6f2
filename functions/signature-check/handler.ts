/** Condition 2 (¶8.7): the CMS signature check against the certification centre; process 5 (refusal) or on to the gateway. */
import { clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { signatureVerifier } from '../../shared/adapters/wiring/signature.js';
import { checkSignature } from '../../shared/domain/use-cases/portal.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = sqsHandler('signature-check', (msg) => checkSignature({ requests: requestRepository(), bus: messageBus(), clock, verifier: signatureVerifier(), mailer: mailer() }, msg.requestId));
