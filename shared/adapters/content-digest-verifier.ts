import { createHash } from 'node:crypto';
import type { SignatureOutcome, SignatureVerifier } from '../ports/index.js';

/**
 * The signature-check port's first implementation: format "sha256-digest", whose value is the
 * base64 SHA-256 of the canonical signed content. It proves integrity of what was submitted,
 * not the signer's identity; the CMS / X.509 verifier of the digital-signature work replaces it
 * behind the same port, with no change to the pipeline.
 */
export class ContentDigestVerifier implements SignatureVerifier {
  async verify(input: { content: Uint8Array; signature: { format: string; value: string }; expectedIin: string }): Promise<SignatureOutcome> {
    if (input.signature.format !== 'sha256-digest') return { ok: false, code: 'EDS_UNSUPPORTED_FORMAT' };
    const expected = createHash('sha256').update(input.content).digest('base64');
    if (input.signature.value !== expected) return { ok: false, code: 'EDS_INVALID_SIGNATURE' };
    return { ok: true, signer: { iin: input.expectedIin } };
  }
}

/** What a client sends for this format (used by the demo and tests). */
export function digestSignature(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('base64');
}
