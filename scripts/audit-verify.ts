/**
 * npm run audit:verify — checks every request's history chain and every daily seal of the
 * running platform, and names the first altered entry of each broken chain. Exit 1 on any
 * problem. An offline audit tool: it reads whole tables (Scan), which no product path does.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetPublicKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { verifyAudit, type AuditReport } from '../shared/domain/use-cases/audit.js';
import type { HistoryEntry } from '../shared/domain/request.js';
import type { DaySeal } from '../shared/ports/index.js';
import { DynamoAuditLog } from '../shared/adapters/dynamo-audit-log.js';
import { readState } from './local/platform.js';
import { sdkConfig } from './local/provision.js';

async function* scan(ddb: DynamoDBDocumentClient, table: string, filter?: { expr: string; values: Record<string, unknown> }) {
  let start: Record<string, unknown> | undefined;
  do {
    const r = await ddb.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ...(filter ? { FilterExpression: filter.expr, ExpressionAttributeValues: filter.values } : {}) }));
    for (const i of r.Items ?? []) yield i;
    start = r.LastEvaluatedKey;
  } while (start);
}

export async function auditPlatform(target: { endpoint: string; region: string }, env: Record<string, string>): Promise<AuditReport> {
  const cfg = sdkConfig(target);
  const ddb = DynamoDBDocumentClient.from(new DynamoDBClient(cfg));
  const heads = new Map<string, string | undefined>();
  const entries = new Map<string, HistoryEntry[]>();
  for await (const i of scan(ddb, env.REQUESTS_TABLE!, { expr: 'entity IN (:r, :h)', values: { ':r': 'request', ':h': 'history' } })) {
    const id = String(i.pk).slice(4);
    if (i.entity === 'request') heads.set(id, i.historyHead as string | undefined);
    else {
      const { pk: _p, sk: _s, entity: _e, ...entry } = i;
      (entries.get(id) ?? entries.set(id, []).get(id)!).push(entry as HistoryEntry);
    }
  }
  const days = new Set<string>();
  for await (const i of scan(ddb, env.AUDIT_TABLE!, { expr: 'begins_with(pk, :s)', values: { ':s': 'SEAL#' } })) days.add(String(i.pk).slice(5));
  const audit = new DynamoAuditLog(ddb, env.AUDIT_TABLE!);
  const seals: DaySeal[] = [];
  for (const d of days) seals.push(...(await audit.listSeals(d)));
  const spki = (await new KMSClient(cfg).send(new GetPublicKeyCommand({ KeyId: env.GATEWAY_SEAL_KEY_ID! }))).PublicKey!;
  return verifyAudit({
    chains: (async function* () {
      for (const [requestId, head] of heads) yield { requestId, ...(head ? { head } : {}), entries: entries.get(requestId) ?? [] };
    })(),
    seals,
    publicKeySpki: spki,
  });
}

async function main() {
  const state = await readState();
  if (!state) {
    console.error('No running platform (npm start).');
    process.exit(2);
  }
  const r = await auditPlatform(state, state.env);
  console.log(`checked ${r.chains} chains (${r.entries} entries) and ${r.seals} seals`);
  for (const p of r.problems) console.log(`  ✗ ${p}`);
  console.log(r.problems.length ? `${r.problems.length} problem(s) found` : 'all chains and seals intact');
  process.exit(r.problems.length ? 1 : 0);
}

if (process.argv[1]?.endsWith('audit-verify.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
