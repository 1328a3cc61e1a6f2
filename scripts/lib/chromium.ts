/**
 * Debian's Chromium for the browser tests. Where it is missing, it is installed from Debian's
 * packages (apt-get, as root or through sudo): test tools' own browser downloads don't work on
 * our machines, and the Debian package is what CI can reach.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags our machines need: no sandbox as root, and no background calls to Google's hosts. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function ensureChromium(log: (l: string) => void = (l) => console.error(l)): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!root && !sudo) throw new Error(`Chromium is missing at ${chromiumPath} and this user can't install it: run  sudo apt-get install -y chromium  (or set CHROMIUM_PATH)`);
  const run = (args: string[]) => execFileSync(sudo ? 'sudo' : args[0]!, sudo ? args : args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  log('[chromium] not found: installing Debian chromium (apt-get install -y chromium)…');
  const t0 = Date.now();
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium but ${chromiumPath} is still missing`);
  log(`[chromium] installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return chromiumPath;
}

if (process.argv[1]?.endsWith('chromium.ts')) {
  console.log(ensureChromium());
}
