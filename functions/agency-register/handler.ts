/** ИС МИО, process 6: the routed request is registered in the agency inbox. */
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { registerInAgency } from '../../shared/domain/use-cases/agency.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';
import { mailer } from '../../shared/adapters/wiring/mail.js';

export const handler = sqsHandler('agency-register', (msg) => registerInAgency({ requests: requestRepository(), clock, mailer: mailer() }, msg.requestId));
