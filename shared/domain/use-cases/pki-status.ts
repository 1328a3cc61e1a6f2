/**
 * What checking a signature needs from the certification centre: the status of a certificate
 * from its registry, and a condition-2 checker trusting its root. Kept apart from issuing (which
 * builds certificates and CRLs and talks to KMS) so the functions that only check signatures do not load it.
 */
import type { PkiStore } from '../../ports/index.js';
import { Condition2Checker, type RevocationStatus } from '../../pki/condition2.js';

/** OCSP-style answer from the registry: a certificate the centre never issued is "unknown". */
export async function certificateStatus(deps: { pki: PkiStore; clock: { now(): Date } }, serialNumber: string): Promise<RevocationStatus> {
  const c = await deps.pki.getCertificate(serialNumber);
  const checkedAt = deps.clock.now().toISOString();
  if (!c) return { status: 'unknown', checkedAt, source: 'e-qyzmet-nuc', reason: 'not issued by this centre' };
  if (c.status === 'revoked') return { status: 'revoked', checkedAt, source: 'e-qyzmet-nuc', revokedAt: c.revokedAt ?? checkedAt };
  return { status: 'good', checkedAt, source: 'e-qyzmet-nuc' };
}

/** A checker trusting this centre's root, cached per process (CA certificates never change). */
let checker: { key: string; checker: Condition2Checker } | undefined;
export async function condition2Checker(pki: PkiStore): Promise<Condition2Checker> {
  const ca = await pki.getCa();
  if (!ca) throw new Error('the certification centre has no CA yet');
  const key = Buffer.from(ca.root).toString('base64').slice(-32);
  if (!checker || checker.key !== key) checker = { key, checker: new Condition2Checker([ca.root], [ca.issuing]) };
  return checker.checker;
}

