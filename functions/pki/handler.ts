/**
 * The simulated national certification centre (НУЦ): issues certificates from CSRs (a citizen
 * only for their own IIN), publishes its CA certificates and CRL, answers status queries
 * (OCSP-style) and revokes.
 */
import { clock, personRegistry } from '../../shared/adapters/wiring/core.js';
import { caIssuingSigner, caRootSigner, pkiPublishStore, pkiStore } from '../../shared/adapters/wiring/pki.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { caCertificatesPem, certificateStatus, currentCrl, issueFromCsr, revokeCertificate } from '../../shared/domain/use-cases/pki.js';
import { citizenIin, staffIdentity } from '../../shared/http/auth.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { ForbiddenError } from '../../shared/domain/errors.js';

const deps = () => ({ pki: pkiStore(), rootSigner: caRootSigner(), issuingSigner: caIssuingSigner(), clock, organisations: personRegistry() });
const serialOf = (s: string) => {
  if (!/^[0-9a-f]{2,64}$/.test(s)) throw new ValidationError([{ field: 'serialNumber', code: 'FIELD_BAD_FORMAT' }]);
  return s;
};

export const handler = httpHandler({
  'POST /v1/pki/certificates': async (ctx) => {
    const iin = citizenIin(ctx.event);
    const body = parseBody('IssueCertificate', ctx.body());
    const { record, chain } = await issueFromCsr(deps(), { csrDer: new Uint8Array(Buffer.from(body.csr, 'base64')), usage: body.usage, caller: { iin } });
    return json(201, { serialNumber: record.serialNumber, certificate: record.der, chain, notBefore: record.notBefore, notAfter: record.notAfter, usage: record.usage });
  },
  'GET /v1/pki/ca': async () => json(200, await caCertificatesPem(deps()), { 'cache-control': 'public, max-age=3600' }),
  'GET /v1/pki/crl': async () => {
    const crl = await currentCrl({ ...deps(), publish: pkiPublishStore() });
    return { statusCode: 200, headers: { 'content-type': 'application/pkix-crl', 'cache-control': 'public, max-age=60' }, body: Buffer.from(crl).toString('base64'), isBase64Encoded: true };
  },
  'GET /v1/pki/status/{serialNumber}': async (ctx) => json(200, { serialNumber: ctx.path('serialNumber'), ...(await certificateStatus(deps(), serialOf(ctx.path('serialNumber')))) }, { 'cache-control': 'no-store' }),
  'POST /v1/pki/certificates/{serialNumber}/revoke': async (ctx) => {
    const iin = citizenIin(ctx.event);
    const c = await revokeCertificate({ ...deps(), publish: pkiPublishStore() }, { serialNumber: serialOf(ctx.path('serialNumber')), by: { iin } });
    return json(200, { serialNumber: c.serialNumber, status: c.status, revokedAt: c.revokedAt });
  },
  'POST /v1/staff/pki/certificates/{serialNumber}/revoke': async (ctx) => {
    const staff = staffIdentity(ctx.event);
    if (!staff.roles.includes('ca-admin')) throw new ForbiddenError();
    const c = await revokeCertificate({ ...deps(), publish: pkiPublishStore() }, { serialNumber: serialOf(ctx.path('serialNumber')), by: { admin: true } });
    return json(200, { serialNumber: c.serialNumber, status: c.status, revokedAt: c.revokedAt });
  },
});
