/** ¶17 integrity: the gateway seals the day's history heads with its KMS key (1 Sign per day). */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { auditLog, clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { gatewaySealSigner } from '../../shared/adapters/wiring/seal.js';
import { sealDay } from '../../shared/domain/use-cases/audit.js';
import { logger } from '../../shared/powertools.js';

/** A scheduled run seals yesterday (UTC); {"detail": {"day": "YYYY-MM-DD"}} seals that day. */
export const handler = middy(async (event: { detail?: { day?: unknown } }) => {
  const asked = event?.detail?.day;
  const day = typeof asked === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : new Date(clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
  const signer = gatewaySealSigner();
  const seal = await sealDay({ requests: requestRepository(), audit: auditLog(), signer, keyId: signer.keyId, clock }, day);
  logger.info('day sealed', { day, count: seal.count, root: seal.root });
  return { day, count: seal.count, root: seal.root, sealedAt: seal.sealedAt };
}).use(injectLambdaContext(logger, { resetKeys: true }));
