import type { SignatureVerifier } from '../../ports/index.js';
import { ContentDigestVerifier } from '../content-digest-verifier.js';
import { once } from './core.js';

export const signatureVerifier = once<SignatureVerifier>(() => new ContentDigestVerifier());
