/**
 * Language for both web apps: Kazakh, Russian or English, chosen in the header and kept in
 * localStorage, so it survives reloads and the next visit. The API gets the same language on
 * every call (its error messages come back in it). Texts are dictionaries of Localized strings.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, languages, type Language, type Localized } from '../../../shared/domain/i18n';

export { languages, type Language, type Localized };

const STORAGE_KEY = 'eqyzmet.lang';

export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    /* storage disabled */
  }
  const nav = (navigator.language || '').slice(0, 2);
  return isLanguage(nav) ? nav : 'kk';
}

interface I18n {
  lang: Language;
  setLang: (l: Language) => void;
}

const Ctx = createContext<I18n>({ lang: 'kk', setLang: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((l: Language) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* storage disabled */
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): I18n {
  return useContext(Ctx);
}

export type Dictionary = Record<string, Localized>;

/** `t(key, {n: 3})` from a dictionary, with {name} placeholders; unknown keys show the key itself. */
export function useT<D extends Dictionary>(dict: D) {
  const { lang } = useLang();
  return useCallback(
    (key: keyof D & string, params?: Record<string, string | number>) => {
      const s = dict[key]?.[lang] ?? key;
      return params ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : s;
    },
    [dict, lang],
  );
}

/** Picks the current language out of a Localized value from the API. */
export function useLoc() {
  const { lang } = useLang();
  return useCallback((v: Partial<Localized> | string | undefined) => (typeof v === 'string' ? v : (v?.[lang] ?? v?.ru ?? v?.en ?? '')), [lang]);
}

const dateLocales: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
const numberLocales: Record<Language, string> = { kk: 'ru-RU', ru: 'ru-RU', en: 'en-GB' };

// Browsers' Kazakh date data is often missing (Chromium prints "2026 M12 3"): Kazakh dates are
// written here from their numeric parts, as Kazakhstan writes them: "3 желтоқсан 2026 ж., 00:23".
const kkMonths = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const almatyParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function kazakhDate(iso: string, withTime: boolean): string {
  const p = Object.fromEntries(almatyParts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  const date = `${Number(p.day)} ${kkMonths[Number(p.month) - 1]} ${p.year} ж.`;
  return withTime ? `${date}, ${p.hour}:${p.minute}` : date;
}

export function useFormat() {
  const { lang } = useLang();
  return useMemo(
    () => ({
      dateTime: (iso?: string) => (!iso ? '—' : lang === 'kk' ? kazakhDate(iso, true) : new Date(iso).toLocaleString(dateLocales[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Almaty' })),
      date: (iso?: string) => (!iso ? '—' : lang === 'kk' ? kazakhDate(iso, false) : new Date(iso).toLocaleDateString(dateLocales[lang], { dateStyle: 'medium', timeZone: 'Asia/Almaty' })),
      // Kazakh numbers group and separate as Russian ones do (39 320,5); browsers without Kazakh data print 39,320.5.
      number: (n: number, digits = 0) => n.toLocaleString(numberLocales[lang], { maximumFractionDigits: digits }),
      percent: (f: number) => (Number.isFinite(f) ? f.toLocaleString(numberLocales[lang], { style: 'percent', maximumFractionDigits: 1 }) : '—'),
    }),
    [lang],
  );
}
