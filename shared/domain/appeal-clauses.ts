/**
 * What a refusal says about appealing it, per regulation. Of the five acts only seed 004's
 * regulation 7 (housing) prints an appeal clause on its refusal form; the others name a phone line
 * for complaints about the service's quality (000, 001, 004), or nothing (002; 003's call centre is
 * for information and advice only). None names a body, a court or a time limit, so none is
 * printed: every refusal says the decision may be appealed in the manner the law sets (the
 * housing form's own words), and adds the complaint line its regulation gives.
 */
import type { Localized } from './i18n.js';
import type { ServiceDefinition } from './service-definition.js';

export interface AppealClause {
  text: Localized;
  /** Where the regulation says it, or why the platform says it where the regulation does not. */
  source: string;
}

/** Seed 004 regulation 7, Annex 3 negative form («Ескерту хабарлама»), L4495–4496; ru and en ours. */
const rightToAppeal: Localized = {
  kk: 'Осы шешіммен келіспеген жағдайда, Сіздің заңнамамен белгіленген тәртіпте оған шағымдануға құқығыңыз бар.',
  ru: 'В случае несогласия с настоящим решением Вы вправе обжаловать его в порядке, установленном законодательством.',
  en: 'If you disagree with this decision, you have the right to appeal it in the manner established by law.',
};

const complaintPhone = (phone: string): Localized => ({
  kk: `Қызмет сапасын бағалау (оның ішінде шағымдану) үшін байланыс телефоны: ${phone}.`,
  ru: `Телефон для оценки качества услуги (в том числе обжалования): ${phone}.`,
  en: `Phone for assessing the quality of the service, including complaints: ${phone}.`,
});

const callCentre1414: Localized = {
  kk: 'Қызмет сапасын бағалау (соның ішінде шағымдану) үшін: call-орталық 1414.',
  ru: 'Для оценки качества услуги (в том числе обжалования): call-центр 1414.',
  en: 'To assess the quality of the service, including complaints: the call centre 1414.',
};

const notInTheAct = 'not in the act: the general right to appeal an administrative decision, in the words of seed 004 regulation 7’s refusal form';

/** Per seed (one act), with the services of that act whose refusal form says otherwise. */
const BY_SEED: Record<string, { clauses: AppealClause[]; services?: Record<string, AppealClause[]> }> = {
  '000': { clauses: [{ text: rightToAppeal, source: notInTheAct }, { text: complaintPhone('8(7292) 42-66-10'), source: 'para. 10 (L199)' }] },
  '001': { clauses: [{ text: rightToAppeal, source: notInTheAct }, { text: complaintPhone('8(7292) 60-57-04'), source: '¶11 (L102 ru, L793 kk): «в том числе обжалования»' }] },
  '002': { clauses: [{ text: rightToAppeal, source: `${notInTheAct}; the act names no contact (002.md §1)` }] },
  '003': { clauses: [{ text: rightToAppeal, source: `${notInTheAct}; p.10's call centre 1414 is for information and advice, not complaints` }] },
  '004': {
    clauses: [{ text: rightToAppeal, source: notInTheAct }, { text: callCentre1414, source: 'each regulation’s para. 10 or 11 (L208, L1045, L1661, L2164, L2636, L3252, L4061)' }],
    services: {
      'housing-queue': [{ text: rightToAppeal, source: 'regulation 7, Annex 3 negative form (L4495–4496)' }, { text: callCentre1414, source: 'regulation 7 para. 11 (L4061)' }],
    },
  },
};

/** The sentences a motivated refusal of this service prints about appealing it. */
export function appealClauses(def: Pick<ServiceDefinition, 'id' | 'source'>): AppealClause[] {
  const act = BY_SEED[def.source.seed];
  if (!act) throw new Error(`no appeal clause for seed ${def.source.seed} (service ${def.id})`);
  return act.services?.[def.id] ?? act.clauses;
}
