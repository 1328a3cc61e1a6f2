import { config } from '../../config.js';
import type { DocumentSigner, FileStore, KeySigner, PkiStore } from '../../ports/index.js';
import { StaffDocumentSigner } from '../staff-document-signer.js';
import { ddbClient } from '../clients.js';
import { DynamoPkiStore } from '../dynamo-pki-store.js';
import { kmsClient } from '../kms-client.js';
import { KmsKeySigner } from '../kms-key-signer.js';
import { s3Client } from '../s3-client.js';
import { S3FileStore } from '../s3-file-store.js';
import { once } from './core.js';

export const pkiStore = /* @__PURE__ */ once<PkiStore>(() => new DynamoPkiStore(ddbClient(), config.table('Pki')));
export const pkiPublishStore = /* @__PURE__ */ once<FileStore>(() => new S3FileStore(s3Client(), config.bucket('PkiPublic')));
export const caRootSigner = /* @__PURE__ */ once<KeySigner>(() => new KmsKeySigner(kmsClient(), config.key('CaRootKey')));
export const caIssuingSigner = /* @__PURE__ */ once<KeySigner>(() => new KmsKeySigner(kmsClient(), config.key('CaIssuingKey')));

/** A staff member's own KMS signing key (keys are cached per process: the public key is fetched once). */
const staffSigners = new Map<string, KmsKeySigner>();
export function staffSigner(keyId: string): KmsKeySigner {
  let s = staffSigners.get(keyId);
  if (!s) staffSigners.set(keyId, (s = new KmsKeySigner(kmsClient(), keyId)));
  return s;
}

/** Signs with the staff member's own key and certificate (results; requests filed at a service centre). */
export const staffDocumentSigner = /* @__PURE__ */ once<DocumentSigner>(() => new StaffDocumentSigner(pkiStore(), staffSigner));
