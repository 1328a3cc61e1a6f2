/**
 * The stateless half: one function per regulation step (functions/manifest.ts), the HTTP API
 * with JWT authorizers for the two user pools, SQS event sources with partial batch failures,
 * schedules, and the console's hosting (S3 behind CloudFront). Grants are least privilege,
 * through grant* methods only.
 */
import { AssetHashType, CfnOutput, DockerImage, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { STAFF_KEY_TAG } from '../../shared/adapters/kms-staff-keys.js';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Construct } from 'constructs';
import { functions as manifest, type FunctionDecl } from '../../functions/manifest.js';
import { buckets, consumerTimeoutSeconds, keys, queues, tables, userPools } from '../resources.js';
import { ServiceFunction } from '../constructs/service-function.js';
import type { StatefulStack } from './stateful-stack.js';

export interface ApiStackProps extends StackProps {
  stage: string;
  stateful: StatefulStack;
  projectRoot: string;
  logRetention: logs.RetentionDays;
  removalPolicy: RemovalPolicy;
  /** Verified SES sender of notification e-mails; the functions that change a status send from it alone. */
  mailFrom?: string;
}

/** Viewer-request: a path without a file extension is a client-side route of one of the two apps. */
export const webAppRoutingCode = `function handler(event) {
  var r = event.request;
  if (r.uri.indexOf('/v1/') === 0 || /\\.[a-zA-Z0-9]+$/.test(r.uri)) return r;
  r.uri = r.uri === '/console' || r.uri.indexOf('/console/') === 0 ? '/console/index.html' : '/index.html';
  return r;
}`;

/** The same policy `npm start` serves (scripts/local/web.ts), with the region's S3 endpoints for presigned uploads and downloads. */
function webContentSecurityPolicy(region: string): string {
  const s3 = `https://*.s3.${region}.amazonaws.com https://*.s3.amazonaws.com`;
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: ${s3}; connect-src 'self' ${s3}; frame-src 'self' blob: ${s3}; object-src 'none'; base-uri 'self'; frame-ancestors 'none'`;
}

const methods: Record<string, apigw.HttpMethod> = { GET: apigw.HttpMethod.GET, POST: apigw.HttpMethod.POST, PUT: apigw.HttpMethod.PUT, DELETE: apigw.HttpMethod.DELETE };

export class ApiStack extends Stack {
  readonly functions = new Map<string, ServiceFunction>();
  readonly api: apigw.HttpApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stateful } = props;

    // The web apps (citizen portal at /, staff console at /console/): a private bucket behind
    // CloudFront with origin access control. Paths without a file extension are the apps' own
    // routes: a viewer-request function maps them to the app's index.html, so API errors passing
    // through the same distribution keep their real status (no distribution-wide error pages).
    const consoleBucket = new s3.Bucket(this, 'ConsoleBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: stateful.accessLogs,
      serverAccessLogsPrefix: 'console/',
      removalPolicy: props.removalPolicy,
    });
    const spaRouting = new cloudfront.Function(this, 'WebAppRouting', {
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Client-side routes of the portal and the console to their index.html',
      code: cloudfront.FunctionCode.fromInline(webAppRoutingCode),
    });
    const webHeaders = new cloudfront.ResponseHeadersPolicy(this, 'WebAppHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: webContentSecurityPolicy(this.region), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    const distribution = new cloudfront.Distribution(this, 'ConsoleDistribution', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(consoleBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        functionAssociations: [{ function: spaRouting, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
        responseHeadersPolicy: webHeaders,
      },
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: stateful.accessLogs,
      logFilePrefix: 'cloudfront/',
    });
    // The built apps (Vite, at synth time on this machine; hashed by their output), published on
    // deploy. No CloudFront invalidation (it needs cloudfront:CreateInvalidation on *): the hashed
    // assets are immutable and the two HTML pages are served no-cache, so a deploy shows at once.
    const webSource = () =>
      s3deploy.Source.asset(join(props.projectRoot, 'web'), {
        assetHashType: AssetHashType.OUTPUT,
        exclude: ['dist', '.build-lock'],
        bundling: {
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
          command: ['sh', '-c', 'echo "the web apps are built locally (npx vite build)" && exit 1'],
          local: {
            tryBundle(outputDir: string) {
              execFileSync('npx', ['vite', 'build', '--config', join(props.projectRoot, 'web', 'vite.config.ts'), '--outDir', outputDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: props.projectRoot, stdio: 'inherit' });
              return true;
            },
          },
        },
      });
    new s3deploy.BucketDeployment(this, 'WebAppAssets', {
      sources: [webSource()],
      destinationBucket: consoleBucket,
      exclude: ['*.html', 'console/*.html'],
      prune: false,
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
      memoryLimit: 256,
    });
    new s3deploy.BucketDeployment(this, 'WebAppPages', {
      sources: [webSource()],
      destinationBucket: consoleBucket,
      exclude: ['*'],
      include: ['*.html', 'console/*.html'],
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      memoryLimit: 256,
    });
    const consoleUrl = `https://${distribution.distributionDomainName}`;

    for (const decl of manifest) this.functions.set(decl.name, this.createFunction(decl, props, consoleUrl));

    const issuer = (poolId: string) => `https://cognito-idp.${this.region}.amazonaws.com/${poolId}`;
    const citizen = stateful.userPools.get('CitizenPool')!;
    const staff = stateful.userPools.get('StaffPool')!;
    const authorizers = {
      citizen: new HttpJwtAuthorizer('CitizenAuthorizer', issuer(citizen.pool.userPoolId), { jwtAudience: [citizen.client.userPoolClientId] }),
      staff: new HttpJwtAuthorizer('StaffAuthorizer', issuer(staff.pool.userPoolId), { jwtAudience: [staff.client.userPoolClientId] }),
    };

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      description: `e-Qyzmet (${props.stage})`,
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'accept-language'],
        maxAge: Duration.minutes(10),
      },
      createDefaultStage: false,
    });
    const stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
    });
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', { retention: props.logRetention, removalPolicy: props.removalPolicy });
    (stage.node.defaultChild as apigw.CfnStage).accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      // Ids and statuses only: no paths with personal data beyond opaque ids, no bodies.
      format: JSON.stringify({ requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status', latency: '$context.integrationLatency', ip: '$context.identity.sourceIp' }),
    };

    // The apps call the API on their own origin: CloudFront passes /v1/* and the API document
    // through to the HTTP API, uncached, with every viewer header but Host (the JWT, the language).
    const apiOrigin = new origins.HttpOrigin(Fn.select(2, Fn.split('/', this.api.apiEndpoint)));
    for (const pattern of ['/v1/*', '/openapi.json']) {
      distribution.addBehavior(pattern, apiOrigin, {
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      });
    }

    for (const decl of manifest) {
      const fn = this.functions.get(decl.name)!;
      const integration = new HttpLambdaIntegration(`${decl.id}Integration`, fn);
      for (const r of decl.routes ?? []) {
        this.api.addRoutes({
          path: r.path,
          methods: [methods[r.method]!],
          integration,
          ...(r.auth === 'none' ? {} : { authorizer: authorizers[r.auth] }),
        });
      }
      for (const q of decl.consumes ?? []) fn.addEventSource(new SqsEventSource(stateful.queues.get(q)!, { batchSize: 10, reportBatchItemFailures: true, maxBatchingWindow: Duration.seconds(0) }));
      if (decl.scheduleMinutes) {
        new events.Rule(this, `${decl.id}Schedule`, { schedule: events.Schedule.rate(Duration.minutes(decl.scheduleMinutes)), targets: [new targets.LambdaFunction(fn, { retryAttempts: 2 })] });
      }
    }

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint, description: 'HTTP API base URL' });
    new CfnOutput(this, 'ConsoleUrl', { value: consoleUrl, description: 'Staff console and citizen portal (CloudFront)' });
    new CfnOutput(this, 'ConsoleBucketName', { value: consoleBucket.bucketName, description: 'Upload the built web apps here' });
  }

  private createFunction(decl: FunctionDecl, props: ApiStackProps, consoleUrl: string): ServiceFunction {
    const { stateful } = props;
    const env: Record<string, string> = { STAGE: props.stage, PUBLIC_BASE_URL: consoleUrl };
    const uses = decl.uses;
    const fn = new ServiceFunction(this, decl.id, {
      functionName: decl.name,
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      description: `${decl.purpose} — ${decl.regulation}`.slice(0, 256),
      memorySize: decl.memoryMb ?? 256,
      timeout: Duration.seconds(decl.timeoutSeconds ?? (decl.consumes ? consumerTimeoutSeconds : 10)),
      // Result documents' font program (a subset of DejaVu Sans with its metrics), built next to the bundle.
      ...(decl.name === 'result-issue' ? { afterBundling: (inputDir: string, outputDir: string) => [`cd "${inputDir}" && node --import tsx scripts/lib/font-program.ts "${outputDir}/result-font.json"`] } : {}),
    });
    for (const [id, access] of Object.entries(uses.tables ?? {})) {
      const t = stateful.tables.get(id)!;
      if (access === 'read') t.grantReadData(fn);
      else t.grantReadWriteData(fn);
      env[tables.find((x) => x.id === id)!.env] = t.tableName;
    }
    for (const id of uses.sends ?? []) {
      const q = stateful.queues.get(id)!;
      q.grantSendMessages(fn);
      env[queues.find((x) => x.id === id)!.env] = q.queueUrl;
    }
    for (const [id, access] of Object.entries(uses.buckets ?? {})) {
      const b = stateful.buckets.get(id)!;
      if (access === 'read') b.grantRead(fn);
      else if (access === 'write') b.grantPut(fn);
      else {
        // Read and write, never delete: results and published lists are kept.
        b.grantRead(fn);
        b.grantPut(fn);
      }
      env[buckets.find((x) => x.id === id)!.env] = b.bucketName;
    }
    for (const [id, access] of Object.entries(uses.keys ?? {})) {
      const k = stateful.keys.get(id)!;
      if (access === 'sign') k.grant(fn, 'kms:Sign', 'kms:GetPublicKey');
      else k.grantEncryptDecrypt(fn);
      env[keys.find((x) => x.id === id)!.env] = k.keyArn;
    }
    if (uses.staffSigningKeys) {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['kms:Sign', 'kms:GetPublicKey'],
          resources: [`arn:${this.partition}:kms:${this.region}:${this.account}:key/*`],
          conditions: { StringEquals: { [`aws:ResourceTag/${STAFF_KEY_TAG}`]: 'true' } },
        }),
      );
    }
    for (const [id, access] of Object.entries(uses.userPools ?? {})) {
      const { pool, client } = stateful.userPools.get(id)!;
      // 'auth' signs in through the public app client and needs no IAM action.
      if (access === 'register') pool.grant(fn, 'cognito-idp:AdminCreateUser', 'cognito-idp:AdminSetUserPassword');
      else if (access === 'directory') pool.grant(fn, 'cognito-idp:ListUsersInGroup');
      const decl2 = userPools.find((x) => x.id === id)!;
      env[decl2.poolEnv] = pool.userPoolId;
      env[decl2.clientEnv] = client.userPoolClientId;
    }
    if (uses.mail && props.mailFrom) {
      // SES authorizes against the identity verified: the address itself or its domain.
      const identity = (name: string) => `arn:${this.partition}:ses:${this.region}:${this.account}:identity/${name}`;
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [identity(props.mailFrom), identity(props.mailFrom.split('@')[1]!)],
          conditions: { StringEquals: { 'ses:FromAddress': props.mailFrom } },
        }),
      );
      env.MAIL_FROM = props.mailFrom;
    }
    for (const [k, v] of Object.entries(env)) fn.addEnvironment(k, v);
    return fn;
  }
}
