/**
 * Identity from the API Gateway JWT authorizer's claims. HTTP APIs flatten array claims into a
 * string like "[a b]"; both forms are read. The authorizer has already verified the token.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { agencies } from '../domain/agencies.js';
import { UnauthorizedError } from '../domain/errors.js';
import { isValidIin } from '../domain/iin.js';
import type { StaffIdentity } from '../domain/use-cases/agency.js';

type Claims = Record<string, string | number | boolean | string[]>;

function claimsOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Claims {
  return (event.requestContext?.authorizer?.jwt?.claims ?? {}) as Claims;
}

export function parseGroups(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string' || v === '') return [];
  const inner = v.startsWith('[') && v.endsWith(']') ? v.slice(1, -1) : v;
  return inner.split(/[\s,]+/).filter(Boolean);
}

function username(c: Claims): string | undefined {
  const u = c['username'] ?? c['cognito:username'];
  return typeof u === 'string' ? u : undefined;
}

/** The citizen's IIN (the Cognito username of the citizen pool). */
export function citizenIin(event: APIGatewayProxyEventV2WithJWTAuthorizer): string {
  const u = username(claimsOf(event));
  if (!u || !isValidIin(u)) throw new UnauthorizedError();
  return u;
}

export function staffIdentity(event: APIGatewayProxyEventV2WithJWTAuthorizer): StaffIdentity {
  const c = claimsOf(event);
  const u = username(c);
  if (!u) throw new UnauthorizedError();
  const groups = parseGroups(c['cognito:groups']);
  const agencyIds = agencies.map((a) => a.id).filter((id) => groups.includes(`agency-${id}`));
  const roles = groups.filter((g) => g.startsWith('role-')).map((g) => g.slice(5));
  return { username: u, agencyIds, roles };
}
