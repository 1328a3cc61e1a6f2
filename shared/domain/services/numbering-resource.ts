/**
 * «Нөмірлеу ресурсын бөлу және нөмірлерді беру, сондай-ақ оларды алып қою» — seed 003, App.2:
 * Order No. 809 (2012) of the Ministry of Transport and Communications. Filed by telecom operators
 * (legal entities, through a representative whose certificate carries the BIN). Steps and limits:
 * App.3 Table 1 (extraction: ../shared/domain/003.md §3.2.3). No payment in this service.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  applicant: { kk: 'Өтініш беруші', ru: 'Заявитель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal' },
  elicense: { kk: '«Е-лицензиялау» МДҚ АЖ', ru: 'ИС ГБД «Е-лицензирование»', en: 'E-licensing information system' },
} as const;

const C = {
  formed: { kk: '«Сұраныс дұрыс қалыптастырылды» хабарламасы', ru: 'Сообщение «Запрос сформирован корректно»', en: '"Request correctly formed" message' },
  refusal: { kk: 'Бас тарту туралы хабарлама', ru: 'Сообщение об отказе', en: 'Refusal message' },
  sent: { kk: 'Сұраныс жіберілді', ru: 'Запрос отправлен', en: 'Request dispatched' },
  registered: { kk: 'Өтінішке нөмір беру арқылы сұранысты тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  order: { kk: 'Бұйрық (электрондық құжат)', ru: 'Приказ (электронный документ)', en: 'Order (electronic document)' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });

export const numberingResource: ServiceDefinition = {
  id: 'numbering-resource',
  version: 1,
  source: {
    seed: '003',
    act: 'Order of the Minister of Transport and Communications No. 809 (2012), App.2',
    appendix: 'App.1 diagram No. 1; App.3 Table 1; App.4 survey',
  },
  names: {
    kk: 'Нөмірлеу ресурсын бөлу және нөмірлерді беру, сондай-ақ оларды алып қою',
    ru: 'Выделение нумерационного ресурса и присвоение номеров, а также их изъятие',
    en: 'Allocation of numbering resource and assignment of numbers, and their withdrawal',
  },
  description: {
    kk: 'Байланыс операторына нөмірлеу ресурсын бөлу, нөмірлерді беру немесе алып қою туралы бұйрық.',
    ru: 'Приказ о выделении оператору связи нумерационного ресурса, присвоении или изъятии номеров.',
    en: 'An order allocating numbering resource to a telecom operator, assigning numbers, or withdrawing them.',
  },
  provider: { agencyId: 'mtc-communications-committee' },
  // Filed by telecom operators: legal entities, through a representative (condition 2 checks IIN and BIN).
  applicants: ['legal-entity'],
  channels: [
    {
      channel: 'portal',
      source: 'p.6, diagram No. 1, App.3 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.applicant, human: true, covers: [],
          action: { kk: 'ЭЦҚ тіркеу куәлігін браузерге бекітеді', ru: 'Прикрепляет регистрационное свидетельство ЭЦП к браузеру', en: 'Attaches the signing certificate in the browser' },
          completion: C.formed, limit: sec(15, 10),
          next: [{ step: 'T1.a2', when: { kk: 'деректерде бұзушылық болса', ru: 'если есть нарушения в данных', en: 'if the data has violations' } }, { step: 'T1.a3', when: { kk: 'авторландыру сәтті өтсе', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' } }],
        },
        {
          id: 'T1.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Өтініш берушінің деректеріндегі бұзушылықтарға байланысты бас тарту туралы хабарлама', ru: 'Отказ в связи с нарушениями в данных заявителя', en: 'Refusal because of violations in the applicant’s data' },
          completion: C.refusal, limit: sec(20), next: [],
        },
        {
          id: 'T1.a3', actor: A.applicant, human: true, covers: [],
          action: { kk: 'Қажетті құжаттарды электрондық түрде тіркей отырып сұраныс деректерін қалыптастырады, қызметті таңдайды', ru: 'Формирует данные запроса с электронным прикреплением необходимых документов, выбирает услугу', en: 'Forms the request with the documents attached and chooses the service' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T1.a4' }],
        },
        {
          id: 'T1.a4', actor: A.applicant, human: true, covers: ['request.submitted'],
          action: { kk: 'Куәландыру (қол қою) үшін ЭЦҚ таңдайды', ru: 'Выбирает ЭЦП для удостоверения (подписания)', en: 'Chooses the signing key' },
          completion: C.sent, limit: sec(15, 10),
          next: [{ step: 'T1.a5', when: { kk: 'ЭЦҚ қатесі болса', ru: 'при ошибке ЭЦП', en: 'on a signature error' } }, { step: 'T1.a6', when: { kk: 'ЭЦҚ қатесі болмаса', ru: 'если ошибки ЭЦП нет', en: 'if there is no signature error' } }],
        },
        {
          id: 'T1.a5', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'ЭЦҚ түпнұсқалығы расталмауына байланысты бас тарту туралы хабарлама', ru: 'Отказ в связи с неподтверждением подлинности ЭЦП', en: 'Refusal because the signature is not authenticated' },
          completion: C.refusal, limit: sec(15, 10), next: [],
        },
        {
          id: 'T1.a6', actor: A.applicant, human: false, covers: ['signature.verified'],
          action: { kk: 'Сұранысты ЭЦҚ-мен куәландырады (қол қояды)', ru: 'Удостоверяет (подписывает) запрос ЭЦП', en: 'Signs the request' },
          completion: C.sent, limit: sec(90), next: [{ step: 'T1.a7' }],
        },
        {
          id: 'T1.a7', actor: A.portal, human: false, covers: ['gateway.registered'],
          action: { kk: 'Электрондық құжатты «Е-лицензиялау»-да тіркейді және сұранысты өңдейді', ru: 'Регистрирует электронный документ в «Е-лицензировании» и обрабатывает запрос', en: 'Registers the e-document in E-licensing and processes the request' },
          completion: C.registered, limit: sec(60),
          next: [{ step: 'T1.a8', when: { kk: 'деректер табылмаса', ru: 'если данные не найдены', en: 'if no data is found' } }, { step: 'T1.a9', when: { kk: 'деректер табылса', ru: 'если данные найдены', en: 'if data is found' } }],
          note: 'The table gives no time for registration; 1 min is assumed (as for registration in the other seeds).',
        },
        {
          id: 'T1.a8', actor: A.elicense, human: false, covers: [],
          action: { kk: 'Өтініш берушінің деректеріндегі бұзушылықтарға байланысты бас тарту туралы хабарлама', ru: 'Отказ в связи с нарушениями в данных заявителя', en: 'Refusal because of violations in the applicant’s data' },
          completion: C.refusal, limit: sec(60), next: [],
          note: 'The table says "payment is absent", but this service has no payment; the prose (process 8) is followed.',
        },
        {
          id: 'T1.a9', actor: A.elicense, human: true, covers: ['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: { kk: 'Электрондық құжат (бұйрық)', ru: 'Электронный документ (приказ)', en: 'Electronic document (order)' },
          completion: C.order, limit: { amount: 30, unit: 'calendarDays' }, next: [],
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'action', type: 'select', required: true,
        label: { kk: 'Сұраныс', ru: 'Запрашивается', en: 'Requested' },
        options: [
          { value: 'allocate', label: { kk: 'Нөмірлеу ресурсын бөлу', ru: 'Выделение нумерационного ресурса', en: 'Allocation of numbering resource' } },
          { value: 'assign', label: { kk: 'Нөмірлерді беру', ru: 'Присвоение номеров', en: 'Assignment of numbers' } },
          { value: 'withdraw', label: { kk: 'Нөмірлерді алып қою', ru: 'Изъятие номеров', en: 'Withdrawal of numbers' } },
        ],
      },
      {
        id: 'numberRange', type: 'text', required: true, minLength: 3, maxLength: 200, pattern: '^[0-9 ,+\\-–]+$',
        label: { kk: 'Нөмірлер немесе ауқым', ru: 'Номера или диапазон', en: 'Numbers or range' },
        help: { kk: 'Мысалы: 7292 40 00 00 – 7292 40 99 99', ru: 'Например: 7292 40 00 00 – 7292 40 99 99', en: 'For example: 7292 40 00 00 – 7292 40 99 99' },
      },
      {
        id: 'licenceNumber', type: 'text', required: true, minLength: 3, maxLength: 50,
        label: { kk: 'Байланыс қызметтерін көрсетуге лицензияның нөмірі', ru: 'Номер лицензии на услуги связи', en: 'Communications licence number' },
      },
      {
        id: 'justification', type: 'textarea', required: true, maxLength: 2000,
        label: { kk: 'Негіздеме', ru: 'Обоснование', en: 'Justification' },
      },
    ],
    rules: [],
  },
  attachments: [
    {
      id: 'network-plan', required: true, maxCount: 5,
      label: { kk: 'Желіні дамыту жоспары', ru: 'План развития сети', en: 'Network development plan' },
    },
  ],
  term: { amount: 30, unit: 'calendarDays' },
  result: {
    title: { kk: 'Бұйрық', ru: 'Приказ', en: 'Order' },
    fields: [
      {
        id: 'orderText', type: 'textarea', required: true, maxLength: 4000,
        label: { kk: 'Бұйрықтың мәтіні', ru: 'Текст приказа', en: 'Text of the order' },
      },
      {
        id: 'orderNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Бұйрықтың нөмірі', ru: 'Номер приказа', en: 'Order number' },
      },
    ],
  },
  survey: { source: 'App.4, p.15', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'applicant-data-violations', source: 'App.2 p.6 process 8; App.3 Table 1 a8',
      label: { kk: 'Өтініш берушінің деректерінде бұзушылықтар бар', ru: 'Нарушения в данных заявителя', en: 'Violations in the applicant’s data' },
    },
    {
      id: 'qualification-requirements', source: 'App.2 p.6 condition 3',
      label: { kk: 'Біліктілік талаптарына және беру негіздеріне сәйкес келмейді', ru: 'Несоответствие квалификационным требованиям и основаниям для выдачи', en: 'Does not meet the qualification requirements and grounds' },
    },
  ],
  assumptions: [
    'The act lists no form fields (App.2 screen forms are images, missing); the fields are what an allocation order plainly needs: the action, the numbers, the operator’s licence, a justification.',
    'Attachments are only "the necessary documents"; a network development plan is assumed.',
    'Only the portal channel is defined; the Committee channel (Table 2) comes with the services work.',
    'Registration (a7) has no time in the table; 1 min is assumed.',
  ],
};
