import { config } from '../../config.js';
import type { FileStore } from '../../ports/index.js';
import { s3Client } from '../s3-client.js';
import { S3FileStore } from '../s3-file-store.js';
import { once } from './core.js';

export const uploadsStore = /* @__PURE__ */ once<FileStore>(() => new S3FileStore(s3Client(), config.bucket('Uploads')));
export const resultsStore = /* @__PURE__ */ once<FileStore>(() => new S3FileStore(s3Client(), config.bucket('Results')));
