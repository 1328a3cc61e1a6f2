import { CreateKeyCommand, type KMSClient } from '@aws-sdk/client-kms';

/** Tag that lets the result-issue function sign with staff keys (and nothing else). */
export const STAFF_KEY_TAG = 'EQyzmetStaffSigning';

/** Creates a staff member's own KMS signing key (ECC_NIST_P256, SIGN_VERIFY). */
export async function createStaffSigningKey(kms: KMSClient, username: string): Promise<string> {
  const r = await kms.send(
    new CreateKeyCommand({
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
      Description: `e-Qyzmet staff signing key of ${username}`,
      Tags: [
        { TagKey: STAFF_KEY_TAG, TagValue: 'true' },
        { TagKey: 'StaffUsername', TagValue: username },
      ],
    }),
  );
  return r.KeyMetadata!.Arn!;
}
