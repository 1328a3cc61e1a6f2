/**
 * Regulation as code, back to a document: from a service definition, the regulation's action
 * table (actor, action, completion form, limit, next action) and a mermaid diagram per channel,
 * in Kazakh, Russian or English.
 */
import type { Language } from './i18n.js';
import type { ServiceDefinition, Step, TimeLimit } from './service-definition.js';
import { findAgency } from './agencies.js';
import { providersOf } from './providers.js';

const L = {
  table: { kk: 'ҚФБ іс-әрекеттерінің сипаттамасы', ru: 'Описание действий СФЕ', en: 'Actions of the participating units' },
  channel: {
    portal: { kk: 'ЭҮП арқылы', ru: 'Через ПЭП', en: 'Through the e-government portal' },
    'service-centre': { kk: 'ХҚКО арқылы', ru: 'Через ЦОН', en: 'Through a public service centre' },
    'agency-desk': { kk: 'Қызмет беруші арқылы', ru: 'Через услугодателя', en: 'At the service provider' },
  },
  cols: {
    kk: ['№', 'ҚФБ', 'Әрекет', 'Аяқтау нысаны', 'Орындау мерзімі', 'Келесі әрекет'],
    ru: ['№', 'СФЕ', 'Действие', 'Форма завершения', 'Срок исполнения', 'Следующее действие'],
    en: ['No.', 'Unit', 'Action', 'Completion form', 'Time limit', 'Next action'],
  },
  provider: { kk: 'Қызмет беруші', ru: 'Услугодатель', en: 'Provider' },
  providers: { kk: 'Қызмет берушілер', ru: 'Услугодатели', en: 'Providers' },
  chosenBy: { kk: 'Қызмет берушіні өтініштегі жауап анықтайды', ru: 'Услугодатель определяется ответом в заявлении', en: 'The provider is chosen by the answer in the application' },
  blank: { kk: 'толтырылмаса', ru: 'если не заполнено', en: 'if left blank' },
  term: { kk: 'Қызмет көрсету мерзімі', ru: 'Срок оказания услуги', en: 'Term of the service' },
  source: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
  enabled: { kk: 'іске қосылған', ru: 'работает', en: 'running' },
  disabled: { kk: 'әзірге деректер ретінде', ru: 'пока только данные', en: 'data only for now' },
  end: { kk: 'соңы', ru: 'конец', en: 'end' },
} as const;

const UNITS: Record<TimeLimit['unit'], Record<Language, string>> = {
  seconds: { kk: 'секунд', ru: 'секунд', en: 's' },
  minutes: { kk: 'минут', ru: 'минут', en: 'min' },
  workingDays: { kk: 'жұмыс күні', ru: 'рабочих дней', en: 'working days' },
  calendarDays: { kk: 'күн', ru: 'календарных дней', en: 'calendar days' },
};

export function formatLimit(l: TimeLimit, lang: Language): string {
  const fmt = (n: number) => (l.unit === 'seconds' && n >= 60 && n % 30 === 0 ? `${n / 60} ${lang === 'en' ? 'min' : 'мин'}` : `${n} ${UNITS[l.unit][lang]}`);
  return l.from ? `${fmt(l.from)} – ${fmt(l.amount)}` : fmt(l.amount);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function nextOf(s: Step, lang: Language): string {
  if (!s.next.length) return '—';
  return s.next.map((n) => (n.when ? `${n.step} (${n.when[lang]})` : n.step)).join('; ');
}

export function mermaidOf(steps: Step[], lang: Language): string {
  const id = (s: string) => s.replace('.', '_');
  const lines = ['flowchart TD'];
  for (const s of steps) {
    const label = `${s.id}: ${s.action[lang]}`.replace(/"/g, "'");
    const shape = s.human ? `["${label}<br/>${s.actor[lang]} · ${formatLimit(s.limit, lang)}"]` : `(["${label}<br/>${s.actor[lang]} · ${formatLimit(s.limit, lang)}"])`;
    lines.push(`  ${id(s.id)}${shape}`);
  }
  for (const s of steps) {
    for (const n of s.next) lines.push(`  ${id(s.id)} -->${n.when ? `|"${n.when[lang].replace(/"/g, "'")}"|` : ''} ${id(n.step)}`);
    if (!s.next.length) lines.push(`  ${id(s.id)} --> END_${id(s.id)}((${L.end[lang]}))`);
  }
  return lines.join('\n');
}

export function regulationMarkdown(def: ServiceDefinition, lang: Language): string {
  const out: string[] = [];
  out.push(`# ${def.names[lang]}`, '');
  const name = (id: string) => findAgency(id)?.name[lang] ?? id;
  const all = providersOf(def);
  out.push(`${(all.length > 1 ? L.providers : L.provider)[lang]}: ${all.map(name).join('; ')}  `);
  const by = def.provider.byField;
  const field = by && def.form.fields.find((f) => f.id === by.field);
  if (by && field?.type === 'select') {
    const choices = field.options.map((o) => `${o.label[lang]} → ${name(by.agencies[o.value] ?? def.provider.agencyId)}`);
    if (!field.required) choices.push(`${L.blank[lang]} → ${name(def.provider.agencyId)}`);
    out.push(`${L.chosenBy[lang]} «${field.label[lang]}» (${by.source}): ${choices.join('; ')}  `);
  }
  out.push(`${L.term[lang]}: ${formatLimit(def.term, lang)}  `);
  out.push(`${L.source[lang]}: seed ${def.source.seed}, ${def.source.act}; ${def.source.appendix}`, '');
  for (const ch of def.channels) {
    out.push(`## ${L.channel[ch.channel][lang]} (${ch.source}; ${ch.enabled ? L.enabled[lang] : L.disabled[lang]})`, '');
    out.push(`### ${L.table[lang]}`, '');
    out.push(`| ${L.cols[lang].join(' | ')} |`, `|${L.cols[lang].map(() => '---').join('|')}|`);
    for (const s of ch.steps) {
      out.push(`| ${s.id} | ${cell(s.actor[lang])} | ${cell(s.action[lang])} | ${cell(s.completion[lang])} | ${formatLimit(s.limit, lang)} | ${cell(nextOf(s, lang))} |`);
    }
    out.push('', '```mermaid', mermaidOf(ch.steps, lang), '```', '');
  }
  return out.join('\n');
}
