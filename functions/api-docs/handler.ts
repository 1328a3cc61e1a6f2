/** GET /openapi.json: the document of every route, generated from the manifest and schemas. */
import { httpHandler, json } from '../../shared/http/http-handler.js';
import { openApiDocument } from '../../shared/http/openapi.js';

let doc: string | undefined;

export const handler = httpHandler({
  'GET /openapi.json': async (ctx) => {
    const host = ctx.header('host');
    const proto = ctx.header('x-forwarded-proto') ?? 'https';
    doc ??= JSON.stringify(openApiDocument(host ? `${proto}://${host}` : undefined));
    return { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }, body: doc };
  },
});
