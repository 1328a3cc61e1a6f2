/**
 * npm run eds — the citizen's side of digital signatures, as a small CLI (the browser does the
 * same in the portal): the key is generated and kept here, only a CSR goes to the certification
 * centre, and requests are signed here.
 *
 *   npm run eds -- enroll --iin 880315400128 [--password …] [--usage signing|authentication]
 *   npm run eds -- sign --iin 880315400128 --request request.json   > body.json
 *   npm run eds -- status --iin 880315400128
 *
 * Keys live in .local/keys/<iin>-<usage>.json (private key as JWK, certificate and chain).
 * The API is the one `npm start` runs, or --api URL.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { ApiClient, signRequestWith, type CitizenSigner, type RequestInput } from './lib/client.js';
import { WebCryptoKeySigner } from '../shared/pki/webcrypto-signer.js';
import { isValidIin } from '../shared/domain/iin.js';

export interface StoredKey {
  iin: string;
  usage: 'signing' | 'authentication';
  privateJwk: webcrypto.JsonWebKey;
  certificate: string;
  chain: string[];
  serialNumber: string;
}

const keyFile = (dir: string, iin: string, usage: string) => join(dir, `${iin}-${usage}.json`);

/** Generates a key here, asks the centre for a certificate (signed-in citizen, own IIN), saves both. */
export async function enrollKey(o: { api: string; iin: string; password: string; usage?: 'signing' | 'authentication'; dir: string; commonName?: string }): Promise<StoredKey> {
  const usage = o.usage ?? 'signing';
  const client = new ApiClient(o.api);
  const login = await client.loginCitizen(o.iin, o.password);
  if (login.status !== 200) throw new Error(`sign-in refused: ${login.status} ${login.body?.error?.code ?? ''}`);
  const key = await WebCryptoKeySigner.generate();
  const s = await client.enroll(o.iin, o.commonName ?? `Citizen ${o.iin.slice(-4)}`, usage, key);
  const stored: StoredKey = {
    iin: o.iin,
    usage,
    privateJwk: await key.exportJwk(),
    certificate: Buffer.from(s.certDer).toString('base64'),
    chain: s.chain.map((c) => Buffer.from(c).toString('base64')),
    serialNumber: s.serialNumber,
  };
  mkdirSync(o.dir, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile(o.dir, o.iin, usage), JSON.stringify(stored, null, 2), { mode: 0o600 });
  return stored;
}

export async function loadSigner(dir: string, iin: string, usage = 'signing'): Promise<CitizenSigner> {
  const k = JSON.parse(readFileSync(keyFile(dir, iin, usage), 'utf8')) as StoredKey;
  return {
    key: await WebCryptoKeySigner.fromJwk(k.privateJwk),
    certDer: new Uint8Array(Buffer.from(k.certificate, 'base64')),
    chain: k.chain.map((c) => new Uint8Array(Buffer.from(c, 'base64'))),
    serialNumber: k.serialNumber,
  };
}

/** The body of POST /v1/requests for a request described in a JSON file, signed with the stored key. */
export async function signRequestFile(dir: string, iin: string, input: RequestInput) {
  if (input.applicantIin !== iin) throw new Error('the request names another applicant than the key holder');
  return signRequestWith(await loadSigner(dir, iin), input);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const args = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) args.set(rest[i]!.replace(/^--/, ''), rest[i + 1] ?? '');
  const iin = args.get('iin') ?? '';
  if (!isValidIin(iin)) throw new Error('--iin must be a valid 12-digit IIN');
  const dir = args.get('keys') ?? join(process.cwd(), '.local', 'keys');
  const api = args.get('api') ?? (await (await import('./local/platform.js')).readState())?.apiUrl;
  if (command === 'enroll') {
    if (!api) throw new Error('no running platform: start one with npm start, or pass --api URL');
    const { DEMO_PASSWORD } = await import('./local/seed.js');
    const usage = args.get('usage') === 'authentication' ? 'authentication' : 'signing';
    const k = await enrollKey({ api, iin, password: args.get('password') ?? DEMO_PASSWORD, usage, dir });
    console.log(`certificate ${k.serialNumber} (${usage}) issued; key and certificate saved in ${keyFile(dir, iin, usage)} — the private key never left this machine`);
  } else if (command === 'sign') {
    const file = args.get('request');
    if (!file) throw new Error('--request FILE (JSON: applicantIin, serviceId, form, attachments[{uploadId, kind, sha256}])');
    console.log(JSON.stringify(await signRequestFile(dir, iin, JSON.parse(readFileSync(file, 'utf8')) as RequestInput), null, 2));
  } else if (command === 'status') {
    if (!api) throw new Error('no running platform: start one with npm start, or pass --api URL');
    const k = JSON.parse(readFileSync(keyFile(dir, iin, args.get('usage') ?? 'signing'), 'utf8')) as StoredKey;
    const r = await new ApiClient(api).call('GET', `/v1/pki/status/${k.serialNumber}`);
    console.log(JSON.stringify(r.body, null, 2));
  } else {
    console.log('usage: npm run eds -- enroll|sign|status --iin IIN [--password P] [--usage signing|authentication] [--request FILE] [--api URL] [--keys DIR]');
    process.exitCode = 2;
  }
}

if (process.argv[1]?.endsWith('eds.ts')) {
  main().catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
