import { S3Client } from '@aws-sdk/client-s3';
import { config } from '../config.js';

let s3: S3Client | undefined;
/** The S3 client, once per process; path-style URLs for local emulators. */
export const s3Client = () => (s3 ??= new S3Client({ region: config.region(), forcePathStyle: config.s3ForcePathStyle() }));
