import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { config } from '../config.js';

let cognito: CognitoIdentityProviderClient | undefined;
/** The Cognito client, once per process. */
export const cognitoClient = () => (cognito ??= new CognitoIdentityProviderClient({ region: config.region() }));
