/** ШЭП, process 7: the result is audited and routed back to the portal. */
import { deps } from '../../shared/adapters/wiring.js';
import { returnToPortal } from '../../shared/domain/use-cases/gateway.js';
import { sqsHandler } from '../../shared/http/sqs-handler.js';

export const handler = sqsHandler('gateway-return', (msg, raw) => returnToPortal(deps(), raw, msg));
