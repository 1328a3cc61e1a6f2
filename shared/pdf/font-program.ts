/**
 * The font of result documents, prepared once (at build time for Lambda, at start-up locally):
 * a TrueType subset covering the document alphabet, its glyph ids and advance widths, and the
 * metrics a PDF font descriptor needs. Rendering a document then needs no font parser at all.
 */
import { readFileSync } from 'node:fs';
export { DOCUMENT_ALPHABET_RANGES } from '../domain/document-text.js';

/** The file name the program ships under, next to the result-issue bundle. */
export const FONT_PROGRAM_FILE = 'result-font.json';

export interface FontProgram {
  format: 'eqyzmet-font-program/1';
  /** PostScript name with the subset tag, e.g. EQYZMT+DejaVuSans. */
  name: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  /** Code point → [glyph id in the subset, advance width in font units]. */
  glyphs: Record<string, [number, number]>;
  /** The subset as a TrueType file, deflated (base64), and its inflated length. */
  fontFileDeflated: string;
  fontFileLength: number;
}

export function readFontProgram(path: string): FontProgram {
  const p = JSON.parse(readFileSync(path, 'utf8')) as FontProgram;
  if (p.format !== 'eqyzmet-font-program/1') throw new Error(`${path} is not a font program`);
  return p;
}
