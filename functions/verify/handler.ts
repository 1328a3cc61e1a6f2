/** Public verification of result documents (the QR link on every result). No sign-in. */
import { clock, requestRepository } from '../../shared/adapters/wiring/core.js';
import { resultsStore } from '../../shared/adapters/wiring/files.js';
import { pkiStore } from '../../shared/adapters/wiring/pki.js';
import { parseBody } from '../../shared/domain/api-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { verifyStoredDocument, verifyUploadedDocument } from '../../shared/domain/use-cases/verify.js';
import { httpHandler, json } from '../../shared/http/http-handler.js';

export const handler = httpHandler(
  {
    'GET /v1/verify/{documentId}': async (ctx) => {
      const id = ctx.path('documentId');
      if (!/^[0-9a-f]{32}$/.test(id)) throw new ValidationError([{ field: 'documentId', code: 'FIELD_BAD_FORMAT' }]);
      return json(200, await verifyStoredDocument({ pki: pkiStore(), requests: requestRepository(), results: resultsStore(), clock }, id), { 'cache-control': 'no-store' });
    },
    'POST /v1/verify': async (ctx) => {
      const body = parseBody('VerifyDocument', ctx.body());
      const r = await verifyUploadedDocument({ pki: pkiStore(), requests: requestRepository(), clock }, new Uint8Array(Buffer.from(body.pdf, 'base64')), new Uint8Array(Buffer.from(body.signature, 'base64')));
      return json(200, r, { 'cache-control': 'no-store' });
    },
  },
  { maxBodyBytes: 9 * 1024 * 1024 },
);
