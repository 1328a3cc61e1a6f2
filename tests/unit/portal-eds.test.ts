/**
 * The citizen portal's browser signing (web/src/portal/eds.ts), run here under Node's WebCrypto
 * (globalThis.crypto.subtle, the same API a browser has) and checked with the server's own code:
 * the CSR with parseCsr, the CMS with verifyDetached and the full condition-2 check, the signed
 * bytes against what scripts/lib/client.ts (the reference client) signs.
 */
import { createPublicKey, verify as nodeVerify, webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentOf as clientContentOf } from '../../scripts/lib/client.js';
import { verifyDetached } from '../../shared/pki/cms.js';
import { Condition2Checker, type RevocationLookup } from '../../shared/pki/condition2.js';
import { issueCertificate, parseCsr } from '../../shared/pki/x509.js';
import { BrowserKeySigner, certificateRequest, contentOf, ecdsaRawToDer, enroll, fromBase64, signRequest, toBase64, type CitizenKey, type RequestInput } from '../../web/src/portal/eds.js';
import { testCa } from '../support/test-ca.js';

const IIN = '880315400128';
const DAY = 86_400_000;
const good: RevocationLookup = async () => ({ status: 'good', checkedAt: new Date().toISOString(), source: 'test' });
const input: RequestInput = {
  applicantIin: IIN,
  serviceId: 'archive-certificate',
  serviceVersion: 1,
  form: { archive: 'state-archive', certificateType: 'work-record', organization: 'ТОО «Маңғыстаумұнайгаз»', periodFrom: 1998, periodTo: 2004, purpose: 'Для назначения пенсии' },
  attachments: [{ uploadId: 'u1', kind: 'work-record-book', sha256: 'ab'.repeat(32) }],
  language: 'kk',
};

let ca: Awaited<ReturnType<typeof testCa>>;
/** The certification centre's side of POST /v1/pki/certificates: parse the CSR, issue for its key. */
async function centre(body: { csr: string; usage: 'signing' }) {
  const { publicKeySpki, subject } = parseCsr(fromBase64(body.csr));
  const now = Date.now();
  const c = await issueCertificate({ issuerCertDer: ca.issuing, issuerSigner: ca.issuingKey, subjectPublicKeySpki: publicKeySpki, subject, usage: body.usage, notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) });
  return { certificate: toBase64(c.der), chain: [toBase64(ca.issuing), toBase64(ca.root)], serialNumber: c.serialNumber };
}
let key: CitizenKey;
beforeAll(async () => {
  ca = await testCa();
  key = await enroll(await BrowserKeySigner.generate(), IIN, 'Жұмабаева Айгүл', centre);
});

describe('the portal’s signing key (WebCrypto)', () => {
  it('is generated non-extractable: the private key cannot be exported, the public one can', async () => {
    const signer = await BrowserKeySigner.generate();
    const priv = signer.keys.privateKey as webcrypto.CryptoKey;
    expect(priv.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', priv)).rejects.toThrow();
    await expect(globalThis.crypto.subtle.exportKey('jwk', priv)).rejects.toThrow();
    expect((await signer.publicKeySpki()).length).toBe(91); // P-256 SubjectPublicKeyInfo
  });

  it('signs in DER, which node:crypto verifies, whatever the leading bits of r and s', async () => {
    const signer = await BrowserKeySigner.generate();
    const pub = createPublicKey({ key: Buffer.from(await signer.publicKeySpki()), format: 'der', type: 'spki' });
    for (let i = 0; i < 40; i++) {
      const data = new TextEncoder().encode(`message ${i}`);
      const sig = await signer.sign(data);
      expect(sig[0]).toBe(0x30);
      expect(nodeVerify('sha256', data, { key: pub, dsaEncoding: 'der' }, sig)).toBe(true);
    }
  });

  it('converts r‖s to DER INTEGERs: high bit padded, leading zeros dropped', () => {
    const r = new Uint8Array(32).fill(0x80);
    const s = new Uint8Array(32);
    s[30] = 0x01;
    s[31] = 0x02;
    const out = ecdsaRawToDer(Uint8Array.from([...r, ...s]));
    expect(Buffer.from(out).toString('hex')).toBe(`3027022100${'80'.repeat(32)}02020102`);
    expect(() => ecdsaRawToDer(new Uint8Array(63))).toThrow(/64-byte/);
  });
});

describe('the portal’s certificate request', () => {
  it('is a PKCS#10 the centre’s parseCsr accepts, for the citizen’s IIN and this key', async () => {
    const signer = await BrowserKeySigner.generate();
    const parsed = parseCsr(await certificateRequest(signer, IIN, 'Жұмабаева Айгүл'));
    expect(parsed.subject).toEqual({ commonName: 'Жұмабаева Айгүл', iin: IIN });
    expect(Buffer.from(parsed.publicKeySpki).equals(Buffer.from(await signer.publicKeySpki()))).toBe(true);
  });
});

describe('a request signed in the browser', () => {
  it('signs the very bytes the reference client signs', () => {
    const at = '2026-12-02T10:00:00.000Z';
    expect(Buffer.from(contentOf(input, at)).equals(Buffer.from(clientContentOf(input, at)))).toBe(true);
  });

  it('passes the server’s signature check (verifyDetached and condition 2) for the request’s IIN', async () => {
    const body = await signRequest(key, input, new Date());
    const cms = fromBase64(body.signature.value);
    const content = clientContentOf({ ...input, form: body.form, attachments: body.attachments }, body.signature.signedAt);
    const v = verifyDetached(cms, content);
    expect(v.ok).toBe(true);
    const checked = await new Condition2Checker([ca.root], []).check({ cms, content, expected: { iin: IIN }, revocation: good, now: new Date() });
    expect(checked).toMatchObject({ ok: true, signer: { iin: IIN, commonName: 'Жұмабаева Айгүл', serialNumber: key.serialNumber } });
    expect(body).toMatchObject({ serviceId: 'archive-certificate', channel: 'portal', language: 'kk', signature: { format: 'cms' } });
    expect(body.signature.signedAt).toMatch(/:\d\d\.000Z$/); // whole seconds, as the CMS signingTime carries it
  });

  it('signs for a legal entity with a certificate carrying the IIN and the BIN, as condition 2 checks them', async () => {
    const BIN = '050340001236';
    const org = { bin: BIN, name: 'ТОО «Маңғыстау Құрылыс»' };
    const signer = await BrowserKeySigner.generate();
    expect(parseCsr(await certificateRequest(signer, IIN, 'Жұмабаева Айгүл', org)).subject).toEqual({ commonName: 'Жұмабаева Айгүл', iin: IIN, bin: BIN, organisation: org.name });
    const orgKey = await enroll(signer, IIN, 'Жұмабаева Айгүл', centre, org);
    const forOrg = { ...input, serviceId: 'communications-licence', applicantBin: BIN };
    const at = '2026-12-02T10:00:00.000Z';
    expect(Buffer.from(contentOf(forOrg, at)).equals(Buffer.from(clientContentOf(forOrg, at)))).toBe(true);
    expect(Buffer.from(contentOf(forOrg, at)).equals(Buffer.from(contentOf(input, at)))).toBe(false);
    const body = await signRequest(orgKey, forOrg);
    expect(body.applicantBin).toBe(BIN);
    const cms = fromBase64(body.signature.value);
    const content = clientContentOf(forOrg, body.signature.signedAt);
    const checker = new Condition2Checker([ca.root], []);
    expect(await checker.check({ cms, content, expected: { iin: IIN, bin: BIN }, revocation: good, now: new Date() })).toMatchObject({ ok: true, signer: { iin: IIN, bin: BIN } });
    // The personal certificate (no BIN) signing the same request: refused as the server refuses it.
    const personal = await signRequest(key, forOrg);
    expect(await checker.check({ cms: fromBase64(personal.signature.value), content: clientContentOf(forOrg, personal.signature.signedAt), expected: { iin: IIN, bin: BIN }, revocation: good, now: new Date() })).toMatchObject({ ok: false, code: 'EDS_BIN_MISMATCH' });
  });

  it('fails the server’s check once the form is changed after signing', async () => {
    const body = await signRequest(key, input);
    const content = clientContentOf({ ...input, form: { ...input.form, purpose: 'changed' } }, body.signature.signedAt);
    expect(verifyDetached(fromBase64(body.signature.value), content)).toMatchObject({ ok: false, code: 'EDS_INVALID_SIGNATURE' });
  });
});
