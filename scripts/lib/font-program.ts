/**
 * Builds the result documents' font program from DejaVu Sans (fontkit subsets it once). Used by
 * the CDK bundling of result-issue, by the local runtime at start-up and by tests.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { DOCUMENT_ALPHABET_RANGES, FONT_PROGRAM_FILE, readFontProgram, type FontProgram } from '../../shared/pdf/font-program.js';

export const DEJAVU_SANS = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

interface Glyph {
  id: number;
  advanceWidth: number;
}
/** What we read of a fontkit font: the metrics the program keeps under the same names, and the rest. */
interface FontkitFont extends Pick<FontProgram, 'unitsPerEm' | 'ascent' | 'descent' | 'capHeight' | 'xHeight' | 'italicAngle'> {
  postscriptName: string;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): Glyph;
  createSubset(): { includeGlyph(g: Glyph): number; encodeStream(): NodeJS.ReadableStream };
}

export async function buildFontProgram(ttfPath = DEJAVU_SANS): Promise<FontProgram> {
  const font = fontkit.create(readFileSync(ttfPath)) as unknown as FontkitFont;
  const subset = font.createSubset();
  const glyphs: FontProgram['glyphs'] = {};
  for (const [from, to] of DOCUMENT_ALPHABET_RANGES) {
    for (let cp = from; cp <= to; cp++) {
      if (!font.hasGlyphForCodePoint(cp)) continue;
      const g = font.glyphForCodePoint(cp);
      glyphs[String(cp)] = [subset.includeGlyph(g), g.advanceWidth];
    }
  }
  const parts: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    subset
      .encodeStream()
      .on('data', (b: Uint8Array) => parts.push(Buffer.from(b)))
      .on('end', () => resolve())
      .on('error', reject);
  });
  const ttf = Buffer.concat(parts);
  return {
    format: 'eqyzmet-font-program/1',
    name: `EQYZMT+${font.postscriptName}`,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight || font.ascent,
    xHeight: font.xHeight || 0,
    italicAngle: font.italicAngle,
    bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
    glyphs,
    fontFileDeflated: deflateSync(ttf, { level: 9 }).toString('base64'),
    fontFileLength: ttf.length,
  };
}

export async function writeFontProgram(path: string, ttfPath?: string): Promise<void> {
  writeFileSync(path, JSON.stringify(await buildFontProgram(ttfPath)));
}

/**
 * The local cloud's copy, built once into .local (as the CDK bundling builds it next to the
 * Lambda bundle); written to a temporary name first, since parallel test workers may race.
 */
export async function ensureFontProgram(root = process.cwd()): Promise<string> {
  const dir = join(root, '.local');
  const path = join(dir, FONT_PROGRAM_FILE);
  if (existsSync(path) && statSync(path).mtimeMs >= statSync(DEJAVU_SANS).mtimeMs) {
    try {
      readFontProgram(path);
      return path;
    } catch {
      /* rebuild */
    }
  }
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFontProgram(tmp);
  renameSync(tmp, path);
  return path;
}

/** CLI for the CDK bundling hook: node --import tsx scripts/lib/font-program.ts OUT_FILE */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: font-program.ts OUT_FILE');
    process.exit(2);
  }
  await writeFontProgram(out);
}
