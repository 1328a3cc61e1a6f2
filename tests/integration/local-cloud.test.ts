/**
 * One source of truth: the local cloud holds exactly what the CDK stack declares. The resources
 * are read back through the AWS APIs (moto's CloudFormation reports success for things it does
 * not create, so nothing is taken on trust).
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../cdk/app.js';
import { inventoryFromDeclarations, inventoryFromTemplate } from '../../cdk/inventory.js';
import { inventoryFromLocalCloud } from '../../scripts/local/inventory.js';
import { usePlatform } from '../support/platform.js';

const ctx = usePlatform('localcloud');

describe('the local cloud', () => {
  it('has the same tables, indexes, queues, DLQ settings, buckets, keys and user pools as the synthesized stack', async () => {
    const { extra, ...local } = await inventoryFromLocalCloud(ctx.platform, ctx.platform.env);
    const { stateful } = buildApp({ stage: 'dev', app: new App({ context: { 'aws:cdk:bundling-stacks': [] } }) });
    const fromTemplate = inventoryFromTemplate(Template.fromStack(stateful).toJSON() as never);
    expect(local).toEqual(fromTemplate);
    expect(local).toEqual(inventoryFromDeclarations());
    expect(Object.values(extra.pointInTimeRecovery).every(Boolean)).toBe(true);
    expect(Object.values(extra.bucketVersioning).every((v) => v === 'Enabled')).toBe(true);
  });
});
