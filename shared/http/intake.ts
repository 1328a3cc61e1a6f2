/** What both intake functions share: the Idempotency-Key header, and the 202 answer. */
import type { SubmitResult } from '../domain/use-cases/portal.js';
import { ValidationError } from '../domain/errors.js';
import { logger } from '../powertools.js';
import { json } from './http-handler.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:-]{8,128}$/;

export function idempotencyKeyOf(key: string | undefined): string | undefined {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw new ValidationError([{ field: 'Idempotency-Key', code: 'INVALID_IDEMPOTENCY_KEY' }], 'INVALID_IDEMPOTENCY_KEY');
  return key;
}

export function accepted(r: SubmitResult) {
  logger.info('request accepted', { requestId: r.requestId, replayed: r.replayed });
  return json(
    202,
    { requestId: r.requestId, status: r.status, ...(r.registrationNumber ? { registrationNumber: r.registrationNumber } : {}) },
    { location: `/v1/requests/${r.requestId}`, ...(r.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  );
}
