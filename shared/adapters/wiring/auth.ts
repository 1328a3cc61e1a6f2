import { config } from '../../config.js';
import type { Authenticator, CitizenAccounts, StaffDirectory } from '../../ports/index.js';
import { cognitoClient } from '../cognito-client.js';
import { CognitoAuthenticator } from '../cognito-authenticator.js';
import { CognitoCitizenAccounts } from '../cognito-citizen-accounts.js';
import { CognitoStaffDirectory } from '../cognito-staff-directory.js';
import { once } from './core.js';

export const authenticator = /* @__PURE__ */ once<Authenticator>(() => new CognitoAuthenticator(cognitoClient(), { citizen: () => config.clientId('CitizenPool'), staff: () => config.clientId('StaffPool') }));
export const citizenAccounts = /* @__PURE__ */ once<CitizenAccounts>(() => new CognitoCitizenAccounts(cognitoClient(), () => config.poolId('CitizenPool')));
export const staffDirectory = /* @__PURE__ */ once<StaffDirectory>(() => new CognitoStaffDirectory(cognitoClient(), () => config.poolId('StaffPool')));
