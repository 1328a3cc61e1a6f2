/**
 * The CDK app: `npx cdk synth -c stage=dev|prod` works offline (no account, no lookups).
 * The stage changes names, retention and removal policies — never code.
 */
import { App, RemovalPolicy, Tags } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiStack } from './stacks/api-stack.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { suppressAccepted } from './nag-suppressions.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function buildApp(props: { stage?: string; app?: App } = {}) {
  const app = props.app ?? new App();
  const stage = props.stage ?? (app.node.tryGetContext('stage') as string | undefined) ?? 'dev';
  if (!/^[a-z][a-z0-9-]{1,15}$/.test(stage)) throw new Error(`stage must match ^[a-z][a-z0-9-]{1,15}$ (got "${stage}")`);
  // The verified SES sender of notification e-mails (`-c mailFrom=noreply@example.kz`); without it, none are sent.
  const mailFrom = app.node.tryGetContext('mailFrom') as string | undefined;
  if (mailFrom !== undefined && !/^[^\s@<>"]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(mailFrom)) throw new Error(`mailFrom must be a plain e-mail address (got "${mailFrom}")`);
  const prod = stage === 'prod';
  const removalPolicy = prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  const logRetention = prod ? logs.RetentionDays.ONE_YEAR : logs.RetentionDays.TWO_WEEKS;
  const stateful = new StatefulStack(app, `EQyzmet-${stage}-Stateful`, { stage, removalPolicy, description: `e-Qyzmet ${stage}: tables, queues, buckets, keys, user pools` });
  const api = new ApiStack(app, `EQyzmet-${stage}-Api`, { stage, stateful, projectRoot, logRetention, removalPolicy, ...(mailFrom ? { mailFrom } : {}), description: `e-Qyzmet ${stage}: functions, HTTP API, schedules, console hosting` });
  api.addStackDependency(stateful);
  suppressAccepted(stateful, api);
  for (const s of [stateful, api]) {
    Tags.of(s).add('Project', 'e-qyzmet');
    Tags.of(s).add('Stage', stage);
  }
  return { app, stage, stateful, api };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildApp().app.synth();
}
