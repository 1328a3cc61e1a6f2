/**
 * npm start — the whole platform locally, no AWS account and no Docker: moto_server on a free
 * loopback port, the stack's resources, demo users, the handlers in-process. Ctrl-C stops it.
 * With AWS_ENDPOINT_URL set, that endpoint is used instead of starting moto.
 */
import { demoCitizens, demoOrganisation, demoStaff, DEMO_PASSWORD } from './local/seed.js';
import { MotoMissingError } from './local/moto.js';
import { clearState, startPlatform, writeState } from './local/platform.js';
import { ensureWebBuild } from './local/web.js';

const port = Number(process.env.PORT ?? 3000);

async function main() {
  const t0 = Date.now();
  let platform;
  try {
    const webDist = await ensureWebBuild(process.cwd(), (l) => console.error(l));
    platform = await startPlatform({ port, webDist, log: (l) => console.error(l), scheduleSeconds: Number(process.env.DEADLINE_WATCH_SECONDS ?? 60) });
  } catch (e) {
    if (e instanceof MotoMissingError) {
      console.error(`\n${e.message}\n`);
      process.exit(2);
    }
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`\nPort ${port} is busy. Start on another one:  PORT=3100 npm start\n`);
      process.exit(2);
    }
    throw e;
  }
  const { runtime, endpoint, env, region } = platform;
  writeState({ endpoint, region, apiUrl: runtime.apiUrl, env, pid: process.pid });
  console.log(`
e-Qyzmet is running locally (${((Date.now() - t0) / 1000).toFixed(1)} s)

  Citizen portal  ${runtime.apiUrl}/
  Staff console   ${runtime.apiUrl}/console/
  API             ${runtime.apiUrl}/v1        (OpenAPI: ${runtime.apiUrl}/openapi.json)
  E-mail outbox   ${env.MAIL_OUTBOX_DIR}   (notification e-mails as .eml files)
  AWS endpoint    ${endpoint}   ${platform.moto ? '(moto_server, started for this run)' : '(AWS_ENDPOINT_URL)'}

Demo citizens (password ${DEMO_PASSWORD}):
${demoCitizens.map((c) => `  IIN ${c.iin}  ${c.name}`).join('\n')}
  The first represents ${demoOrganisation.name}, BIN ${demoOrganisation.bin} (files and pays for it on the portal).

Demo staff (password ${DEMO_PASSWORD}):
${demoStaff.map((s) => `  ${s.username.padEnd(16)} ${s.groups.join(', ')}`).join('\n')}

Try:  npm run demo        (one archive-certificate request through the whole journey)
      curl ${runtime.apiUrl}/v1/services
Ctrl-C stops everything.
`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    clearState();
    await platform.stop();
    console.log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
