/**
 * The HTTP edge shared by every API function: routing by routeKey, JSON parsing with a size
 * limit, the one place that maps domain errors to HTTP, and the response envelope.
 * Errors: { error: { code, message, fields? } } with the message in the request's language.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { AppError } from '../domain/errors.js';
import { pickLanguage, type Language } from '../domain/i18n.js';
import { message, type MessageCode } from '../domain/messages.js';
import { logger } from '../powertools.js';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2;

/** Larger bodies are refused before parsing (scans go to S3, never through the API). */
export const MAX_BODY_BYTES = 256 * 1024;

const statusOf: Record<AppError['kind'], number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  unprocessable: 422,
};

export interface RouteContext {
  event: HttpEvent;
  lang: Language;
  /** The parsed JSON body (throws MALFORMED_JSON / PAYLOAD_TOO_LARGE as a 4xx). */
  body: () => unknown;
  path: (name: string) => string;
  query: (name: string) => string | undefined;
  header: (name: string) => string | undefined;
}

export type RouteHandler = (ctx: RouteContext) => Promise<HttpResult>;

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

export function errorResponse(e: AppError | { code: MessageCode; status: number }, lang: Language): HttpResult {
  if (e instanceof AppError) {
    return json(statusOf[e.kind], {
      error: {
        code: e.code,
        message: message(e.code, lang),
        ...(e.fields.length
          ? { fields: e.fields.map((f) => ({ field: f.field, code: f.code, message: message(f.code, lang), ...(f.params ? { params: f.params } : {}) })) }
          : {}),
        ...(e.details ? { details: e.details } : {}),
      },
    });
  }
  return json(e.status, { error: { code: e.code, message: message(e.code, lang) } });
}

function parseBody(event: HttpEvent, maxBytes: number): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', 'too-large');
  if (text.trim() === '') throw new AppError('MALFORMED_JSON', 'invalid');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('MALFORMED_JSON', 'invalid');
  }
}

function headerOf(event: HttpEvent, name: string): string | undefined {
  const h = event.headers ?? {};
  const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? h[key] : undefined;
}

/** One Lambda handler for a set of routes ("POST /v1/requests" → function). */
export function httpHandler(routes: Record<string, RouteHandler>, opts: { maxBodyBytes?: number } = {}) {
  const base = async (event: HttpEvent, _context: Context): Promise<HttpResult> => {
    let bodyCache: { v: unknown } | undefined;
    const queryLang = event.queryStringParameters?.lang;
    let lang = pickLanguage(queryLang, headerOf(event, 'accept-language'));
    const ctx: RouteContext = {
      event,
      get lang() {
        return lang;
      },
      body: () => {
        if (!bodyCache) {
          bodyCache = { v: parseBody(event, opts.maxBodyBytes ?? MAX_BODY_BYTES) };
          const explicit = (bodyCache.v as { language?: unknown } | null)?.language;
          lang = pickLanguage(explicit ?? queryLang, headerOf(event, 'accept-language'));
        }
        return bodyCache.v;
      },
      path: (name) => event.pathParameters?.[name] ?? '',
      query: (name) => event.queryStringParameters?.[name],
      header: (name) => headerOf(event, name),
    };
    const route = routes[event.routeKey];
    if (!route) return errorResponse({ code: 'ROUTE_NOT_FOUND', status: 404 }, lang);
    logger.appendKeys({ routeKey: event.routeKey });
    try {
      return await route(ctx);
    } catch (e) {
      if (e instanceof AppError) {
        logger.info('request refused', { code: e.code, status: statusOf[e.kind] });
        return errorResponse(e, lang);
      }
      logger.error('unhandled error', { error: e as Error });
      return errorResponse({ code: 'INTERNAL', status: 500 }, lang);
    }
  };
  return middy(base).use(injectLambdaContext(logger, { resetKeys: true }));
}
