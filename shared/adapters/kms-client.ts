import { KMSClient } from '@aws-sdk/client-kms';
import { config } from '../config.js';

let kms: KMSClient | undefined;
/** The KMS client, once per process. */
export const kmsClient = () => (kms ??= new KMSClient({ region: config.region() }));
