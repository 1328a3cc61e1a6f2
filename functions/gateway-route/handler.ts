/** ШЭП, T1 a5–a6: audit, registration number, routing to the providing agency's queue. */
import { auditLog, clock, messageBus, requestRepository } from '../../shared/adapters/wiring/core.js';
import { routeToAgency } from '../../shared/domain/use-cases/gateway.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = sqsHandler('gateway-route', (msg, raw) => routeToAgency({ requests: requestRepository(), audit: auditLog(), bus: messageBus(), clock, mailer: mailer() }, raw, msg));
