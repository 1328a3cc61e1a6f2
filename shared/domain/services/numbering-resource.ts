/**
 * «Нөмірлеу ресурсын бөлу және нөмірлерді беру, сондай-ақ оларды алып қою» — seed 003, App.2:
 * Order No. 809 (2012) of the Ministry of Transport and Communications. Filed by telecom operators
 * (legal entities, through a representative whose certificate carries the BIN). Steps and limits:
 * App.3 Table 1 (the portal) and Table 2 (through the Committee: its employee files for the
 * organisation at the Committee's desk) (extraction: ../shared/domain/003.md §3.2.3, §3.2.4).
 * No payment in this service.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  applicant: { kk: 'Өтініш беруші', ru: 'Заявитель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal' },
  elicense: { kk: '«Е-лицензиялау» МДҚ АЖ', ru: 'ИС ГБД «Е-лицензирование»', en: 'E-licensing information system' },
  committee: { kk: 'Комитет', ru: 'Комитет', en: 'Committee' },
  registries: { kk: 'ЖТ МДҚ/ЗТ МДҚ', ru: 'ГБД ФЛ/ГБД ЮЛ', en: 'State databases of individuals and legal entities' },
} as const;

const C = {
  formed: { kk: '«Сұраныс дұрыс қалыптастырылды» хабарламасы', ru: 'Сообщение «Запрос сформирован корректно»', en: '"Request correctly formed" message' },
  refusal: { kk: 'Бас тарту туралы хабарлама', ru: 'Сообщение об отказе', en: 'Refusal message' },
  sent: { kk: 'Сұраныс жіберілді', ru: 'Запрос отправлен', en: 'Request dispatched' },
  registered: { kk: 'Өтінішке нөмір беру арқылы сұранысты тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  order: { kk: 'Бұйрық (электрондық құжат)', ru: 'Приказ (электронный документ)', en: 'Order (electronic document)' },
} as const;

/** Table 2's refusals and branch conditions (p.7 conditions 1–3). */
const R = {
  incorrect: { kk: 'Мәліметтердің дұрыс болмауына байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с некорректностью сведений', en: 'Forms a refusal because the data is incorrect' },
  dataRefusal: { kk: 'Өтініш берушінің деректеріндегі бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в данных заявителя', en: 'Forms a refusal because of violations in the applicant’s data' },
} as const;

const W = {
  authOk: { kk: 'авторландыру табысты өткенде', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
  authFailed: { kk: 'логин мен пароль расталмағанда', ru: 'если логин и пароль не подтверждены', en: 'if the login and password are not confirmed' },
  violations: { kk: 'өтініш берушінің деректерінде бұзушылықтар болғанда', ru: 'при нарушениях в данных заявителя', en: 'if the applicant’s data has violations' },
  found: { kk: 'өтініш берушінің деректері табылса', ru: 'если данные заявителя найдены', en: 'if the applicant’s data is found' },
  noData: { kk: '«Е-лицензиялау»-да сұраныс бойынша деректер болмаса', ru: 'если в «Е-лицензировании» нет данных по запросу', en: 'if E-licensing has no data for the request' },
  dataFound: { kk: 'сұраныс бойынша деректер табылса', ru: 'если данные по запросу найдены', en: 'if data is found for the request' },
} as const;

const min1 = { amount: 1, unit: 'minutes' as const };
const days30 = { amount: 30, unit: 'calendarDays' as const };

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });

export const numberingResource: ServiceDefinition = {
  id: 'numbering-resource',
  version: 1,
  source: {
    seed: '003',
    act: 'Order of the Minister of Transport and Communications No. 809 (2012), App.2',
    appendix: 'App.1 diagrams No. 1–2; App.3 Tables 1–2; App.4 survey',
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
          completion: C.order, limit: days30, next: [],
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: 'p.7, diagram No. 2, App.3 Table 2',
      // A Committee employee files for the organisation (applicantBin): ГБД ФЛ and ГБД ЮЛ are checked at the counter (a4).
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.committee, human: true, covers: [],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-де авторландырылады', ru: 'Авторизуется в ИС ГБД «Е-лицензирование»', en: 'Signs in to E-licensing' },
          completion: C.formed, limit: sec(15, 10),
          next: [{ step: 'T2.a2', when: W.authFailed }, { step: 'T2.a3', when: W.authOk }],
          note: 'The next-action cell reads "1 – check in E-licensing of the employee’s login and password"; the branches to a2 and a3 are condition 1 of p.7.',
        },
        {
          id: 'T2.a2', actor: A.elicense, human: false, covers: [],
          action: R.incorrect, completion: C.refusal, limit: sec(10), next: [],
        },
        {
          id: 'T2.a3', actor: A.committee, human: true, covers: [],
          action: { kk: 'Комитеттің қызметкерімен қызметті таңдауы', ru: 'Выбор услуги сотрудником Комитета', en: 'The employee chooses the service and enters the applicant’s data' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T2.a4' }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'ЖТ МДҚ/ЗТ МДҚ-да өтініш берушінің деректерін тексеруге сұрау салу', ru: 'Запрос на проверку данных заявителя в ГБД ФЛ/ГБД ЮЛ', en: 'Queries the state databases for the applicant’s data (through the e-government gateway)' },
          completion: C.sent, limit: sec(90),
          next: [{ step: 'T2.a5', when: W.violations }, { step: 'T2.a6', when: W.found }],
          note: 'p.7 process 4: the person in ГБД ФЛ and the organisation in ГБД ЮЛ, with the person among its representatives. The platform checks both when the clerk files, before the request exists (no data: REGISTRY_NO_DATA; not its representative: NOT_A_REPRESENTATIVE; both the a5 refusal), so this row has no history entry. The next cell reads "6 if authorisation succeeds" [sic], copied from Table 1: read as "if the data is found" (p.7 condition 2).',
        },
        {
          id: 'T2.a5', actor: A.elicense, human: false, covers: [],
          action: R.incorrect, completion: C.refusal, limit: sec(90), next: [],
          note: 'p.7 process 5: the data cannot be obtained.',
        },
        {
          id: 'T2.a6', actor: A.committee, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Сұраныс нысанын құжаттарды бекітумен толтыру', ru: 'Заполнение формы запроса с прикреплением документов', en: 'Fills the request form, marks the paper documents and attaches their scans' },
          completion: C.sent, limit: sec(15, 10), next: [{ step: 'T2.a7' }],
          note: 'p.7 process 6. The act describes no signature in this channel; the platform signs the request with the employee’s own key here and checks it. The next cell is "-"; a7 follows (p.7 process 7).',
        },
        {
          id: 'T2.a7', actor: A.elicense, human: false, covers: ['gateway.registered'],
          action: { kk: '«Е-лицензиялау»-да электрондық құжатты тіркеу және қызметті өңдеу', ru: 'Регистрация электронного документа и обработка услуги в ИС ГБД «Е-лицензирование»', en: 'Registers the e-document and processes the service in E-licensing' },
          completion: C.registered, limit: min1,
          next: [{ step: 'T2.a8', when: W.noData }, { step: 'T2.a9', when: W.dataFound }],
          note: 'The action names «"Е-лицензиялау" ЖТ МДҚ/ЗТ МДҚ» and «"Е-лицензиялау" МДҚ ЖТ» [sic, garbled]: registration and processing in E-licensing. The time is "-"; 1 min is assumed.',
        },
        {
          id: 'T2.a8', actor: A.elicense, human: false, covers: [],
          action: R.dataRefusal, completion: C.refusal, limit: min1, next: [],
          note: 'The time is "-"; 1 min is assumed. The engine records one step per event: the Committee’s refusal is decided and delivered in a9, which holds the 30 days.',
        },
        {
          id: 'T2.a9', actor: A.elicense, human: true, covers: ['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: { kk: 'Электрондық құжат (бұйрық)', ru: 'Электронный документ (приказ)', en: 'Electronic document (order)' },
          completion: C.order, limit: days30, next: [],
          note: 'The 30 calendar days are on the result row; the Committee’s check (p.7 condition 3, "for providing the order") is within it, and the order is formed with the EDS of the Committee’s authorised person (p.7 process 9). The applicant also sees it in their own cabinet.',
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
  term: days30,
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
      id: 'applicant-data-violations', source: 'App.2 p.6 process 8, p.7 process 8; App.3 Table 1 a8, Table 2 a8',
      label: { kk: 'Өтініш берушінің деректерінде бұзушылықтар бар', ru: 'Нарушения в данных заявителя', en: 'Violations in the applicant’s data' },
    },
    {
      id: 'qualification-requirements', source: 'App.2 p.6 condition 3, p.7 condition 3',
      label: { kk: 'Біліктілік талаптарына және беру негіздеріне сәйкес келмейді', ru: 'Несоответствие квалификационным требованиям и основаниям для выдачи', en: 'Does not meet the qualification requirements and grounds' },
    },
  ],
  assumptions: [
    'The act lists no form fields (App.2 screen forms are images, missing); the fields are what an allocation order plainly needs: the action, the numbers, the operator’s licence, a justification.',
    'Attachments are only "the necessary documents"; a network development plan is assumed.',
    'The Committee channel (p.7, Table 2, channel agency-desk): a Committee employee files for the organisation (applicantBin) with its representative present; a4’s lookup is ГБД ФЛ (the person) and ГБД ЮЛ (the organisation, with the person among those entitled to represent it), and a failure is the a5 refusal before any request exists. The employee signs with their own key (the act gives this channel no signature), so condition 2 checks the employee’s certificate, not the BIN. The channel is added without a version bump: a request filed on the portal under version 1 runs exactly as before.',
    'Registration (Table 1 a7, Table 2 a7) and Table 2 a8 have no time in the tables ("-"); 1 min is assumed. In both tables the 30 calendar days are on the result row (a9): one clock from registration to delivery, within which the Committee takes and decides (p.6 condition 3, p.7 condition 3); a refusal (a8) is decided and delivered there too.',
    'Table 2 a1 has no branch targets and a4 says "if authorisation succeeds" (copied from Table 1); the branches of p.7 conditions 1–2 are used. Table 2 a6 has no next action; a7 is its successor.',
    'www.elicense.kz (p.1) is a second web portal with the same self-service steps; the engine’s single portal channel stands for both.',
    'No return for correction: the act knows only the order or a refusal message.',
  ],
};
