/**
 * A P-256 key held by this process (WebCrypto): the citizen's own key on their device, and test
 * keys. WebCrypto signs as r||s; KMS and X.509/CMS want DER, so the signature is converted.
 */
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import type { KeySigner } from '../ports/index.js';

const subtle = webcrypto.subtle;

export function p1363ToDer(sig: Uint8Array): Uint8Array {
  const half = sig.length / 2;
  const int = (b: Uint8Array) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const trimmed = b.slice(i);
    // A leading 1 bit would make the INTEGER negative: prefix a zero byte.
    const v = trimmed[0]! & 0x80 ? Uint8Array.from([0, ...trimmed]) : trimmed;
    return new asn1js.Integer({ valueHex: v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength) as ArrayBuffer });
  };
  return new Uint8Array(new asn1js.Sequence({ value: [int(sig.slice(0, half)), int(sig.slice(half))] }).toBER());
}

export class WebCryptoKeySigner implements KeySigner {
  private constructor(
    private readonly keys: webcrypto.CryptoKeyPair,
    private readonly spki: Uint8Array,
  ) {}

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
    const raw = new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, data));
    return p1363ToDer(raw);
  }
}
