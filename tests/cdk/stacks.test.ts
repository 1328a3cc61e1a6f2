/**
 * CDK assertion tests on the synthesized templates (bundling skipped for speed), and the proof
 * that the stack declares exactly the resources of cdk/resources.ts.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../cdk/app.js';
import { webAppRoutingCode } from '../../cdk/stacks/api-stack.js';
import { inventoryFromDeclarations, inventoryFromTemplate } from '../../cdk/inventory.js';
import { functions, allRoutes } from '../../functions/manifest.js';
import { buckets, queues, tables } from '../../cdk/resources.js';
import { agencies, agencyQueueId } from '../../shared/domain/agencies.js';
import { servicesProvidedBy } from '../../shared/domain/services/index.js';

function synth(stage: string, context: Record<string, string> = {}) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const { stateful, api } = buildApp({ stage, app });
  return { stateful: Template.fromStack(stateful), api: Template.fromStack(api) };
}

let dev: ReturnType<typeof synth>;
let prod: ReturnType<typeof synth>;
beforeAll(() => {
  dev = synth('dev');
  prod = synth('prod');
}, 120_000);

describe('the stateful stack', () => {
  it('declares exactly the tables, queues, buckets, keys and user pools of cdk/resources.ts', () => {
    expect(inventoryFromTemplate(dev.stateful.toJSON() as never)).toEqual(inventoryFromDeclarations());
  });

  it('gives every queue its own dead-letter queue with the declared maxReceiveCount, and an alarm on it', () => {
    for (const q of queues) {
      dev.stateful.hasResourceProperties('AWS::SQS::Queue', {
        VisibilityTimeout: q.visibilityTimeout,
        RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: q.maxReceiveCount },
        KmsMasterKeyId: Match.anyValue(),
      });
    }
    dev.stateful.resourceCountIs('AWS::SQS::Queue', queues.length * 2);
    dev.stateful.resourceCountIs('AWS::CloudWatch::Alarm', queues.length);
  });

  it('blocks public access, encrypts and versions every bucket', () => {
    const all = dev.stateful.findResources('AWS::S3::Bucket');
    expect(Object.keys(all)).toHaveLength(buckets.length + 1); // + access logs
    for (const r of Object.values(all) as { Properties: Record<string, any> }[]) {
      expect(r.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
      expect(r.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toMatch(/aws:kms|AES256/);
      expect(r.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    }
    for (const b of buckets) {
      dev.stateful.hasResourceProperties('AWS::S3::Bucket', { BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() } })] } });
      expect(b.id).toBeTruthy();
    }
  });

  it('enables point-in-time recovery and KMS encryption on every table', () => {
    const all = dev.stateful.findResources('AWS::DynamoDB::Table');
    expect(Object.keys(all)).toHaveLength(tables.length);
    for (const r of Object.values(all) as { Properties: Record<string, any> }[]) {
      expect(r.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(r.Properties.SSESpecification).toMatchObject({ SSEEnabled: true, SSEType: 'KMS' });
      expect(r.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    }
  });

  it('retains data in prod and deletes it in other stages', () => {
    for (const r of Object.values(prod.stateful.findResources('AWS::DynamoDB::Table'))) expect((r as { DeletionPolicy: string }).DeletionPolicy).toBe('Retain');
    for (const r of Object.values(dev.stateful.findResources('AWS::DynamoDB::Table'))) expect((r as { DeletionPolicy: string }).DeletionPolicy).toBe('Delete');
  });
});

describe('the API stack', () => {
  it('has one Node.js 22 ARM64 function per manifest entry, traced', () => {
    const fns = Object.values(dev.api.findResources('AWS::Lambda::Function')) as { Properties: Record<string, any> }[];
    const ours = fns.filter((f) => f.Properties.Runtime === 'nodejs22.x');
    expect(ours).toHaveLength(functions.length);
    for (const f of ours) {
      expect(f.Properties.Architectures).toEqual(['arm64']);
      expect(f.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('routes every manifest route, with the JWT authorizer its auth names', () => {
    const routes = Object.values(dev.api.findResources('AWS::ApiGatewayV2::Route')) as { Properties: { RouteKey: string; AuthorizationType?: string } }[];
    for (const r of allRoutes()) {
      const found = routes.find((x) => x.Properties.RouteKey === `${r.method} ${r.path}`);
      expect(found, `${r.method} ${r.path}`).toBeDefined();
      expect(found!.Properties.AuthorizationType ?? 'NONE').toBe(r.auth === 'none' ? 'NONE' : 'JWT');
    }
    dev.api.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 2);
    dev.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 } });
  });

  it('gives every agency a service may route to, the second providers included, its queue with a DLQ and alarm, a consumer and a staff group', () => {
    const routed = agencies.filter((a) => servicesProvidedBy(a.id).length).map((a) => a.id);
    expect(routed).toEqual(expect.arrayContaining(['menovnoye-akim', 'mtc-inspectorate-east-kazakhstan', 'mtc-inspectorate-mangystau']));
    const stateful = Object.keys(dev.stateful.toJSON().Resources as object);
    const mappings = Object.keys(dev.api.findResources('AWS::Lambda::EventSourceMapping'));
    for (const id of routed) {
      const q = agencyQueueId(id);
      for (const suffix of ['', 'Dlq', 'DlqAlarm']) expect(stateful.some((k) => new RegExp(`^${q}${suffix}[0-9A-F]{8}$`).test(k)), `${q}${suffix}`).toBe(true);
      expect(mappings.some((k) => k.startsWith('AgencyRegisterSqsEventSource') && k.includes(q)), `consumer of ${q}`).toBe(true);
      dev.stateful.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: `agency-${id}` });
    }
  });

  it('maps each queue consumer with partial batch failures', () => {
    const consumers = functions.flatMap((f) => f.consumes ?? []);
    const mappings = Object.values(dev.api.findResources('AWS::Lambda::EventSourceMapping')) as { Properties: Record<string, any> }[];
    expect(mappings).toHaveLength(consumers.length);
    for (const m of mappings) {
      expect(m.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
      expect(m.Properties.BatchSize).toBe(10);
    }
  });

  it('schedules the deadline watch and the daily seal', () => {
    dev.api.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' });
    dev.api.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 day)' });
  });

  it('grants no IAM action on every resource (*) except X-Ray tracing', () => {
    for (const t of [dev.api, dev.stateful]) {
      for (const p of Object.values(t.findResources('AWS::IAM::Policy')) as { Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } } }[]) {
        for (const s of p.Properties.PolicyDocument.Statement) {
          if (s.Resource !== '*') continue;
          const actions = ([] as string[]).concat(s.Action);
          expect(actions.every((a) => a.startsWith('xray:')), JSON.stringify(s)).toBe(true);
        }
      }
    }
  });

  it('lets only the seal, the certification centre, result issue and service-centre intake sign with KMS, each on its own keys', () => {
    type Stmt = { Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, string>> };
    const policies = dev.api.findResources('AWS::IAM::Policy') as Record<string, { Properties: { PolicyDocument: { Statement: Stmt[] }; Roles: { Ref: string }[] } }>;
    const signing = Object.entries(policies).filter(([, p]) => p.Properties.PolicyDocument.Statement.some((s) => ([] as string[]).concat(s.Action).includes('kms:Sign')));
    expect(signing.map(([id]) => id.replace(/ServiceRoleDefaultPolicy.*/, '')).sort()).toEqual(['AuditSeal', 'Pki', 'ResultIssue', 'StaffFiling']);
    // Staff keys (results, service-centre filings) only with the tag that marks them.
    for (const fn of ['ResultIssue', 'StaffFiling']) {
      const staffKeys = signing.find(([id]) => id.startsWith(fn))![1].Properties.PolicyDocument.Statement.find((s) => ([] as string[]).concat(s.Action).includes('kms:Sign'))!;
      expect(staffKeys.Condition).toEqual({ StringEquals: { 'aws:ResourceTag/EQyzmetStaffSigning': 'true' } });
    }
  });

  it('lets only sign-up create citizens and only the staff directory list a group, each on its one user pool', () => {
    type Stmt = { Action: string | string[]; Resource: unknown };
    const policies = dev.api.findResources('AWS::IAM::Policy') as Record<string, { Properties: { PolicyDocument: { Statement: Stmt[] } } }>;
    const cognito = Object.entries(policies).flatMap(([id, p]) =>
      p.Properties.PolicyDocument.Statement.filter((s) => ([] as string[]).concat(s.Action).some((a) => a.startsWith('cognito-idp:'))).map((s) => ({ fn: id.replace(/ServiceRoleDefaultPolicy.*/, ''), actions: ([] as string[]).concat(s.Action).sort(), resource: JSON.stringify(s.Resource) })),
    );
    const poolRef = (id: string) => Object.keys(dev.stateful.findResources('AWS::Cognito::UserPool')).find((k) => k.startsWith(id))!;
    expect(cognito.map((c) => ({ fn: c.fn, actions: c.actions })).sort((a, b) => a.fn.localeCompare(b.fn))).toEqual([
      { fn: 'AgencyStaff', actions: ['cognito-idp:ListUsersInGroup'] },
      { fn: 'CitizenSignup', actions: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminSetUserPassword'] },
    ]);
    const signup = cognito.find((c) => c.fn === 'CitizenSignup')!;
    expect(signup.resource).toContain(poolRef('CitizenPool'));
    expect(signup.resource).not.toContain(poolRef('StaffPool'));
    const directory = cognito.find((c) => c.fn === 'AgencyStaff')!;
    expect(directory.resource).toContain(poolRef('StaffPool'));
    expect(directory.resource).not.toContain(poolRef('CitizenPool'));
  });

  it('lets exactly the functions that change a status send e-mail, from the configured sender only; none without one', () => {
    type Stmt = { Action: string | string[]; Resource: unknown; Condition?: unknown };
    const sesStatements = (t: Template) =>
      Object.entries(t.findResources('AWS::IAM::Policy') as Record<string, { Properties: { PolicyDocument: { Statement: Stmt[] } } }>).flatMap(([id, p]) =>
        p.Properties.PolicyDocument.Statement.filter((s) => ([] as string[]).concat(s.Action).some((a) => a.startsWith('ses:'))).map((s) => ({ fn: id.replace(/ServiceRoleDefaultPolicy.*/, ''), s })),
      );
    expect(sesStatements(dev.api)).toEqual([]);
    const mail = synth('dev', { mailFrom: 'noreply@egov.example.kz' }).api;
    const granted = sesStatements(mail);
    expect(granted.map((g) => g.fn).sort()).toEqual(functions.filter((f) => f.uses.mail).map((f) => f.id).sort());
    expect(granted.length).toBeGreaterThanOrEqual(8);
    for (const { s } of granted) {
      expect(s.Action).toBe('ses:SendEmail');
      expect(JSON.stringify(s.Resource)).toContain('identity/noreply@egov.example.kz');
      expect(JSON.stringify(s.Resource)).toContain('identity/egov.example.kz');
      expect(s.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'noreply@egov.example.kz' } });
    }
    const fns = mail.findResources('AWS::Lambda::Function') as Record<string, { Properties: { Environment?: { Variables?: Record<string, unknown> } } }>;
    const withFrom = Object.keys(fns).filter((k) => fns[k]!.Properties.Environment?.Variables?.MAIL_FROM === 'noreply@egov.example.kz');
    expect(withFrom.length).toBe(granted.length);
    expect(() => synth('dev', { mailFrom: 'not an address' })).toThrow(/mailFrom/);
  });

  it('serves the API (the QR link included) through the web apps’ domain, uncached, and the apps from S3 with their security headers', () => {
    dev.api.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({ PathPattern: '/v1/*', AllowedMethods: Match.arrayWith(['GET', 'POST']), CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' }),
          Match.objectLike({ PathPattern: '/openapi.json' }),
        ]),
        DefaultCacheBehavior: Match.objectLike({ FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })], ResponseHeadersPolicyId: Match.anyValue() }),
        // Distribution-wide error pages would turn the API's 403 and 404 answers into the app's page.
        CustomErrorResponses: Match.absent(),
      }),
    });
    dev.api.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({ SecurityHeadersConfig: Match.objectLike({ ContentSecurityPolicy: Match.objectLike({ Override: true }), FrameOptions: { FrameOption: 'DENY', Override: true } }) }),
    });
    dev.api.resourceCountIs('Custom::CDKBucketDeployment', 2);
    const env = Object.values(dev.api.findResources('AWS::Lambda::Function')).map((f) => (f as { Properties: { Environment?: { Variables?: Record<string, unknown> } } }).Properties.Environment?.Variables?.PUBLIC_BASE_URL);
    expect(env.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('routes the apps’ client-side paths to their index.html and leaves files and the API alone (the CloudFront function itself)', () => {
    const handler = new Function(`${webAppRoutingCode}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    const uri = (u: string) => handler({ request: { uri: u } }).uri;
    expect(uri('/')).toBe('/index.html');
    expect(uri('/cabinet/requests/abc')).toBe('/index.html');
    expect(uri('/verify/3f1c')).toBe('/index.html');
    expect(uri('/console')).toBe('/console/index.html');
    expect(uri('/console/requests/abc')).toBe('/console/index.html');
    expect(uri('/assets/portal-abc.js')).toBe('/assets/portal-abc.js');
    expect(uri('/console/index.html')).toBe('/console/index.html');
    expect(uri('/v1/requests')).toBe('/v1/requests');
  });

  it('outputs the API URL and the console URL', () => {
    dev.api.hasOutput('ApiUrl', {});
    dev.api.hasOutput('ConsoleUrl', {});
  });

  it('refuses a stage name that is not a plain identifier', () => {
    expect(() => buildApp({ stage: 'Prod!', app: new App({ context: { 'aws:cdk:bundling-stacks': [] } }) })).toThrow(/stage must match/);
  });
});
