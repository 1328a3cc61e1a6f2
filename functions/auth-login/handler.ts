/** Process 1 / condition 1: sign-in with IIN (citizens) or login (staff) and password; process 2 on refusal. */
import { authenticator } from '../../shared/adapters/wiring/auth.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { AppError, ValidationError } from '../../shared/domain/errors.js';
import { isValidIin } from '../../shared/domain/iin.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

function tokens(r: { accessToken: string; idToken: string; refreshToken?: string; expiresIn: number }) {
  return json(200, { accessToken: r.accessToken, idToken: r.idToken, refreshToken: r.refreshToken, expiresIn: r.expiresIn, tokenType: 'Bearer' }, { 'cache-control': 'no-store' });
}

export const handler = httpHandler({
  'POST /v1/auth/login': async (ctx) => {
    const { iin, password } = parseBody('CitizenLogin', ctx.body());
    if (!isValidIin(iin)) throw new ValidationError([{ field: 'iin', code: 'INVALID_IIN' }], 'INVALID_IIN');
    const r = await authenticator().login('citizen', iin, password);
    if (!r.ok) throw new AppError('AUTH_REFUSED', 'unauthorized');
    return tokens(r);
  },
  'POST /v1/staff/auth/login': async (ctx) => {
    const { username, password } = parseBody('StaffLogin', ctx.body());
    const r = await authenticator().login('staff', username, password);
    // Staff sign in with a login, not an IIN: the citizens' wording ("wrong IIN") would mislead.
    if (!r.ok) throw new AppError('STAFF_AUTH_REFUSED', 'unauthorized');
    return tokens(r);
  },
});
