/**
 * Configuration from environment variables (CDK sets them; the local cloud sets the same names).
 * Each value is read and checked once; a missing one fails fast with the variable's name.
 */
import { buckets, keys, queues, tables, userPools } from '../cdk/resources.js';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`Configuration error: environment variable ${name} is not set (see cdk/resources.ts)`);
  return v;
}

function envOf<T extends { id: string }>(list: readonly T[], id: string, pick: (x: T) => string, kind: string): string {
  const decl = list.find((x) => x.id === id);
  if (!decl) throw new Error(`Configuration error: no ${kind} declared with id ${id}`);
  return required(pick(decl));
}

const cache = new Map<string, string>();
function memo(key: string, read: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    v = read();
    cache.set(key, v);
  }
  return v;
}

export const config = {
  stage: () => process.env.STAGE ?? 'local',
  region: () => process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
  /** Local S3 emulators need path-style URLs (http://127.0.0.1:port/bucket/key). */
  s3ForcePathStyle: () => process.env.S3_FORCE_PATH_STYLE === 'true',
  table: (id: string) => memo(`t:${id}`, () => envOf(tables, id, (t) => t.env, 'table')),
  queueUrl: (id: string) => memo(`q:${id}`, () => envOf(queues, id, (q) => q.env, 'queue')),
  bucket: (id: string) => memo(`b:${id}`, () => envOf(buckets, id, (b) => b.env, 'bucket')),
  key: (id: string) => memo(`k:${id}`, () => envOf(keys, id, (k) => k.env, 'key')),
  poolId: (id: string) => memo(`p:${id}`, () => envOf(userPools, id, (p) => p.poolEnv, 'user pool')),
  clientId: (id: string) => memo(`c:${id}`, () => envOf(userPools, id, (p) => p.clientEnv, 'user pool client')),
  /** Path of the result documents' font program (default: next to the bundle, where CDK puts it). */
  resultFontProgram: () => process.env.RESULT_FONT_PROGRAM,
  /** Public base URL of the portal, printed in QR codes on results. */
  publicBaseUrl: () => process.env.PUBLIC_BASE_URL ?? 'https://e-qyzmet.example.kz',
};

/** Forget cached values (the local cloud and tests switch environments in one process). */
export function resetConfigCache(): void {
  cache.clear();
}
