/**
 * The platform's stateful resources in one comparable shape, read from the declarations
 * (cdk/resources.ts) or from a synthesized CloudFormation template; the local cloud's reader
 * (scripts/local/inventory.ts) gives the same shape from the live emulator. A test compares all.
 */
import { buckets, keys, queues, tables, userPools } from './resources.js';

export interface Inventory {
  tables: Record<string, { partitionKey: string; sortKey: string; indexes: { name: string; partitionKey: string; sortKey: string; projection: 'ALL' | 'KEYS_ONLY' | string[] }[]; ttlAttribute?: string }>;
  queues: Record<string, { visibilityTimeout: number; maxReceiveCount: number }>;
  buckets: string[];
  keys: Record<string, { spec: string; usage: string }>;
  userPools: Record<string, { groups: string[] }>;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

export function inventoryFromDeclarations(): Inventory {
  return {
    tables: Object.fromEntries(
      tables.map((t) => [t.id, { partitionKey: t.partitionKey, sortKey: t.sortKey, indexes: t.indexes.map((i) => ({ name: i.name, partitionKey: i.partitionKey, sortKey: i.sortKey, projection: typeof i.projection === 'string' || !i.projection ? (i.projection ?? 'ALL') : [...i.projection].sort() })).sort(byName), ...(t.ttlAttribute ? { ttlAttribute: t.ttlAttribute } : {}) }]),
    ),
    queues: Object.fromEntries(queues.map((q) => [q.id, { visibilityTimeout: q.visibilityTimeout, maxReceiveCount: q.maxReceiveCount }])),
    buckets: buckets.map((b) => b.id).sort(),
    keys: Object.fromEntries(keys.map((k) => [k.id, { spec: k.spec, usage: k.usage }])),
    userPools: Object.fromEntries(userPools.map((p) => [p.id, { groups: p.groups.map((g) => g.name).sort() }])),
  };
}

type Resource = { Type: string; Properties?: Record<string, any>; Metadata?: Record<string, any> };

/**
 * The construct id of a top-level resource: from its aws:cdk:path metadata when present
 * (…/<Id>/Resource), else from its logical id, which CDK forms as <Id><8 hex digits>.
 */
function constructId(logical: string, r: Resource): string | undefined {
  const path = r.Metadata?.['aws:cdk:path'] as string | undefined;
  if (path) {
    const parts = path.split('/');
    return parts.at(-1) === 'Resource' ? parts.at(-2) : parts.at(-1);
  }
  return /^(.+)[0-9A-F]{8}$/.exec(logical)?.[1];
}

export function inventoryFromTemplate(template: { Resources: Record<string, Resource> }): Inventory {
  const inv: Inventory = { tables: {}, queues: {}, buckets: [], keys: {}, userPools: {} };
  const declared = {
    tables: new Set(tables.map((t) => t.id)),
    queues: new Set(queues.map((q) => q.id)),
    buckets: new Set(buckets.map((b) => b.id)),
    keys: new Set(keys.map((k) => k.id)),
    pools: new Set(userPools.map((p) => p.id)),
  };
  const poolIdByLogical = new Map<string, string>();
  const key = (schema: { AttributeName: string; KeyType: string }[] | undefined, type: string) => schema?.find((k) => k.KeyType === type)?.AttributeName ?? '';
  for (const [logical, r] of Object.entries(template.Resources)) {
    const id = constructId(logical, r);
    if (!id) continue;
    const p = r.Properties ?? {};
    if (r.Type === 'AWS::DynamoDB::Table' && declared.tables.has(id)) {
      inv.tables[id] = {
        partitionKey: key(p.KeySchema, 'HASH'),
        sortKey: key(p.KeySchema, 'RANGE'),
        indexes: ((p.GlobalSecondaryIndexes ?? []) as { IndexName: string; KeySchema: { AttributeName: string; KeyType: string }[]; Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] } }[])
          .map((g) => ({ name: g.IndexName, partitionKey: key(g.KeySchema, 'HASH'), sortKey: key(g.KeySchema, 'RANGE'), projection: projectionOf(g.Projection) }))
          .sort(byName),
        ...(p.TimeToLiveSpecification?.Enabled ? { ttlAttribute: p.TimeToLiveSpecification.AttributeName } : {}),
      };
    } else if (r.Type === 'AWS::SQS::Queue' && declared.queues.has(id)) {
      inv.queues[id] = { visibilityTimeout: Number(p.VisibilityTimeout ?? 30), maxReceiveCount: Number(p.RedrivePolicy?.maxReceiveCount ?? 0) };
    } else if (r.Type === 'AWS::S3::Bucket' && declared.buckets.has(id)) {
      inv.buckets.push(id);
    } else if (r.Type === 'AWS::KMS::Key' && declared.keys.has(id)) {
      inv.keys[id] = { spec: p.KeySpec ?? 'SYMMETRIC_DEFAULT', usage: p.KeyUsage ?? 'ENCRYPT_DECRYPT' };
    } else if (r.Type === 'AWS::Cognito::UserPool' && declared.pools.has(id)) {
      poolIdByLogical.set(logical, id);
      inv.userPools[id] = { groups: [] };
    }
  }
  for (const r of Object.values(template.Resources)) {
    if (r.Type !== 'AWS::Cognito::UserPoolGroup') continue;
    const pool = poolIdByLogical.get(r.Properties?.UserPoolId?.Ref);
    if (pool) inv.userPools[pool]!.groups.push(String(r.Properties?.GroupName));
  }
  inv.buckets.sort();
  for (const p of Object.values(inv.userPools)) p.groups.sort();
  return inv;
}

/** An index's projection as the inventories compare it: ALL, KEYS_ONLY, or the included attributes, sorted. */
export function projectionOf(p: { ProjectionType?: string; NonKeyAttributes?: string[] } | undefined): 'ALL' | 'KEYS_ONLY' | string[] {
  if (p?.ProjectionType === 'KEYS_ONLY') return 'KEYS_ONLY';
  if (p?.ProjectionType === 'INCLUDE') return [...(p.NonKeyAttributes ?? [])].sort();
  return 'ALL';
}
