/** ШЭП, process 7: the result is audited and routed back to the portal. */
import { auditLog, clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { returnToPortal } from '../../shared/domain/use-cases/gateway.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = sqsHandler('gateway-return', (msg, raw) => returnToPortal({ requests: requestRepository(), audit: auditLog(), bus: messageBus(), clock, mailer: mailer() }, raw, msg));
