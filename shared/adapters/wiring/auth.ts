import { config } from '../../config.js';
import type { Authenticator } from '../../ports/index.js';
import { cognitoClient } from '../cognito-client.js';
import { CognitoAuthenticator } from '../cognito-authenticator.js';
import { once } from './core.js';

export const authenticator = /* @__PURE__ */ once<Authenticator>(() => new CognitoAuthenticator(cognitoClient(), { citizen: () => config.clientId('CitizenPool'), staff: () => config.clientId('StaffPool') }));
