/**
 * «Үйде тәрбиеленетiн және оқитын мүгедек балаларды материалдық қамтамасыз ету үшiн құжаттар
 * ресiмдеу» / «Оформление документов на материальное обеспечение детей-инвалидов,
 * воспитывающихся и обучающихся на дому» — seed 004, the fifth of seven regulations approved by
 * Ust-Kamenogorsk akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821). Steps and limits:
 * Annex 2 Tables 1 (agency desk) and 2 (portal); output form: Annex 3 (extraction:
 * ../shared/domain/004.md §3.5). The regulation is in Kazakh only: the Kazakh texts are the
 * seed's, the Russian ones are ours.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gateway: { kk: 'ЭҮӨШ (ЭҮШ)', ru: 'РШЭП (ШЭП)', en: 'Regional e-government gateway' },
  gatewaySlash: { kk: 'ЭҮШ/ЭҮӨШ', ru: 'ШЭП/РШЭП', en: 'E-government gateway / regional gateway' },
  agencyIs: { kk: 'ЖАО АЖ', ru: 'ИС МИО', en: 'Local executive body information system' },
  agency: { kk: 'ЖАО', ru: 'МИО (услугодатель)', en: 'Local executive body (service provider)' },
} as const;

const C = {
  routed: { kk: 'Сұрауды бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
  routing: { kk: 'Бағыттау', ru: 'Маршрутизация', en: 'Routed' },
  formOutput: { kk: 'Шығыс құжатын қалыптастыру', ru: 'Формирование выходного документа', en: 'Forms the output document' },
  createOutput: { kk: 'Шығыс құжатын құру', ru: 'Создание выходного документа', en: 'Creates the output document' },
  decided: {
    kk: 'Үйде тәрбиеленетін және оқытылатын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар рәсімдеу туралы хабарламаны немесе негізделген бас тартуды қалыптастыру',
    ru: 'Формирование уведомления об оформлении документов на материальное обеспечение ребёнка-инвалида, воспитывающегося и обучающегося на дому, или обоснованного отказа',
    en: 'The notification on the material support or a justified refusal formed',
  },
  blank: { kk: '–', ru: '–', en: '– (the cell is empty in the source)' },
} as const;

const min1 = { amount: 1, unit: 'minutes' as const };
const min15 = { amount: 15, unit: 'minutes' as const };
const wd10 = { amount: 10, unit: 'workingDays' as const };
const ifCorrect = { kk: 'енгізілген деректер дұрыс болса', ru: 'если введённые данные верны', en: 'if the data entered is correct' };

export const disabledChildrenSupport: ServiceDefinition = {
  id: 'disabled-children-support',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 5',
    appendix: 'Regulation 5 ¶6 (agency), ¶7 (portal); Annex 2 Tables 1–2; Annex 3 output form; Annex 4 survey',
  },
  names: {
    kk: 'Үйде тәрбиеленетiн және оқитын мүгедек балаларды материалдық қамтамасыз ету үшiн құжаттар ресiмдеу',
    ru: 'Оформление документов на материальное обеспечение детей-инвалидов, воспитывающихся и обучающихся на дому',
    en: 'Formalising documents for material support of disabled children brought up and educated at home',
  },
  description: {
    kk: 'Үйде тәрбиеленетін және оқитын мүгедек балаға материалдық қамтамасыз ету тағайындалғаны туралы хабарлама: тоқсан, жыл және төлем сомасы.',
    ru: 'Уведомление о назначении материального обеспечения ребёнку-инвалиду, воспитывающемуся и обучающемуся на дому: квартал, год и сумма выплаты.',
    en: 'Notification that material support has been assigned to a disabled child brought up and educated at home: quarter, year and payment amount.',
  },
  provider: { agencyId: 'oskemen-employment' },
  applicants: ['individual'],
  channels: [
    {
      channel: 'portal',
      source: '¶7, Annex 1 figure 2, Annex 2 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.portal, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: {
            kk: 'ЭҮП тұтынушыны авторизациялау, сұрау нысанын толтыру. Электрондық мемлекеттік қызметті алу үшін енгізілген деректердің дұрыстылығын тексеру. Мәліметтердің түпнұсқасын тексеру (тұтынушының ЭЦҚ). Өтінішті сақтау және ЭҮШ (ЭҮӨШ) арқылы жіберу',
            ru: 'Авторизация потребителя на ПЭП, заполнение формы запроса; проверка правильности введённых данных; проверка подлинности сведений (ЭЦП потребителя); сохранение заявления и отправка через ШЭП (РШЭП)',
            en: 'The applicant signs in, fills the request and signs it; the portal checks the data and the signature and sends the application on',
          },
          completion: {
            kk: 'Сұраудың сәтті қалыптасуы туралы хабарламаны бейнелеу немесе сұралған электрондық мемлекеттік қызметтен бас тарту туралы хабарламаны қалыптастыру',
            ru: 'Отображение сообщения об успешном формировании запроса либо формирование сообщения об отказе в запрашиваемой электронной государственной услуге',
            en: 'Message that the request was formed, or a refusal message',
          },
          limit: min1, next: [{ step: 'T2.a2', when: ifCorrect }],
          note: 'The signature check (¶7, condition 2, process 5) has no row of its own; a1 names it («тұтынушының ЭЦҚ») and its completion is "formed or refused".',
        },
        {
          id: 'T2.a2', actor: A.gateway, human: false, covers: ['gateway.registered'],
          action: { kk: 'ЖАО АЖ сұрауды бағыттау (енгізілген деректердің дұрыстылығы жағдайында)', ru: 'Направление запроса в ИС МИО (при правильности введённых данных)', en: 'Routes the request to the agency system' },
          completion: { kk: 'Сұрауды бағдарлау (енгізілген деректердің дұрыстылығы жағдайында)', ru: 'Маршрутизация запроса', en: 'Request routed' },
          limit: min1, next: [{ step: 'T2.a3' }],
        },
        {
          id: 'T2.a3', actor: A.agencyIs, human: false, covers: ['agency.registered'],
          action: { kk: 'Өтінішке нөмір беру. (енгізілген деректердің дұрыстылығы жағдайында)', ru: 'Присвоение номера заявлению (при правильности введённых данных)', en: 'Numbers the application' },
          completion: { kk: 'ЭҮП-на ескертуді жіберу (енгізілген деректердің дұрыстылығы жағдайында)', ru: 'Направление уведомления на ПЭП', en: 'Notice sent to the portal' },
          limit: min1, next: [{ step: 'T2.a4' }],
        },
        {
          id: 'T2.a4', actor: A.agency, human: true, covers: ['staff.taken'],
          action: { kk: 'Орындауға өтінішті қабылдау (енгізілген деректердің дұрыстылығы жағдайында)', ru: 'Принятие заявления к исполнению', en: 'Takes the application into work' },
          completion: { kk: 'Жұмысқа қабылдау (енгізілген деректердің дұрыстылығы жағдайында)', ru: 'Принятие в работу', en: 'Taken into work' },
          limit: min15, next: [{ step: 'T2.a5' }],
        },
        {
          id: 'T2.a5', actor: A.agency, human: true, covers: ['staff.decided'],
          action: {
            kk: 'Сұрауды орындау. Үйде тәрбиеленетін және оқытылатын мүгедек балаларды материалдық қамтамасыз ету үшін шешімді қабылдау туралы',
            ru: 'Исполнение запроса. Принятие решения о материальном обеспечении ребёнка-инвалида, воспитывающегося и обучающегося на дому',
            en: 'Executes the request and decides on the material support',
          },
          completion: { kk: 'Хабарламаны немесе негізделген бас тартуды қалыптастыру', ru: 'Формирование уведомления или обоснованного отказа', en: 'The notification or a justified refusal formed' },
          limit: wd10, next: [{ step: 'T2.a6' }],
          note: '«10 жұмыс күні ішінде» (within 10 working days).',
        },
        {
          id: 'T2.a6', actor: A.agencyIs, human: false, covers: [],
          action: C.formOutput,
          completion: { kk: 'Шығыс құжатын жүйеде қалыптастыру', ru: 'Формирование выходного документа в системе', en: 'Output document formed in the system' },
          limit: min1, next: [{ step: 'T2.a7' }],
          note: '"1 минуттан кем емес" (not less than 1 min) [sic]; read as at most 1 min.',
        },
        {
          id: 'T2.a7', actor: A.gatewaySlash, human: false, covers: [],
          action: { kk: 'ЭҮП жұмысында мәртебені ауыстыру туралы хабарламаны бағыттау', ru: 'Направление на ПЭП сообщения о смене статуса на «в работе»', en: 'Routes the "in work" status message to the portal' },
          completion: C.routing,
          limit: min1, next: [{ step: 'T2.a8' }],
          note: '"1 минуттан кем емес" [sic]; read as at most 1 min.',
        },
        {
          id: 'T2.a8', actor: A.portal, human: false, covers: [],
          action: { kk: '«жұмыста» мәртебесін бейнеленуі', ru: 'Отображение статуса «в работе»', en: 'Shows the status "in work"' },
          completion: { kk: 'Мәртебесін бейнелеу', ru: 'Отображение статуса', en: 'Status shown' },
          limit: min1, next: [{ step: 'T2.a9' }],
          note: '"1 минуттан кем емес" [sic]; read as at most 1 min.',
        },
        {
          id: 'T2.a9', actor: A.agency, human: true, covers: [],
          action: C.createOutput,
          completion: { kk: 'Қол қойылған шығыс құжаты', ru: 'Подписанный выходной документ', en: 'Signed output document' },
          limit: min1, next: [{ step: 'T2.a10' }],
        },
        {
          id: 'T2.a10', actor: A.agencyIs, human: false, covers: ['result.issued'],
          action: {
            kk: 'ЖАО қызметкерінің шығыс құжатын ЭЦҚ қол қою. ЭҮП қызмет көрсету мәртебесін өзгерту туралы хабарламаны қалыптастыру',
            ru: 'Подписание выходного документа ЭЦП сотрудника МИО; формирование сообщения о смене статуса для ПЭП',
            en: 'The output document signed with the employee’s key; status message formed',
          },
          completion: { kk: 'ЭҮП шығыс құжатымен хабарламаны жіберу', ru: 'Отправка на ПЭП сообщения с выходным документом', en: 'Message with the output document sent to the portal' },
          limit: min1, next: [{ step: 'T2.a11' }],
          note: '¶7 process 7 says the document is signed by «аудандық бөлім маманы» (a district department specialist), wording copied from a district template; here it is the department’s clerk who decides.',
        },
        {
          id: 'T2.a11', actor: { kk: 'ЭҮШ/ЭҮӨШ (ЭҮШ)', ru: 'ШЭП/РШЭП (ШЭП)', en: 'E-government gateway / regional gateway' }, human: false, covers: ['gateway.returned'],
          action: { kk: 'Шығыс құжатын ЭҮП шығарумен мәртебесі ауысуы туралы хабарламаны бағыттау', ru: 'Направление сообщения о смене статуса с выдачей выходного документа на ПЭП', en: 'Routes the status message with the output document to the portal' },
          completion: C.routing,
          limit: min1, next: [{ step: 'T2.a12' }],
        },
        {
          id: 'T2.a12', actor: A.portal, human: false, covers: ['cabinet.delivered'],
          action: { kk: 'Шығыс құжатын көру мүмкіндігімен қызмет көрсетуді аяқтау туралы ескертудің бейнеленуі', ru: 'Отображение уведомления о завершении оказания услуги с возможностью просмотра выходного документа', en: 'Shows the completion notice with the output document' },
          completion: { kk: 'Шығыс құжатын бейнелеу', ru: 'Отображение выходного документа', en: 'Output document shown' },
          limit: min1, next: [],
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: '¶6, Annex 1 figure 1, Annex 2 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.agency, human: true, covers: [],
          action: { kk: 'Құжаттардың және өтініштің түпнұсқасын тексеру, мәліметтерді ЖАО АЖ-ға енгізу', ru: 'Проверка подлинников документов и заявления, ввод сведений в ИС МИО', en: 'Checks the original documents and the application and enters the data' },
          completion: { kk: 'Қызмет алуға құжаттарды және өтінішті қабылдау', ru: 'Приём документов и заявления', en: 'Documents and application accepted' },
          limit: min15, next: [{ step: 'T1.a2' }],
        },
        {
          id: 'T1.a2', actor: A.agencyIs, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'ЖАО қызметкерін жүйеде авторизациялау және электрондық мемлекеттік қызмет көрсетуге сұрау нысанын толтыру', ru: 'Авторизация сотрудника МИО в системе и заполнение формы запроса', en: 'The employee signs in, fills the request form and signs it' },
          completion: { kk: 'Өтінішке нөмір берумен сұрауды тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
          limit: min1, next: [{ step: 'T1.a3' }],
          note: 'The employee’s signature and its check (¶6, process 4, condition 2, process 5) have no row of their own; they are placed here.',
        },
        {
          id: 'T1.a3', actor: A.gateway, human: false, covers: ['gateway.registered'],
          action: { kk: 'Тұтынушы туралы деректерді алу үшін ОМО АЖ сұрауды бағыттау', ru: 'Направление запроса в «ОМО АЖ» для получения сведений о потребителе', en: 'Routes the request to «ОМО АЖ» for the applicant’s data' },
          completion: C.routed,
          limit: min1, next: [{ step: 'T1.a4' }],
          note: '«ОМО АЖ» is not defined in the act (possibly the central state body’s system). The platform looks the applicant up in ГБД ФЛ when the clerk files (a person with no data is refused before a2); the gateway hop is this row.',
        },
        {
          id: 'T1.a4', actor: A.agency, human: true, covers: ['agency.registered', 'staff.taken', 'staff.decided'],
          action: {
            kk: 'Сұрауды орындау. Үйде тәрбиеленетін және оқытылатын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар рәсімдеу туралы шешім қабылдау',
            ru: 'Исполнение запроса. Принятие решения об оформлении документов на материальное обеспечение ребёнка-инвалида, воспитывающегося и обучающегося на дому',
            en: 'Executes the request and decides on the material support',
          },
          completion: C.decided,
          limit: wd10, next: [{ step: 'T1.a5' }],
          note: 'Block 2 of Table 1 has its row labels shifted by one [sic]; the cells are realigned. Table 1 has no numbering or acceptance row after a3: the request’s arrival in the department’s inbox, taking it and deciding share the 10 working days («10 жұмыс күні ішінде»).',
        },
        {
          id: 'T1.a5', actor: A.agencyIs, human: false, covers: [],
          action: C.formOutput, completion: C.formOutput,
          limit: min1, next: [{ step: 'T1.a6' }],
        },
        {
          id: 'T1.a6', actor: A.gateway, human: false, covers: [],
          action: C.blank, completion: C.blank,
          limit: min1, next: [{ step: 'T1.a7' }],
          note: 'Action and completion are empty and the time is "–" in the source; 1 min is assumed so that the chain stays whole.',
        },
        {
          id: 'T1.a7', actor: A.agency, human: true, covers: [],
          action: C.createOutput, completion: C.blank,
          limit: min1, next: [{ step: 'T1.a8' }],
          note: 'The completion cell is empty; the time reads «Электрондық поштаға жіберілген жағдайда 1 минуттан артық емес» (at most 1 min when sent by e-mail). ¶6 process 8: the result is handed over in person or e-mailed.',
        },
        {
          id: 'T1.a8', actor: A.agencyIs, human: false, covers: ['result.issued'],
          action: { kk: 'ЖАО қызметкерінің шығыс құжатына ЭЦҚ қол қоюы', ru: 'Подписание выходного документа ЭЦП сотрудника МИО', en: 'The output document signed with the employee’s key' },
          completion: { kk: 'ЖАО қызметкерімен ЭЦҚ қойылған шығыс құжаты', ru: 'Выходной документ, подписанный ЭЦП сотрудника МИО', en: 'Output document signed with the employee’s key' },
          limit: min1, next: [{ step: 'T1.a9' }],
        },
        {
          id: 'T1.a9', actor: A.gateway, human: false, covers: ['gateway.returned', 'cabinet.delivered'],
          action: C.blank, completion: C.blank,
          limit: min1, next: [],
          note: 'Every cell of this row is "–" in the source; 1 min is assumed. The signed result goes back through the gateway and also reaches the applicant’s portal cabinet (the request is theirs).',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'childName', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Баланың тегі, аты, әкесінің аты', ru: 'ФИО ребёнка', en: 'Child’s full name' },
      },
      {
        id: 'childBirthDate', type: 'date', required: true,
        label: { kk: 'Баланың туған күні', ru: 'Дата рождения ребёнка', en: 'Child’s date of birth' },
      },
      {
        id: 'address', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Мекен-жайы (қала, көше, үй, пәтер)', ru: 'Адрес (город, улица, дом, квартира)', en: 'Address (city, street, house, flat)' },
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
      id: 'birth-certificate', required: true, maxCount: 2,
      label: { kk: 'Баланың туу туралы куәлігі', ru: 'Свидетельство о рождении ребёнка', en: 'Child’s birth certificate' },
    },
    {
      id: 'disability-certificate', required: true, maxCount: 2,
      label: { kk: 'Баланың мүгедектігі туралы анықтама', ru: 'Справка об инвалидности ребёнка', en: 'Certificate of the child’s disability' },
    },
    {
      id: 'home-education-conclusion', required: true, maxCount: 2,
      label: {
        kk: 'Баланы үйде оқыту қажеттілігі туралы психологиялық-медициналық-педагогикалық консультацияның қорытындысы',
        ru: 'Заключение психолого-медико-педагогической консультации о необходимости обучения ребёнка на дому',
        en: 'Conclusion of the psychological, medical and pedagogical consultation that the child is to be educated at home',
      },
    },
    {
      id: 'supporting-document', required: false, maxCount: 5,
      label: { kk: 'Стандартта көрсетілген өзге құжаттар', ru: 'Иные документы, указанные в Стандарте', en: 'Other documents named in the Standard' },
    },
  ],
  term: wd10,
  result: {
    title: {
      kk: 'Үйде тәрбиеленетін және оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды рәсімдеу туралы хабарлама',
      ru: 'Уведомление об оформлении документов на материальное обеспечение ребёнка-инвалида, воспитывающегося и обучающегося на дому',
      en: 'Notification on the material support of a disabled child brought up and educated at home',
    },
    fields: [
      {
        id: 'childName', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Материалдық қамтамасыз ету тағайындалған бала (баланың АЖТ)', ru: 'Ребёнок, которому назначено материальное обеспечение (ФИО ребёнка)', en: 'Child to whom material support is assigned (full name)' },
        help: { kk: 'Сұраудағы баланың АЖТ', ru: 'ФИО ребёнка из запроса', en: 'The child’s name as in the request' },
      },
      {
        id: 'quarter', type: 'select', required: true,
        label: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
        options: [
          { value: '1', label: { kk: 'I тоқсан', ru: 'I квартал', en: 'Q1' } },
          { value: '2', label: { kk: 'II тоқсан', ru: 'II квартал', en: 'Q2' } },
          { value: '3', label: { kk: 'III тоқсан', ru: 'III квартал', en: 'Q3' } },
          { value: '4', label: { kk: 'IV тоқсан', ru: 'IV квартал', en: 'Q4' } },
        ],
      },
      {
        id: 'year', type: 'year', required: true, min: 2012, max: 'current',
        label: { kk: 'Жыл', ru: 'Год', en: 'Year' },
      },
      {
        id: 'paymentAmount', type: 'text', required: true, minLength: 1, maxLength: 15, pattern: '^[0-9]{1,9}([.,][0-9]{1,2})?$',
        label: { kk: 'Төлем сомасы, теңге', ru: 'Сумма выплаты, тенге', en: 'Payment amount, tenge' },
      },
      {
        id: 'notice', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Хабарлама', ru: 'Уведомление', en: 'Notice' },
        help: {
          kk: 'Сізді материалдық қамтамасыз етуді алу үшін Сізге жұмыспен қамту және әлеуметтік бағдарламалар бөліміне бару керектігін мәлімдейміз.',
          ru: 'Сообщаем, что для получения материального обеспечения Вам необходимо обратиться в отдел занятости и социальных программ.',
          en: 'To receive the material support, please come to the Department of Employment and Social Programmes.',
        },
      },
    ],
  },
  survey: { source: 'Annex 4', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'document-violations', source: '¶6–7 process 7 (justified refusal; grounds not listed in the act)',
      label: { kk: 'Құжаттар Стандарт талаптарына сәйкес келмейді', ru: 'Документы не соответствуют требованиям Стандарта', en: 'The documents do not meet the Standard' },
    },
    {
      id: 'not-eligible', source: 'Annex 3 note (negative output: free-form letter justifying the refusal, formed with the commission’s conclusion)',
      label: {
        kk: 'Комиссия қорытындысы бойынша бала үйде тәрбиеленетін және оқитын мүгедек бала ретінде материалдық қамтамасыз етуге құқығы жоқ',
        ru: 'По заключению комиссии ребёнок не имеет права на материальное обеспечение как ребёнок-инвалид, воспитывающийся и обучающийся на дому',
        en: 'By the commission’s conclusion, the child is not entitled to material support as a disabled child brought up and educated at home',
      },
    },
  ],
  assumptions: [
    'The act names two channels: agency desk (¶6, Table 1: the department’s clerk files and signs) and portal (¶7, Table 2). There is no service-centre channel; none is defined.',
    'The regulation is in Kazakh only: the Russian texts are our translation; the Kazakh step texts and the Annex 3 wording are the seed’s.',
    'Provider: the act names the Ust-Kamenogorsk employment and social programmes department “and the portal”; the portal is a channel, the department (oskemen-employment) is the provider.',
    'Term: 10 working days (Tables 1 a4 and 2 a5, «10 жұмыс күні ішінде»); the other rows keep their minute limits.',
    'Table 1 block 2 has shifted row labels [sic] and is realigned. Rows a6 and a9 of Table 1 and the completion of a7 are empty or "–"; 1 min is assumed for them. The "not less than 1 min" cells of Table 2 (a6–a8) are read as at most 1 min.',
    'Table 1 has no numbering or acceptance row between the gateway hop (a3) and the decision (a4): arrival in the inbox, taking and deciding are placed in a4 and share its 10 working days. The EDS steps have no rows: they are placed in Table 1 a2 and Table 2 a1.',
    'Table 1 a3 routes to «ОМО АЖ» (undefined in the act) for the applicant’s data; it is read as the person lookup, which the platform runs in ГБД ФЛ when a clerk files (no data: REGISTRY_NO_DATA). The portal channel queries no database (identity from sign-in and signature). The disability itself is not checked in any register: the act names none; the clerk checks the scans.',
    'Form fields and documents are in the Standard (Govt decree No. 394 of 07.04.2011), not in the act. The form asks what the Annex 3 notification needs: the child’s name and date of birth, the applicant’s address and phone, and an optional e-mail. The documents asked for are what the service’s subject implies: the child’s birth certificate, the disability certificate and the conclusion that the child is educated at home, plus optional other documents.',
    'The Annex 3 notification has a table (No, quarter, year, amount) with one row; the schema has no repeating fields, so the result has that one row: quarter, year, payment amount. The child’s name is repeated as a result field because the result document prints only result fields; the applicant is printed by IIN, and the address and phone stay in the request.',
    'The notice text (“to receive the material support, come to the department”) is the Annex 3 sentence, offered as help for the clerk to paste.',
    'The negative output is a free-form letter “with the commission’s conclusion”; the act lists no grounds and does not otherwise describe the commission. "document-violations" and "not-eligible" (commission’s conclusion) are used; the commission is not modelled as a separate step, its conclusion is part of the clerk’s decision within the 10 working days.',
    'No return for correction: the act knows only the notification or a justified refusal.',
  ],
};
