/**
 * «Мектепке дейінгі жастағы балаларды (7 жасқа дейін) мектепке дейінгі ұйымдарға жолдау үшін
 * кезекке қою» / «Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в
 * детские дошкольные организации» — seed 004, regulation 6 of Ust-Kamenogorsk akimat decree
 * No. 4354/1 of 29.11.2012. Steps and limits: Annex 2 Tables 1–3; output forms: Annex 3
 * (extraction: ../shared/domain/004.md §3.6). The result is a referral to a preschool organisation,
 * or, with no place free, the notice of registration in the queue with its journal number.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gateway: { kk: 'ЭҮӨШ (ЭҮШ)', ru: 'РШЭП (ШЭП)', en: 'Regional e-government gateway' },
  agencyIs: { kk: 'ЖАО АЖ', ru: 'ИС МИО', en: 'Local executive body information system' },
  conIs: { kk: 'ХҚКО АЖ', ru: 'ИС ЦОН', en: 'Service-centre information system' },
  agency: { kk: 'ЖАО', ru: 'МИО (услугодатель)', en: 'Local executive body (service provider)' },
  con: { kk: 'ХҚКО', ru: 'ЦОН', en: 'Public service centre' },
} as const;

const min1 = { amount: 1, unit: 'minutes' as const };
const min30 = { amount: 30, unit: 'minutes' as const };
const wd3 = { amount: 3, unit: 'workingDays' as const };

const T = {
  route: { kk: 'Хабарламаны бағдарлау', ru: 'Маршрутизация сообщения', en: 'Routes the message' },
  routed: { kk: 'Бағдарлау', ru: 'Маршрутизация', en: 'Routed' },
  decide: {
    kk: 'Сұрауды орындау: мектепке дейінгі ұйымға жолдама, не баланы кезекке қою туралы хабарлама талоны, не дәлелді бас тарту. Шешім қабылдау',
    ru: 'Исполнение запроса: направление в дошкольную организацию, либо талон-уведомление о постановке ребёнка в очередь, либо мотивированный отказ. Принятие решения',
    en: 'Executes the request: a referral to a preschool organisation, a notice of the child’s place in the queue, or a motivated refusal. Decides',
  },
  decided: { kk: 'Жолдама, хабарлама талоны немесе дәлелді бас тарту', ru: 'Направление, талон-уведомление или мотивированный отказ', en: 'Referral, queue notice or motivated refusal formed' },
  form: { kk: 'Шығыс құжатын және мәртебе хабарламасын қалыптастыру', ru: 'Формирование выходного документа и сообщения о статусе', en: 'Forms the output document and the status message' },
  formed: { kk: 'Шығыс құжаты мен орындау мәртебесі қалыптасты', ru: 'Выходной документ и статус исполнения сформированы', en: 'Output document and status formed' },
  show: { kk: 'Мәртебені бейнелеу', ru: 'Отображение статуса', en: 'Shows the status' },
  shown: { kk: 'Мәртебе бейнеленді', ru: 'Статус отображён', en: 'Status shown' },
  sign: { kk: 'Уәкілетті тұлғаның ЭЦҚ-мен қол қойылған шығыс құжатын қалыптастыру және тіркеу', ru: 'Формирование и регистрация выходного документа, подписанного ЭЦП уполномоченного лица', en: 'Forms and registers the output document signed with the authorised person’s key' },
  signed: { kk: 'Шығыс құжатымен хабарлама жіберілді', ru: 'Отправлено сообщение с выходным документом', en: 'Message with the output document sent' },
  done: { kk: 'Орындау аяқталғаны туралы хабарламаны бейнелеу', ru: 'Отображение уведомления о завершении', en: 'Shows the completion notice' },
  doneShown: { kk: 'Орындалды мәртебесі бейнеленді', ru: 'Отображён статус «исполнено»', en: 'Status "executed" shown' },
};

export const preschoolQueue: ServiceDefinition = {
  id: 'preschool-queue',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 6',
    appendix: 'Regulation 6 ¶6 (agency), ¶7 (service centre), ¶8 (portal); Annex 2 Tables 1–3; Annex 3 output forms (referral, notice of registration, refusal)',
  },
  names: {
    kk: 'Мектепке дейінгі жастағы балаларды (7 жасқа дейін) мектепке дейінгі ұйымдарға жолдау үшін кезекке қою',
    ru: 'Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в дошкольные организации',
    en: 'Queue registration of preschool children (under 7) for referral to preschool organisations',
  },
  description: {
    kk: 'Бос орын болса — мектепке дейінгі ұйымға жолдама; болмаса — кезекке қою туралы хабарлама, кезектегі орны жеке кабинетте көрінеді.',
    ru: 'При свободном месте — направление в дошкольную организацию; иначе — уведомление о постановке в очередь, место в очереди видно в личном кабинете.',
    en: 'A referral to a preschool organisation when a place is free; otherwise a notice of registration in the queue, whose position the personal cabinet shows.',
  },
  // Two providers (regulation 6 ¶1): the city department, and the Menovnoye rural district akim's office for its children.
  provider: {
    agencyId: 'oskemen-education',
    byField: {
      field: 'locality',
      source: 'Regulation 6 ¶1 (providers: the city education department and the apparatus of the akim of Menovnoye rural district)',
      agencies: { 'oskemen-city': 'oskemen-education', menovnoye: 'menovnoye-akim' },
    },
  },
  applicants: ['individual'],
  channels: [
    {
      channel: 'portal',
      source: '¶8, Annex 2 Table 3',
      enabled: true,
      steps: [
        {
          id: 'T3.a1', actor: A.portal, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Тұтынушыны авторизациялау, сұрау нысанын толтыру, енгізілген деректердің дұрыстығын тексеру', ru: 'Авторизация потребителя, заполнение формы запроса, проверка введённых данных', en: 'The applicant signs in, fills the request and signs it; the portal checks the data and the signature' },
          completion: { kk: 'Сұраудың сәтті қалыптасқаны немесе бас тарту туралы хабарламаны бейнелеу', ru: 'Сообщение об успешном формировании запроса или об отказе', en: 'Message that the request was formed, or a refusal' },
          limit: min1, next: [{ step: 'T3.a2' }],
        },
        { id: 'T3.a2', actor: A.gateway, human: false, covers: ['gateway.registered'], action: { kk: 'Сұрауды ЖАО АЖ-ға бағдарлау', ru: 'Маршрутизация запроса в ИС МИО', en: 'Routes the request to the agency system' }, completion: T.routed, limit: min1, next: [{ step: 'T3.a3' }] },
        { id: 'T3.a3', actor: A.agencyIs, human: false, covers: ['agency.registered'], action: { kk: 'Өтінішке нөмір беру, «түскендер» мәртебесі', ru: 'Присвоение номера заявлению, статус «поступившие»', en: 'Numbers the application, status "received"' }, completion: { kk: 'ЭҮП-ға хабарлама жіберілді', ru: 'Уведомление отправлено на ПЭП', en: 'Notice sent to the portal' }, limit: min1, next: [{ step: 'T3.a4' }] },
        { id: 'T3.a4', actor: A.conIs, human: false, covers: [], action: T.show, completion: T.shown, limit: min1, next: [{ step: 'T3.a5' }] },
        { id: 'T3.a5', actor: A.agency, human: true, covers: ['staff.taken'], action: { kk: 'Өтінішті орындауға қабылдау', ru: 'Принятие заявления к исполнению', en: 'Takes the application into work' }, completion: { kk: 'Өтініш қабылданды', ru: 'Заявление принято', en: 'Taken into work' }, limit: { amount: 10, unit: 'minutes' }, next: [{ step: 'T3.a6' }] },
        { id: 'T3.a6', actor: A.agency, human: true, covers: ['staff.decided'], action: T.decide, completion: T.decided, limit: wd3, next: [{ step: 'T3.a7' }], note: '¶8 process 7 also forms the consumer’s consent to the proposed organisation; the referral names the organisation.' },
        { id: 'T3.a7', actor: A.agencyIs, human: false, covers: [], action: T.form, completion: T.formed, limit: min1, next: [{ step: 'T3.a8' }] },
        { id: 'T3.a8', actor: A.gateway, human: false, covers: [], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T3.a9' }] },
        { id: 'T3.a9', actor: A.portal, human: false, covers: [], action: { kk: '«Жұмыста» мәртебесін бейнелеу', ru: 'Отображение статуса «в работе»', en: 'Shows the status "in work"' }, completion: T.shown, limit: min1, next: [{ step: 'T3.a10' }] },
        { id: 'T3.a10', actor: A.conIs, human: false, covers: [], action: T.show, completion: T.shown, limit: min1, next: [{ step: 'T3.a11' }] },
        { id: 'T3.a11', actor: A.agency, human: true, covers: [], action: { kk: 'Шығыс құжаттарын жасау', ru: 'Составление выходных документов', en: 'Compiles the output documents' }, completion: { kk: 'Қол қойылған шығыс құжаттары', ru: 'Подписанные выходные документы', en: 'Signed output documents' }, limit: min1, next: [{ step: 'T3.a12' }] },
        { id: 'T3.a12', actor: A.agencyIs, human: false, covers: ['result.issued'], action: T.sign, completion: T.signed, limit: min1, next: [{ step: 'T3.a13' }] },
        { id: 'T3.a13', actor: A.gateway, human: false, covers: ['gateway.returned'], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T3.a14' }] },
        { id: 'T3.a14', actor: A.portal, human: false, covers: ['cabinet.delivered'], action: T.done, completion: { kk: 'Шығыс құжаттары бейнеленді', ru: 'Выходные документы отображены', en: 'Output documents shown' }, limit: min1, next: [{ step: 'T3.a15' }] },
        { id: 'T3.a15', actor: A.conIs, human: false, covers: [], action: T.done, completion: T.doneShown, limit: min1, next: [], note: 'The time cell is blank in the source; 1 min is assumed.' },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶7, Annex 2 Table 2',
      enabled: true,
      steps: [
        { id: 'T2.a1', actor: A.con, human: true, covers: [], action: { kk: 'Өтініш пен құжаттардың түпнұсқалығын тексеру, деректерді енгізу', ru: 'Проверка подлинности заявления и документов, ввод данных', en: 'Checks the application and documents and enters the data' }, completion: { kk: 'Өтініш пен құжаттар қабылданды', ru: 'Заявление и документы приняты', en: 'Application and documents accepted' }, limit: { amount: 1, unit: 'workingDays' }, next: [{ step: 'T2.a2' }] },
        {
          id: 'T2.a2', actor: A.conIs, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'ЖТ МДБ және АХАЖ АЖ деректерін тексеру, сканерленген құжаттарды тіркеу', ru: 'Проверка данных в ГБД ФЛ и ИС ЗАГС, регистрация сканированных документов', en: 'Checks the individuals’ and civil registries; registers the scans' },
          completion: { kk: 'Сұрау өтініш нөмірімен тіркелді', ru: 'Запрос зарегистрирован с номером заявления', en: 'Request registered with its number' },
          limit: min1, next: [{ step: 'T2.a3' }],
          note: 'The operator’s signature and its check (¶7, process 4, condition 2) have no row of their own; they are placed here.',
        },
        { id: 'T2.a3', actor: A.gateway, human: false, covers: ['gateway.registered'], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T2.a4' }] },
        { id: 'T2.a4', actor: A.agencyIs, human: false, covers: ['agency.registered'], action: { kk: 'Өтінішке нөмір беру, орындауға жіберу', ru: 'Присвоение номера, направление на исполнение', en: 'Numbers the application and sends it for execution' }, completion: T.shown, limit: min1, next: [{ step: 'T2.a5' }] },
        { id: 'T2.a5', actor: A.agency, human: true, covers: ['staff.taken'], action: { kk: 'Өтінішті жұмысқа қабылдау, құжаттарды тексеру', ru: 'Принятие заявления в работу, проверка документов', en: 'Takes the application into work and checks the documents' }, completion: { kk: 'Сұрау жұмысқа қабылданды', ru: 'Запрос принят в работу', en: 'Taken into work' }, limit: min30, next: [{ step: 'T2.a6' }] },
        { id: 'T2.a6', actor: A.agency, human: true, covers: ['staff.decided'], action: T.decide, completion: T.decided, limit: min30, next: [{ step: 'T2.a7' }] },
        { id: 'T2.a7', actor: A.agencyIs, human: false, covers: [], action: T.form, completion: T.formed, limit: min1, next: [{ step: 'T2.a8' }] },
        { id: 'T2.a8', actor: A.gateway, human: false, covers: [], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T2.a9' }] },
        { id: 'T2.a9', actor: A.conIs, human: false, covers: [], action: T.show, completion: T.shown, limit: min1, next: [{ step: 'T2.a10' }] },
        { id: 'T2.a10', actor: A.con, human: true, covers: [], action: { kk: 'Тұтынушы келгенде өтініштің орындалу мәртебесі туралы хабарлау', ru: 'Сообщение о статусе исполнения при обращении потребителя', en: 'Tells the applicant the status when they come' }, completion: { kk: 'Қызмет мәртебесі туралы хабарлама', ru: 'Сообщение о статусе услуги', en: 'Status message' }, limit: wd3, next: [{ step: 'T2.a11' }] },
        { id: 'T2.a11', actor: A.agency, human: true, covers: [], action: { kk: 'Шығыс құжатын қалыптастыру', ru: 'Формирование выходного документа', en: 'Forms the output document' }, completion: { kk: 'Қол қойылған шығыс құжаты ХҚКО-ға берілді', ru: 'Подписанный выходной документ передан в ЦОН', en: 'Signed output document handed to the service centre' }, limit: min30, next: [{ step: 'T2.a12' }] },
        { id: 'T2.a12', actor: A.agencyIs, human: false, covers: ['result.issued'], action: T.sign, completion: T.signed, limit: min1, next: [{ step: 'T2.a13' }] },
        { id: 'T2.a13', actor: A.gateway, human: false, covers: ['gateway.returned'], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T2.a14' }] },
        { id: 'T2.a14', actor: A.conIs, human: false, covers: ['cabinet.delivered'], action: T.done, completion: T.doneShown, limit: min1, next: [{ step: 'T2.a15' }], note: 'The result also reaches the applicant’s portal cabinet (the request is theirs).' },
        { id: 'T2.a15', actor: A.con, human: true, covers: [], action: { kk: 'Шығыс құжатын тұтынушыға беру', ru: 'Выдача выходного документа потребителю', en: 'Hands the output document to the applicant' }, completion: { kk: 'Шығыс құжаты берілді', ru: 'Выходной документ выдан', en: 'Output document issued' }, limit: { amount: 3, unit: 'calendarDays' }, next: [], note: '«Үш күннің ішінде»: the kind of day is not stated; calendar days are assumed.' },
      ],
    },
    {
      channel: 'agency-desk',
      source: '¶6, Annex 2 Table 1',
      enabled: true,
      steps: [
        { id: 'T1.a1', actor: A.agency, human: true, covers: [], action: { kk: 'Өтініш пен құжаттардың түпнұсқалығын тексеру, деректерді ЖАО АЖ-ға енгізу', ru: 'Проверка подлинности заявления и документов, ввод данных в ИС МИО', en: 'Checks the application and documents and enters the data' }, completion: { kk: 'Өтініш пен құжаттар қабылданды', ru: 'Заявление и документы приняты', en: 'Application and documents accepted' }, limit: { amount: 5, unit: 'minutes' }, next: [{ step: 'T1.a2' }] },
        {
          id: 'T1.a2', actor: A.agencyIs, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'ЖТ МДБ деректерін тексеру, сканерленген құжаттарды жүйеге енгізу', ru: 'Проверка данных в ГБД ФЛ, ввод сканированных документов в систему', en: 'Checks the individuals’ registry; enters the scans' },
          completion: { kk: 'Сұрау өтініш нөмірімен тіркелді', ru: 'Запрос зарегистрирован с номером заявления', en: 'Request registered with its number' },
          limit: min1, next: [{ step: 'T1.a3' }],
          note: 'The clerk’s signature and its check (¶6, process 4, condition 2) have no row of their own; they are placed here.',
        },
        { id: 'T1.a3', actor: A.gateway, human: false, covers: ['gateway.registered'], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T1.a4' }] },
        { id: 'T1.a4', actor: A.conIs, human: false, covers: ['agency.registered'], action: { kk: 'Өтінішке нөмір беру, ағымдағы мәртебе', ru: 'Присвоение номера, текущий статус', en: 'Numbers the application, current status' }, completion: { kk: '«Келіп түскендер» мәртебесі', ru: 'Статус «поступившие»', en: 'Status "received"' }, limit: min1, next: [{ step: 'T1.a5' }] },
        { id: 'T1.a5', actor: A.agency, human: true, covers: ['staff.taken', 'staff.decided'], action: T.decide, completion: T.decided, limit: wd3, next: [{ step: 'T1.a6' }], note: 'Table 1 has no separate acceptance row; taking the request and deciding share the 3 working days.' },
        { id: 'T1.a6', actor: A.agencyIs, human: false, covers: [], action: T.form, completion: T.formed, limit: min1, next: [{ step: 'T1.a7' }] },
        { id: 'T1.a7', actor: A.gateway, human: false, covers: [], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T1.a8' }] },
        { id: 'T1.a8', actor: A.conIs, human: false, covers: [], action: T.show, completion: T.shown, limit: min1, next: [{ step: 'T1.a9' }] },
        { id: 'T1.a9', actor: A.agency, human: true, covers: [], action: { kk: 'Шығыс құжатын жасау', ru: 'Создание выходного документа', en: 'Creates the output document' }, completion: { kk: 'Тұтынушы ЖАО-ға келгенде шығыс құжатын беру', ru: 'Выдача выходного документа при явке потребителя', en: 'Handed over when the applicant comes' }, limit: wd3, next: [{ step: 'T1.a10' }] },
        { id: 'T1.a10', actor: A.agencyIs, human: false, covers: ['result.issued'], action: T.sign, completion: T.signed, limit: min1, next: [{ step: 'T1.a11' }] },
        { id: 'T1.a11', actor: A.gateway, human: false, covers: ['gateway.returned'], action: T.route, completion: T.routed, limit: min1, next: [{ step: 'T1.a12' }] },
        { id: 'T1.a12', actor: A.conIs, human: false, covers: ['cabinet.delivered'], action: T.done, completion: T.doneShown, limit: min1, next: [], note: 'The result also reaches the applicant’s portal cabinet (the request is theirs).' },
      ],
    },
  ],
  form: {
    fields: [
      { id: 'childName', type: 'text', required: true, minLength: 2, maxLength: 200, label: { kk: 'Баланың тегі, аты, әкесінің аты', ru: 'Фамилия, имя, отчество ребёнка', en: 'Child’s full name' } },
      { id: 'childIin', type: 'text', required: false, minLength: 12, maxLength: 12, pattern: '^\\d{12}$', label: { kk: 'Баланың ЖСН', ru: 'ИИН ребёнка', en: 'Child’s IIN' }, help: { kk: 'ХҚКО-да АХАЖ тізілімімен тексеріледі.', ru: 'В ЦОН сверяется с реестром ЗАГС.', en: 'Checked against the civil registry at the service centre.' } },
      { id: 'childBirthDate', type: 'date', required: true, label: { kk: 'Баланың туған күні', ru: 'Дата рождения ребёнка', en: 'Child’s date of birth' } },
      { id: 'childAddress', type: 'text', required: true, minLength: 5, maxLength: 300, label: { kk: 'Баланың үйінің мекенжайы', ru: 'Домашний адрес ребёнка', en: 'Child’s home address' } },
      {
        id: 'locality', type: 'select', required: false,
        label: { kk: 'Бала тұратын жер (қызмет беруші)', ru: 'Где живёт ребёнок (услугодатель)', en: 'Where the child lives (provider)' },
        help: {
          kk: 'Меновной ауылдық округінің балаларын округ әкімінің аппараты кезекке қояды; толтырылмаса — қаланың білім беру бөлімі.',
          ru: 'Детей Меновного сельского округа ставит в очередь аппарат акима округа; если не заполнено — отдел образования города.',
          en: 'Children of the Menovnoye rural district are queued by the district akim’s office; left blank, the city education department.',
        },
        options: [
          { value: 'oskemen-city', label: { kk: 'Өскемен қаласы', ru: 'город Усть-Каменогорск', en: 'Ust-Kamenogorsk city' } },
          { value: 'menovnoye', label: { kk: 'Меновной ауылдық округі', ru: 'Меновной сельский округ', en: 'Menovnoye rural district' } },
        ],
      },
      { id: 'email', type: 'email', required: false, label: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'E-mail' } },
    ],
    rules: [],
  },
  attachments: [
    { id: 'birth-certificate', required: true, maxCount: 1, label: { kk: 'Баланың туу туралы куәлігі', ru: 'Свидетельство о рождении ребёнка', en: 'Child’s birth certificate' } },
  ],
  term: wd3,
  result: {
    title: { kk: 'Жолдама немесе баланы тіркеу туралы хабарлама', ru: 'Направление или уведомление о регистрации ребёнка', en: 'Referral or notice of the child’s registration' },
    fields: [
      {
        id: 'outcome', type: 'select', required: true,
        label: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
        options: [
          { value: 'referral', label: { kk: 'Мектепке дейінгі ұйымға жолдама', ru: 'Направление в дошкольную организацию', en: 'Referral to a preschool organisation' } },
          { value: 'queued', label: { kk: 'Бос орын жоқ: баланы кезекке қою туралы хабарлама', ru: 'Мест нет: уведомление о постановке ребёнка в очередь', en: 'No place free: notice of the child’s registration in the queue' } },
        ],
      },
      {
        id: 'organisation', type: 'text', required: false, requiredWhen: { field: 'outcome', in: ['referral'] }, minLength: 2, maxLength: 300,
        label: { kk: 'Мектепке дейінгі ұйым (нөмірі, мекенжайы)', ru: 'Дошкольная организация (номер, адрес)', en: 'Preschool organisation (number, address)' },
        help: { kk: 'Жолдама берілген күннен бастап 5 күн ішінде тапсырылуы тиіс.', ru: 'Направление должно быть сдано в течение 5 дней со дня выдачи.', en: 'The referral must be handed in within 5 days of issue.' },
      },
      { id: 'queueNumber', type: 'text', required: false, maxLength: 20, label: { kk: 'Тіркеу журналындағы кезек нөмірі', ru: 'Номер в журнале регистрации (очередь)', en: 'Number in the registration journal (queue)' } },
      { id: 'queuedOn', type: 'date', required: false, label: { kk: 'Кезекке қойылған күні', ru: 'Дата постановки в очередь', en: 'Date placed in the queue' } },
    ],
  },
  queue: {
    id: 'preschool',
    source: 'Annex 3, notice of registration («Баланы тіркеу туралы хабарлама»): the registration journal of preschool-age children',
    names: { kk: 'Мектепке дейінгі ұйымдарға кезек', ru: 'Очередь в дошкольные организации', en: 'Queue for preschool organisations' },
    outcomeField: 'outcome',
    queuedValue: 'queued',
    numberField: 'queueNumber',
    dateField: 'queuedOn',
  },
  survey: { source: 'Annex 4', ...standardQuestionnaire },
  refusalGrounds: [
    { id: 'over-age', source: 'Annex 3 negative form (grounds not listed in the act)', label: { kk: 'Бала 7 жасқа толған', ru: 'Ребёнку исполнилось 7 лет', en: 'The child is 7 or older' } },
    { id: 'document-violations', source: 'Annex 3 negative form (grounds not listed in the act)', label: { kk: 'Құжаттар Стандарт талаптарына сәйкес келмейді', ru: 'Документы не соответствуют требованиям Стандарта', en: 'The documents do not meet the Standard' } },
  ],
  registryChecks: { birthRecord: { source: 'Table 2 a2 (ХҚКО: ЖТ МДБ and АХАЖ АЖ)', channels: ['service-centre'], childField: 'childIin' } },
  assumptions: [
    'All three channels are defined: agency desk (¶6, Table 1), service centre (¶7, Table 2), portal (¶8, Table 3).',
    'Two providers (¶1): the city education department (oskemen-education) and the apparatus of the akim of Menovnoye rural district (menovnoye-akim). The act does not say which child goes to which; the form asks where the child lives (locality), and a child of the Menovnoye rural district goes to the akim’s office, any other to the city department. The field is optional and a blank answer means the city, so a form filed before the field existed routes as it did (the city department) and the definition keeps version 1. Each provider keeps its own journal and list (its own numbers and positions), and its staff alone see, decide and refer its requests; at its desk (¶6) each files only for its own locality (OTHER_PROVIDER).',
    'The decision has three outcomes (Annex 3): a referral (approval with the organisation), a notice of registration in the queue when no place is free (approval that queues), or a motivated refusal. The notice’s journal number and date are the platform’s: the next number of the provider’s preschool journal, never typed by the clerk.',
    'The position in the queue is the number of children still waiting up to and including this one, counted when asked; a later referral from the queue (POST …/queue-referral, when a place is found) moves everyone behind up by one. No vacancy registry is named; places are the department’s knowledge.',
    'The step texts are shortened from the seed’s Kazakh tables; the Russian and English are our translations.',
    'Table 3 row 15 has no time; 1 min is assumed. Table 2 row 15 says "within three days" without the kind of day; calendar days are assumed.',
    'The civil-registry check (АХАЖ АЖ, Table 2 a2) runs when the service centre files: the child’s IIN (asked in the form; optional on the portal and at the desk, whose tables check no civil registry) must have a birth record with the applicant as a parent, or the filing is refused before any staff step. The ЖТ МДБ check is the existing ГБД ФЛ lookup when staff file.',
    'The act lists no refusal grounds; "over-age" (the service is for children under 7) and "document-violations" are the plain ones.',
    'No return for correction: the act knows only the three outcomes.',
  ],
};
