/** Sign-up on the portal: IIN checked in ГБД ФЛ, account created in the citizens' pool (its own function: the only one that may create citizens). */
import { citizenAccounts } from '../../shared/adapters/wiring/auth.js';
import { personRegistry } from '../../shared/adapters/wiring/core.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { checkSignUp, registerCitizen } from '../../shared/domain/use-cases/signup.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

export const handler = httpHandler({
  'POST /v1/auth/register': async (ctx) => {
    const body = parseBody('CitizenRegister', ctx.body());
    checkSignUp(body); // a refused sign-up builds no AWS client
    const r = await registerCitizen({ registry: personRegistry(), accounts: citizenAccounts() }, body);
    return json(201, r, { 'cache-control': 'no-store' });
  },
});
