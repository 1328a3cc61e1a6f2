import type { DocumentSigner, KeySigner, PkiStore } from '../ports/index.js';
import { AppError } from '../domain/errors.js';
import { signDetached } from '../pki/cms-sign.js';

/** The deciding clerk's own key (KMS) and certificate from the centre sign the result. */
export class StaffDocumentSigner implements DocumentSigner {
  constructor(
    private readonly pki: PkiStore,
    private readonly signerFor: (keyId: string) => KeySigner,
  ) {}

  async sign(input: { content: Uint8Array; contentSha256?: Uint8Array; staffUsername: string; signingTime: Date }): Promise<{ cms: Uint8Array; signerSerial: string }> {
    const key = await this.pki.getStaffKey(input.staffUsername);
    if (!key) throw new AppError('NO_SIGNING_KEY', 'conflict');
    const ca = await this.pki.getCa();
    const cms = await signDetached({
      content: input.content,
      ...(input.contentSha256 ? { contentSha256: input.contentSha256 } : {}),
      signerCertDer: new Uint8Array(Buffer.from(key.certDer, 'base64')),
      signer: this.signerFor(key.keyId),
      signingTime: input.signingTime,
      ...(ca ? { chainDers: [ca.issuing] } : {}),
    });
    return { cms, signerSerial: key.certSerial };
  }
}
