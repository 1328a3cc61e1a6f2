/**
 * «Қорғаншылық және қамқоршылық жөнiнде анықтама беру» / «Выдача справок по опеке и
 * попечительству» — seed 004, the fourth of seven regulations approved by Ust-Kamenogorsk akimat
 * decree No. 4354/1 of 29.11.2012 (reg. No. 2821). Steps and limits: Annex 2 Tables 1 (service
 * centre) and 2 (portal); output form: Annex 3 (extraction: ../shared/domain/004.md §3.4).
 * The regulation is in Kazakh only: the Kazakh texts are the seed's, the Russian ones are ours.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  consumer: { kk: 'Тұтынушы', ru: 'Потребитель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gatewayWs: { kk: 'ЭҮӨШ АЖО', ru: 'АРМ РШЭП', en: 'Regional gateway workstation (ARM RSHEP)' },
  conWs: { kk: 'ХҚКО АЖО АЖ', ru: 'АРМ ИС ЦОН', en: 'Service-centre IS workstation' },
  conOperator: { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'Service-centre operator' },
  registries: { kk: 'ЖТ МДБ, БНАЖ', ru: 'ГБД ФЛ, ЕНИС', en: 'State database of individuals, notary system' },
} as const;

const C = {
  numbered: { kk: 'Өтінішке нөмір бере отырып, сұранысты тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  formed: { kk: 'Сұраныстың табысты қалыптасқаны туралы хабарламаны көрсету', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
  routed: { kk: 'Сұранысты бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
  motivated: { kk: 'Уәжделген бас тартуды қалыптастыру', ru: 'Формирование мотивированного отказа', en: 'Motivated refusal formed' },
  refusalMsg: { kk: 'Сұратылған электрондық мемлекеттік қызметтен бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в запрашиваемой электронной государственной услуге', en: 'Forms a message refusing the requested e-service' },
  register: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
  docRefusal: { kk: 'Тұтынушы құжаттарында бұзылушылықтардың болуына байланысты қызмет көрсетуден бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в документах потребителя', en: 'Forms a refusal because of violations in the applicant’s documents' },
  receives: { kk: 'Тұтынушының қызмет нәтижесін алуы', ru: 'Получение потребителем результата услуги', en: 'The applicant receives the result' },
  output: { kk: 'Шығыс құжатты көрсету', ru: 'Отображение выходного документа', en: 'Display of the output document' },
} as const;

const W = {
  violations: { kk: 'тұтынушы деректерінде бұзушылықтар болса', ru: 'если есть нарушения в данных потребителя', en: 'if the applicant’s data has violations' },
  none: { kk: 'егер бұзылушылықтар болмаса', ru: 'если нарушений нет', en: 'if there are none' },
  authOk: { kk: 'егер авторизация табысты өтсе', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const wd5 = { amount: 5, unit: 'workingDays' as const };
const processing = ['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'] as const;

export const guardianshipCertificate: ServiceDefinition = {
  id: 'guardianship-certificate',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 4',
    appendix: 'Regulation 4 ¶6–7; Annex 2 Tables 1–2; Annex 3 output form; Annex 4 survey',
  },
  names: {
    kk: 'Қорғаншылық және қамқоршылық жөнiнде анықтама беру',
    ru: 'Выдача справок по опеке и попечительству',
    en: 'Issuance of certificates on guardianship and custody',
  },
  description: {
    kk: 'Әкімнің шешімімен қорғаншы (қамқоршы) болып тағайындалғаны туралы анықтама.',
    ru: 'Справка о назначении опекуном (попечителем) решением акима.',
    en: 'A certificate that the applicant was appointed guardian (custodian) by the akim’s decision.',
  },
  provider: { agencyId: 'oskemen-education' },
  applicants: ['individual'],
  channels: [
    {
      channel: 'portal',
      source: '¶7, Annex 1 figure 2, Annex 2 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.consumer, human: true, covers: [],
          action: { kk: 'ЖСН және пароль бойынша ЭҮП авторизацияланады', ru: 'Авторизуется на ПЭП по ИИН и паролю', en: 'Signs in on the portal with IIN and password' },
          completion: { kk: 'Сұранысты табысты қалыптастыру туралы хабарлама көрсетеді', ru: 'Отображает сообщение об успешном формировании запроса', en: 'Notification that the request was formed' },
          limit: sec(60, 30),
          next: [{ step: 'T2.a2', when: W.violations }, { step: 'T2.a3', when: W.authOk }],
        },
        {
          id: 'T2.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Тұтынушының деректерінде бұзылушылықтар болуына байланысты бас тарту туралы хабарлама қалыптастырады', ru: 'Формирует сообщение об отказе в связи с нарушениями в данных потребителя', en: 'Forms a refusal message because of violations in the applicant’s data' },
          completion: C.refusalMsg, limit: sec(30), next: [],
        },
        {
          id: 'T2.a3', actor: A.consumer, human: true, covers: ['request.submitted'],
          action: { kk: 'Қызметті таңдайды және ЭЦҚ тұтынушының таңдауы бойынша сұраныстың деректерін қалыптастырады', ru: 'Выбирает услугу и формирует данные запроса с выбором ЭЦП потребителя', en: 'Chooses the service and forms the request, choosing the signing key' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T2.a4', when: W.violations }, { step: 'T2.a5', when: W.none }],
        },
        {
          id: 'T2.a4', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'ЭЦҚ тұтынушының деректерінде бұзылушылықтардың болуына байланысты бас тарту туралы хабарлама қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в данных ЭЦП потребителя', en: 'Forms a refusal because the signature data is not valid (condition 2 failed)' },
          completion: C.refusalMsg, limit: sec(90), next: [],
        },
        {
          id: 'T2.a5', actor: A.consumer, human: false, covers: ['signature.verified'],
          action: { kk: 'Тұтынушының ЭЦҚ арқылы куәландыру және сұранысты ЭҮӨШ АЖО бағыттау', ru: 'Удостоверение ЭЦП потребителя и направление запроса в АРМ РШЭП', en: 'The request certified with the applicant’s signature and sent to the regional gateway' },
          completion: C.routed, limit: sec(60, 30), next: [{ step: 'T2.a6' }],
          note: 'The next-action cell is "–" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T2.a6', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: C.register, completion: C.numbered, limit: sec(60),
          next: [{ step: 'T2.a7', when: W.violations }, { step: 'T2.a8', when: W.none }],
        },
        {
          id: 'T2.a7', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: sec(60), next: [],
          note: 'No time in the table ("–"); 1 min is assumed, as for registration. The document check is a staff refusal ground here (document-violations).',
        },
        {
          id: 'T2.a8', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives, completion: C.output, limit: wd5, next: [],
        },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶6, Annex 1 figure 1, Annex 2 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.conWs, human: true, covers: [],
          action: { kk: 'Логин және пароль арқылы ХҚКО операторы авторизациялаудан өтеді', ru: 'Оператор ЦОН проходит авторизацию по логину и паролю', en: 'The operator signs in with login and password' },
          completion: { kk: 'Өтінішке нөмір бере отырып, сұранысты жүйеде тіркеу', ru: 'Регистрация запроса в системе с присвоением номера заявлению', en: 'Request registered in the system and numbered' },
          limit: sec(60, 30), next: [{ step: 'T1.a2' }],
        },
        {
          id: 'T1.a2', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Қызметті таңдайды және сұраныстың деректерін қалыптастырады', ru: 'Выбирает услугу и формирует данные запроса', en: 'Chooses the service and forms the request data' },
          completion: { kk: 'Сұраныстың табысты қалыптасуы туралы хабарламаны көрсету', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
          limit: sec(30), next: [{ step: 'T1.a3' }],
        },
        {
          id: 'T1.a3', actor: A.conOperator, human: false, covers: [],
          action: { kk: 'Сұранысты ЖТ МДБ, БНАЖ-ға бағыттау', ru: 'Направление запроса в ГБД ФЛ, ЕНИС', en: 'Queries the state database of individuals and the notary system' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T1.a4', when: W.violations }, { step: 'T1.a5', when: W.none }],
        },
        {
          id: 'T1.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'Тұтынушы деректерінің болмауына байланысты деректер алу мүмкін еместігі туралы хабарлама қалыптастыру', ru: 'Формирование сообщения о невозможности получения данных в связи с отсутствием данных потребителя', en: 'Message that no data on the applicant could be obtained' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T1.a5', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'Тапсырыс үлгісіне қажетті құжаттар мен ЭЦҚ куәлігін тіркей отырып, сұранысты толтыру', ru: 'Заполнение запроса с прикреплением необходимых документов и сертификата ЭЦП', en: 'Fills the request, attaching the documents and the signing certificate' },
          completion: C.formed, limit: sec(60, 30), next: [{ step: 'T1.a6' }],
          note: 'The next-action cell is "–" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T1.a6', actor: A.conOperator, human: false, covers: ['signature.verified', 'signature.refused'],
          action: { kk: 'ЭҮӨШ АЖО ЭЦҚ куәландырылған (қол қойылған) құжатты бағыттау', ru: 'Направление документа, удостоверенного (подписанного) ЭЦП, в АРМ РШЭП', en: 'Sends the signed document to the regional gateway' },
          completion: C.routed, limit: sec(60), next: [{ step: 'T1.a7' }],
          note: 'Table 1 has no EDS-failure row; the signature refusal is placed here.',
        },
        {
          id: 'T1.a7', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: C.register, completion: C.numbered, limit: sec(60),
          next: [{ step: 'T1.a8', when: W.violations }, { step: 'T1.a9', when: W.none }],
        },
        {
          id: 'T1.a8', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: sec(60), next: [],
          note: 'No time in the table ("–"); 1 min is assumed, as for registration.',
        },
        {
          id: 'T1.a9', actor: A.gatewayWs, human: true, covers: [...processing],
          action: C.receives, completion: C.output, limit: wd5, next: [],
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'role', type: 'select', required: true,
        label: { kk: 'Тағайындалды', ru: 'Назначен(а)', en: 'Appointed as' },
        options: [
          { value: 'guardian', label: { kk: 'Қорғаншы', ru: 'Опекун', en: 'Guardian' } },
          { value: 'custodian', label: { kk: 'Қамқоршы', ru: 'Попечитель', en: 'Custodian' } },
        ],
      },
      {
        id: 'wardName', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Қамқорлыққа алынушының тегі, аты, әкесінің аты', ru: 'ФИО подопечного', en: 'Full name of the ward' },
      },
      {
        id: 'wardBirthDate', type: 'date', required: true,
        label: { kk: 'Қамқорлыққа алынушының туған күні', ru: 'Дата рождения подопечного', en: 'Ward’s date of birth' },
      },
      {
        id: 'decisionNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Әкім шешімінің нөмірі', ru: 'Номер решения акима', en: 'Number of the akim’s decision' },
      },
      {
        id: 'decisionDate', type: 'date', required: true,
        label: { kk: 'Әкім шешімінің күні', ru: 'Дата решения акима', en: 'Date of the akim’s decision' },
      },
      {
        id: 'address', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Тұратын мекенжайы (қала, көше, үй, пәтер)', ru: 'Адрес проживания (город, улица, дом, квартира)', en: 'Address (city, street, house, flat)' },
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
      id: 'akim-decision', required: true, maxCount: 3,
      label: { kk: 'Әкімнің қорғаншы (қамқоршы) тағайындау туралы шешімінің көшірмесі', ru: 'Копия решения акима о назначении опекуна (попечителя)', en: 'Copy of the akim’s decision appointing the guardian (custodian)' },
    },
  ],
  term: wd5,
  result: {
    title: { kk: 'Анықтама', ru: 'Справка', en: 'Certificate' },
    fields: [
      {
        id: 'certificateNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Анықтаманың нөмірі', ru: 'Номер справки', en: 'Certificate number' },
      },
      {
        id: 'property', type: 'select', required: true,
        label: { kk: 'Қамқорлыққа алынушының мүлкі', ru: 'Имущество подопечного', en: 'Ward’s property' },
        options: [
          { value: 'inventory-filed', label: { kk: 'мүлкінің тізімдемесі істе тігулі', ru: 'опись имущества подшита в деле', en: 'the inventory is filed in the case' } },
          { value: 'none', label: { kk: 'мүлкі жоқ', ru: 'имущества нет', en: 'no property' } },
        ],
      },
      {
        id: 'certificateText', type: 'textarea', required: true, maxLength: 3000,
        label: { kk: 'Анықтаманың мәтіні', ru: 'Текст справки', en: 'Text of the certificate' },
        help: {
          kk: 'Қорғаншыға (қамқоршыға) қамқорлыққа алынушыны тәрбиелеу, оқыту, қоғамдық пайдалы қызметке даярлау туралы, оның жеке мүліктік құқықтарын қорғау және сақтау, сотта және барлық мемлекеттік мекемелерде арнайы өкілеттіксіз оның өкілі болу міндеті жүктеледі.',
          ru: 'На опекуна (попечителя) возлагается обязанность воспитания и обучения подопечного, подготовки его к общественно полезной деятельности, защиты и сохранения его личных и имущественных прав, представительства в суде и во всех государственных учреждениях без особых полномочий.',
          en: 'The guardian (custodian) is charged with the upbringing and education of the ward, preparing the ward for socially useful activity, protecting the ward’s personal and property rights, and representing the ward in court and in all state institutions without special authority.',
        },
      },
    ],
  },
  survey: { source: 'Annex 4', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'document-violations', source: 'Annex 2 Table 1 a8, Table 2 a7',
      label: { kk: 'Тұтынушы құжаттарында бұзылушылықтар бар', ru: 'Нарушения в документах потребителя', en: 'Violations in the applicant’s documents' },
    },
    {
      id: 'not-appointed', source: 'Annex 3 (negative form: free-form letter with the grounds; grounds not listed in the act)',
      label: { kk: 'Өтініш беруші әкімнің шешімімен қорғаншы (қамқоршы) болып тағайындалмаған', ru: 'Заявитель не назначен опекуном (попечителем) решением акима', en: 'The applicant was not appointed guardian (custodian) by an akim’s decision' },
    },
  ],
  registryChecks: { powerOfAttorney: { source: 'Table 1 a3 (ХҚКО: ЖТ МДБ and БНАЖ); pattern C 1 шарт / 4 үдеріс', channels: ['service-centre'] } },
  assumptions: [
    'The regulation is in Kazakh only: the Russian texts are our translation; the Kazakh certificate wording (Annex 3) is the seed’s.',
    'Form fields are on the portal and in the Standard (decree No. 1119 of 31.08.2012), not in the act; the fields are what the Annex 3 certificate needs: role, ward, date of birth, the akim’s decision number and date, the address.',
    'Documents are "those in the Standard"; a copy of the akim’s decision is asked for, as the certificate restates it.',
    'The refusal steps after registration (Table 1 a8, Table 2 a7) have no time ("–"); 1 min is assumed.',
    'The negative output is a free-form letter; the act lists no grounds. "document-violations" (Tables 1–2) and "not-appointed" are used.',
    'The ХҚКО registry check (Table 1 a3, ЖТ МДБ and БНАЖ) is the existing ГБД ФЛ lookup when an operator files; a representative filing under a notarial power of attorney has it checked in the notaries’ register (ЕНИС / БНАЖ: principal, attorney, validity, not revoked); a failed check is the regulation’s refusal (4 үдеріс), before any staff step.',
    'The act names only the service centre and the portal; there is no agency-desk channel.',
    'No return for correction: the act knows only the certificate or a refusal letter.',
  ],
};
