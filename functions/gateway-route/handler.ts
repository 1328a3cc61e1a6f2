/** ШЭП, T1 a5–a6: audit, registration number, routing to the providing agency's queue. */
import { deps } from '../../shared/adapters/wiring.js';
import { routeToAgency } from '../../shared/domain/use-cases/gateway.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';

export const handler = sqsHandler('gateway-route', (msg, raw) => routeToAgency(deps(), raw, msg));
