/**
 * cdk-nag (AwsSolutions) findings we accept, each with its reason. Anything not listed here fails
 * tests/cdk/nag.test.ts. Suppressions are by rule on the resources that raise them.
 */
import { Stack } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';

export function suppressAccepted(stateful: Stack, api: Stack): void {
  NagSuppressions.addStackSuppressions(stateful, [
    { id: 'AwsSolutions-COG2', reason: 'Citizens and staff confirm every request and decision with their own digital signature (ЭЦП) — the second factor of the regulations; Cognito MFA is not required by them.' },
    { id: 'AwsSolutions-COG8', reason: 'Cognito threat protection (Plus plan) is an operator choice per stage and cost; it is not needed for the platform to work and is enabled in the account, not here.' },
  ]);
  NagSuppressions.addStackSuppressions(api, [
    { id: 'AwsSolutions-L1', reason: 'Functions target nodejs22.x, the runtime this project is built and tested for (developers’ guide); moving to a newer runtime is a tested change, not a default.' },
    { id: 'AwsSolutions-IAM4', reason: 'AWSLambdaBasicExecutionRole only lets a function write its own CloudWatch Logs; CDK attaches it to every function.' },
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'Wildcards come from CDK grant* methods and are scoped to one resource: objects of one bucket (<bucket>/*), the indexes of one table (<table>/index/*), KMS data-key actions on the one platform key (GenerateDataKey*, ReEncrypt*), s3 object-level actions (GetObject*, Abort*) and X-Ray tracing (Resource *, which X-Ray requires).',
    },
    { id: 'AwsSolutions-APIG4', reason: 'These routes are public by the regulations: sign-in, the service catalogue, the regulation texts and the API document. Every other route has a JWT authorizer (tests/integration/authz-matrix.test.ts).' },
    { id: 'AwsSolutions-CFR1', reason: 'No geo restriction: citizens abroad (embassies, students) use the portal too.' },
    { id: 'AwsSolutions-CFR2', reason: 'The national WAF WebACL is attached by the operator per account; it is not part of the application stack.' },
    { id: 'AwsSolutions-CFR4', reason: 'The default CloudFront certificate is used until the operator attaches the government domain’s certificate, which fixes TLS 1.2+.' },
  ]);
}
