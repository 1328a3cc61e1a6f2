/**
 * The two web apps in the local cloud: built once with Vite (again when a source is newer than
 * the build) and served by the local API's own port, as CloudFront serves them in AWS: /console/*
 * is the staff console, everything else that is not the API is the citizen portal. Paths without
 * a file fall back to the app's index.html (client-side routes).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const webRoot = (projectRoot = process.cwd()) => join(projectRoot, 'web');
export const webDist = (projectRoot = process.cwd()) => join(projectRoot, 'web', 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(projectRoot: string): boolean {
  const stamp = join(webDist(projectRoot), 'index.html');
  const sources = Math.max(newestMtime(webRoot(projectRoot)), newestMtime(join(projectRoot, 'shared', 'domain')));
  return existsSync(stamp) && existsSync(join(webDist(projectRoot), 'console', 'index.html')) && statSync(stamp).mtimeMs >= sources;
}

/**
 * Builds web/dist unless it is newer than every source of the apps (and of shared/domain they
 * import). Several processes (test files in parallel) may ask at once: one builds, under a lock
 * directory, and the others wait for it.
 */
export async function ensureWebBuild(projectRoot = process.cwd(), log: (l: string) => void = () => undefined): Promise<string> {
  const dist = webDist(projectRoot);
  const lock = join(webRoot(projectRoot), '.build-lock');
  for (const until = Date.now() + 180_000; ; ) {
    if (isFresh(projectRoot)) return dist;
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock older than the wait is a crashed build's: take it over.
      if (Date.now() > until || Date.now() - statSync(lock).mtimeMs > 180_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (isFresh(projectRoot)) return dist;
    const t0 = Date.now();
    const { build } = await import('vite');
    await build({ configFile: join(webRoot(projectRoot), 'vite.config.ts'), logLevel: 'warn' });
    log(`[web] portal and console built in ${Date.now() - t0} ms`);
    return dist;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Serves a GET for the web apps; false when the path is not theirs (the caller answers 404). */
export function serveWeb(dist: string, req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname.startsWith('/v1/') || pathname === '/openapi.json') return false;
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return false;
  }
  const root = resolve(dist);
  let file = resolve(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return false;
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    // Assets that don't exist are 404s; other paths are the app's own routes.
    if (rel.startsWith('assets')) return false;
    file = join(root, rel === 'console' || rel.startsWith(`console${sep}`) ? join('console', 'index.html') : 'index.html');
    if (!existsSync(file)) return false;
  }
  const ext = extname(file);
  res.writeHead(200, {
    'content-type': types[ext] ?? 'application/octet-stream',
    // Hashed assets never change; the HTML always revalidates.
    'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(ext === '.html' ? { 'content-security-policy': contentSecurityPolicy } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

/** The apps load only their own scripts; uploads and downloads go to presigned S3 URLs. */
export const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https: http://127.0.0.1:* http://localhost:*; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; frame-src 'self' blob: https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
