/**
 * «Кәмелетке толмағандарға меншiк құқығында тиесiлi мүлiкпен мәмiлелердi ресiмдеу үшiн
 * қорғаншылық немесе қамқоршылық жөнiндегi функцияларды жүзеге асыратын органдардың
 * анықтамаларын беру» / «Выдача справок органов, осуществляющих функции по опеке или
 * попечительству, для оформления сделок с имуществом, принадлежащим на праве собственности
 * несовершеннолетним» — seed 004, the third of seven regulations approved by Ust-Kamenogorsk
 * akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821). Steps and limits: Annex 2 Tables 1
 * (service centre) and 2 (portal); output form: Annex 3 (extraction: ../shared/domain/004.md §3.3).
 * The regulation is in Kazakh only: the Kazakh texts are the seed's, the Russian ones are ours.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  consumer: { kk: 'Тұтынушы', ru: 'Потребитель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gatewayWs: { kk: 'ЭҮАШ АЖО', ru: 'АРМ РШЭП', en: 'Regional gateway workstation (ARM RSHEP)' },
  conWs: { kk: 'ХҚКО АЖ АЖО', ru: 'АРМ ИС ЦОН', en: 'Service-centre IS workstation' },
  conOperator: { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'Service-centre operator' },
  registries: { kk: 'БНАЖ ЖТ ММБ', ru: 'ЕНИС, ГБД ФЛ', en: 'Notary system, state database of individuals' },
} as const;

const C = {
  numbered: { kk: 'Өтінішке нөмір бере отырып, тапсырысты жүйеде тіркеу', ru: 'Регистрация запроса в системе с присвоением номера заявлению', en: 'Request registered in the system and the application numbered' },
  formed: { kk: 'Сауалдың табысты қалыптасуы туралы хабарламаны көрсету', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
  formedPast: { kk: 'Сауалдың табысты қалыптасқаны туралы хабарламаны көрсету', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
  routed: { kk: 'Сауалды бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
  motivated: { kk: 'Дәлелді бас тартуды қалыптастыру', ru: 'Формирование мотивированного отказа', en: 'Motivated refusal formed' },
  refusalMsg: { kk: 'Тапсырыс берілген электронды мемлекеттік қызметті көрсетуден бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в оказании запрошенной электронной государственной услуги', en: 'Forms a message refusing the requested e-service' },
  register: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
  docRefusal: { kk: 'Тұтынушы құжаттарының бұзылушылықтары болуына байланысты қызмет көрсетуден бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в документах потребителя', en: 'Forms a refusal because of violations in the applicant’s documents' },
  receives: { kk: 'Тұтынушының қызмет нәтижесін алуы', ru: 'Получение потребителем результата услуги', en: 'The applicant receives the result' },
  output: { kk: 'Шығыс құжатты көрсету', ru: 'Отображение выходного документа', en: 'Display of the output document' },
} as const;

const W = {
  dataViolations: { kk: 'тұтынушы мәліметтерінің бұзушылықтары болса', ru: 'если есть нарушения в данных потребителя', en: 'if the applicant’s data has violations' },
  violations: { kk: 'бұзылушылықтар болса', ru: 'если есть нарушения', en: 'if there are violations' },
  none: { kk: 'егер бұзылушылықтар болмаса', ru: 'если нарушений нет', en: 'if there are none' },
  authOk: { kk: 'егер авторизациялау табысты өтсе', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const min1 = { amount: 1, unit: 'minutes' as const };
const wd5 = { amount: 5, unit: 'workingDays' as const };
// The 5 working days sit on the registration row, which the provider's check (condition 2/3) follows.
const checking = ['gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided'] as const;
const delivery = ['result.issued', 'gateway.returned', 'cabinet.delivered'] as const;

export const minorsPropertyCertificate: ServiceDefinition = {
  id: 'minors-property-certificate',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 3',
    appendix: 'Regulation 3 ¶6–7; Annex 2 Tables 1–2; Annex 3 output form; Annex 4 survey',
  },
  names: {
    kk: 'Кәмелетке толмағандарға меншiк құқығында тиесiлi мүлiкпен мәмiлелердi ресiмдеу үшiн қорғаншылық немесе қамқоршылық жөнiндегi функцияларды жүзеге асыратын органдардың анықтамаларын беру',
    ru: 'Выдача справок органов, осуществляющих функции по опеке или попечительству, для оформления сделок с имуществом, принадлежащим на праве собственности несовершеннолетним',
    en: 'Issuance of certificates of the guardianship body for transactions with property owned by minors',
  },
  description: {
    kk: 'Қорғаншылық органының кәмелетке толмағандарға тиесілі жылжымайтын мүлікпен мәмілеге келісімі; берілген күннен бастап 1 (бір) ай жарамды.',
    ru: 'Согласие органа опеки на сделку с недвижимым имуществом, принадлежащим несовершеннолетним; действительно 1 (один) месяц со дня выдачи.',
    en: 'The guardianship body’s consent to a transaction with real estate owned by minors; valid for one month from issue.',
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
          action: { kk: 'ЖСН мен пароль арқылы ЭҮП авторизацияланады', ru: 'Авторизуется на ПЭП по ИИН и паролю', en: 'Signs in on the portal with IIN and password' },
          completion: { kk: 'Өтінішке нөмір бере отырып, тапсырысты жүйеде тіркеу', ru: 'Регистрация запроса в системе с присвоением номера заявлению', en: 'Request registered in the system and the application numbered' },
          limit: sec(60, 30),
          next: [{ step: 'T2.a2', when: W.dataViolations }, { step: 'T2.a3', when: W.authOk }],
          note: 'The completion cell ("request registered and numbered") is shifted by one column in the source; it is kept as written.',
        },
        {
          id: 'T2.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Тұтынушы мәліметтерінің бұзылушылықтарының болуына байланысты хабарлама қалыптастырады', ru: 'Формирует сообщение о нарушениях в данных потребителя', en: 'Forms a message about violations in the applicant’s data' },
          completion: C.formed, limit: sec(30), next: [],
          note: 'The completion cell reads "request formed" [sic]; the action is the sign-in refusal (¶7 process 2).',
        },
        {
          id: 'T2.a3', actor: A.consumer, human: true, covers: ['request.submitted'],
          action: { kk: 'Қызметті таңдайды және тапсырыс мәліметтерін қалыптастырады', ru: 'Выбирает услугу и формирует сведения запроса', en: 'Chooses the service and forms the request' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T2.a4', when: W.dataViolations }, { step: 'T2.a5', when: W.none }],
        },
        {
          id: 'T2.a4', actor: A.portal, human: false, covers: ['signature.refused'],
          action: C.docRefusal,
          completion: C.refusalMsg, limit: sec(90), next: [],
          note: 'The table words this refusal as "violations in the applicant’s documents"; in ¶7 it is process 4, the refusal when the signature is not confirmed (condition 2), so the signature refusal is placed here.',
        },
        {
          id: 'T2.a5', actor: A.consumer, human: false, covers: ['signature.verified'],
          action: { kk: 'Тұтынушының ЭЦК арқылы растау (қол қою) және тапсырысты ЭҮАШ АЖО бағыттау', ru: 'Подтверждение (подписание) ЭЦП потребителя и направление запроса в АРМ РШЭП', en: 'The request signed with the applicant’s key and sent to the regional gateway' },
          completion: C.routed, limit: sec(60, 30), next: [{ step: 'T2.a6' }],
          note: '«ЭЦК» [sic: ЭЦҚ]. The next-action cell is "–" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T2.a6', actor: A.gatewayWs, human: true, covers: [...checking],
          action: C.register, completion: C.numbered, limit: wd5,
          next: [{ step: 'T2.a7', when: W.dataViolations }, { step: 'T2.a8', when: W.none }],
          note: 'The 5 working days are on the registration row; the provider’s check of the documents and grounds (¶7 condition 3, "by the orderer" [sic]) follows it, so the clerk takes and decides within this step.',
        },
        {
          id: 'T2.a7', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: min1, next: [],
          note: 'No time in the table ("–"); 1 min is assumed. The document check is a staff refusal ground here (document-violations).',
        },
        {
          id: 'T2.a8', actor: A.gatewayWs, human: false, covers: [...delivery],
          action: C.receives, completion: C.output, limit: min1, next: [],
          note: 'No time in the table ("–"); 1 min is assumed: the decision’s 5 working days are in a6. The certificate is signed with the key of the provider’s authorised person (¶7 process 8).',
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
          action: { kk: 'Логин және пароль арқылы ХКҚО операторы авторизациялаудан өтеді', ru: 'Оператор ЦОН проходит авторизацию по логину и паролю', en: 'The operator signs in with login and password' },
          completion: C.numbered,
          limit: sec(60, 30), next: [{ step: 'T1.a2' }],
          note: '«ХКҚО» [sic: ХҚКО].',
        },
        {
          id: 'T1.a2', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Қызметті таңдайды және тапсырыс мәліметтерін қалыптастырады', ru: 'Выбирает услугу и формирует сведения запроса', en: 'Chooses the service and forms the request data' },
          completion: C.formed, limit: sec(30), next: [{ step: 'T1.a3' }],
        },
        {
          id: 'T1.a3', actor: A.conOperator, human: false, covers: [],
          action: { kk: 'Тапсырысты ЖТ ММ, БНАЖ бағыттау', ru: 'Направление запроса в ГБД ФЛ, ЕНИС', en: 'Queries the state database of individuals and the notary system' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T1.a4', when: W.dataViolations }, { step: 'T1.a5', when: W.none }],
          note: '«ЖТ ММ» is the table’s spelling of ЖТ МДБ (the state database of individuals).',
        },
        {
          id: 'T1.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'Тұтынушы мәліметтерінің болмауына байланысты мәліметтерді алу мүмкін еместігі туралы хабарлама қалыптастыру', ru: 'Формирование сообщения о невозможности получения сведений в связи с отсутствием сведений о потребителе', en: 'Message that no data on the applicant could be obtained' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T1.a5', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'Тапсырыс үлгісіне қажетті құжаттар мен ЭЦК куәлігін тіркей отырып, тапсырысты толтыру', ru: 'Заполнение запроса с прикреплением необходимых документов и сертификата ЭЦП', en: 'Fills the request, attaching the documents and the signing certificate' },
          completion: C.formedPast, limit: sec(60, 30), next: [{ step: 'T1.a6' }],
          note: '«ЭЦК» [sic: ЭЦҚ]. The next-action cell is "–" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T1.a6', actor: A.conOperator, human: false, covers: ['signature.verified', 'signature.refused'],
          action: { kk: 'ЭҮАШ АЖО-да ЭЦК куәландырылған (қол қойылған) құжатты бағыттау', ru: 'Направление документа, удостоверенного (подписанного) ЭЦП, в АРМ РШЭП', en: 'Sends the signed document to the regional gateway' },
          completion: C.routed, limit: sec(60), next: [{ step: 'T1.a7' }],
          note: 'Table 1 has no EDS-failure row; the signature refusal is placed here. The next-action cell is "–"; the logical successor a7 is kept.',
        },
        {
          id: 'T1.a7', actor: A.gatewayWs, human: true, covers: [...checking],
          action: C.register, completion: C.routed, limit: wd5,
          next: [{ step: 'T1.a8', when: W.violations }, { step: 'T1.a9', when: W.none }],
          note: 'The 5 working days are on the registration row; the provider’s check (¶6 condition 2) follows it, so the clerk takes and decides within this step.',
        },
        {
          id: 'T1.a8', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: min1, next: [],
          note: 'No time in the table ("–"); 1 min is assumed.',
        },
        {
          id: 'T1.a9', actor: A.gatewayWs, human: false, covers: [...delivery],
          action: C.receives, completion: C.output, limit: min1, next: [],
          note: 'No time in the table ("–"); 1 min is assumed. The applicant collects the certificate through the operator (¶6 process 9); it also reaches the portal cabinet (the request is theirs).',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'presentTo', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Анықтама кімге ұсынылады', ru: 'Кому представляется справка', en: 'Certificate to be presented to' },
        help: { kk: 'Мысалы: нотариусқа, банкке', ru: 'Например: нотариусу, в банк', en: 'For example: a notary, a bank' },
      },
      {
        id: 'representativeRole', type: 'select', required: true,
        label: { kk: 'Өтініш беруші кәмелетке толмағанның заңды өкілі ретінде', ru: 'Заявитель как законный представитель несовершеннолетнего', en: 'The applicant is the minor’s' },
        options: [
          { value: 'parent', label: { kk: 'Ата-ана', ru: 'Родитель', en: 'Parent' } },
          { value: 'guardian', label: { kk: 'Қорғаншы', ru: 'Опекун', en: 'Guardian' } },
          { value: 'custodian', label: { kk: 'Қамқоршы', ru: 'Попечитель', en: 'Custodian' } },
          { value: 'foster-carer', label: { kk: 'Патронаттық тәрбиеші', ru: 'Патронатный воспитатель', en: 'Foster carer' } },
        ],
      },
      {
        id: 'minors', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Мүліктің меншік иесі кәмелетке толмағандардың Т.А.Ә. және туған күні', ru: 'ФИО и даты рождения несовершеннолетних собственников имущества', en: 'Full names and dates of birth of the minors who own the property' },
      },
      {
        id: 'propertyAddress', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Жылжымайтын мүліктің мекенжайы', ru: 'Адрес недвижимого имущества', en: 'Address of the real estate' },
      },
      {
        id: 'transaction', type: 'select', required: true,
        label: { kk: 'Мәміле', ru: 'Сделка', en: 'Transaction' },
        options: [
          { value: 'sale', label: { kk: 'Сату', ru: 'Продажа', en: 'Sale' } },
          { value: 'exchange', label: { kk: 'Айырбастау', ru: 'Мена', en: 'Exchange' } },
          { value: 'gift', label: { kk: 'Сыйға тарту', ru: 'Дарение', en: 'Gift' } },
          { value: 'pledge', label: { kk: 'Кепілге беру', ru: 'Залог', en: 'Pledge (mortgage)' } },
          { value: 'other', label: { kk: 'Басқа мәміле', ru: 'Иная сделка', en: 'Another transaction' } },
        ],
      },
      {
        id: 'transactionDetails', type: 'textarea', required: false, requiredWhen: { field: 'transaction', in: ['other'] }, maxLength: 1000,
        label: { kk: 'Мәміленің сипаттамасы', ru: 'Описание сделки', en: 'Description of the transaction' },
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
      id: 'identity-document', required: true, maxCount: 2,
      label: { kk: 'Өтініш берушінің жеке куәлігінің көшірмесі', ru: 'Копия удостоверения личности заявителя', en: 'Copy of the applicant’s ID card' },
    },
    {
      id: 'birth-certificate', required: true, maxCount: 5,
      label: { kk: 'Кәмелетке толмағандардың туу туралы куәліктерінің көшірмелері', ru: 'Копии свидетельств о рождении несовершеннолетних', en: 'Copies of the minors’ birth certificates' },
    },
    {
      id: 'title-document', required: true, maxCount: 3,
      label: { kk: 'Жылжымайтын мүлікке құқық белгілейтін құжаттың көшірмесі', ru: 'Копия правоустанавливающего документа на недвижимость', en: 'Copy of the title document of the real estate' },
    },
    {
      id: 'representative-document', required: false, requiredWhen: { field: 'representativeRole', in: ['guardian', 'custodian', 'foster-carer'] }, maxCount: 3,
      label: { kk: 'Заңды өкілдің өкілеттігін растайтын құжаттың көшірмесі', ru: 'Копия документа, подтверждающего полномочия законного представителя', en: 'Copy of the document appointing the legal representative' },
    },
  ],
  term: wd5,
  result: {
    title: { kk: 'Анықтама', ru: 'Справка', en: 'Certificate' },
    fields: [
      {
        id: 'addressee', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Кімге', ru: 'Кому', en: 'To' },
      },
      {
        id: 'consentText', type: 'textarea', required: true, maxLength: 3000,
        label: { kk: 'Анықтаманың мәтіні', ru: 'Текст справки', en: 'Text of the certificate' },
        help: {
          kk: '«Өскемен қаласы білім беру бөлімі» ММ, кәмелетке толмағанның (толмағандардың) мүддесінде әрекет ететін ... мекенжайында орналасқан жылжымайтын мүлікті ... келісім береді.',
          ru: 'ГУ «Отдел образования города Усть-Каменогорска», действуя в интересах несовершеннолетнего (несовершеннолетних) ..., даёт согласие на ... недвижимого имущества, расположенного по адресу: (адрес).',
          en: 'The Ust-Kamenogorsk City Department of Education, acting in the interests of the minor(s) ..., consents to the ... of the real estate located at (address).',
        },
      },
      {
        id: 'validUntil', type: 'date', required: true,
        label: { kk: 'Анықтама берілген күннен бастап 1 (бір) ай мерзімде жарамды: дейін', ru: 'Справка действительна 1 (один) месяц со дня выдачи: до', en: 'Valid for 1 (one) month from the date of issue: until' },
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
      id: 'not-legal-representative', source: 'Annex 3 (negative form: free-form letter with the grounds; grounds not listed in the act)',
      label: { kk: 'Өтініш беруші кәмелетке толмағандардың заңды өкілі емес', ru: 'Заявитель не является законным представителем несовершеннолетних', en: 'The applicant is not the minors’ legal representative' },
    },
    {
      id: 'against-minors-interests', source: 'Annex 3 (negative form: free-form letter with the grounds; grounds not listed in the act)',
      label: { kk: 'Мәміле кәмелетке толмағандардың мүліктік құқықтары мен мүдделеріне қайшы', ru: 'Сделка противоречит имущественным правам и интересам несовершеннолетних', en: 'The transaction is against the minors’ property rights and interests' },
    },
  ],
  registryChecks: { powerOfAttorney: { source: 'Table 1 a3 (ХҚКО: ЖТ ММБ and БНАЖ); pattern C 1 шарт / 4 үдеріс', channels: ['service-centre'] } },
  assumptions: [
    'The regulation is in Kazakh only: the Russian texts are our translation; the Kazakh step and certificate wording (Annex 2, Annex 3) is the seed’s, typos marked [sic] in the notes.',
    'The Standard cited in ¶2 is narrower than the regulation’s title (transactions affecting minors who own housing); the Annex 3 certificate speaks of real estate (жылжымайтын мүлік), so the form asks for real estate.',
    'Form fields are on the portal and in the Standard (decree No. 1119 of 31.08.2012), not in the act; they are what the Annex 3 certificate needs: to whom, the minors, the address of the real estate, the transaction. The applicant’s own name comes from sign-in.',
    'Documents are "those in Standard p. 11", not reproduced in the act; the copies asked for are those the certificate rests on: the applicant’s ID card, the minors’ birth certificates, the title document of the real estate, the representative’s appointment (not for a parent).',
    'The 5 working days sit on the registration row (Table 1 a7, Table 2 a6), before the branch to the refusal or the result; the provider’s check (condition 2 / 3) is that step, so the clerk takes and decides within it. The rows after it have no time ("–"); 1 min is assumed for them.',
    'In Table 2, a4 is worded as "violations in the applicant’s documents" at the portal; ¶7 gives that point as process 4, the refusal when the signature is not confirmed, so the signature refusal is placed in a4. Table 1 has no signature-failure row; it is placed in a6, where the signed document is sent.',
    'ЭҮАШ АЖО in the tables is the regional gateway workstation (ЭҮӨШ АЖО of ¶6–7); the seed’s spelling is kept.',
    'The ХҚКО registry check (Table 1 a3, ЖТ ММБ and БНАЖ) is the existing ГБД ФЛ lookup when an operator files; a representative filing under a notarial power of attorney has it checked in the notaries’ register (ЕНИС / БНАЖ: principal, attorney, validity, not revoked); a failed check is the regulation’s refusal (4 үдеріс), before any staff step. No property register is queried, as in the act: the property data come from the applicant’s documents.',
    'The certificate is valid 1 (one) month from issue (Annex 3); the clerk states the date it is valid until, since the schema cannot compute it from the issue date.',
    'The negative output is a free-form letter with the grounds; the act lists none. "document-violations" (Tables 1–2), "not-legal-representative" and "against-minors-interests" are used.',
    'The act names only the service centre and the portal; there is no agency-desk channel.',
    'No return for correction: the act knows only the certificate or a refusal letter.',
  ],
};
