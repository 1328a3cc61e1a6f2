/**
 * What a result document can show. Result documents are signed PDFs with one embedded font;
 * text outside its alphabet would print as empty boxes in a legal document, so staff text that
 * goes into a result (result fields, a refusal's reasons) is checked against it at decision time.
 */
/**
 * The characters a result document can show: Latin (with Latin-1 and Latin Extended-A), the
 * Cyrillic of Kazakh, Russian, Ukrainian and Belarusian, digits and the punctuation legal texts use.
 * Each glyph is embedded in every document, so the set is what our documents need, not all Cyrillic.
 */
export const DOCUMENT_ALPHABET_RANGES: [number, number][] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A: names and addresses in European languages
  [0x400, 0x45f], // Cyrillic: Russian, Ukrainian, Belarusian and the Kazakh І і
  [0x492, 0x493], // Ғ ғ
  [0x49a, 0x49b], // Қ қ
  [0x4a2, 0x4a3], // Ң ң
  [0x4ae, 0x4b1], // Ү ү Ұ ұ
  [0x4ba, 0x4bb], // Һ һ
  [0x4d8, 0x4d9], // Ә ә
  [0x4e8, 0x4e9], // Ө ө
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, single guillemets
  [0x20ac, 0x20ac], // €
  [0x20b8, 0x20b8], // ₸
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
];

export function inDocumentAlphabet(cp: number): boolean {
  return DOCUMENT_ALPHABET_RANGES.some(([a, b]) => cp >= a && cp <= b);
}

/** Characters of `text` a result document cannot show (line breaks and tabs are layout, not glyphs). */
export function unsupportedCharacters(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch !== '\n' && ch !== '\r' && ch !== '\t' && !inDocumentAlphabet(cp)) out.add(ch);
  }
  return [...out];
}

