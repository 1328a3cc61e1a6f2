/**
 * The adapters every pipeline function uses, built from configuration once per process.
 * Each group of adapters has its own module under wiring/, so a function's bundle carries only
 * the SDK clients and libraries it needs.
 */
import { randomUUID } from 'node:crypto';
import { config } from '../../config.js';
import { systemClock, type AuditLog, type MessageBus, type PersonRegistry, type RequestRepository } from '../../ports/index.js';
import { ddbClient, sqsClient } from '../clients.js';
import { DynamoPersonRegistry } from '../dynamo-person-registry.js';
import { DynamoAuditLog } from '../dynamo-audit-log.js';
import { DynamoRequestRepository } from '../dynamo-request-repository.js';
import { SqsMessageBus } from '../sqs-message-bus.js';

export function once<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

export const requestRepository = /* @__PURE__ */ once<RequestRepository>(() => new DynamoRequestRepository(ddbClient(), config.table('Requests')));
export const auditLog = /* @__PURE__ */ once<AuditLog>(() => new DynamoAuditLog(ddbClient(), config.table('Audit')));
export const messageBus = /* @__PURE__ */ once<MessageBus>(() => new SqsMessageBus(sqsClient(), config.queueUrl));
export const clock = systemClock;
export const newId = randomUUID;

/** The state databases behind the gateway (simulated ГБД ФЛ). */
export const personRegistry = /* @__PURE__ */ once<PersonRegistry>(() => new DynamoPersonRegistry(ddbClient(), config.table('Registry')));
