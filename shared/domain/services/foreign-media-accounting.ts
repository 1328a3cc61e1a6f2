/**
 * «Облыс аумағында таратылатын шетелдік бұқаралық ақпарат құралдарын есепке алу» / «Учёт
 * иностранных средств массовой информации, распространяемых на территории области» — seed 000:
 * Mangystau oblast akimat decree No. 57 of 04.04.2012 (reg. No. 2124), Annex 1 as amended
 * 11.01.2013 No. 5. Steps and limits: Annex 1 Tables 1–2 (extraction: ../shared/domain/000.md §4).
 * The regulation is in Kazakh only: the Kazakh texts are the seed's; the Russian ones follow the
 * Russian wording of the same tables in seed 001 (same oblast, same template) where it exists.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  applicant: { kk: 'Алушы', ru: 'Получатель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gatewayWs: { kk: 'ЭҮӨШ АЖО', ru: 'АРМ РШЭП', en: 'Regional gateway workstation (ARM RSHEP)' },
  conWs: { kk: 'ХҚКО АЖ АЖО', ru: 'АРМ ИС ЦОН', en: 'Service-centre IS workstation' },
  conOperator: { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'Service-centre operator' },
  registries: { kk: 'ЖТ МДБ / ЗТ МДБ / БНАЖ', ru: 'ГБД ФЛ / ГБД ЮЛ / ЕНИС', en: 'State databases of individuals / legal entities, notary system' },
} as const;

const C = {
  formed: { kk: 'Сұраныстың сәтті қалыптастырылғандығы жөнінде көрсету', ru: 'Отображение уведомления об успешном формировании запроса', en: 'Notification that the request was formed' },
  refusalMsg: { kk: 'Сұрау салынған электрондық мемлекеттік қызметтен бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в запрашиваемой электронной государственной услуге', en: 'Message refusing the requested e-service' },
  routing: { kk: 'Сұранысты бағдарлау', ru: 'Маршрутизация запроса', en: 'Routing of the request' },
  registered: { kk: 'Өтініш білдірушіге нөмір беру арқылы сұранысын тіркеу', ru: 'Регистрация запроса с присвоением номера заявителю', en: 'Request registered and the applicant numbered' },
  motivated: { kk: 'Бас тарту туралы дәлелді жауапты қалыптастыру', ru: 'Формирование мотивированного отказа', en: 'Motivated refusal formed' },
  register: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
  dataRefusal: { kk: 'Алушының деректерінде орын алған бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с имеющимися нарушениями в данных получателя', en: 'Forms a refusal because of violations in the applicant’s data' },
  receives: { kk: 'Алушының қызмет нәтижесін алуы', ru: 'Получение получателем результата услуги', en: 'The applicant receives the result' },
} as const;

const W = {
  error: { kk: 'алушы мәліметінде қателік болған жағдайда', ru: 'при ошибке в данных получателя', en: 'if the applicant’s data has an error' },
  ok: { kk: 'егер қателік болмаса', ru: 'если ошибки нет', en: 'if there is none' },
  authOk: { kk: 'егер авторландыру сәтті өткен жағдайда', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const wd10 = { amount: 10, unit: 'workingDays' as const };
const processing = ['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'] as const;

export const foreignMediaAccounting: ServiceDefinition = {
  id: 'foreign-media-accounting',
  version: 1,
  source: {
    seed: '000',
    act: 'Mangystau oblast akimat decree No. 57 of 04.04.2012 (reg. No. 2124), Annexes 1–4 as amended 11.01.2013 No. 5',
    appendix: 'Annex 1 Tables 1–2; Annex 3 forms (images, not in the text); Annex 4 survey',
  },
  names: {
    kk: 'Облыс аумағында таратылатын шетелдік бұқаралық ақпарат құралдарын есепке алу',
    ru: 'Учёт иностранных средств массовой информации, распространяемых на территории области',
    en: 'Accounting of foreign mass media distributed in the oblast',
  },
  description: {
    kk: 'Облыс аумағында таратылатын шетелдік мерзімді баспасөз басылымын есепке алу туралы анықтама.',
    ru: 'Справка об учёте иностранного периодического печатного издания, распространяемого на территории области.',
    en: 'A certificate that a foreign periodical distributed in the oblast has been taken on record.',
  },
  provider: { agencyId: 'mangystau-internal-policy' },
  // ¶5 sub-para. 11: the consumer is an individual or a legal entity; condition 2 compares ЖСН/БСН.
  applicants: ['individual', 'legal-entity'],
  channels: [
    {
      channel: 'portal',
      source: '¶8, diagram No. 3, Annex 1 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.applicant, human: true, covers: [],
          action: { kk: 'ЖСН/БСН және паролін ЭҮП-ге авторландырады', ru: 'Авторизуется на ПЭП по ИИН/БИН и паролю', en: 'Signs in on the portal with IIN/BIN and password' },
          completion: C.formed, limit: sec(60, 30),
          next: [{ step: 'T1.a2', when: W.error }, { step: 'T1.a3', when: W.authOk }],
        },
        {
          id: 'T1.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Алушының деректерінде орын алған бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с имеющимися нарушениями в данных получателя', en: 'Forms a refusal message because of violations in the applicant’s data' },
          completion: C.refusalMsg, limit: sec(30), next: [],
        },
        {
          id: 'T1.a3', actor: A.applicant, human: true, covers: ['request.submitted'],
          action: { kk: 'Қызметті таңдайды және сұрау салуды қалыптастырады, алушының ЭЦҚ таңдауы', ru: 'Выбирает услугу и формирует запрос, выбор получателем ЭЦП', en: 'Chooses the service and forms the request, choosing the signing key' },
          completion: C.routing, limit: sec(90),
          next: [{ step: 'T1.a4', when: W.error }, { step: 'T1.a5', when: W.ok }],
        },
        {
          id: 'T1.a4', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'ЭЦҚ алушының деректерінде орын алған бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с имеющимися нарушениями в данных ЭЦП получателя', en: 'Forms a refusal message because the signature data is not valid (condition 2 failed)' },
          completion: C.refusalMsg, limit: sec(90), next: [],
        },
        {
          id: 'T1.a5', actor: A.applicant, human: false, covers: ['signature.verified'],
          action: { kk: 'Алушыны ЭЦҚ арқылы куәландыру (қол қою) және ЭҮӨШ АЖО сұрау салуды жолдау', ru: 'Удостоверение (подписание) посредством ЭЦП получателя и направление запроса в АРМ РШЭП', en: 'The request certified with the applicant’s signature and sent to the regional gateway' },
          completion: C.routing, limit: sec(60, 30), next: [{ step: 'T1.a6' }],
          note: 'The next-action cell is "–" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T1.a6', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: C.register, completion: C.registered, limit: sec(60),
          next: [{ step: 'T1.a7', when: W.error }, { step: 'T1.a8', when: W.ok }],
        },
        {
          id: 'T1.a7', actor: A.gatewayWs, human: false, covers: [],
          action: C.dataRefusal, completion: C.motivated, limit: sec(30), next: [],
          note: 'The data check at registration is a staff refusal ground here (data-violations).',
        },
        {
          id: 'T1.a8', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives,
          completion: { kk: 'Шығу құжатын көрсету', ru: 'Отображение выходного документа', en: 'Display of the output document' },
          limit: wd10, next: [],
        },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶7, diagram No. 2, Annex 1 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.conWs, human: true, covers: [],
          action: { kk: 'ХҚКО операторы логин мен пароль арқылы авторландырылады', ru: 'Авторизуется оператор ЦОН по логину и паролю', en: 'The operator signs in with login and password' },
          completion: C.registered, limit: sec(60, 30), next: [{ step: 'T2.a2' }],
          note: 'The completion cell («нөмір беру арқылы тіркеу») looks shifted from another row; kept as written.',
        },
        {
          id: 'T2.a2', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Қызметті таңдайды және сұрау салуды қалыптастырады', ru: 'Выбирает услугу и формирует запрос', en: 'Chooses the service and forms the request' },
          completion: C.formed, limit: sec(30), next: [{ step: 'T2.a3' }],
        },
        {
          id: 'T2.a3', actor: A.conOperator, human: false, covers: [],
          action: { kk: 'ЖТ МДБ/ ЗТ МДБ/ БНАЖ сұрау салуды жолдау', ru: 'Направление запроса в ГБД ФЛ / ГБД ЮЛ / ЕНИС', en: 'Queries the state databases and the notary system' },
          completion: C.routing, limit: sec(90),
          next: [{ step: 'T2.a4', when: W.error }, { step: 'T2.a5', when: W.ok }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'Алушы деректерінің болмауына байланысты деректерді алудың мүмкін еместігі туралы хабарлама қалыптастырады', ru: 'Формирует сообщение о невозможности получения данных в связи с отсутствием данных получателя', en: 'Message that no data on the applicant could be obtained' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T2.a5', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'Сұрау салу нысанына қажетті құжаттар және ЭЦҚ куәлігін бекіту арқылы сұрау салуды толтыру', ru: 'Заполнение запроса с прикреплением к форме необходимых документов и сертификата ЭЦП', en: 'Fills the request, attaches the documents and the signing certificate' },
          completion: C.formed, limit: sec(60, 30), next: [{ step: 'T2.a6' }],
        },
        {
          id: 'T2.a6', actor: A.conOperator, human: false, covers: ['signature.verified', 'signature.refused'],
          action: { kk: 'ЭЦҚ арқылы куәландырылған (қол қойылған) құжатты ЭҮӨШ АЖО-ға жолдау', ru: 'Направление документа, удостоверенного (подписанного) ЭЦП, в АРМ РШЭП', en: 'Sends the signed document to the regional gateway' },
          completion: C.routing, limit: sec(60), next: [{ step: 'T2.a7' }],
          note: 'Table 2 has no EDS-failure row although ¶7 has process 5; the signature refusal is placed here.',
        },
        {
          id: 'T2.a7', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: C.register, completion: C.registered, limit: sec(60),
          next: [{ step: 'T2.a8', when: W.error }, { step: 'T2.a9', when: W.ok }],
        },
        {
          id: 'T2.a8', actor: A.gatewayWs, human: false, covers: [],
          action: C.dataRefusal, completion: C.motivated, limit: sec(60, 30), next: [],
        },
        {
          id: 'T2.a9', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives,
          completion: { kk: 'Анықтама қызмет нәтижесін қалыптастыру', ru: 'Формирование справки (результата услуги)', en: 'The certificate (the result) is formed' },
          limit: wd10, next: [],
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'distributorName', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Таратушының атауы', ru: 'Наименование распространителя', en: 'Distributor' },
      },
      {
        id: 'publicationTitle', type: 'text', required: true, minLength: 1, maxLength: 300,
        label: { kk: 'Шетелдік мерзімді баспасөз басылымының атауы', ru: 'Название иностранного периодического печатного издания', en: 'Title of the foreign periodical' },
      },
      {
        id: 'countryOfOrigin', type: 'text', required: true, minLength: 2, maxLength: 100,
        label: { kk: 'Басылым шығарылатын ел', ru: 'Страна выпуска издания', en: 'Country of publication' },
      },
      {
        id: 'distributionLanguage', type: 'text', required: true, minLength: 2, maxLength: 100,
        label: { kk: 'Тарату тілі', ru: 'Язык распространения', en: 'Language of distribution' },
      },
      {
        id: 'periodicity', type: 'select', required: true,
        label: { kk: 'Мерзімділігі', ru: 'Периодичность', en: 'Periodicity' },
        options: [
          { value: 'daily', label: { kk: 'Күнделікті', ru: 'Ежедневно', en: 'Daily' } },
          { value: 'weekly', label: { kk: 'Апта сайын', ru: 'Еженедельно', en: 'Weekly' } },
          { value: 'monthly', label: { kk: 'Ай сайын', ru: 'Ежемесячно', en: 'Monthly' } },
          { value: 'quarterly', label: { kk: 'Тоқсан сайын', ru: 'Ежеквартально', en: 'Quarterly' } },
          { value: 'other', label: { kk: 'Басқа', ru: 'Иное', en: 'Other' } },
        ],
      },
      {
        id: 'thematicFocus', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Негізгі тақырыптық бағыты', ru: 'Основная тематическая направленность', en: 'Main thematic focus' },
      },
      {
        id: 'distributionTerritory', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Облыстағы тарату аумағы', ru: 'Территория распространения в области', en: 'Territory of distribution in the oblast' },
      },
      {
        id: 'expectedCopies', type: 'text', required: true, minLength: 1, maxLength: 7, pattern: '^[1-9][0-9]*$',
        label: { kk: 'Болжамды дана саны', ru: 'Предполагаемое количество экземпляров', en: 'Expected number of copies' },
      },
      {
        id: 'email', type: 'email', required: false,
        label: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'E-mail' },
      },
    ],
    rules: [],
  },
  attachments: [
    {
      id: 'supporting-document', required: true, maxCount: 10,
      label: { kk: 'Қажетті құжаттардың сканерленген көшірмелері', ru: 'Сканированные копии необходимых документов', en: 'Scans of the required documents' },
    },
  ],
  term: wd10,
  result: {
    title: { kk: 'Облыс аумағында таратылатын шетелдік БАҚ есепке алу туралы анықтама', ru: 'Справка об учёте иностранного СМИ, распространяемого на территории области', en: 'Certificate of accounting of a foreign mass medium distributed in the oblast' },
    fields: [
      {
        id: 'recordNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Есепке алу нөмірі', ru: 'Учётный номер', en: 'Record number' },
      },
      {
        id: 'recordedOn', type: 'date', required: true,
        label: { kk: 'Есепке алынған күні', ru: 'Дата постановки на учёт', en: 'Date taken on record' },
      },
      {
        id: 'certificateText', type: 'textarea', required: true, maxLength: 2000,
        label: { kk: 'Анықтаманың мәтіні', ru: 'Текст справки', en: 'Text of the certificate' },
      },
    ],
  },
  survey: { source: 'Annex 4, ¶15', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'data-violations', source: 'Annex 1 Table 1 a7, Table 2 a8',
      label: { kk: 'Алушының деректерінде бұзушылықтар бар', ru: 'Нарушения в данных получателя', en: 'Violations in the applicant’s data' },
    },
    {
      id: 'not-foreign-periodical', source: '¶6–8 process 7 (motivated refusal of accounting; grounds not listed in the act)',
      label: { kk: 'Басылым шетелдік мерзімді баспасөз басылымы болып табылмайды', ru: 'Издание не является иностранным периодическим печатным изданием', en: 'The publication is not a foreign periodical' },
    },
  ],
  assumptions: [
    'The act names three channels (¶1: ЖАО, ХҚКО, ЭҮП) but has tables only for the portal (Tables 1 and 3) and the service centre (Table 2); the agency-desk channel is not defined.',
    'Table 3 (a second portal table, 15 actions) gives the decision 15 calendar days against 10 working days in Tables 1–2; Table 1 and its 10 working days are followed, Table 3 is not entered.',
    'The regulation is in Kazakh only: the Russian step texts are our translation in the wording seed 001 uses for the same template.',
    'The application, certificate and refusal forms are images not in the text (Annex 3); the form fields follow the contents later national rules ask for (distributor, title, country, language, periodicity, theme, territory, copies) and are a design hypothesis, not this regulation’s list.',
    'The documents are only "the necessary documents" (¶6 sub-para. 1, Table 2 a5); one required attachment kind holds their scans.',
    'The certificate has no number or validity in the act; a record number, the date and the certificate text are filled by the clerk.',
    'The act states no substantive refusal ground; "not-foreign-periodical" is the plain one besides the data violations of Tables 1–2.',
    'The registry check of Table 2 a3 (ГБД ФЛ / ГБД ЮЛ / ЕНИС) is the existing ГБД ФЛ lookup run when an operator files; no data ends the filing (a4).',
    'No return for correction: the act knows only the certificate or a motivated refusal.',
  ],
};
