/**
 * npm run invoke -- <function> events/<file>.json
 * Runs one handler once with a sample event against the local cloud and prints its result,
 * as `sam local invoke` would. Uses the platform of `npm start` when it runs, or starts one.
 */
import { readFileSync } from 'node:fs';
import { functions } from '../functions/manifest.js';
import { applyEnv, readState, startPlatform, type Platform } from './local/platform.js';

async function main() {
  const [name, file] = process.argv.slice(2);
  const fn = functions.find((f) => f.name === name);
  if (!name || !file || !fn) {
    console.error(`usage: npm run invoke -- <function> events/<file>.json\nfunctions: ${functions.map((f) => f.name).join(', ')}`);
    process.exit(2);
  }
  const event = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const state = await readState();
  let own: Platform | undefined;
  if (state) applyEnv(state.endpoint, state.region, state.env);
  else {
    console.error('(no running platform: starting a local one for this invocation)');
    own = await startPlatform({ scheduleSeconds: false, pollWaitSeconds: 1 });
  }
  try {
    const mod = (await import(`../functions/${fn.name}/handler.ts`)) as { handler: (e: unknown, c: unknown) => Promise<unknown> };
    const started = Date.now();
    const result = await mod.handler(event, {
      functionName: `eqyzmet-local-${fn.id}`,
      awsRequestId: crypto.randomUUID(),
      getRemainingTimeInMillis: () => 30_000,
      callbackWaitsForEmptyEventLoop: true,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:eqyzmet-local-${fn.id}`,
      memoryLimitInMB: String(fn.memoryMb ?? 256),
      logGroupName: `/aws/lambda/eqyzmet-local-${fn.id}`,
      logStreamName: 'invoke',
    });
    console.log(JSON.stringify(result, null, 2));
    console.error(`(${fn.name}: ${Date.now() - started} ms)`);
  } finally {
    await own?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
