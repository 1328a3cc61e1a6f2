/** A certification centre inside the test suite: root → issuing CA → end entities, WebCrypto keys. */
import { WebCryptoKeySigner } from '../../shared/pki/webcrypto-signer.js';
import { createRootCertificate, issueCaCertificate, issueCertificate, type SubjectInfo, type Usage } from '../../shared/pki/x509.js';

const DAY = 86_400_000;

export async function testCa(name = 'Test ҰКО') {
  const rootKey = await WebCryptoKeySigner.generate();
  const issuingKey = await WebCryptoKeySigner.generate();
  const now = Date.now();
  const root = await createRootCertificate({ signer: rootKey, commonName: `${name} Root`, notBefore: new Date(now - 10 * 365 * DAY), notAfter: new Date(now + 20 * 365 * DAY) });
  const issuing = await issueCaCertificate({ issuerCertDer: root, issuerSigner: rootKey, subjectSigner: issuingKey, commonName: `${name} Issuing`, notBefore: new Date(now - 5 * 365 * DAY), notAfter: new Date(now + 10 * 365 * DAY) });
  return {
    root,
    issuing,
    issuingKey,
    async person(subject: SubjectInfo, o: { usage?: Usage; notBefore?: Date; notAfter?: Date } = {}) {
      const key = await WebCryptoKeySigner.generate();
      const cert = await issueCertificate({
        issuerCertDer: issuing,
        issuerSigner: issuingKey,
        subjectPublicKeySpki: await key.publicKeySpki(),
        subject,
        usage: o.usage ?? 'signing',
        notBefore: o.notBefore ?? new Date(now - DAY),
        notAfter: o.notAfter ?? new Date(now + 365 * DAY),
      });
      return { key, cert: cert.der, serialNumber: cert.serialNumber };
    },
  };
}
