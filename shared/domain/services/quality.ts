/**
 * The quality and accessibility questionnaire the regulations append (seed 000 Annex 4, seed 001
 * App.6, seed 003 App.4–5): two questions, three answers each, the same wording in every seed.
 * The Kazakh and Russian wording is the seeds' own. Q1 is read as "quality" and Q2 as
 * "accessibility" (the seeds do not map them explicitly).
 */
import type { Localized } from '../i18n.js';

export const standardQuestionnaire: { questions: { id: string; indicator: 'quality' | 'accessibility'; text: Localized }[]; options: { value: number; label: Localized }[] } = {
  questions: [
    {
      id: 'processAndResult',
      indicator: 'quality',
      text: {
        kk: 'Сіз электрондық мемлекеттік қызмет көрсету үдерісі мен нәтижесінің сапасына қанағаттанасыз ба?',
        ru: 'Удовлетворены ли Вы качеством процесса и результатом оказания электронной государственной услуги?',
        en: 'Are you satisfied with the quality of the process and with the result of the e-service?',
      },
    },
    {
      id: 'information',
      indicator: 'accessibility',
      text: {
        kk: 'Сіз электрондық мемлекеттік қызмет көрсету тәртібі туралы ақпараттың сапасына қанағаттанасыз ба?',
        ru: 'Удовлетворены ли Вы качеством информации о порядке оказания электронной государственной услуги?',
        en: 'Are you satisfied with the quality of the information on how the e-service is provided?',
      },
    },
  ],
  options: [
    { value: 1, label: { kk: 'қанағаттанбаймын', ru: 'не удовлетворен', en: 'not satisfied' } },
    { value: 2, label: { kk: 'ішінара қанағаттанарлық', ru: 'частично удовлетворен', en: 'partially satisfied' } },
    { value: 3, label: { kk: 'қанағаттанарлық', ru: 'удовлетворен', en: 'satisfied' } },
  ],
};
