/**
 * A one-page PDF writer for result documents: text in one embedded font (a Type0/Identity-H
 * TrueType subset prepared ahead, see font-program.ts), filled rectangles, document info. The
 * font's objects are serialized once per process; a document is its page, its content stream
 * and the cross-reference table — a fraction of a millisecond where a general PDF library with
 * per-document subsetting took tens.
 */
import { createHash } from 'node:crypto';
import type { FontProgram } from './font-program.js';

const enc = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));

function utf16Hex(s: string): string {
  let out = 'FEFF';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${out}>`;
}

const pdfDate = (d: Date) => `(D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

export class PdfFont {
  private readonly glyphs = new Map<number, { gid: string; width: number }>();
  /** Objects 5–9 (Type0 font, CIDFont, descriptor, font file, ToUnicode) as one block, and where each starts in it: the same in every document. */
  readonly block: Uint8Array;
  readonly blockOffsets: number[];
  private readonly notdefWidth: number;

  constructor(p: FontProgram) {
    const scale = 1000 / p.unitsPerEm;
    const widths: number[] = [];
    const toUnicode: [number, number][] = [];
    for (const [cp, [gid, adv]] of Object.entries(p.glyphs)) {
      this.glyphs.set(Number(cp), { gid: gid.toString(16).padStart(4, '0'), width: adv * scale });
      widths[gid] = Math.round(adv * scale);
      toUnicode.push([gid, Number(cp)]);
    }
    this.notdefWidth = widths[0] ?? 600;
    for (let i = 0; i < widths.length; i++) widths[i] ??= this.notdefWidth;
    toUnicode.sort((a, b) => a[0] - b[0]);
    const bfchar: string[] = [];
    for (let i = 0; i < toUnicode.length; i += 100) {
      const chunk = toUnicode.slice(i, i + 100);
      bfchar.push(`${chunk.length} beginbfchar\n${chunk.map(([g, cp]) => `<${g.toString(16).padStart(4, '0')}> <${cp.toString(16).padStart(4, '0')}>`).join('\n')}\nendbfchar`);
    }
    const cmap = enc.encode(
      `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n${bfchar.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`,
    );
    const fontFile = Buffer.from(p.fontFileDeflated, 'base64');
    const [x0, y0, x1, y1] = p.bbox.map((v) => Math.round(v * scale));
    const objects = [
      enc.encode(`5 0 obj\n<</Type/Font/Subtype/Type0/BaseFont/${p.name}/Encoding/Identity-H/DescendantFonts[6 0 R]/ToUnicode 9 0 R>>\nendobj\n`),
      enc.encode(`6 0 obj\n<</Type/Font/Subtype/CIDFontType2/BaseFont/${p.name}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor 7 0 R/CIDToGIDMap/Identity/DW ${this.notdefWidth}/W[0[${widths.join(' ')}]]>>\nendobj\n`),
      enc.encode(
        `7 0 obj\n<</Type/FontDescriptor/FontName/${p.name}/Flags 4/FontBBox[${x0} ${y0} ${x1} ${y1}]/ItalicAngle ${p.italicAngle}/Ascent ${Math.round(p.ascent * scale)}/Descent ${Math.round(p.descent * scale)}/CapHeight ${Math.round(p.capHeight * scale)}/XHeight ${Math.round(p.xHeight * scale)}/StemV 0/FontFile2 8 0 R>>\nendobj\n`,
      ),
      concat(enc.encode(`8 0 obj\n<</Length ${fontFile.length}/Length1 ${p.fontFileLength}/Filter/FlateDecode>>\nstream\n`), fontFile, enc.encode('\nendstream\nendobj\n')),
      concat(enc.encode(`9 0 obj\n<</Length ${cmap.length}>>\nstream\n`), cmap, enc.encode('\nendstream\nendobj\n')),
    ];
    this.block = concat(...objects);
    this.blockOffsets = [];
    let at = 0;
    for (const o of objects) {
      this.blockOffsets.push(at);
      at += o.length;
    }
  }

  /** Width of `text` at `size` points. */
  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.glyphs.get(ch.codePointAt(0)!)?.width ?? this.notdefWidth;
    return (w * size) / 1000;
  }

  /** The text as a hex string of glyph ids (Identity-H); characters the font lacks show as .notdef. */
  encode(text: string): string {
    let out = '<';
    for (const ch of text) out += this.glyphs.get(ch.codePointAt(0)!)?.gid ?? '0000';
    return `${out}>`;
  }

  /** Greedy word wrap of each paragraph to `maxWidth` points. */
  wrap(text: string, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    const space = this.width(' ', size);
    for (const para of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of para.split(/\s+/)) {
        const w = this.width(word, size);
        if (!line) {
          line = word;
          lineWidth = w;
        } else if (lineWidth + space + w <= maxWidth) {
          line += ` ${word}`;
          lineWidth += space + w;
        } else {
          lines.push(line);
          line = word;
          lineWidth = w;
        }
      }
      lines.push(line);
    }
    return lines;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export type Rgb = [number, number, number];

/** One page's drawing operations, in PDF user space (points, origin bottom-left). */
export class PageContent {
  private readonly ops: string[] = [];
  constructor(private readonly font: PdfFont) {}

  text(s: string, o: { x: number; y: number; size: number; color?: Rgb }): void {
    const [r, g, b] = o.color ?? [0, 0, 0];
    this.ops.push(`BT /F1 ${num(o.size)} Tf ${num(r)} ${num(g)} ${num(b)} rg ${num(o.x)} ${num(o.y)} Td ${this.font.encode(s)} Tj ET`);
  }

  /**
   * A square 1-bit image mask (`cells[row * n + col]` non-zero = painted, rows top to bottom)
   * scaled to `size` points at (x, y): a QR code as some hundred bytes instead of a path of
   * hundreds of rectangles.
   */
  bitmap(cells: ArrayLike<number>, n: number, o: { x: number; y: number; size: number; color?: Rgb }): void {
    const [w, h] = [n, n];
    let hex = '';
    for (let r = 0; r < h; r++) {
      for (let i = 0; i < w; i += 8) {
        let byte = 0;
        for (let b = 0; b < 8 && i + b < w; b++) if (cells[r * n + i + b]) byte |= 0x80 >> b;
        hex += HEX[byte];
      }
    }
    const [r, g, b] = o.color ?? [0, 0, 0];
    this.ops.push(`q ${num(r)} ${num(g)} ${num(b)} rg ${num(o.size)} 0 0 ${num(o.size)} ${num(o.x)} ${num(o.y)} cm BI /IM true /W ${w} /H ${h} /BPC 1 /D [1 0] /F /AHx ID ${hex}> EI Q`);
  }

  toString(): string {
    return this.ops.join('\n');
  }
}

/**
 * A one-page PDF 1.7 document. Deterministic: the same inputs give the same bytes (the file id is
 * derived from the content), so a retried result renders identically.
 */
export function writePdf(o: { font: PdfFont; page: PageContent; width: number; height: number; info: { title: string; producer: string; creator: string; date: Date } }): Uint8Array {
  // A few kilobytes of text operators: left uncompressed (deflating cost more than the rest of the page).
  const content = enc.encode(o.page.toString());
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Uint8Array, isObject = false) => {
    if (isObject) offsets.push(length);
    parts.push(b);
    length += b.length;
  };
  // The header, then a comment of high bytes that marks the file as binary.
  push(concat(enc.encode('%PDF-1.7\n%'), Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3), enc.encode('\n')));
  push(enc.encode('1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n'), true);
  push(enc.encode('2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n'), true);
  push(enc.encode(`3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${num(o.width)} ${num(o.height)}]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>\nendobj\n`), true);
  push(concat(enc.encode(`4 0 obj\n<</Length ${content.length}>>\nstream\n`), content, enc.encode('\nendstream\nendobj\n')), true);
  for (const rel of o.font.blockOffsets) offsets.push(length + rel);
  push(o.font.block);
  const d = pdfDate(o.info.date);
  push(enc.encode(`10 0 obj\n<</Title ${utf16Hex(o.info.title)}/Producer ${utf16Hex(o.info.producer)}/Creator ${utf16Hex(o.info.creator)}/CreationDate ${d}/ModDate ${d}>>\nendobj\n`), true);
  const id = createHash('sha256').update(content).update(o.info.title).update(d).digest('hex').slice(0, 32).toUpperCase();
  const xref = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  push(enc.encode(`${xref}trailer\n<</Size ${offsets.length + 1}/Root 1 0 R/Info 10 0 R/ID[<${id}><${id}>]>>\nstartxref\n${length}\n%%EOF\n`));
  return concat(...parts);
}
