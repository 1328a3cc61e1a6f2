/**
 * Where the citizen's key lives: IndexedDB of this browser, one record per IIN. The CryptoKeyPair
 * is stored as the structured clone WebCrypto allows, still non-extractable (the browser keeps
 * the private part; nothing here can read it). The certificate the centre issued is kept beside
 * it. The key is stored before the certificate is asked for, so a failed request retries with
 * the same key rather than making another.
 */
import type { Api } from '../common/api';
import { BrowserKeySigner, enroll, type CitizenKey, type IssuedCertificate, type KeyPair } from './eds';

interface StoredKey {
  iin: string;
  keys: KeyPair;
  createdAt: string;
  certificate?: { der: Uint8Array; chain: Uint8Array[]; serialNumber: string };
}

const DB = 'eqyzmet-eds';
const STORE = 'keys';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'iin' });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = run(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

const load = (iin: string) => tx<StoredKey | undefined>('readonly', (s) => s.get(iin));
const save = (k: StoredKey) => tx<unknown>('readwrite', (s) => s.put(k));

/** What the portal shows about the key: whether one exists here, and its certificate's serial. */
export async function keyStatus(iin: string): Promise<{ hasKey: boolean; serialNumber?: string }> {
  const k = await load(iin);
  return { hasKey: Boolean(k), ...(k?.certificate ? { serialNumber: k.certificate.serialNumber } : {}) };
}

export type KeyProgress = 'generating' | 'requesting-certificate' | 'ready';

/**
 * The citizen's signing key and certificate: loaded from this browser, or, on first use,
 * generated here and certified by the centre (POST /v1/pki/certificates with the CSR).
 */
export async function ensureSigningKey(api: Api, iin: string, commonName: string, onProgress: (p: KeyProgress) => void = () => undefined): Promise<CitizenKey & { created: boolean }> {
  let stored = await load(iin);
  let created = false;
  if (!stored) {
    onProgress('generating');
    const signer = await BrowserKeySigner.generate();
    stored = { iin, keys: signer.keys, createdAt: new Date().toISOString() };
    await save(stored);
    created = true;
  }
  const signer = new BrowserKeySigner(stored.keys);
  if (!stored.certificate) {
    onProgress('requesting-certificate');
    const k = await enroll(signer, iin, commonName, (body) => api.post<IssuedCertificate>('/v1/pki/certificates', body));
    stored = { ...stored, certificate: { der: k.certDer, chain: k.chain, serialNumber: k.serialNumber } };
    await save(stored);
  }
  onProgress('ready');
  const c = stored.certificate!;
  return { signer, certDer: c.der, chain: c.chain, serialNumber: c.serialNumber, created };
}

/** Drops this browser's key for the IIN (its certificate was revoked or expired): the next signing makes a new one. */
export async function forgetKey(iin: string): Promise<void> {
  await tx<unknown>('readwrite', (s) => s.delete(iin));
}
