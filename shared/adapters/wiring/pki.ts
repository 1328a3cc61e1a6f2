import { config } from '../../config.js';
import type { DocumentSigner, FileStore, KeySigner, PkiStore, SignatureVerifier } from '../../ports/index.js';
import { StaffDocumentSigner } from '../staff-document-signer.js';
import { ddbClient } from '../clients.js';
import { CmsSignatureVerifier } from '../cms-signature-verifier.js';
import { DynamoPkiStore } from '../dynamo-pki-store.js';
import { kmsClient } from '../kms-client.js';
import { KmsKeySigner } from '../kms-key-signer.js';
import { s3Client } from '../s3-client.js';
import { S3FileStore } from '../s3-file-store.js';
import { clock, once } from './core.js';

export const pkiStore = once<PkiStore>(() => new DynamoPkiStore(ddbClient(), config.table('Pki')));
export const pkiPublishStore = once<FileStore>(() => new S3FileStore(s3Client(), config.bucket('PkiPublic')));
export const caRootSigner = once<KeySigner>(() => new KmsKeySigner(kmsClient(), config.key('CaRootKey')));
export const caIssuingSigner = once<KeySigner>(() => new KmsKeySigner(kmsClient(), config.key('CaIssuingKey')));
export const signatureVerifier = once<SignatureVerifier>(() => new CmsSignatureVerifier(pkiStore(), clock));

/** A staff member's own KMS signing key (keys are cached per process: the public key is fetched once). */
const staffSigners = new Map<string, KmsKeySigner>();
export function staffSigner(keyId: string): KmsKeySigner {
  let s = staffSigners.get(keyId);
  if (!s) staffSigners.set(keyId, (s = new KmsKeySigner(kmsClient(), keyId)));
  return s;
}

/** Signs with the staff member's own key and certificate (results; requests filed at a service centre). */
export const staffDocumentSigner = once<DocumentSigner>(() => new StaffDocumentSigner(pkiStore(), staffSigner));
