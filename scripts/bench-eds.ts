/**
 * npm run bench:eds — verifications per second of a request signature, measured in this run on
 * this machine, side by side with the bare node:crypto ECDSA P-256 verify they are built on:
 *  - floor: crypto.verify of one ECDSA signature (what any verification must do at least once);
 *  - verifyDetached: parse the CMS, check the content digest, verify the signature;
 *  - condition 2: all of the above plus the chain to the root, validity at signing time, key
 *    usage, IIN, and a revocation answer (an in-memory lookup, so the figure is our own code's).
 *  - condition 2 cold: the same with the certificate cache emptied before each check (a
 *    citizen's first signature; the CA certificates are otherwise decoded once per process).
 * Each is run for a fixed time on one core; the ratio says what the CMS/X.509 work costs.
 */
import { pathToFileURL } from 'node:url';
import { generateKeyPairSync, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import { Condition2Checker, type RevocationLookup } from '../shared/pki/condition2.js';
import { verifyDetached } from '../shared/pki/cms.js';
import { WebCryptoKeySigner } from '../shared/pki/webcrypto-signer.js';
import { clearCertificateCache, createRootCertificate, issueCaCertificate, issueCertificate } from '../shared/pki/x509.js';
import { contentOf, signRequestWith, type RequestInput } from './lib/client.js';
import { archiveForm } from './lib/client.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SECONDS = Number(args.get('seconds') ?? 2);
const DAY = 86_400_000;

async function rate(name: string, fn: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await fn(); // warm up
  let n = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) await fn();
    n += 50;
  }
  const perSecond = n / ((performance.now() - t0) / 1000);
  console.log(`  ${name.padEnd(46)} ${perSecond.toFixed(0).padStart(8)} /s   ${(1e6 / perSecond).toFixed(1).padStart(7)} µs each`);
  return perSecond;
}

/** Runs the four measurements, prints them, and returns the rates (per second). */
export async function edsBench(): Promise<{ floor: number; detached: number; full: number; cold: number }> {
  const now = Date.now();
  const rootKey = await WebCryptoKeySigner.generate();
  const issuingKey = await WebCryptoKeySigner.generate();
  const root = await createRootCertificate({ signer: rootKey, commonName: 'Bench Root', notBefore: new Date(now - DAY), notAfter: new Date(now + 3650 * DAY) });
  const issuing = await issueCaCertificate({ issuerCertDer: root, issuerSigner: rootKey, subjectSigner: issuingKey, commonName: 'Bench Issuing', notBefore: new Date(now - DAY), notAfter: new Date(now + 3650 * DAY) });
  const iin = '900101300126';
  const key = await WebCryptoKeySigner.generate();
  const cert = await issueCertificate({ issuerCertDer: issuing, issuerSigner: issuingKey, subjectPublicKeySpki: await key.publicKeySpki(), subject: { commonName: 'Bench Citizen', iin }, usage: 'signing', notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) });

  const input: RequestInput = { applicantIin: iin, serviceId: 'archive-certificate', form: archiveForm, attachments: [{ uploadId: 'u1', kind: 'work-record-book', sha256: 'a'.repeat(64) }] };
  const signedAt = new Date();
  const body = await signRequestWith({ key, certDer: cert.der, chain: [issuing], serialNumber: cert.serialNumber }, input, signedAt);
  const cms = new Uint8Array(Buffer.from(body.signature.value, 'base64'));
  const content = contentOf(input, signedAt.toISOString());
  if (process.env.BENCH_DUMP) (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, cms);

  const bare = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const bareSig = cryptoSign('sha256', content, bare.privateKey);
  const checker = new Condition2Checker([root], [issuing]);
  const good: RevocationLookup = async () => ({ status: 'good', checkedAt: new Date().toISOString(), source: 'bench' });

  if (!cryptoVerify('sha256', content, bare.publicKey, bareSig)) throw new Error('bare verify failed');
  if (!verifyDetached(cms, content).ok) throw new Error('verifyDetached failed');
  const c2 = await checker.check({ cms, content, expected: { iin }, revocation: good, now: new Date() });
  if (!c2.ok) throw new Error(`condition 2 failed: ${c2.code}`);

  console.log(`EDS verification, ${SECONDS} s each, one core, ${process.version}; request content ${content.length} B, CMS ${cms.length} B`);
  const floor = await rate('node:crypto ECDSA P-256 verify (floor)', () => cryptoVerify('sha256', content, bare.publicKey, bareSig));
  const detached = await rate('verifyDetached (CMS parse + digest + verify)', () => verifyDetached(cms, content));
  const full = await rate('condition 2 (+ chain, validity, usage, IIN)', () => checker.check({ cms, content, expected: { iin }, revocation: good, now: new Date() }));
  const cold = await rate('condition 2, certificates never seen before', () => {
    clearCertificateCache();
    return checker.check({ cms, content, expected: { iin }, revocation: good, now: new Date() });
  });
  console.log('');
  console.log(`  ratio verifyDetached / floor: ${(detached / floor).toFixed(2)}  (${(floor / detached).toFixed(2)}× the cost of one bare verify)`);
  console.log(`  ratio condition 2 / floor:    ${(full / floor).toFixed(2)}  (${(floor / full).toFixed(2)}× the cost of one bare verify)`);
  console.log(`  ratio cold condition 2 / floor: ${(cold / floor).toFixed(3)}  (${(floor / cold).toFixed(2)}× the cost of one bare verify)`);
  return { floor, detached, full, cold };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  edsBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
