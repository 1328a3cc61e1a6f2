/** Condition 2 (the request-signature check), apart from the other certification-centre wiring: it alone loads the general CMS decoder. */
import type { SignatureVerifier } from '../../ports/index.js';
import { CmsSignatureVerifier } from '../cms-signature-verifier.js';
import { clock, once } from './core.js';
import { pkiStore } from './pki.js';

export const signatureVerifier = /* @__PURE__ */ once<SignatureVerifier>(() => new CmsSignatureVerifier(pkiStore(), clock));
