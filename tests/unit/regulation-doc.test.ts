import { describe, expect, it } from 'vitest';
import { mermaidOf, regulationMarkdown } from '../../shared/domain/regulation-doc.js';
import { listServices } from '../../shared/domain/services/index.js';
import { languages } from '../../shared/domain/i18n.js';

describe('the regulation rebuilt from a definition', () => {
  it('has a table row for every step and an edge for every branch, in each language', () => {
    for (const def of listServices()) {
      for (const lang of languages) {
        const md = regulationMarkdown(def, lang);
        for (const ch of def.channels) {
          const diagram = mermaidOf(ch.steps, lang);
          for (const s of ch.steps) {
            expect(md).toContain(`| ${s.id} | ${s.actor[lang]} |`);
            for (const n of s.next) expect(diagram).toMatch(new RegExp(`${s.id.replace('.', '_')} -->.*${n.step.replace('.', '_')}`));
          }
        }
      }
    }
  });

  it('states limits as the regulation does: ranges, minutes and working days', () => {
    const md = regulationMarkdown(listServices()[0]!, 'ru');
    expect(md).toContain('| 30 секунд – 1 мин |');
    expect(md).toContain('| 15 рабочих дней |');
  });
});
