/**
 * The signed-in session of one app (citizen portal or staff console), kept in sessionStorage
 * (gone when the tab closes), and the API client bound to it and to the chosen language.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Api, type Session } from './api';
import { useLang } from './i18n';

interface SessionCtx {
  session?: Session;
  setSession: (s?: Session) => void;
  api: Api;
  /** Set when the server said the token is no longer valid. */
  expired: boolean;
}

const Ctx = createContext<SessionCtx | undefined>(undefined);

function load(key: string): Session | undefined {
  try {
    const s = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Session | null;
    return s && s.expiresAt > Date.now() ? s : undefined;
  } catch {
    return undefined;
  }
}

export function SessionProvider({ storageKey, children }: { storageKey: string; children: ReactNode }) {
  const { lang } = useLang();
  const [session, setState] = useState<Session | undefined>(() => load(storageKey));
  const [expired, setExpired] = useState(false);
  const langRef = useRef(lang);
  langRef.current = lang;
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const setSession = useCallback(
    (s?: Session) => {
      sessionRef.current = s;
      setState(s);
      setExpired(false);
      if (s) sessionStorage.setItem(storageKey, JSON.stringify(s));
      else sessionStorage.removeItem(storageKey);
    },
    [storageKey],
  );
  const api = useMemo(
    () =>
      new Api(
        () => langRef.current,
        () => sessionRef.current,
        () => {
          sessionStorage.removeItem(storageKey);
          sessionRef.current = undefined;
          setState(undefined);
          setExpired(true);
        },
      ),
    [storageKey],
  );
  const value = useMemo(() => ({ session, setSession, api, expired }), [session, setSession, api, expired]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error('useSession outside SessionProvider');
  return c;
}
