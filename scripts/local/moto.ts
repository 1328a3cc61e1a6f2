/**
 * Starts moto_server (a real emulator of the AWS APIs) on a free loopback port and stops it.
 * moto is a Python package; where it is missing we say how to get it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** moto_server started through scripts/local/moto_server.py (fixes moto's DynamoDB transaction leak). */
const LAUNCHER = fileURLToPath(new URL('./moto_server.py', import.meta.url));

/** The Python that has moto, if `python3` is it: then moto runs through our launcher. */
function pythonWithMoto(): string | undefined {
  if (process.env.MOTO_SERVER_BIN) return undefined;
  const r = spawnSync('python3', ['-c', 'import moto.server, moto.dynamodb.models'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? 'python3' : undefined;
}

export class MotoMissingError extends Error {
  constructor() {
    super('moto_server was not found on PATH. Install it with:  pip install "moto[server]"  (Python 3.9+), then run npm start again.');
    this.name = 'MotoMissingError';
  }
}

export function findMoto(): string | undefined {
  const explicit = process.env.MOTO_SERVER_BIN;
  if (explicit) return explicit;
  const r = spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path ? path : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Moto {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < until) {
    if (exited) throw new Error('moto_server exited during start-up');
    try {
      const r = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`moto_server did not answer at ${endpoint} within ${timeoutMs} ms`);
}

export async function startMoto(opts: { port?: number; quiet?: boolean } = {}): Promise<Moto> {
  const python = pythonWithMoto();
  const bin = python ?? findMoto();
  if (!bin) throw new MotoMissingError();
  const port = opts.port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(bin, [...(python ? [LAUNCHER] : []), '-H', '127.0.0.1', '-p', String(port)], {
    stdio: opts.quiet === false ? 'inherit' : 'ignore',
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  await waitReady(endpoint, child, 30_000);
  return {
    endpoint,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
