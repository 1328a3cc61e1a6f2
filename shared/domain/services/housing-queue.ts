/**
 * «Мемлекеттiк тұрғын үй қорынан тұрғын үйге немесе жеке тұрғын үй қорынан жергiлiктi атқарушы
 * орган жалдаған тұрғын үйге мұқтаж азаматтарды есепке қою және олардың кезегi» / «Постановка на
 * учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или
 * жилище, арендованном местным исполнительным органом в частном жилищном фонде» — seed 004,
 * regulation 7 of Ust-Kamenogorsk akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821). Steps
 * and limits: Annex 2 Tables 1 (agency), 2 (service centre), 3 (portal); output forms: Annex 3
 * (extraction: ../shared/domain/004.md §3.7). The positive result is the notice that the housing
 * commission registered the applicant on the list of citizens needing housing, with the list's
 * number: an approval that places the applicant in the department's housing queue.
 * The regulation is in Kazakh only: the Kazakh texts are the seed's, the Russian ones are ours.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  consumer: { kk: 'Тұтынушы', ru: 'Потребитель', en: 'Applicant' },
  provider: { kk: 'Қызмет көрсетуші', ru: 'Услугодатель', en: 'Service provider (the department)' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gatewayWs: { kk: 'ЭҮӨШ АЖО', ru: 'АРМ РШЭП', en: 'Regional gateway workstation (ARM RSHEP)' },
  conWs: { kk: 'ХҚКО АЖ АЖО', ru: 'АРМ ИС ЦОН', en: 'Service-centre IS workstation' },
  conOperator: { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'Service-centre operator' },
  individuals: { kk: 'ЖТ МДБ', ru: 'ГБД ФЛ', en: 'State database of individuals' },
  registries: { kk: 'ЖТ МДБ, БНАЖ', ru: 'ГБД ФЛ, ЕНИС', en: 'State database of individuals, notary system' },
} as const;

const C = {
  numberedInSystem: { kk: 'Өтінішке нөмір бере отырып, жүйеде сұранысты тіркеу', ru: 'Регистрация запроса в системе с присвоением номера заявлению', en: 'Request registered in the system and the application numbered' },
  numbered: { kk: 'Өтінішке нөмір бере отырып, сұранысты тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  formed: { kk: 'Сұраныстың сәтті қалыптастырылғандығы туралы хабарламаны бейнелеу', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
  routed: { kk: 'Сұранысты бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
  motivated: { kk: 'Уәжделген бас тартуды қалыптастыру', ru: 'Формирование мотивированного отказа', en: 'Motivated refusal formed' },
  refusalMsg: { kk: 'Сұрау салынып отырған электрондық мемлекеттік қызметтен бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в запрашиваемой электронной государственной услуге', en: 'A message refusing the requested e-service formed' },
  register: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
  docRefusal: { kk: 'Тұтынушы құжаттарында бұзушылықтардың бар болуына байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в документах потребителя', en: 'Forms a refusal because of violations in the applicant’s documents' },
  receives: { kk: 'Тұтынушының қызмет нәтижесін алуы', ru: 'Получение потребителем результата услуги', en: 'The applicant receives the result' },
  notice: { kk: 'Қызмет нәтижесін - хабарламаны қалыптастыру', ru: 'Формирование результата услуги — уведомления', en: 'The result formed: the notice' },
  output: { kk: 'Шығыс құжатын бейнелеу', ru: 'Отображение выходного документа', en: 'Display of the output document' },
} as const;

const W = {
  violation: { kk: 'егер бұзушылық бар болса', ru: 'если есть нарушение', en: 'if there is a violation' },
  noViolation: { kk: 'егер бұзушылық болмаса', ru: 'если нарушений нет', en: 'if there is none' },
  dataViolations: { kk: 'егер тұтынушы деректерінде бұзушылықтар бар болса', ru: 'если есть нарушения в данных потребителя', en: 'if the applicant’s data has violations' },
  none: { kk: 'егер бұзушылықтар болмаса', ru: 'если нарушений нет', en: 'if there are none' },
  authOk: { kk: 'егер авторизациялау сәтті өтсе', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const cal30 = { amount: 30, unit: 'calendarDays' as const };
const processing = ['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'] as const;
const dashNext = 'The next-action cell is "–" in the source; the logical successor is kept.';

export const housingQueue: ServiceDefinition = {
  id: 'housing-queue',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 7',
    appendix: 'Regulation 7 ¶6 (agency), ¶7 (service centre), ¶8 (portal); Annex 2 Tables 1–3; Annex 3 output forms (notice of registration, warning notice of refusal); Annex 4 survey',
  },
  names: {
    kk: 'Мемлекеттiк тұрғын үй қорынан тұрғын үйге немесе жеке тұрғын үй қорынан жергiлiктi атқарушы орган жалдаған тұрғын үйге мұқтаж азаматтарды есепке қою және олардың кезегi',
    ru: 'Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде',
    en: 'Registration and queueing of citizens needing housing from the state housing fund or housing rented by the local executive body',
  },
  description: {
    kk: 'Тұрғын үй комиссиясының шешімімен тұрғын үйге мұқтаж азаматтар есебіне қою туралы хабарлама, тізімдегі нөмірімен; кезектегі орны жеке кабинетте көрінеді.',
    ru: 'Уведомление о постановке решением жилищной комиссии на учет граждан, нуждающихся в жилище, с номером в списке; место в очереди видно в личном кабинете.',
    en: 'A notice that the housing commission registered the applicant on the list of citizens needing housing, with the list number; the personal cabinet shows the place in the queue.',
  },
  provider: { agencyId: 'oskemen-housing' },
  applicants: ['individual'],
  channels: [
    {
      channel: 'portal',
      source: '¶8, Annex 1 figure 3, Annex 2 Table 3',
      enabled: true,
      steps: [
        {
          id: 'T3.a1', actor: A.consumer, human: true, covers: [],
          action: { kk: 'ЖСН және пароль бойынша ЭҮП авторизацияланады', ru: 'Авторизуется на ПЭП по ИИН и паролю', en: 'Signs in on the portal with IIN and password' },
          completion: C.formed, limit: sec(60, 30),
          next: [{ step: 'T3.a2', when: W.dataViolations }, { step: 'T3.a3', when: W.authOk }],
        },
        {
          id: 'T3.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Тұтынушы деректерінде бұзушылықтардың бар болуына байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с нарушениями в данных потребителя', en: 'Forms a refusal message because of violations in the applicant’s data' },
          completion: C.refusalMsg, limit: sec(30), next: [],
        },
        {
          id: 'T3.a3', actor: A.consumer, human: true, covers: ['request.submitted'],
          action: { kk: 'ЭЦҚ тұтынушы таңдауымен сұраныс деректерін қалыптастырады және қызметті таңдайды', ru: 'Формирует данные запроса с выбором ЭЦП потребителя и выбирает услугу', en: 'Chooses the service and forms the request, choosing the signing key' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T3.a4', when: W.dataViolations }, { step: 'T3.a5', when: W.none }],
        },
        {
          id: 'T3.a4', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'ЭЦҚ тұтынушы деректерінде бұзушылықтардың бар болуына байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с нарушениями в данных ЭЦП потребителя', en: 'Forms a refusal because the signature data is not valid (condition 2 failed)' },
          completion: C.refusalMsg, limit: sec(90), next: [],
        },
        {
          id: 'T3.a5', actor: A.consumer, human: false, covers: ['signature.verified'],
          action: { kk: 'Тұтынушыны ЭЦҚ арқылы куәландыру (қол қою) және сұранысты ЭҮӨШ АЖО жіберу', ru: 'Удостоверение (подписание) ЭЦП потребителя и направление запроса в АРМ РШЭП', en: 'The request certified with the applicant’s signature and sent to the regional gateway' },
          completion: C.routed, limit: sec(60, 30), next: [{ step: 'T3.a6' }], note: dashNext,
        },
        {
          id: 'T3.a6', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: C.register, completion: C.numbered, limit: sec(60),
          next: [{ step: 'T3.a7', when: W.dataViolations }, { step: 'T3.a8', when: W.none }],
        },
        {
          id: 'T3.a7', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: sec(30), next: [],
          note: 'The provider’s check of the documents (¶8, condition 3) is a staff decision here: the refusal ground "document-violations".',
        },
        {
          id: 'T3.a8', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives, completion: C.output, limit: cal30, next: [],
          note: 'The housing commission decides within the 30 calendar days (Annex 3 positive form); the notice is signed by the provider’s authorised person (¶8, process 8).',
        },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶7, Annex 1 figure 2, Annex 2 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.conWs, human: true, covers: [],
          action: { kk: 'Логині мен паролі бойынша ХҚКО операторымен авторизацияланады', ru: 'Авторизуется оператором ЦОН по логину и паролю', en: 'The operator signs in with login and password' },
          completion: C.numberedInSystem, limit: sec(60, 30), next: [{ step: 'T2.a2' }],
        },
        {
          id: 'T2.a2', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Қызметті таңдайды және сұраныс деректерін қалыптастырады', ru: 'Выбирает услугу и формирует данные запроса', en: 'Chooses the service and forms the request data' },
          completion: C.formed, limit: sec(30), next: [{ step: 'T2.a3' }],
        },
        {
          id: 'T2.a3', actor: A.conOperator, human: false, covers: [],
          action: { kk: 'ЖТ МДБ, БНАЖ сұранысты жіберу', ru: 'Направление запроса в ГБД ФЛ, ЕНИС', en: 'Queries the state database of individuals and the notary system' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T2.a4', when: W.dataViolations }, { step: 'T2.a5', when: W.none }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'Тұтынушы деректерінің болмауына байланысты деректерді алу мүмкін еместігі туралы хабарлама қалыптастыру', ru: 'Формирование сообщения о невозможности получения данных в связи с отсутствием данных потребителя', en: 'Message that no data on the applicant could be obtained' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T2.a5', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'Сұраныс үлгісіне қажетті құжаттарды бекітумен және ЭЦҚ куәландырумен сұранысты толтыру', ru: 'Заполнение запроса с прикреплением необходимых документов и удостоверением ЭЦП', en: 'Fills the request, attaching the documents and certifying it with the signing key' },
          completion: C.formed, limit: sec(60, 30), next: [{ step: 'T2.a6' }], note: dashNext,
        },
        {
          id: 'T2.a6', actor: A.conOperator, human: false, covers: ['signature.verified', 'signature.refused'],
          action: { kk: 'ЭЦҚ куәландырылған (қол қойылған) құжатты ЭҮӨШ АЖО жіберу', ru: 'Направление документа, удостоверенного (подписанного) ЭЦП, в АРМ РШЭП', en: 'Sends the signed document to the regional gateway' },
          completion: C.routed, limit: sec(60), next: [{ step: 'T2.a7' }],
          note: `${dashNext} Table 2 has no EDS-failure row; the signature refusal is placed here.`,
        },
        {
          id: 'T2.a7', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: C.register, completion: C.numbered, limit: sec(60),
          next: [{ step: 'T2.a8', when: W.violation }, { step: 'T2.a9', when: W.noViolation }],
        },
        {
          id: 'T2.a8', actor: A.gatewayWs, human: false, covers: [],
          action: { kk: 'Тұтынушы құжаттарында бұзушылықтардың болуына байланысты қызметтен бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в услуге в связи с нарушениями в документах потребителя', en: 'Forms a refusal because of violations in the applicant’s documents' },
          completion: C.motivated, limit: sec(60, 30), next: [],
          note: 'The provider’s check of the documents (¶7, condition 2) is a staff decision here: the refusal ground "document-violations".',
        },
        {
          id: 'T2.a9', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives, completion: C.notice, limit: cal30, next: [],
          note: 'The applicant receives the notice through the operator (¶7, process 9); it also reaches their portal cabinet (the request is theirs).',
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: '¶6, Annex 1 figure 1, Annex 2 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.provider, human: true, covers: [],
          action: { kk: 'ЖСН мен пароль арқылы ЭҮӨШ АЖО авторизациялау', ru: 'Авторизация в АРМ РШЭП по ИИН и паролю', en: 'The department’s employee signs in with IIN and password' },
          completion: C.numberedInSystem, limit: sec(15, 10), next: [{ step: 'T1.a2' }],
          note: `${dashNext} The table signs in to ЭҮӨШ АЖО, ¶6 to ЖАО АЖ; the department's own sign-in is used.`,
        },
        {
          id: 'T1.a2', actor: A.provider, human: true, covers: [],
          action: { kk: 'Қызмет көрсетуші қызметкерінің қызметті таңдауы', ru: 'Выбор услуги сотрудником услугодателя', en: 'The employee chooses the service' },
          completion: C.formed, limit: sec(10), next: [{ step: 'T1.a3' }], note: dashNext,
        },
        {
          id: 'T1.a3', actor: A.provider, human: false, covers: [],
          action: { kk: 'ЖТ МДБ тұтынушы деректері туралы сұранысты жіберу', ru: 'Направление запроса о данных потребителя в ГБД ФЛ', en: 'Queries the state database of individuals for the applicant' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T1.a4', when: W.violation }, { step: 'T1.a5', when: W.noViolation }],
        },
        {
          id: 'T1.a4', actor: A.individuals, human: false, covers: [],
          action: { kk: 'ЖТ МДБ деректердің болмауы туралы хабарлама қалыптастыру', ru: 'Формирование сообщения об отсутствии данных в ГБД ФЛ', en: 'Message that the database has no data on the applicant' },
          completion: C.motivated, limit: sec(15, 10), next: [],
        },
        {
          id: 'T1.a5', actor: A.provider, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'ЭЦҚ куәландырумен және сканерленген құжаттарды бекітумен сұраныс үлгілерін толтыру', ru: 'Заполнение шаблона запроса с удостоверением ЭЦП и прикреплением сканированных документов', en: 'Fills the request, attaching the scans and certifying it with the employee’s signing key' },
          completion: C.routed, limit: sec(15, 10), next: [{ step: 'T1.a6' }],
          note: 'The employee’s signature and its check (¶6, process 4, condition 2, process 5) have no row of their own; they are placed here.',
        },
        {
          id: 'T1.a6', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: { kk: 'ЭҮӨШ АЖО құжаттарды тіркеу', ru: 'Регистрация документов в АРМ РШЭП', en: 'Registers the documents at the regional gateway' },
          completion: C.numbered, limit: sec(90),
          next: [{ step: 'T1.a7', when: W.violation }, { step: 'T1.a8', when: W.noViolation }],
        },
        {
          id: 'T1.a7', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: sec(90), next: [],
          note: 'The check of the documents is a staff decision here: the refusal ground "document-violations".',
        },
        {
          id: 'T1.a8', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives, completion: C.notice, limit: cal30, next: [],
          note: '¶6 process 8: the employee hands the notice over or e-mails it; it also reaches the applicant’s portal cabinet (the request is theirs).',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'category', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Тұрғын үйге мұқтаж азаматтар санаты', ru: 'Категория граждан, нуждающихся в жилище', en: 'Category of citizens needing housing' },
        help: { kk: 'Өтініш беруші өзін жатқызатын санат (мысалы, халықтың әлеуметтік осал топтары).', ru: 'Категория, к которой заявитель себя относит (например, социально уязвимые слои населения).', en: 'The category the applicant claims (for example, socially vulnerable groups).' },
      },
      {
        id: 'familySize', type: 'text', required: true, minLength: 1, maxLength: 2, pattern: '^[1-9][0-9]?$',
        label: { kk: 'Отбасы құрамы (адам саны)', ru: 'Состав семьи (число человек)', en: 'Family size (number of persons)' },
      },
      {
        id: 'address', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Мекен-жайы', ru: 'Адрес', en: 'Address' },
      },
      {
        id: 'phone', type: 'text', required: true, minLength: 5, maxLength: 20, pattern: '^\\+?[0-9][0-9 ()\\-]{4,19}$',
        label: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
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
      id: 'family-composition', required: true, maxCount: 3,
      label: { kk: 'Отбасы құрамы туралы анықтама', ru: 'Справка о составе семьи', en: 'Certificate of family composition' },
    },
    {
      id: 'no-housing-certificate', required: true, maxCount: 5,
      label: { kk: 'Өтініш берушінің және отбасы мүшелерінің меншігінде тұрғын үйдің жоқтығы туралы анықтама', ru: 'Справка об отсутствии жилища в собственности заявителя и членов семьи', en: 'Certificate that the applicant and the family own no housing' },
    },
    {
      id: 'category-proof', required: true, maxCount: 5,
      label: { kk: 'Санатты растайтын құжат', ru: 'Документ, подтверждающий категорию', en: 'Document proving the category' },
    },
    {
      id: 'income-statement', required: false, maxCount: 5,
      label: { kk: 'Отбасының табысы туралы мәліметтер (әлеуметтік осал топтар үшін)', ru: 'Сведения о доходах семьи (для социально уязвимых слоёв)', en: 'Family income statement (for socially vulnerable groups)' },
    },
  ],
  term: cal30,
  result: {
    title: { kk: 'Хабарлама', ru: 'Уведомление', en: 'Notice of registration on the housing list' },
    fields: [
      {
        id: 'outcome', type: 'select', required: true,
        label: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
        options: [
          { value: 'registered', label: { kk: 'Тұрғын үйге мұқтаж азаматтар есебіне қойылды', ru: 'Поставлен(а) на учет граждан, нуждающихся в жилище', en: 'Registered on the list of citizens needing housing' } },
        ],
      },
      {
        id: 'commissionDecisionDate', type: 'date', required: true,
        label: { kk: 'Тұрғын үй комиссиясы шешімінің күні', ru: 'Дата решения жилищной комиссии', en: 'Date of the housing commission’s decision' },
      },
      {
        id: 'category', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Санат', ru: 'Категория', en: 'Category' },
      },
      {
        id: 'familySize', type: 'text', required: true, minLength: 1, maxLength: 2, pattern: '^[1-9][0-9]?$',
        label: { kk: 'Отбасы құрамы, адам', ru: 'Состав семьи, человек', en: 'Family size, persons' },
      },
      {
        id: 'listNumber', type: 'text', required: false, maxLength: 20,
        label: { kk: 'Тұрғын үйге мұқтаж азаматтар есебіндегі нөмірі', ru: 'Номер в списке учета граждан, нуждающихся в жилище', en: 'Number on the list of citizens needing housing' },
      },
      {
        id: 'listedOn', type: 'date', required: false,
        label: { kk: 'Есепке қойылған күні', ru: 'Дата постановки на учет', en: 'Date of registration on the list' },
      },
    ],
  },
  queue: {
    id: 'housing',
    source: 'Annex 3 positive form («Хабарлама»): the list of citizens needing housing from the state housing fund, with the number and «Кезекке қою кезіндегі Сіздің кезегіңіздің №»',
    names: { kk: 'Тұрғын үйге мұқтаж азаматтар кезегі', ru: 'Очередь граждан, нуждающихся в жилище', en: 'Queue of citizens needing housing' },
    outcomeField: 'outcome',
    queuedValue: 'registered',
    numberField: 'listNumber',
    dateField: 'listedOn',
    positionLabel: { kk: 'Кезекке қою кезіндегі Сіздің кезегіңіздің №', ru: 'Ваш номер в очереди при постановке на учет', en: 'Your place in the queue when registered' },
  },
  survey: { source: 'Annex 4', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'document-violations', source: 'Annex 2 Table 1 a7, Table 2 a8, Table 3 a7; ¶7 condition 2, ¶8 condition 3',
      label: { kk: 'Тұтынушы құжаттарында бұзушылықтар бар', ru: 'Нарушения в документах потребителя', en: 'Violations in the applicant’s documents' },
    },
    {
      id: 'not-in-need', source: 'Annex 3 negative form («Ескерту хабарлама»: reason left blank; grounds not listed in the act)',
      label: { kk: 'Өтініш беруші (отбасы) тұрғын үйге мұқтаж деп танылмады', ru: 'Заявитель (семья) не признан(а) нуждающимся в жилище', en: 'The applicant (family) is not found to need housing' },
    },
    {
      id: 'category-not-entitled', source: 'Annex 3 negative form («Ескерту хабарлама»: reason left blank; grounds not listed in the act)',
      label: { kk: 'Өтініш беруші мемлекеттік тұрғын үй қорынан тұрғын үй алуға құқығы бар санаттарға жатпайды', ru: 'Заявитель не относится к категориям, имеющим право на жилище из государственного жилищного фонда', en: 'The applicant is not in a category entitled to housing from the state fund' },
    },
  ],
  registryChecks: { powerOfAttorney: { source: 'Table 2 a3 (ХҚКО: ЖТ МДБ and БНАЖ); pattern C 1 шарт / 4 үдеріс', channels: ['service-centre'] } },
  assumptions: [
    'All three channels the act describes are defined: the department’s desk (¶6 narrative and Table 1, although ¶1 names only the service centre and the portal), the service centre (¶7, Table 2) and the portal (¶8, Table 3). Each ends in one "the applicant receives the result" row of 30 calendar days, which holds the whole processing (taking, the commission’s decision, the signed notice, delivery).',
    'The housing commission’s decision (Annex 3) is the department’s staff decision in the platform; the commission meeting is not modelled, only its date is recorded in the notice.',
    'The only positive result is the notice of registration, so every approval places the applicant in the department’s housing queue (outcome "registered"). Its number on the list and its date are the platform’s: the next number of the department’s housing journal and the decision’s date, never typed by the clerk.',
    'The notice’s «Кезекке қою кезіндегі Сіздің кезегіңіздің №» (place in the queue when registered) is printed under that label as the position counted from the list at the notice’s issue (the decision’s time), marked "as at the date of issue"; it is never stored. Later the position moves up with each allocation: the personal cabinet and the department’s list show it live; the journal number fixes the order.',
    'The template registers the applicant "from the date of application"; the journal orders by the order of decisions, not of applications (the schema has no such ordering). Within the 30-day term two applicants can therefore be ordered by decision, not by filing.',
    'Allocation of housing is the referral from the queue (POST …/queue-referral); its one field, "organisation", carries the dwelling allocated (address). The act describes no allocation step.',
    'The negative form’s appeal clause («Осы шешіммен келіспеген жағдайда … шағымдануға құқығыңыз бар») is printed on every refusal, with the call centre 1414 of ¶11 for complaints (shared/domain/appeal-clauses.ts).',
    'Form fields and documents are in the Standard (Govt decree No. 76 of 08.02.2010, ¶11), not in the act. The form asks what the Annex 3 notice needs: category, family size, address, phone, optional e-mail. The documents asked for are what the service implies: family composition, no housing owned, proof of the category, and an optional income statement.',
    'The service-centre registry check (Table 2 a3, ЖТ МДБ and БНАЖ) and the desk one (Table 1 a3, ЖТ МДБ) are the existing ГБД ФЛ lookup when staff file; a representative filing under a notarial power of attorney has it checked in the notaries’ register (ЕНИС / БНАЖ: principal, attorney, validity, not revoked); a failed check is the regulation’s refusal (4 үдеріс), before any staff step.',
    'The act lists no refusal grounds: "document-violations" (Tables 1–3) is the act’s; "not-in-need" and "category-not-entitled" are the plain ones of the service’s subject.',
    'Timings in seconds are kept (10–15 s, 10 s, 1.5 min); "–" next-action cells on the main path are read as the next row.',
    'The regulation is in Kazakh only: the Russian and English step texts are our translation.',
    'No return for correction: the act knows only the notice or a refusal.',
  ],
};
