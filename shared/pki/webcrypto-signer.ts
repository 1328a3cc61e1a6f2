/**
 * A P-256 key held by this process (WebCrypto): the citizen's own key on their device, and test
 * keys. It signs through node:crypto in DER, the form KMS returns and X.509/CMS carry.
 */
import { KeyObject, sign as cryptoSign, webcrypto } from 'node:crypto';
import type { KeySigner } from '../ports/index.js';

const subtle = webcrypto.subtle;

export class WebCryptoKeySigner implements KeySigner {
  /** The same private key for node:crypto, which signs in DER directly and without a thread hop. */
  private readonly privateKeyObject: KeyObject;

  private constructor(
    private readonly keys: webcrypto.CryptoKeyPair,
    private readonly spki: Uint8Array,
  ) {
    this.privateKeyObject = KeyObject.from(keys.privateKey);
  }

  static async generate(): Promise<WebCryptoKeySigner> {
    const keys = (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
    return new WebCryptoKeySigner(keys, new Uint8Array(await subtle.exportKey('spki', keys.publicKey)));
  }

  static async fromJwk(privateJwk: webcrypto.JsonWebKey): Promise<WebCryptoKeySigner> {
    const privateKey = await subtle.importKey('jwk', privateJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
    const { d: _d, key_ops: _ops, ...pub } = privateJwk;
    const publicKey = await subtle.importKey('jwk', { ...pub, key_ops: ['verify'] }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
    return new WebCryptoKeySigner({ privateKey, publicKey }, new Uint8Array(await subtle.exportKey('spki', publicKey)));
  }

  exportJwk(): Promise<webcrypto.JsonWebKey> {
    return subtle.exportKey('jwk', this.keys.privateKey);
  }

  async publicKeySpki(): Promise<Uint8Array> {
    return this.spki;
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    return new Uint8Array(cryptoSign('sha256', data, { key: this.privateKeyObject, dsaEncoding: 'der' }));
  }
}
