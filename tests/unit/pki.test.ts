import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as cmsAsn from '@peculiar/asn1-cms';
import { readSignedData, signDetached, verifyDetached } from '../../shared/pki/cms.js';
import { readSignedDataGeneral } from '../../shared/pki/cms-general.js';
import { readTime, readWhole, time } from '../../shared/pki/der.js';
import { subjectAttributes, subjectIin } from '../../shared/pki/cert-subject.js';
import { Condition2Checker, type RevocationLookup } from '../../shared/pki/condition2.js';
import { buildCrl, createCsr, parseCertificate, parseCrl, parseCsr, CsrInvalidError } from '../../shared/pki/x509.js';
import { WebCryptoKeySigner } from '../../shared/pki/webcrypto-signer.js';
import { testCa } from '../support/test-ca.js';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
const DAY = 86_400_000;
const IIN = '880315400128';
const content = new TextEncoder().encode('{"serviceId":"archive-certificate","form":{"purpose":"pension"}}');
const good: RevocationLookup = async () => ({ status: 'good', checkedAt: new Date().toISOString(), source: 'test' });

let ca: Awaited<ReturnType<typeof testCa>>;
let checker: Condition2Checker;
beforeAll(async () => {
  ca = await testCa();
  checker = new Condition2Checker([ca.root], [ca.issuing]);
});

async function signedBy(person: { key: WebCryptoKeySigner; cert: Uint8Array }, data = content, signingTime = new Date()) {
  return signDetached({ content: data, signerCertDer: person.cert, signer: person.key, signingTime, chainDers: [ca.issuing] });
}

describe('certificates of the simulated certification centre', () => {
  it('carry the IIN as serialNumber=IIN… and verify with @peculiar/x509 independently', async () => {
    const p = await ca.person({ commonName: 'Жұмабаева Айгүл', iin: IIN });
    const px = new x509.X509Certificate(p.cert);
    expect(px.subject).toContain(`2.5.4.5=IIN${IIN}`);
    expect(await px.verify({ publicKey: await new x509.X509Certificate(ca.issuing).publicKey.export(), signatureOnly: true })).toBe(true);
    expect(parseCertificate(p.cert).keyUsage).toMatchObject({ digitalSignature: true, nonRepudiation: true });
  });

  it('read the same with our DER reader as with @peculiar/x509: serial, validity, usage, CA flag, names', async () => {
    const people = [await ca.person({ commonName: 'Жұмабаева Айгүл', iin: IIN, bin: '990140000123', organisation: 'ТОО «Байланыс»' }), await ca.person({ commonName: 'X', iin: IIN }, { usage: 'authentication' })];
    for (const der of [ca.root, ca.issuing, ...people.map((p) => p.cert)]) {
      const ours = parseCertificate(der);
      const theirs = new x509.X509Certificate(der);
      expect(ours.serialNumber).toBe(theirs.serialNumber.toLowerCase());
      expect(ours.notBefore.getTime()).toBe(theirs.notBefore.getTime());
      expect(ours.notAfter.getTime()).toBe(theirs.notAfter.getTime());
      const ku = theirs.getExtension(x509.KeyUsagesExtension);
      expect(ours.keyUsage).toEqual({ digitalSignature: !!(ku!.usages & x509.KeyUsageFlags.digitalSignature), nonRepudiation: !!(ku!.usages & x509.KeyUsageFlags.nonRepudiation), keyEncipherment: !!(ku!.usages & x509.KeyUsageFlags.keyEncipherment), keyCertSign: !!(ku!.usages & x509.KeyUsageFlags.keyCertSign), cRLSign: !!(ku!.usages & x509.KeyUsageFlags.cRLSign) });
      expect(ours.isCa).toBe(theirs.getExtension(x509.BasicConstraintsExtension)?.ca ?? false);
      expect(theirs.subject).toContain(`CN=${ours.subject.commonName}`);
      expect(Buffer.from(ours.spkiDer).equals(Buffer.from(theirs.publicKey.rawData))).toBe(true);
    }
    expect(parseCertificate(people[0]!.cert).subject).toMatchObject({ iin: IIN, bin: '990140000123', organisation: 'ТОО «Байланыс»' });
    expect(() => parseCertificate(Uint8Array.from([0x30, 0x03, 0x02, 0x01, 0x01]))).toThrow(/malformed certificate/);
  });

  it('distinguish authentication certificates by key usage', async () => {
    const p = await ca.person({ commonName: 'X', iin: IIN }, { usage: 'authentication' });
    expect(parseCertificate(p.cert).keyUsage).toMatchObject({ digitalSignature: true, nonRepudiation: false, keyEncipherment: true });
  });

  it('round-trip a CSR and refuse one whose signature is broken', async () => {
    const key = await WebCryptoKeySigner.generate();
    const csr = await createCsr({ signer: key, subject: { commonName: 'Ахметов Нұрлан', iin: '910725300458' } });
    const parsed = parseCsr(csr);
    expect(parsed.subject.iin).toBe('910725300458');
    // An independent decoder reads the same request and finds its signature good.
    const theirs = new x509.Pkcs10CertificateRequest(csr);
    expect(theirs.subject).toContain('2.5.4.5=IIN910725300458');
    expect(await theirs.verify()).toBe(true);
    expect(Buffer.from(parsed.publicKeySpki).equals(Buffer.from(await key.publicKeySpki()))).toBe(true);
    const broken = Uint8Array.from(csr);
    broken[broken.length - 5] = broken[broken.length - 5]! ^ 0xff;
    expect(() => parseCsr(broken)).toThrow(CsrInvalidError);
    expect(() => parseCsr(new TextEncoder().encode('not a csr'))).toThrow(CsrInvalidError);
  });

  it('publish a signed CRL that lists revoked serials and verifies with the issuer only', async () => {
    const p = await ca.person({ commonName: 'X', iin: IIN });
    const crl = parseCrl(await buildCrl({ issuerCertDer: ca.issuing, issuerSigner: ca.issuingKey, revoked: [{ serialNumber: p.serialNumber, revokedAt: new Date() }], thisUpdate: new Date(), nextUpdate: new Date(Date.now() + DAY), crlNumber: 7 }));
    expect(crl.revoked.has(p.serialNumber)).toBe(true);
    const crlDer = await buildCrl({ issuerCertDer: ca.issuing, issuerSigner: ca.issuingKey, revoked: [{ serialNumber: p.serialNumber, revokedAt: new Date() }], thisUpdate: new Date(), nextUpdate: new Date(Date.now() + DAY), crlNumber: 300 });
    const theirs = new x509.X509Crl(crlDer);
    expect(theirs.entries.map((e) => e.serialNumber.toLowerCase())).toEqual([p.serialNumber]);
    expect(await theirs.verify({ publicKey: await new x509.X509Certificate(ca.issuing).publicKey.export() })).toBe(true);
    expect(crl.verify(parseCertificate(ca.issuing))).toBe(true);
    expect(crl.verify(parseCertificate(ca.root))).toBe(false);
  });
});

describe('condition 2', () => {
  it('accepts a valid signature by the applicant and names the signer', async () => {
    const p = await ca.person({ commonName: 'Жұмабаева Айгүл', iin: IIN });
    const r = await checker.check({ cms: await signedBy(p), content, expected: { iin: IIN }, revocation: good, now: new Date() });
    expect(r).toMatchObject({ ok: true, signer: { iin: IIN }, revocation: { status: 'good' } });
  });

  const cases: [string, string, () => Promise<{ cms: Uint8Array; data?: Uint8Array; expected?: { iin: string; bin?: string }; revocation?: RevocationLookup }>][] = [
    ['tampered content', 'EDS_INVALID_SIGNATURE', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN })), data: new TextEncoder().encode('{"changed":true}') })],
    ['tampered attachment hash', 'EDS_INVALID_SIGNATURE', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN })), data: new TextEncoder().encode('{"serviceId":"archive-certificate","form":{"purpose":"pension"},"sha256":"00"}') })],
    ['tampered signature bytes', 'EDS_INVALID_SIGNATURE', async () => {
      const cms = await signedBy(await ca.person({ commonName: 'A', iin: IIN }));
      const t = Uint8Array.from(cms);
      t[t.length - 3] = t[t.length - 3]! ^ 0x01;
      return { cms: t };
    }],
    ['garbage', 'EDS_MALFORMED', async () => ({ cms: new TextEncoder().encode('hello') })],
    ['a foreign certification centre', 'EDS_UNTRUSTED_CHAIN', async () => {
      const other = await testCa('Foreign');
      const p = await other.person({ commonName: 'A', iin: IIN });
      return { cms: await signDetached({ content, signerCertDer: p.cert, signer: p.key, signingTime: new Date(), chainDers: [other.issuing] }) };
    }],
    ['an expired certificate', 'EDS_EXPIRED', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN }, { notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) })) })],
    ['a certificate not yet valid', 'EDS_NOT_YET_VALID', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN }, { notBefore: new Date(Date.now() + DAY), notAfter: new Date(Date.now() + 400 * DAY) })) })],
    ['a signing time in the future', 'EDS_NOT_YET_VALID', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN }), content, new Date(Date.now() + DAY)) })],
    ['an authentication-only certificate', 'EDS_WRONG_KEY_USAGE', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN }, { usage: 'authentication' })) })],
    ['another person’s IIN', 'EDS_IIN_MISMATCH', async () => ({ cms: await signedBy(await ca.person({ commonName: 'B', iin: '910725300458' })) })],
    ['another organisation’s BIN', 'EDS_BIN_MISMATCH', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN, bin: '990140000123', organisation: 'ТОО X' })), expected: { iin: IIN, bin: '030540001234' } })],
    ['a revoked certificate', 'EDS_REVOKED', async () => {
      const p = await ca.person({ commonName: 'A', iin: IIN });
      const crl = parseCrl(await buildCrl({ issuerCertDer: ca.issuing, issuerSigner: ca.issuingKey, revoked: [{ serialNumber: p.serialNumber, revokedAt: new Date(Date.now() - 1000) }], thisUpdate: new Date(), nextUpdate: new Date(Date.now() + DAY), crlNumber: 2 }));
      const fromCrl: RevocationLookup = async (serial, issuer) => {
        if (!crl.verify(issuer)) return { status: 'unknown', checkedAt: new Date().toISOString(), source: 'crl', reason: 'bad CRL' };
        const at = crl.revoked.get(serial);
        return at ? { status: 'revoked', checkedAt: new Date().toISOString(), source: 'crl', revokedAt: at.toISOString() } : { status: 'good', checkedAt: new Date().toISOString(), source: 'crl' };
      };
      return { cms: await signedBy(p), revocation: fromCrl };
    }],
    ['an unreachable status service', 'EDS_STATUS_UNKNOWN', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN })), revocation: async () => { throw new Error('ECONNREFUSED'); } })],
    ['an unknown status', 'EDS_STATUS_UNKNOWN', async () => ({ cms: await signedBy(await ca.person({ commonName: 'A', iin: IIN })), revocation: async () => ({ status: 'unknown', checkedAt: new Date().toISOString(), source: 'ocsp', reason: 'not issued by us' }) })],
  ];

  for (const [what, code, make] of cases) {
    it(`refuses ${what} with ${code}`, async () => {
      const c = await make();
      const r = await checker.check({ cms: c.cms, content: c.data ?? content, expected: c.expected ?? { iin: IIN }, revocation: c.revocation ?? good, now: new Date() });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.code).toBe(code);
    });
  }

  it('lets a legal entity’s representative sign when both IIN and BIN match', async () => {
    const p = await ca.person({ commonName: 'Директор', iin: IIN, bin: '990140000123', organisation: 'ТОО «Байланыс»' });
    const r = await checker.check({ cms: await signedBy(p), content, expected: { iin: IIN, bin: '990140000123' }, revocation: good, now: new Date() });
    expect(r).toMatchObject({ ok: true, signer: { iin: IIN, bin: '990140000123' } });
  });

  it('verifies a detached signature made with a DER-converted WebCrypto signature', async () => {
    const p = await ca.person({ commonName: 'A', iin: IIN });
    const v = verifyDetached(await signedBy(p), content);
    expect(v.ok).toBe(true);
  });
});

describe('the DER reader and writer on the hot path', () => {
  const summary = (p: ReturnType<typeof readSignedData>) => ({
    signer: p.signer.serialNumber,
    certificates: p.certificates.map((c) => c.serialNumber),
    signingTime: p.signingTime?.toISOString(),
    messageDigest: Buffer.from(p.messageDigest).toString('hex'),
    signedAttrs: Buffer.from(p.signedAttrs).toString('hex'),
    signature: Buffer.from(p.signature).toString('hex'),
  });

  it('writes a SignedData that @peculiar/asn1-cms reads field by field', async () => {
    const p = await ca.person({ commonName: 'A', iin: IIN });
    const at = new Date('2026-12-02T10:11:12Z');
    const cms = await signedBy(p, content, at);
    const ci = AsnConvert.parse(cms, cmsAsn.ContentInfo);
    expect(ci.contentType).toBe('1.2.840.113549.1.7.2');
    const sd = AsnConvert.parse(ci.content, cmsAsn.SignedData);
    expect(sd.certificates?.length).toBe(2);
    expect(sd.encapContentInfo.eContent).toBeUndefined();
    const si = sd.signerInfos[0]!;
    expect(Buffer.from(si.sid.issuerAndSerialNumber!.serialNumber).toString('hex')).toBe(p.serialNumber);
    expect(si.signedAttrs?.map((a) => a.attrType).sort()).toEqual(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.5']);
    expect(summary(readSignedData(cms))).toEqual(summary(readSignedDataGeneral(cms)));
    expect(readSignedData(cms).signingTime?.toISOString()).toBe(at.toISOString());
  });

  it('hands BER (indefinite lengths) to the general decoder when given one, with the same reading', async () => {
    const p = await ca.person({ commonName: 'A', iin: IIN });
    const cms = await signedBy(p);
    const outer = readWhole(cms, 0x30);
    const ber = Uint8Array.from([0x30, 0x80, ...cms.subarray(outer.body), 0, 0]);
    expect(summary(readSignedData(ber, readSignedDataGeneral))).toEqual(summary(readSignedData(cms)));
    expect(verifyDetached(ber, content, readSignedDataGeneral).ok).toBe(true);
    // Without the general decoder (result documents: always our own DER), BER is malformed.
    expect(verifyDetached(ber, content)).toMatchObject({ ok: false, code: 'EDS_MALFORMED' });
  });

  it('reads a certificate’s subject as the full decoder does', async () => {
    const p = await ca.person({ commonName: 'Жұмабаева Айгүл', iin: IIN, bin: '990140000123', organisation: 'ТОО «Байланыс»' });
    const full = parseCertificate(p.cert).subject;
    expect(subjectIin(p.cert)).toBe(full.iin);
    expect(subjectAttributes(p.cert).get('2.5.4.3')).toBe(full.commonName);
    expect(subjectAttributes(p.cert).get('2.5.4.11')).toBe(`BIN${full.bin}`);
    expect(subjectIin(ca.issuing)).toBeUndefined();
  });

  it('writes and reads times on both sides of 2050', () => {
    for (const iso of ['1999-12-31T23:59:59Z', '2026-02-28T00:00:00Z', '2049-12-31T23:59:59Z', '2050-01-01T00:00:00Z']) {
      const t = time(new Date(iso));
      expect(readTime(t, readWhole(t, t[0]!)).toISOString()).toBe(new Date(iso).toISOString());
    }
  });

  it('never accepts a mutated signature as someone else’s, and never throws', async () => {
    const p = await ca.person({ commonName: 'A', iin: IIN });
    const cms = await signedBy(p);
    const original = summary(readSignedData(cms));
    await fc.assert(
      fc.property(fc.nat(cms.length - 1), fc.integer({ min: 1, max: 255 }), fc.constantFrom('flip', 'cut', 'insert'), (at, x, how) => {
        const m = how === 'flip' ? Uint8Array.from(cms, (b, i) => (i === at ? b ^ x : b)) : how === 'cut' ? cms.slice(0, at) : Uint8Array.from([...cms.subarray(0, at), x, ...cms.subarray(at)]);
        const v = verifyDetached(m, content, readSignedDataGeneral);
        if (v.ok) {
          // Only bytes outside what is signed and who signed may change (e.g. an unused algorithm parameter).
          expect(summary(v.parsed).signer).toBe(original.signer);
          expect(summary(v.parsed).signedAttrs).toBe(original.signedAttrs);
        } else expect(['EDS_MALFORMED', 'EDS_INVALID_SIGNATURE']).toContain(v.code);
      }),
      { numRuns: 400 },
    );
  });
});
