/**
 * Each integration test file gets its own platform: its own tables, queues, buckets and pools
 * (a unique prefix) in the shared moto_server, and its own in-process runtime.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { completeIin } from '../../shared/domain/iin.js';
import { startPlatform, type Platform, type PlatformOptions } from '../../scripts/local/platform.js';
import { createCitizen, createStaff, DEMO_PASSWORD, enrollStaffKey } from '../../scripts/local/seed.js';
import { ApiClient } from '../../scripts/lib/client.js';
import { agencyGroup, roleGroup, type StaffRole } from '../../cdk/resources.js';

export function usePlatform(name: string, opts: PlatformOptions = {}) {
  const ctx = {} as { platform: Platform; api: string };
  beforeAll(async () => {
    const prefix = `t-${name}-${randomBytes(3).toString('hex')}`;
    ctx.platform = await startPlatform({ endpoint: inject('awsEndpoint'), prefix, seed: false, scheduleSeconds: false, pollWaitSeconds: 1, retryDelaySeconds: 0, ...opts });
    ctx.api = ctx.platform.runtime.apiUrl;
  });
  afterAll(async () => {
    await ctx.platform?.stop();
  });
  return ctx;
}

/** A fresh valid IIN no other test uses. */
export function freshIin(): string {
  for (;;) {
    // A real birth date (YYMMDD, 1900s: 7th digit 3 or 4), as the registry's people have, then random digits.
    const r = (n: number) => Math.floor(Math.random() * n);
    const date = `${String(50 + r(50))}${String(1 + r(12)).padStart(2, '0')}${String(1 + r(28)).padStart(2, '0')}`;
    const first = `${date}${3 + r(2)}${String(r(1e4)).padStart(4, '0')}`;
    const iin = completeIin(first);
    if (iin) return iin;
  }
}

export async function newCitizen(p: Platform, lang = 'ru'): Promise<{ iin: string; client: ApiClient }> {
  const iin = freshIin();
  await createCitizen({ endpoint: p.endpoint, region: p.region }, p.env.CITIZEN_POOL_ID!, iin);
  const client = new ApiClient(p.runtime.apiUrl, lang);
  const r = await client.loginCitizen(iin, DEMO_PASSWORD);
  if (r.status !== 200) throw new Error(`login failed ${r.status}`);
  await client.enroll(iin, 'Test Citizen');
  return { iin, client };
}

/** A staff member with one role (clerk by default) or several, in an agency (the Mangystau archives by default; '' for none). */
export async function newStaff(p: Platform, opts: { agencyId?: string; role?: StaffRole | StaffRole[] } = {}): Promise<{ username: string; client: ApiClient; iin?: string }> {
  const username = `staff-${randomBytes(4).toString('hex')}`;
  const roles = Array.isArray(opts.role) ? opts.role : [opts.role ?? 'clerk'];
  const groups = [...roles.map(roleGroup), ...(opts.agencyId === undefined ? [agencyGroup('mangystau-archives')] : opts.agencyId ? [agencyGroup(opts.agencyId)] : [])];
  await createStaff({ endpoint: p.endpoint, region: p.region }, p.env.STAFF_POOL_ID!, username, groups);
  const client = new ApiClient(p.runtime.apiUrl, 'ru');
  const r = await client.loginStaff(username, DEMO_PASSWORD);
  if (r.status !== 200) throw new Error(`staff login failed ${r.status}`);
  if (roles.some((r) => r === 'clerk' || r === 'head' || r === 'specialist' || r === 'operator')) {
    const iin = freshIin();
    await enrollStaffKey(username, roles.includes('operator') ? 'Test Operator' : 'Test Clerk', iin);
    return { username, client, iin };
  }
  return { username, client };
}
