/**
 * Where the citizen's keys live: IndexedDB of this browser, one record per IIN (the personal key)
 * and one per IIN and BIN (the key whose certificate carries an organisation the citizen
 * represents: a legal entity's requests need the BIN in the certificate). The CryptoKeyPair
 * is stored as the structured clone WebCrypto allows, still non-extractable (the browser keeps
 * the private part; nothing here can read it). The certificate the centre issued is kept beside
 * it. The key is stored before the certificate is asked for, so a failed request retries with
 * the same key rather than making another.
 */
import type { Api } from '../common/api';
import { BrowserKeySigner, enroll, type CitizenKey, type IssuedCertificate, type KeyPair, type Organisation } from './eds';

interface StoredKey {
  iin: string;
  /** A representative's key for an organisation: its BIN and name (the certificate carries both). */
  bin?: string;
  organisation?: string;
  keys: KeyPair;
  createdAt: string;
  certificate?: { der: Uint8Array; chain: Uint8Array[]; serialNumber: string };
}

const DB = 'eqyzmet-eds';
const STORE = 'keys';
/** Version 2: the organisations' keys, keyed [iin, bin], found by the representative's IIN. */
const ORG_STORE = 'org-keys';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 2);
    r.onupgradeneeded = (e) => {
      if (e.oldVersion < 1) r.result.createObjectStore(STORE, { keyPath: 'iin' });
      if (e.oldVersion < 2) r.result.createObjectStore(ORG_STORE, { keyPath: ['iin', 'bin'] }).createIndex('iin', 'iin');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest, store = STORE): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = run(db.transaction(store, mode).objectStore(store));
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

const load = (iin: string, bin?: string) => (bin ? tx<StoredKey | undefined>('readonly', (s) => s.get([iin, bin]), ORG_STORE) : tx<StoredKey | undefined>('readonly', (s) => s.get(iin)));
const save = (k: StoredKey) => tx<unknown>('readwrite', (s) => s.put(k), k.bin ? ORG_STORE : STORE);

/** The organisations this browser holds a representative's key for (the citizen signed for them here before). */
export async function knownOrganisations(iin: string): Promise<Organisation[]> {
  const all = await tx<StoredKey[]>('readonly', (s) => s.index('iin').getAll(iin), ORG_STORE);
  return all.filter((k) => k.bin && k.certificate).map((k) => ({ bin: k.bin!, name: k.organisation ?? k.bin! }));
}

/** What the portal shows about the key: whether one exists here, and its certificate's serial. */
export async function keyStatus(iin: string, bin?: string): Promise<{ hasKey: boolean; serialNumber?: string }> {
  const k = await load(iin, bin);
  return { hasKey: Boolean(k), ...(k?.certificate ? { serialNumber: k.certificate.serialNumber } : {}) };
}

export type KeyProgress = 'generating' | 'requesting-certificate' | 'ready';

/**
 * The citizen's signing key and certificate: loaded from this browser, or, on first use,
 * generated here and certified by the centre (POST /v1/pki/certificates with the CSR). With an
 * organisation, the key for it: its certificate carries the BIN, which the centre grants only to
 * someone ГБД ЮЛ lists as its representative (403 CSR_BIN_NOT_REPRESENTED otherwise).
 */
export async function ensureSigningKey(api: Api, iin: string, commonName: string, onProgress: (p: KeyProgress) => void = () => undefined, org?: Organisation): Promise<CitizenKey & { created: boolean }> {
  let stored = await load(iin, org?.bin);
  let created = false;
  if (!stored) {
    onProgress('generating');
    const signer = await BrowserKeySigner.generate();
    stored = { iin, ...(org ? { bin: org.bin, organisation: org.name } : {}), keys: signer.keys, createdAt: new Date().toISOString() };
    await save(stored);
    created = true;
  }
  const signer = new BrowserKeySigner(stored.keys);
  if (!stored.certificate) {
    onProgress('requesting-certificate');
    const k = await enroll(signer, iin, commonName, (body) => api.post<IssuedCertificate>('/v1/pki/certificates', body), org);
    stored = { ...stored, certificate: { der: k.certDer, chain: k.chain, serialNumber: k.serialNumber } };
    await save(stored);
  }
  onProgress('ready');
  const c = stored.certificate!;
  return { signer, certDer: c.der, chain: c.chain, serialNumber: c.serialNumber, created };
}

/** Drops this browser's key for the IIN (or for the IIN and BIN) whose certificate was revoked or expired: the next signing makes a new one. */
export async function forgetKey(iin: string, bin?: string): Promise<void> {
  if (bin) await tx<unknown>('readwrite', (s) => s.delete([iin, bin]), ORG_STORE);
  else await tx<unknown>('readwrite', (s) => s.delete(iin));
}
