import { AdminCreateUserCommand, AdminSetUserPasswordCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CitizenAccounts } from '../ports/index.js';

/**
 * Sign-up in the citizens' pool, as an administrator would do it: the account is created with no
 * invitation message (MessageAction SUPPRESS) and its password set as permanent, so the citizen
 * signs in with it at once (no FORCE_CHANGE_PASSWORD step). Username = IIN.
 */
export class CognitoCitizenAccounts implements CitizenAccounts {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly poolId: () => string,
  ) {}

  async create(input: { iin: string; password: string; name: string; email?: string; phone?: string }): Promise<'created' | 'exists'> {
    const attributes = [
      { Name: 'name', Value: input.name },
      ...(input.email ? [{ Name: 'email', Value: input.email }] : []),
      ...(input.phone ? [{ Name: 'phone_number', Value: input.phone }] : []),
    ];
    try {
      await this.cognito.send(new AdminCreateUserCommand({ UserPoolId: this.poolId(), Username: input.iin, MessageAction: 'SUPPRESS', UserAttributes: attributes }));
    } catch (e) {
      if ((e as { name?: string }).name === 'UsernameExistsException') return 'exists';
      throw e;
    }
    // The password was checked against the pool's policy before (shared/domain/password-policy.ts).
    await this.cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: this.poolId(), Username: input.iin, Password: input.password, Permanent: true }));
    return 'created';
  }
}
