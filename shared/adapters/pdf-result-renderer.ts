/**
 * Result documents as PDF, in the request's language: the service's result or the motivated
 * refusal, with the registration number, the service, the decision, a waiting list's place where the
 * notice places the applicant in one, a refusal's appeal clause, the clause that an electronic
 * document equals a paper one, and a QR code with the verification link. Written by the small
 * one-page writer in shared/pdf with the prepared font program (no font parsing per document).
 * Rendering is deterministic (fixed dates, fixed font name) so a retry produces the same bytes.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create as createQr } from 'qrcode/lib/core/qrcode.js';
import { findAgency } from '../domain/agencies.js';
import { appealClauses } from '../domain/appeal-clauses.js';
import { definitionOf } from '../domain/engine.js';
import type { Language, Localized } from '../domain/i18n.js';
import type { ResultRenderer } from '../ports/index.js';
import type { RequestRecord } from '../domain/request.js';
import { FONT_PROGRAM_FILE, readFontProgram, type FontProgram } from '../pdf/font-program.js';
import { PageContent, PdfFont, writePdf, type Rgb } from '../pdf/writer.js';

/** The font program ships next to the bundle in Lambda (built by the CDK bundling), or is given. */
export function fontProgramPath(explicitPath?: string): string {
  const candidates: string[] = [];
  if (explicitPath) candidates.push(explicitPath);
  try {
    candidates.push(join(dirname(fileURLToPath(import.meta.url)), FONT_PROGRAM_FILE));
  } catch {
    /* not a file URL */
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Result font program ${FONT_PROGRAM_FILE} not found (looked in: ${candidates.join(', ')})`);
  return found;
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
  // A place in a waiting list moves; the notice says when it was counted and where to follow it (seed 004 reg. 6 Annex 3).
  asOfIssue: { kk: 'құжат берілген күнгі жағдай бойынша', ru: 'по состоянию на дату выдачи документа', en: 'as at the date of issue of this document' },
  queueMoves: {
    kk: 'Кезектегі орын алда тұрғандар кезектен шыққан сайын жылжиды; қазіргі орнын ЭҮП-тегі жеке кабинетте көруге болады.',
    ru: 'Место в очереди продвигается по мере выбытия стоящих впереди; текущее место видно в личном кабинете на портале электронного правительства.',
    en: 'The place in the queue moves up as those ahead leave it; the current place is shown in the personal cabinet on the e-government portal.',
  },
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

const A4: [number, number] = [595.28, 841.89];
const GREY: Rgb = [0.25, 0.25, 0.25];
const DARK: Rgb = [0.2, 0.2, 0.2];

export class PdfResultRenderer implements ResultRenderer {
  private font?: PdfFont;
  constructor(
    private readonly verifyBaseUrl: string,
    /** The prepared font program, or the path of its file (default: next to the bundle). */
    private readonly fontSource?: FontProgram | string,
  ) {}

  private pdfFont(): PdfFont {
    return (this.font ??= new PdfFont(typeof this.fontSource === 'object' ? this.fontSource : readFontProgram(fontProgramPath(this.fontSource))));
  }

  async render({ record, documentId, issuedAt, queuePosition }: { record: RequestRecord; documentId: string; issuedAt: Date; queuePosition?: number }): Promise<Uint8Array> {
    const lang: Language = record.language;
    const { def } = definitionOf(record);
    const agency = findAgency(record.agencyId);
    const decision = record.decision;
    if (!decision) throw new Error('cannot render a result without a decision');
    const font = this.pdfFont();
    const page = new PageContent(font);
    const [pageWidth, pageHeight] = A4;
    const margin = 56;
    const width = pageWidth - margin * 2;
    const title = decision.approved ? def.result.title[lang] : T.refusalTitle[lang];
    const link = `${this.verifyBaseUrl.replace(/\/$/, '')}/verify/${documentId}`;
    // One byte-mode segment and a fixed mask: valid for every reader, and it skips the encoder's
    // search over segmentations and masks, which cost more than the rest of the document.
    const qr = createQr([{ data: new TextEncoder().encode(link), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: 2 });
    const n = qr.modules.size;
    const cell = 3;

    /** Lays the text out at `scale` (drawing it only when `draw`); returns where it ends. */
    const compose = (scale: number, draw: boolean): number => {
      let y = pageHeight - margin;
      const write = (text: string, baseSize = 11, baseGap = 4, color?: Rgb) => {
        const size = baseSize * scale;
        for (const line of font.wrap(text, size, width)) {
          if (draw) page.text(line, { x: margin, y: y - size, size, ...(color ? { color } : {}) });
          y -= size + baseGap * scale;
        }
      };

      write(agency?.name[lang] ?? record.agencyId, 10, 3, GREY);
      y -= 14 * scale;
      write(title, 18, 8);
      y -= 6 * scale;
      write(`${T.regNo[lang]}: ${record.registrationNumber ?? '—'}`);
      write(`${T.date[lang]}: ${issuedAt.toISOString().slice(0, 10)}`);
      write(`${T.service[lang]}: ${def.names[lang]}`);
      write(`${T.applicant[lang]}: ${record.applicantIin}`);
      y -= 8 * scale;
      write(`${T.decision[lang]}: ${decision.approved ? T.approved[lang] : T.refused[lang]}`, 12, 6);
      if (decision.approved) {
        for (const f of def.result.fields) {
          const v = decision.resultFields?.[f.id];
          if (v === undefined || v === '') continue;
          write(`${f.label[lang]}:`, 11, 2);
          // A chosen option prints as its label in the document's language, not as its stored value.
          write(f.type === 'select' ? (f.options.find((o) => o.value === v)?.label[lang] ?? String(v)) : String(v), 11, 6);
        }
        // Placed in a waiting list: the place when issued, where the regulation's notice names it (seed 004 reg. 7 Annex 3).
        const label = def.queue?.positionLabel;
        if (record.queue && label && queuePosition !== undefined) {
          write(`${label[lang]}:`, 11, 2);
          write(`${queuePosition} (${T.asOfIssue[lang]})`, 11, 6);
        }
        if (record.queue) write(T.queueMoves[lang], 10, 3, DARK);
      } else {
        const ground = def.refusalGrounds.find((g) => g.id === decision.groundId);
        write(`${T.ground[lang]}: ${ground?.label[lang] ?? decision.groundId ?? '—'}`);
        write(`${T.reason[lang]}: ${decision.reason ?? ''}`);
        y -= 6 * scale;
        for (const clause of appealClauses(def)) write(clause.text[lang], 10, 3, DARK);
      }
      y -= 8 * scale;
      write(`${T.signedBy[lang]}: ${decision.decidedBy}`);
      write(`${T.documentId[lang]}: ${documentId}`, 9, 3);
      y -= 10 * scale;
      write(T.equivalence[lang], 9, 3, DARK);
      return y;
    };
    // A long refusal reason could push the verification code off the page (the writer makes one
    // page): the text is set smaller until the code fits below it.
    const fits = (y: number) => Math.min(y - 20, 180) - n * cell >= margin / 2;
    const y = compose([1, 0.9, 0.8, 0.7, 0.6].find((k) => fits(compose(k, false))) ?? 0.6, true);

    // QR code with the public verification link (the portal's page reads GET /v1/verify/{id}), as a 1-bit image mask.
    const qx = margin;
    const qy = Math.min(y - 20, 180) - n * cell;
    page.bitmap((qr.modules as unknown as { data: Uint8Array }).data, n, { x: qx, y: qy, size: n * cell });
    const tx = qx + n * cell + 12;
    let ty = qy + (n * cell) / 2;
    for (const line of font.wrap(`${T.verify[lang]}: ${link}`, 8, width - n * cell - 12)) {
      page.text(line, { x: tx, y: ty, size: 8 });
      ty -= 10;
    }

    return writePdf({ font, page, width: pageWidth, height: pageHeight, info: { title, producer: 'e-Qyzmet', creator: 'e-Qyzmet', date: issuedAt } });
  }
}
