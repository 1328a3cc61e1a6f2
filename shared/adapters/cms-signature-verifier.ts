/**
 * Condition 2 behind the SignatureVerifier port: a CMS detached signature over the canonical
 * request, by a signing certificate of the certification centre, valid at signing time, not
 * revoked (fresh status from the centre's registry; unknown is a failure), whose IIN is the
 * applicant's. The evidence (certificate, revocation answer) is returned to be kept.
 */
import type { PkiStore, SignatureOutcome, SignatureVerifier } from '../ports/index.js';
import { certificateStatus, condition2Checker } from '../domain/use-cases/pki-status.js';
import { readSignedDataGeneral } from '../pki/cms-general.js';

export class CmsSignatureVerifier implements SignatureVerifier {
  constructor(
    private readonly pki: PkiStore,
    private readonly clock: { now(): Date },
  ) {}

  async verify(input: { content: Uint8Array; signature: { format: string; value: string; signedAt: string }; expectedIin: string; expectedBin?: string; at: Date }): Promise<SignatureOutcome> {
    const checkedAt = this.clock.now().toISOString();
    if (input.signature.format !== 'cms') return { ok: false, code: 'EDS_MALFORMED', detail: `unsupported signature format ${input.signature.format}` };
    const cms = new Uint8Array(Buffer.from(input.signature.value, 'base64'));
    const checker = await condition2Checker(this.pki);
    const r = await checker.check({
      cms,
      content: input.content,
      expected: { iin: input.expectedIin, ...(input.expectedBin ? { bin: input.expectedBin } : {}) },
      revocation: (serial) => certificateStatus({ pki: this.pki, clock: this.clock }, serial),
      now: input.at,
      // Citizens' signing software may write BER: the general decoder reads what the DER reader does not.
      general: readSignedDataGeneral,
    });
    if (!r.ok) return { ok: false, code: r.code, detail: r.detail, ...(r.revocation ? { evidence: { format: 'cms', revocation: r.revocation, checkedAt } } : {}) };
    return {
      ok: true,
      signer: { iin: r.signer.iin ?? '', ...(r.signer.bin ? { bin: r.signer.bin } : {}), commonName: r.signer.commonName },
      evidence: { format: 'cms', signerCertificate: Buffer.from(r.signer.certDer).toString('base64'), signerSerial: r.signer.serialNumber, signingTime: r.signingTime.toISOString(), revocation: r.revocation, checkedAt },
    };
  }
}
