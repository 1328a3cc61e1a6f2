/**
 * Result documents as PDF (pdf-lib), in the request's language: the archive certificate or the
 * motivated refusal, with the registration number, the service, the decision, the clause that an
 * electronic document equals a paper one, and a QR code with the verification link.
 * Rendering is deterministic (fixed dates, fixed font name) so a retry produces the same bytes.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { findAgency } from '../domain/agencies.js';
import { definitionOf } from '../domain/engine.js';
import type { Language, Localized } from '../domain/i18n.js';
import type { ResultRenderer } from '../ports/index.js';
import type { RequestRecord } from '../domain/request.js';

const FONT_FILE = 'DejaVuSans.ttf';

/** fontkit parses the 750 KB font once per process, not once per document (pdf-lib subsets per document). */
let parsedFont: unknown;
const cachingFontkit = {
  create: (data: Uint8Array, postscriptName?: string) => (parsedFont ??= fontkit.create(data, postscriptName)),
} as unknown as typeof fontkit;

/** The font ships next to the bundle in Lambda (copied by CDK), or comes from node_modules. */
export function loadFont(explicitPath?: string): Uint8Array {
  const candidates: string[] = [];
  if (explicitPath) candidates.push(explicitPath);
  try {
    candidates.push(join(dirname(fileURLToPath(import.meta.url)), FONT_FILE));
  } catch {
    /* not a file URL */
  }
  try {
    candidates.push(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${FONT_FILE}`));
  } catch {
    /* package not installed */
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Result font ${FONT_FILE} not found (looked in: ${candidates.join(', ')})`);
  return readFileSync(found);
}

const T = {
  refusalTitle: { kk: 'Дәлелді бас тарту', ru: 'Мотивированный отказ', en: 'Motivated refusal' },
  regNo: { kk: 'Тіркеу нөмірі', ru: 'Регистрационный номер', en: 'Registration number' },
  date: { kk: 'Күні', ru: 'Дата', en: 'Date' },
  service: { kk: 'Мемлекеттік қызмет', ru: 'Государственная услуга', en: 'Public service' },
  applicant: { kk: 'Алушының ЖСН', ru: 'ИИН получателя', en: 'Applicant’s IIN' },
  decision: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
  approved: { kk: 'Қызмет көрсетілді', ru: 'Услуга оказана', en: 'Service provided' },
  refused: { kk: 'Қызмет көрсетуден бас тартылды', ru: 'В оказании услуги отказано', en: 'Service refused' },
  ground: { kk: 'Бас тарту негізі', ru: 'Основание отказа', en: 'Ground for refusal' },
  reason: { kk: 'Себебі', ru: 'Мотивировка', en: 'Reasons' },
  signedBy: { kk: 'Қол қойған қызметкер', ru: 'Подписал сотрудник', en: 'Signed by' },
  documentId: { kk: 'Құжат идентификаторы', ru: 'Идентификатор документа', en: 'Document id' },
  verify: { kk: 'Түпнұсқалығын тексеру', ru: 'Проверка подлинности', en: 'Verify authenticity' },
  // Law of RK «Об электронном документе и электронной цифровой подписи», art. 7 p. 1.
  equivalence: {
    kk: 'Электрондық цифрлық қолтаңбамен куәландырылған электрондық құжат қағаз жеткізгіштегі қол қойылған құжатпен бірдей («Электрондық құжат және электрондық цифрлық қолтаңба туралы» ҚР Заңының 7-бабының 1-тармағы).',
    ru: 'Электронный документ, удостоверенный электронной цифровой подписью, равнозначен подписанному документу на бумажном носителе (п. 1 ст. 7 Закона РК «Об электронном документе и электронной цифровой подписи»).',
    en: 'An electronic document certified by an electronic digital signature is equivalent to a signed paper document (Law of the Republic of Kazakhstan “On electronic documents and electronic digital signatures”, art. 7 (1)).',
  },
} satisfies Record<string, Localized>;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export class PdfResultRenderer implements ResultRenderer {
  private font?: Uint8Array;
  constructor(
    private readonly verifyBaseUrl: string,
    private readonly fontPath?: string,
  ) {}

  async render({ record, documentId, issuedAt }: { record: RequestRecord; documentId: string; issuedAt: Date }): Promise<Uint8Array> {
    const lang: Language = record.language;
    const { def } = definitionOf(record);
    const agency = findAgency(record.agencyId);
    const decision = record.decision;
    if (!decision) throw new Error('cannot render a result without a decision');

    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(cachingFontkit);
    this.font ??= loadFont(this.fontPath);
    const font = await doc.embedFont(this.font, { subset: true, customName: 'DejaVuSans-EQyzmet' });
    doc.setTitle(decision.approved ? def.result.title[lang] : T.refusalTitle[lang]);
    doc.setProducer('e-Qyzmet');
    doc.setCreator('e-Qyzmet');
    doc.setCreationDate(issuedAt);
    doc.setModificationDate(issuedAt);

    const page: PDFPage = doc.addPage([595.28, 841.89]); // A4
    const margin = 56;
    const width = page.getWidth() - margin * 2;
    let y = page.getHeight() - margin;
    const write = (text: string, size = 11, gap = 4, color = rgb(0, 0, 0)) => {
      for (const line of wrap(text, font, size, width)) {
        page.drawText(line, { x: margin, y: y - size, size, font, color });
        y -= size + gap;
      }
    };

    write(agency?.name[lang] ?? record.agencyId, 10, 3, rgb(0.25, 0.25, 0.25));
    y -= 14;
    write(decision.approved ? def.result.title[lang] : T.refusalTitle[lang], 18, 8);
    y -= 6;
    write(`${T.regNo[lang]}: ${record.registrationNumber ?? '—'}`);
    write(`${T.date[lang]}: ${issuedAt.toISOString().slice(0, 10)}`);
    write(`${T.service[lang]}: ${def.names[lang]}`);
    write(`${T.applicant[lang]}: ${record.applicantIin}`);
    y -= 8;
    write(`${T.decision[lang]}: ${decision.approved ? T.approved[lang] : T.refused[lang]}`, 12, 6);
    if (decision.approved) {
      for (const f of def.result.fields) {
        const v = decision.resultFields?.[f.id];
        if (v === undefined || v === '') continue;
        write(`${f.label[lang]}:`, 11, 2);
        write(String(v), 11, 6);
      }
    } else {
      const ground = def.refusalGrounds.find((g) => g.id === decision.groundId);
      write(`${T.ground[lang]}: ${ground?.label[lang] ?? decision.groundId ?? '—'}`);
      write(`${T.reason[lang]}: ${decision.reason ?? ''}`);
    }
    y -= 8;
    write(`${T.signedBy[lang]}: ${decision.decidedBy}`);
    write(`${T.documentId[lang]}: ${documentId}`, 9, 3);
    y -= 10;
    write(T.equivalence[lang], 9, 3, rgb(0.2, 0.2, 0.2));

    // QR code with the public verification link, drawn as vector squares.
    const link = `${this.verifyBaseUrl.replace(/\/$/, '')}/v1/verify/${documentId}`;
    const qr = QRCode.create(link, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const cell = 3;
    const qx = margin;
    const qy = Math.min(y - 20, 180) - n * cell;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (qr.modules.get(r, c)) page.drawRectangle({ x: qx + c * cell, y: qy + (n - 1 - r) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
      }
    }
    page.drawText(`${T.verify[lang]}: ${link}`, { x: qx + n * cell + 12, y: qy + (n * cell) / 2, size: 8, font, maxWidth: width - n * cell - 12 });

    return doc.save({ useObjectStreams: false });
  }
}
