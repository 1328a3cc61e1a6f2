/**
 * The whole platform on one machine: moto_server on loopback (or another endpoint given by
 * AWS_ENDPOINT_URL), the resources of cdk/resources.ts, demo users, and the handlers running
 * in-process. Used by `npm start`, `npm run demo`, `npm run invoke` and the integration tests.
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startMoto, type Moto } from './moto.js';
import { provision } from './provision.js';
import { startRuntime, type Runtime, type RuntimeOptions } from './runtime.js';
import { seedDemoUsers } from './seed.js';

export interface PlatformOptions extends Partial<Omit<RuntimeOptions, 'endpoint' | 'env' | 'region'>> {
  /** Folder of the notification e-mails (.eml); default .local/outbox[/<prefix>]. */
  mailOutboxDir?: string;
  /** Use this endpoint instead of starting moto (default: AWS_ENDPOINT_URL if set). */
  endpoint?: string;
  region?: string;
  seed?: boolean;
  prefix?: string;
  queueVisibilitySeconds?: number;
}

export interface Platform {
  endpoint: string;
  region: string;
  env: Record<string, string>;
  runtime: Runtime;
  moto?: Moto;
  stop(): Promise<void>;
}

/** Points this process's AWS SDK and the handlers' configuration at the local cloud. */
export function applyEnv(endpoint: string, region: string, env: Record<string, string>): void {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'test',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
    S3_FORCE_PATH_STYLE: 'true',
    // moto's transaction rollback is not safe under concurrency: see shared/adapters/clients.ts.
    LOCAL_SERIALIZE_DDB_WRITES: 'true',
    STAGE: 'local',
    POWERTOOLS_SERVICE_NAME: 'e-qyzmet',
    POWERTOOLS_DEV: process.env.POWERTOOLS_DEV ?? 'false',
    ...env,
  });
}

export async function startPlatform(opts: PlatformOptions = {}): Promise<Platform> {
  const region = opts.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const external = opts.endpoint ?? process.env.AWS_ENDPOINT_URL;
  const moto = external ? undefined : await startMoto();
  const endpoint = external ?? moto!.endpoint;
  try {
    // The SDK clients of provision and of the handlers must see the endpoint first.
    applyEnv(endpoint, region, {});
    const env = await provision({ endpoint, region }, opts.prefix, opts.queueVisibilitySeconds !== undefined ? { queueVisibilitySeconds: opts.queueVisibilitySeconds } : {});
    // Notification e-mails go to a folder of .eml files (SES in AWS): .local/outbox, one folder per prefix.
    env.MAIL_OUTBOX_DIR = opts.mailOutboxDir ?? join(process.cwd(), '.local', 'outbox', ...(opts.prefix ? [opts.prefix] : []));
    env.MAIL_FROM = 'e-Qyzmet <noreply@e-qyzmet.local>';
    applyEnv(endpoint, region, env);
    if (opts.seed !== false) await seedDemoUsers({ endpoint, region }, env);
    const runtime = await startRuntime({ ...opts, endpoint, region, env });
    return {
      endpoint,
      region,
      env,
      runtime,
      ...(moto ? { moto } : {}),
      stop: async () => {
        await runtime.stop();
        await moto?.stop();
      },
    };
  } catch (e) {
    await moto?.stop();
    throw e;
  }
}

/** Where `npm start` leaves the running platform's coordinates for demo and invoke. */
export const stateFile = join(process.cwd(), '.local', 'state.json');

export interface PlatformState {
  endpoint: string;
  region: string;
  apiUrl: string;
  env: Record<string, string>;
  pid: number;
}

export function writeState(s: PlatformState): void {
  mkdirSync(join(process.cwd(), '.local'), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(s, null, 2));
}

export function clearState(): void {
  if (existsSync(stateFile)) rmSync(stateFile);
}

/** The running platform, if `npm start` is up (its process alive and its API answering). */
export async function readState(): Promise<PlatformState | undefined> {
  if (!existsSync(stateFile)) return undefined;
  const s = JSON.parse(readFileSync(stateFile, 'utf8')) as PlatformState;
  try {
    process.kill(s.pid, 0);
    const r = await fetch(`${s.apiUrl}/v1/services`, { signal: AbortSignal.timeout(2000) });
    if (r.ok) return s;
  } catch {
    /* stale */
  }
  return undefined;
}
