import { InitiateAuthCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Authenticator, LoginOutcome } from '../ports/index.js';

const REFUSALS = new Set(['NotAuthorizedException', 'UserNotFoundException', 'UserNotConfirmedException', 'PasswordResetRequiredException']);

/** Condition 1: IIN (or staff login) and password checked by the Cognito user pool. */
export class CognitoAuthenticator implements Authenticator {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly clientIds: { citizen: () => string; staff: () => string },
  ) {}

  async login(pool: 'citizen' | 'staff', username: string, password: string): Promise<LoginOutcome> {
    try {
      const r = await this.cognito.send(
        new InitiateAuthCommand({
          ClientId: this.clientIds[pool](),
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      );
      const a = r.AuthenticationResult;
      if (!a?.AccessToken || !a.IdToken) return { ok: false };
      return { ok: true, accessToken: a.AccessToken, idToken: a.IdToken, expiresIn: a.ExpiresIn ?? 3600, ...(a.RefreshToken ? { refreshToken: a.RefreshToken } : {}) };
    } catch (e) {
      // Unknown user and wrong password look the same to the caller (process 2).
      if (REFUSALS.has((e as { name?: string }).name ?? '')) return { ok: false };
      throw e;
    }
  }
}
