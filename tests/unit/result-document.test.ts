import { describe, expect, it, beforeAll } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfResultRenderer } from '../../shared/adapters/pdf-result-renderer.js';
import { buildFontProgram } from '../../scripts/lib/font-program.js';
import { DOCUMENT_ALPHABET_RANGES, unsupportedCharacters } from '../../shared/domain/document-text.js';
import { services } from '../../shared/domain/services/index.js';
import { agencies } from '../../shared/domain/agencies.js';
import type { FontProgram } from '../../shared/pdf/font-program.js';
import type { RequestRecord } from '../../shared/domain/request.js';
import { appealClauses } from '../../shared/domain/appeal-clauses.js';

let program: FontProgram;
let renderer: PdfResultRenderer;
beforeAll(async () => {
  program = await buildFontProgram();
  renderer = new PdfResultRenderer('https://console.example/', program);
});

const record = (language: 'kk' | 'ru' | 'en', decision: RequestRecord['decision']) =>
  ({ language, serviceId: 'archive-certificate', serviceVersion: 1, channel: 'portal', agencyId: 'mangystau-archives', registrationNumber: 'MNG-ARC-2026-000123', applicantIin: '880315400128', decision }) as unknown as RequestRecord;
/** An approval that placed the applicant in `queueId`'s list with journal number `n`. */
const queued = (language: 'kk' | 'ru' | 'en', serviceId: string, agencyId: string, queueId: string, n: number, resultFields: Record<string, string>) =>
  ({
    ...record(language, { approved: true, resultFields, decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }),
    serviceId,
    agencyId,
    queue: { queueId, agencyId, journalNumber: n, placedAt: issuedAt.toISOString(), status: 'waiting' },
  }) as RequestRecord;
const documentId = '3f1c2d4e-0000-4000-8000-000000000001';
const issuedAt = new Date('2026-12-02T10:00:00Z');

/** What a PDF reader (Mozilla's pdf.js) finds in the document: its text, line by line, and its title. */
async function read(pdf: Uint8Array) {
  const doc = await getDocument({ data: Uint8Array.from(pdf), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('\n');
  const info = (await doc.getMetadata()).info as { Title?: string; Producer?: string };
  return { pages: doc.numPages, text, info };
}

describe('result documents', () => {
  it('print an approval in Kazakh that a PDF reader reads back: title, number, fields, the equal-to-paper clause, the verification link', async () => {
    const pdf = await renderer.render({ record: record('kk', { approved: true, resultFields: { findings: 'Стаж расталды: 1998–2004 жж. «Маңғыстау Құрылыс» ЖШС, слесарь.', fundReference: 'Ф. 1, оп. 1, д. 1' }, decidedBy: 'clerk.mangystau', decidedAt: issuedAt.toISOString() }), documentId, issuedAt });
    const { pages, text, info } = await read(pdf);
    expect(pages).toBe(1);
    expect(info.Title).toBe('Мұрағаттық анықтама');
    expect(info.Producer).toBe('e-Qyzmet');
    for (const s of ['Маңғыстау облысының мұрағаттар', 'MNG-ARC-2026-000123', '880315400128', 'Қызмет көрсетілді', '«Маңғыстау Құрылыс» ЖШС, слесарь.', 'Ф. 1, оп. 1, д. 1', 'электрондық цифрлық қолтаңба', `https://console.example/verify/${documentId}`]) {
      expect(text).toContain(s);
    }
  });

  it('print a refusal in Russian with the regulation’s ground and the reasons', async () => {
    const def = services.find((s) => s.id === 'archive-certificate')!;
    const ground = def.refusalGrounds[0]!;
    const { text, info } = await read(await renderer.render({ record: record('ru', { approved: false, groundId: ground.id, reason: 'Не приложена трудовая книжка.', decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }), documentId, issuedAt }));
    expect(info.Title).toBe('Мотивированный отказ');
    expect(text).toContain('В оказании услуги отказано');
    expect(text.replace(/\n/g, ' ')).toContain(ground.label.ru);
    expect(text).toContain('Не приложена трудовая книжка.');
  });

  it('print a chosen option by its label in the document’s language (guardianship certificate, seed 004)', async () => {
    const r = { ...record('kk', { approved: true, resultFields: { certificateNumber: '77', property: 'inventory-filed', certificateText: 'Қорғаншы болып тағайындалды.' }, decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }), serviceId: 'guardianship-certificate', agencyId: 'oskemen-education' } as RequestRecord;
    const { text } = await read(await renderer.render({ record: r, documentId, issuedAt }));
    expect(text).toContain('мүлкінің тізімдемесі істе тігулі');
    expect(text).not.toContain('inventory-filed');
    expect(text).toContain('Өскемен қаласының білім беру бөлімі');
  });

  it('print the housing notice’s list number and the place in the queue at the date of issue, in each language (seed 004 reg. 7 Annex 3)', async () => {
    const fields = { outcome: 'registered', commissionDecisionDate: '2026-11-20', category: 'Халықтың әлеуметтік осал топтары', familySize: '4', listNumber: '17', listedOn: '2026-12-02' };
    const expected = {
      kk: ['Тұрғын үйге мұқтаж азаматтар есебіндегі нөмірі:', 'Кезекке қою кезіндегі Сіздің кезегіңіздің №:', '3 (құжат берілген күнгі жағдай бойынша)', 'жеке кабинетте'],
      ru: ['Номер в списке учета граждан, нуждающихся в жилище:', 'Ваш номер в очереди при постановке на учет:', '3 (по состоянию на дату выдачи документа)', 'личном кабинете'],
      en: ['Number on the list of citizens needing housing:', 'Your place in the queue when registered:', '3 (as at the date of issue of this document)', 'personal cabinet'],
    };
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const r = queued(lang, 'housing-queue', 'oskemen-housing', 'housing', 17, fields);
      const { text } = await read(await renderer.render({ record: r, documentId, issuedAt, queuePosition: 3 }));
      const flat = text.replace(/\n/g, ' ');
      for (const s of expected[lang]) expect(flat, lang).toContain(s);
      // The journal number is the list's number, printed after its label.
      expect(text.split('\n')[text.split('\n').indexOf(expected[lang][0]!) + 1]).toBe('17');
    }
  });

  it('print the preschool notice’s journal number and that the place moves, but no position: its template names none (seed 004 reg. 6 Annex 3)', async () => {
    const r = queued('ru', 'preschool-queue', 'oskemen-education', 'preschool', 41, { outcome: 'queued', queueNumber: '41', queuedOn: '2026-12-02' });
    const { text } = await read(await renderer.render({ record: r, documentId, issuedAt, queuePosition: 5 }));
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toContain('Номер в журнале регистрации (очередь): 41');
    expect(flat).toContain('Место в очереди продвигается по мере выбытия стоящих впереди');
    expect(flat).not.toContain('по состоянию на дату выдачи');
  });

  it('print on every service’s refusal, in the request’s language, how to appeal it as its regulation says', async () => {
    for (const def of services) {
      const clauses = appealClauses(def);
      expect(clauses.length, def.id).toBeGreaterThan(0);
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const r = { ...record(lang, { approved: false, groundId: def.refusalGrounds[0]!.id, reason: 'Негіздеме.', decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }), serviceId: def.id, serviceVersion: def.version, agencyId: def.provider.agencyId } as RequestRecord;
        const flat = (await read(await renderer.render({ record: r, documentId, issuedAt }))).text.replace(/\n/g, ' ');
        for (const c of clauses) expect(flat, `${def.id} ${lang}`).toContain(c.text[lang]);
      }
    }
  });

  it('print each regulation’s own appeal words: the housing form’s clause, the archive’s and the media office’s phones, the 1414 line of seed 004 only', async () => {
    const text = async (serviceId: string, lang: 'kk' | 'ru' | 'en') => {
      const def = services.find((s) => s.id === serviceId)!;
      const r = { ...record(lang, { approved: false, groundId: def.refusalGrounds[0]!.id, reason: 'x', decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }), serviceId, serviceVersion: def.version, agencyId: def.provider.agencyId } as RequestRecord;
      return (await read(await renderer.render({ record: r, documentId, issuedAt }))).text.replace(/\n/g, ' ');
    };
    expect(await text('housing-queue', 'kk')).toContain('Осы шешіммен келіспеген жағдайда, Сіздің заңнамамен белгіленген тәртіпте оған шағымдануға құқығыңыз бар.');
    expect(await text('housing-queue', 'ru')).toContain('call-центр 1414');
    expect(await text('archive-certificate', 'ru')).toContain('в том числе обжалования): 8(7292) 60-57-04');
    expect(await text('foreign-media-accounting', 'kk')).toContain('8(7292) 42-66-10');
    const licence = await text('communications-licence', 'en');
    expect(licence).toContain('you have the right to appeal it in the manner established by law');
    expect(licence).not.toContain('1414');
    // An approval has no appeal clause.
    const approved = await read(await renderer.render({ record: record('en', { approved: true, resultFields: { findings: 'Confirmed.', fundReference: 'F. 1' }, decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }), documentId, issuedAt }));
    expect(approved.text).not.toContain('appeal');
  });

  it('keep the verification code and link on the page when a refusal’s reasons run to the longest the API takes (2000 characters)', async () => {
    const def = services.find((s) => s.id === 'housing-queue')!;
    const reason = 'Отбасы тұрғын үймен нормадан артық қамтамасыз етілген, 12.11.2026 анықтамасы. '.repeat(30).slice(0, 2000);
    const r = { ...record('kk', { approved: false, groundId: def.refusalGrounds[1]!.id, reason, decidedBy: 'clerk', decidedAt: issuedAt.toISOString() }), serviceId: def.id, agencyId: def.provider.agencyId } as RequestRecord;
    const pdf = await renderer.render({ record: r, documentId, issuedAt });
    const doc = await getDocument({ data: Uint8Array.from(pdf), verbosity: 0 }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.filter((i) => 'str' in i) as { str: string; transform: number[] }[];
    const text = items.map((i) => i.str).join(' ');
    expect(text).toContain(reason.slice(-40).trim());
    expect(text).toContain(appealClauses(def)[0]!.text.kk.split(' ').slice(-3).join(' '));
    // The link is printed beside the middle of the code: at least half the code's height above the page's bottom margin.
    const linkLine = items.find((i) => i.str.includes('https://console.example/verify/'))!;
    expect(linkLine.transform[5]).toBeGreaterThan(28 + 40);
    for (const i of items) expect(i.transform[5], i.str).toBeGreaterThanOrEqual(28);
  });

  it('are the same bytes when rendered again (a retried result does not change)', async () => {
    const r = record('en', { approved: true, resultFields: { findings: 'Confirmed.', fundReference: 'F. 1' }, decidedBy: 'clerk', decidedAt: issuedAt.toISOString() });
    const a = await renderer.render({ record: r, documentId, issuedAt });
    const b = await renderer.render({ record: r, documentId, issuedAt });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('have a glyph for every character of the document alphabet, and every text of ours is in it', () => {
    for (const [from, to] of DOCUMENT_ALPHABET_RANGES) for (let cp = from; cp <= to; cp++) expect(program.glyphs[String(cp)], `U+${cp.toString(16)}`).toBeDefined();
    const texts: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(services);
    collect(agencies);
    collect(services.map((d) => appealClauses(d).map((c) => c.text)));
    const bad = texts.filter((t) => unsupportedCharacters(t).length);
    expect(bad).toEqual([]);
    expect(unsupportedCharacters('Мұрағат 😀 档案')).toEqual(['😀', '档', '案']);
  });
});
