/**
 * The platform's stateful resources, declared once. The CDK stacks build them from this module
 * and the local cloud (scripts/local) creates the same ones in moto from it; a test compares the
 * synthesized template with what the local cloud created. Pure data: no aws-cdk-lib import here.
 */
import { agencies, agencyQueueId } from '../shared/domain/agencies.js';
import { passwordPolicy, type PasswordPolicy } from '../shared/domain/password-policy.js';
import { summaryAttributes } from '../shared/domain/request.js';

export { agencyQueueId };

export type AttrType = 'S' | 'N';

export interface IndexDecl {
  name: string;
  partitionKey: string;
  sortKey: string;
  /**
   * What the index copies of each item: everything (the default), the keys only, or the keys and
   * these attributes. Every write of an item writes its projection again, so an index read
   * rarely but written often carries as little as its queries need.
   */
  projection?: 'ALL' | 'KEYS_ONLY' | readonly string[];
}

export interface TableDecl {
  id: string;
  /** Environment variable through which functions receive the table name. */
  env: string;
  partitionKey: string;
  sortKey: string;
  indexes: IndexDecl[];
  /** Attribute holding an epoch-seconds expiry, if items expire. */
  ttlAttribute?: string;
  purpose: string;
}

export interface QueueDecl {
  id: string;
  env: string;
  /** Seconds; at least 6× the consumer's timeout (AWS guidance for Lambda event sources). */
  visibilityTimeout: number;
  /** Receives before a message moves to this queue's dead-letter queue. */
  maxReceiveCount: number;
  purpose: string;
}

export interface BucketDecl {
  id: string;
  env: string;
  purpose: string;
}

export interface KeyDecl {
  id: string;
  env: string;
  spec: 'SYMMETRIC_DEFAULT' | 'ECC_NIST_P256';
  usage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY';
  purpose: string;
}

export interface UserPoolDecl {
  id: string;
  /** Env vars for the pool id and its app client id. */
  poolEnv: string;
  clientEnv: string;
  groups: { name: string; description: string }[];
  /** Checked by Cognito and, before an account is created, by citizen sign-up (shared/domain/password-policy.ts). */
  passwordPolicy: PasswordPolicy;
  purpose: string;
}

/** Lambda timeout for queue consumers; queues' visibility timeouts derive from it. */
export const consumerTimeoutSeconds = 30;
const visibility = consumerTimeoutSeconds * 6;

export const tables: TableDecl[] = [
  {
    id: 'Requests',
    env: 'REQUESTS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    indexes: [
      // "my requests": gsi1pk = APPLICANT#<iin>, gsi1sk = <createdAt>#<requestId>; what a list shows only
      { name: 'byApplicant', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: summaryAttributes },
      // "an agency's inbox by status": gsi2pk = AGENCY#<agencyId>#<status>, gsi2sk = <dueAt>#<requestId>
      { name: 'byAgencyStatus', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: summaryAttributes },
      // "steps past their deadline": sparse; gsi3pk = OPEN while a step runs, gsi3sk = <deadline>#<requestId>.
      // Keys only: every state change rewrites it, and the watcher reads the few overdue items whole.
      { name: 'byDeadline', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', projection: 'KEYS_ONLY' },
      // "requests changed on a day" (their history heads, for the daily seal): gsi4pk = DAY#<date>, gsi4sk = <requestId>
      { name: 'byChangeDay', partitionKey: 'gsi4pk', sortKey: 'gsi4sk', projection: ['requestId', 'historyHead'] },
    ],
    ttlAttribute: 'expiresAt',
    purpose: 'Requests, their status history, uploads, idempotency keys and counters (single-table design)',
  },
  {
    id: 'Pki',
    env: 'PKI_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    indexes: [],
    purpose: 'The simulated certification centre: CA certificates, issued certificates and their status, revocations, staff signing keys',
  },
  {
    id: 'Registry',
    env: 'REGISTRY_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    indexes: [],
    purpose: 'Simulated state databases behind the gateway: ГБД ФЛ (individuals, by IIN) and ЕНИС (notary), for the registry lookups',
  },
  {
    id: 'Audit',
    env: 'AUDIT_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    indexes: [],
    purpose: 'The gateway (ШЭП) audit log: who, what, when and the hash of every message it routed',
  },
];


export const queues: QueueDecl[] = [
  {
    id: 'SignatureCheck',
    env: 'SIGNATURE_CHECK_QUEUE_URL',
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: 'Portal: submitted requests waiting for the condition-2 signature check',
  },
  {
    id: 'PortalToGateway',
    env: 'PORTAL_TO_GATEWAY_QUEUE_URL',
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: 'ПЭП → ШЭП: signed requests for registration and routing',
  },
  ...agencies.map((a) => ({
    id: agencyQueueId(a.id),
    env: `GATEWAY_TO_AGENCY_${a.id.toUpperCase().replace(/-/g, '_')}_QUEUE_URL`,
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: `ШЭП → ИС МИО of ${a.name.en}`,
  })),
  {
    id: 'ResultIssue',
    env: 'RESULT_ISSUE_QUEUE_URL',
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: 'ИС МИО: decided requests waiting for their result document',
  },
  {
    id: 'AgencyToGateway',
    env: 'AGENCY_TO_GATEWAY_QUEUE_URL',
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: 'ИС МИО → ШЭП: results and refusals on their way back',
  },
  {
    id: 'GatewayToPortal',
    env: 'GATEWAY_TO_PORTAL_QUEUE_URL',
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: 'ШЭП → ПЭП: results for the citizen’s personal cabinet',
  },
  {
    id: 'PaymentGateway',
    env: 'PAYMENT_GATEWAY_QUEUE_URL',
    visibilityTimeout: visibility,
    maxReceiveCount: 5,
    purpose: 'ЭҮТШ (ПШЭП), the e-government payment gateway: payment confirmations and refunds',
  },
];

export const buckets: BucketDecl[] = [
  { id: 'Uploads', env: 'UPLOADS_BUCKET', purpose: 'Citizens’ scans, uploaded with presigned PUTs' },
  { id: 'Results', env: 'RESULTS_BUCKET', purpose: 'Result documents and motivated refusals, with their CMS signatures' },
  { id: 'PkiPublic', env: 'PKI_BUCKET', purpose: 'The certification centre’s published CRL and CA certificates' },
];

export const keys: KeyDecl[] = [
  {
    id: 'DataKey',
    env: 'DATA_KEY_ID',
    spec: 'SYMMETRIC_DEFAULT',
    usage: 'ENCRYPT_DECRYPT',
    purpose: 'Encrypts tables, buckets and queues at rest',
  },
  {
    id: 'CaRootKey',
    env: 'CA_ROOT_KEY_ID',
    spec: 'ECC_NIST_P256',
    usage: 'SIGN_VERIFY',
    purpose: 'Simulated national certification centre (НУЦ): root CA key',
  },
  {
    id: 'CaIssuingKey',
    env: 'CA_ISSUING_KEY_ID',
    spec: 'ECC_NIST_P256',
    usage: 'SIGN_VERIFY',
    purpose: 'Simulated НУЦ: issuing CA key',
  },
  {
    id: 'GatewaySealKey',
    env: 'GATEWAY_SEAL_KEY_ID',
    spec: 'ECC_NIST_P256',
    usage: 'SIGN_VERIFY',
    purpose: 'ШЭП: seals the audit log',
  },
];

/** Staff roles (one Cognito group each) and agency membership (one group per agency). */
/** department-head and specialist: the internal chain of seed 002 (the head's resolution goes to a department head, whose resolution goes to a specialist). */
export const staffRoles = ['clerk', 'head', 'department-head', 'specialist', 'operator', 'ca-admin'] as const;
export type StaffRole = (typeof staffRoles)[number];
export const agencyGroup = (agencyId: string) => `agency-${agencyId}`;
export const roleGroup = (role: StaffRole) => `role-${role}`;

export const userPools: UserPoolDecl[] = [
  {
    id: 'CitizenPool',
    poolEnv: 'CITIZEN_POOL_ID',
    clientEnv: 'CITIZEN_CLIENT_ID',
    groups: [],
    passwordPolicy,
    purpose: 'Citizens on the portal (ПЭП); username = IIN',
  },
  {
    id: 'StaffPool',
    poolEnv: 'STAFF_POOL_ID',
    clientEnv: 'STAFF_CLIENT_ID',
    groups: [
      ...staffRoles.map((r) => ({ name: roleGroup(r), description: `Role: ${r}` })),
      ...agencies.map((a) => ({ name: agencyGroup(a.id), description: `Staff of ${a.name.en}` })),
    ],
    passwordPolicy,
    purpose: 'Agency staff, service-centre operators and certification-centre admins',
  },
];

/** Every environment variable a function may need to find a resource. */
export function resourceEnvNames(): string[] {
  return [
    ...tables.map((t) => t.env),
    ...queues.map((q) => q.env),
    ...buckets.map((b) => b.env),
    ...keys.map((k) => k.env),
    ...userPools.flatMap((p) => [p.poolEnv, p.clientEnv]),
  ];
}
