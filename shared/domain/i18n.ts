/** The platform's languages: Kazakh (state language), Russian, English. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export type Localized = Record<Language, string>;

export const defaultLanguage: Language = 'kk';

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (languages as readonly string[]).includes(v);
}

/**
 * Picks the language of a request: an explicit choice wins, then the first supported
 * language in an Accept-Language header, then Kazakh.
 */
export function pickLanguage(explicit: unknown, acceptLanguage?: string): Language {
  if (isLanguage(explicit)) return explicit;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, i) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) : 1, i };
      })
      .filter((x) => isLanguage(x.tag) && x.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i);
    const first = ranked[0];
    if (first && isLanguage(first.tag)) return first.tag;
  }
  return defaultLanguage;
}
