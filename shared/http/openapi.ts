/**
 * The OpenAPI 3.1 document, generated from the function manifest (every route) and the zod
 * schemas the handlers validate with — so the document can't drift from the code.
 */
import * as z from 'zod/mini';
import { allRoutes } from '../../functions/manifest.js';
import { schemas } from '../domain/api-schemas.js';
import { messages } from '../domain/messages.js';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(messages) },
        message: { type: 'string', description: 'In the request’s language (kk, ru or en)' },
        fields: {
          type: 'array',
          items: { type: 'object', required: ['field', 'code', 'message'], properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' }, params: { type: 'object' } } },
        },
      },
    },
  },
};

export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of allRoutes()) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = (r.query ?? []).map((q) => ({ name: q, in: 'query', required: false, schema: { type: 'string' } }));
    const headers = [{ name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', example: 'kk, ru;q=0.8' } }];
    if (r.path === '/v1/requests' && r.method === 'POST') headers.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', example: 'c1b4…' } });
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(r.ok)) responses[status] = { description, content: { 'application/json': { schema: { type: 'object' } } } };
    for (const [status, description] of [
      ['400', 'Invalid input (code per field)'],
      ...(r.auth === 'none' ? [] : [['401', 'Not signed in'], ['403', 'Not allowed']]),
      ['404', 'Not found (also for what is not yours)'],
      ['409', 'Conflict with the request’s current state'],
      ['422', 'Refused by a rule (the code says which, e.g. PERSON_NOT_IN_REGISTRY, ASSIGNEE_NOT_IN_AGENCY)'],
      ['413', 'Body too large'],
    ] as const) {
      responses[status] = { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[r.path] ??= {};
    paths[r.path]![r.method.toLowerCase()] = {
      operationId: `${r.fn.id}_${r.method}_${r.path.replace(/[^a-zA-Z0-9]+/g, '_')}`.replace(/_+$/, ''),
      summary: r.summary,
      description: `${r.fn.purpose}. Regulation: ${r.fn.regulation}.`,
      tags: [r.fn.stage],
      parameters: [...params, ...query, ...headers],
      ...(r.auth === 'none' ? { security: [] } : { security: [{ [r.auth === 'citizen' ? 'citizenJwt' : 'staffJwt']: [] }] }),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.body}` } } } } } : {}),
      responses,
    };
  }
  const componentSchemas: Record<string, unknown> = { Error: errorSchema };
  for (const [name, schema] of Object.entries(schemas)) componentSchemas[name] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return {
    openapi: '3.1.0',
    info: {
      title: 'e-Qyzmet API',
      version: '1.0.0',
      description: 'Electronic public services run as their regulations describe them: portal (ПЭП) → gateway (ШЭП) → agency (ИС МИО) → back.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: {
      schemas: componentSchemas,
      securitySchemes: {
        citizenJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token of the citizen user pool (POST /v1/auth/login)' },
        staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token of the staff user pool (POST /v1/staff/auth/login)' },
      },
    },
  };
}
