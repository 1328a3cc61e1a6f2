/**
 * The browser's client of the e-Qyzmet API (same origin, /v1/...). Every call sends the chosen
 * language, so the server's error messages come back in it; errors become ApiError with the
 * server's machine-readable code, its message and its per-field issues.
 */
import type { Language } from '../../../shared/domain/i18n';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export interface Session {
  accessToken: string;
  idToken: string;
  expiresAt: number;
  /** Citizen IIN or staff login. */
  user: string;
  /** Display name, from the id token. */
  name?: string;
  /** Staff: role and agency groups from the id token. */
  groups?: string[];
}

function decodeJwt(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = decodeURIComponent(
    atob(part.replace(/-/g, '+').replace(/_/g, '/'))
      .split('')
      .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .join(''),
  );
  return JSON.parse(json) as Record<string, unknown>;
}

export function sessionFromTokens(t: { accessToken: string; idToken: string; expiresIn: number }): Session {
  const id = decodeJwt(t.idToken);
  const groups = id['cognito:groups'];
  return {
    accessToken: t.accessToken,
    idToken: t.idToken,
    expiresAt: Date.now() + t.expiresIn * 1000,
    user: String(id['cognito:username'] ?? id['username'] ?? ''),
    ...(typeof id['name'] === 'string' ? { name: id['name'] } : {}),
    ...(Array.isArray(groups) ? { groups: groups.map(String) } : {}),
  };
}

export class Api {
  constructor(
    private readonly getLang: () => Language,
    private readonly getSession: () => Session | undefined,
    private readonly onUnauthorized: () => void,
  ) {}

  async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const s = this.getSession();
    let r: Response;
    try {
      r = await fetch(path, {
        method,
        headers: {
          'accept-language': this.getLang(),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(s ? { authorization: `Bearer ${s.accessToken}` } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', '');
    }
    const text = await r.text();
    let parsed: any;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (r.status === 401 && s) this.onUnauthorized();
    if (!r.ok) {
      const e = parsed?.error;
      throw new ApiError(r.status, e?.code ?? (r.status === 401 ? 'UNAUTHORIZED' : `HTTP_${r.status}`), e?.message ?? parsed?.message ?? r.statusText, e?.fields ?? []);
    }
    return parsed as T;
  }

  get<T>(path: string) {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.call<T>('POST', path, body ?? {}, headers);
  }
}

/** PUTs a file to a presigned URL with upload progress (fetch has none). */
export function putWithProgress(url: string, headers: Record<string, string>, file: Blob, onProgress: (fraction: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('PUT', url);
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() !== 'content-length' && k.toLowerCase() !== 'host') x.setRequestHeader(k, v);
    x.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    x.onload = () => (x.status >= 200 && x.status < 300 ? resolve(x.status) : reject(new ApiError(x.status, 'UPLOAD_FAILED', x.statusText)));
    x.onerror = () => reject(new ApiError(0, 'UPLOAD_FAILED', ''));
    x.send(file);
  });
}

export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('');
}
