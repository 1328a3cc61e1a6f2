import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../cdk/app.js';

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unsuppressed in either stack, and every suppression has a reason', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const { stateful, api } = buildApp({ stage: 'prod', app });
    Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
    const findings: string[] = [];
    for (const s of [stateful, api]) {
      const a = Annotations.fromStack(s);
      for (const f of [...a.findError('*', Match.stringLikeRegexp('AwsSolutions-.*')), ...a.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))]) {
        findings.push(`${f.id}: ${String(f.entry.data).split('\n')[0]}`);
      }
      const meta = (s.templateOptions.metadata ?? {}) as { cdk_nag?: { rules_to_suppress?: { reason: string }[] } };
      for (const r of meta.cdk_nag?.rules_to_suppress ?? []) expect(r.reason.length).toBeGreaterThan(20);
    }
    expect(findings).toEqual([]);
    // A whole synthesis of both stacks with every rule: CPU-bound, slow on a shared machine.
  }, 180_000);
});
