/**
 * A KMS asymmetric key (ECC_NIST_P256, SIGN_VERIFY) as a KeySigner: the private key never leaves
 * KMS; KMS hashes the message (MessageType RAW) and returns a DER ECDSA signature. The public key
 * is fetched once and cached, so verification never calls KMS.
 */
import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';

export class KmsKeySigner {
  private spki?: Uint8Array;
  constructor(
    private readonly kms: KMSClient,
    readonly keyId: string,
  ) {}

  async publicKeySpki(): Promise<Uint8Array> {
    if (!this.spki) {
      const r = await this.kms.send(new GetPublicKeyCommand({ KeyId: this.keyId }));
      if (!r.PublicKey) throw new Error(`KMS key ${this.keyId} has no public key`);
      this.spki = r.PublicKey;
    }
    return this.spki;
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    // KMS takes at most 4096 bytes with MessageType RAW; certificates' TBS and CMS signed attributes fit.
    const r = await this.kms.send(new SignCommand({ KeyId: this.keyId, Message: data, MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' }));
    if (!r.Signature) throw new Error(`KMS returned no signature for ${this.keyId}`);
    return r.Signature;
  }
}
