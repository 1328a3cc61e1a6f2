import { config } from '../../config.js';
import type { KeySigner } from '../../ports/index.js';
import { kmsClient } from '../kms-client.js';
import { KmsKeySigner } from '../kms-key-signer.js';
import { once } from './core.js';

export const gatewaySealSigner = /* @__PURE__ */ once<KeySigner & { keyId: string }>(() => new KmsKeySigner(kmsClient(), config.key('GatewaySealKey')));
