/**
 * One Lambda function of the platform with the defaults set once: Node.js 22 on ARM64, tracing,
 * an explicit log group with the stage's retention, ESM bundles built by esbuild (no Docker),
 * the AWS SDK v3 bundled and tree-shaken, source maps.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { BUNDLING } from '../bundling.js';

export interface ServiceFunctionProps extends Partial<NodejsFunctionProps> {
  /** Folder under functions/. */
  functionName: string;
  projectRoot: string;
  logRetention: logs.RetentionDays;
  removalPolicy: RemovalPolicy;
  /** Shell commands run after bundling (e.g. building a data file next to the bundle). */
  afterBundling?: (inputDir: string, outputDir: string) => string[];
}

export class ServiceFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    const { functionName, projectRoot, logRetention, removalPolicy, afterBundling, environment, bundling, ...rest } = props;
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, { retention: logRetention, removalPolicy });
    super(scope, id, {
      entry: join(projectRoot, 'functions', functionName, 'handler.ts'),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: join(projectRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      logGroup,
      ...rest,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'e-qyzmet',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLING.target,
        minify: BUNDLING.minify,
        sourceMap: true,
        mainFields: [...BUNDLING.mainFields],
        externalModules: [],
        banner: BUNDLING.banner,
        ...(afterBundling ? { commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling } } : {}),
        ...bundling,
      },
    });
  }
}
