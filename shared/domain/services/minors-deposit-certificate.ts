/**
 * «Зейнетақы қорларына, банктерге кәмелетке толмағандардың салымдарына иелiк ету үшiн, Қазақстан
 * Республикасы Iшкi iстер министрлiгi Жол полициясы комитетiнiң аумақтық бөлiмшелерiне кәмелетке
 * толмаған балаларға мұраны ресiмдеу үшiн анықтамалар беру» / «Выдача справок для распоряжения
 * вкладами несовершеннолетних в пенсионные фонды, банки, для оформления наследства
 * несовершеннолетним детям в территориальные подразделения Комитета дорожной полиции МВД РК» —
 * seed 004, the second of seven regulations approved by Ust-Kamenogorsk akimat decree No. 4354/1
 * of 29.11.2012 (reg. No. 2821). Steps and limits: Annex 2 Tables 1 (service centre) and 2
 * (portal); output forms: Annex 3 samples No 1–3 (extraction: ../shared/domain/004.md §3.2).
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
  numbered: { kk: 'Өтінішке нөмір бере отырып, сұранысты жүйеде тіркеу', ru: 'Регистрация запроса в системе с присвоением номера заявлению', en: 'Request registered in the system and the application numbered' },
  formed: { kk: 'Сұраныстың табысты қалыптасуы туралы хабарламаны көрсету', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
  formedPast: { kk: 'Сұраныстың табысты қалыптасқаны туралы хабарламаны көрсету', ru: 'Отображение сообщения об успешном формировании запроса', en: 'Notification that the request was formed' },
  routed: { kk: 'Сұранысты бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
  motivated: { kk: 'Дәлелді бас тартуды қалыптастыру', ru: 'Формирование мотивированного отказа', en: 'Motivated refusal formed' },
  refusalMsg: { kk: 'Сұраныс берілген электронды мемлекеттік қызметті көрсетуден бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в оказании запрошенной электронной государственной услуги', en: 'Forms a message refusing the requested e-service' },
  register: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
  docRefusal: { kk: 'Тұтынушы құжаттарының бұзылушылықтары болуына байланысты қызмет көрсетуден бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в документах потребителя', en: 'Forms a refusal because of violations in the applicant’s documents' },
  receives: { kk: 'Тұтынушының қызмет нәтижесін алуы', ru: 'Получение потребителем результата услуги', en: 'The applicant receives the result' },
  output: { kk: 'Шығыс құжатты көрсету', ru: 'Отображение выходного документа', en: 'Display of the output document' },
} as const;

const W = {
  dataViolations: { kk: 'тұтынушы деректерінің бұзушылықтары болса', ru: 'если есть нарушения в данных потребителя', en: 'if the applicant’s data has violations' },
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

/** Who the applicant is to the child: Annex 3 «заңды өкіл(дер)ге (ата-аналарға (ата-анаға), қамқоршыға немесе қорғаушыға, патронаттық тәрбиешіге және оларды алмастыратын тұлғаларға)». */
const representativeOptions = [
  { value: 'parent', label: { kk: 'Ата-ана', ru: 'Родитель', en: 'Parent' } },
  { value: 'guardian', label: { kk: 'Қорғаншы', ru: 'Опекун', en: 'Guardian' } },
  { value: 'custodian', label: { kk: 'Қамқоршы', ru: 'Попечитель', en: 'Custodian' } },
  { value: 'foster-carer', label: { kk: 'Патронаттық тәрбиеші', ru: 'Патронатный воспитатель', en: 'Foster carer' } },
  { value: 'substitute', label: { kk: 'Оларды алмастыратын тұлға', ru: 'Лицо, их заменяющее', en: 'A person acting in their place' } },
];
const inheritance = ['pension-fund', 'road-police'];

export const minorsDepositCertificate: ServiceDefinition = {
  id: 'minors-deposit-certificate',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 2',
    appendix: 'Regulation 2 ¶6–7; Annex 2 Tables 1–2; Annex 3 output forms (samples No 1–3); Annex 4 survey',
  },
  names: {
    kk: 'Зейнетақы қорларына, банктерге кәмелетке толмағандардың салымдарына иелiк ету үшiн, Қазақстан Республикасы Iшкi iстер министрлiгi Жол полициясы комитетiнiң аумақтық бөлiмшелерiне кәмелетке толмаған балаларға мұраны ресiмдеу үшiн анықтамалар беру',
    ru: 'Выдача справок для распоряжения вкладами несовершеннолетних в пенсионные фонды, банки, для оформления наследства несовершеннолетним детям в территориальные подразделения Комитета дорожной полиции МВД Республики Казахстан',
    en: 'Issuance of certificates for the disposal of minors’ deposits in pension funds and banks, and for formalising minors’ inheritance at the Road Police',
  },
  description: {
    kk: 'Қорғаншылық органының кәмелетке толмағанның зейнетақы жинақтарын, банктегі салымдарын алуға немесе мұраға қалған көлік құралын ресімдеуге келісімі; берілген күннен бастап 1 (бір) ай жарамды.',
    ru: 'Согласие органа опеки на получение пенсионных накоплений, распоряжение банковскими вкладами несовершеннолетнего или оформление унаследованного транспортного средства; действительно 1 (один) месяц со дня выдачи.',
    en: 'The guardianship body’s consent to receive a minor’s inherited pension savings, to dispose of the minor’s bank deposits, or to formalise an inherited vehicle; valid for one month from issue.',
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
          completion: C.numbered,
          limit: sec(60, 30),
          next: [{ step: 'T2.a2', when: W.dataViolations }, { step: 'T2.a3', when: W.authOk }],
          note: 'The completion cell ("request registered and numbered") is shifted by one column in the source; it is kept as written.',
        },
        {
          id: 'T2.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Тұтынушы деректерінің бұзылушылықтарының болуына байланысты хабарлама қалыптастырады', ru: 'Формирует сообщение о нарушениях в данных потребителя', en: 'Forms a message about violations in the applicant’s data' },
          completion: C.formed, limit: sec(30), next: [],
          note: 'The completion cell reads "request formed" [sic]; the action is the sign-in refusal (¶7 process 2).',
        },
        {
          id: 'T2.a3', actor: A.consumer, human: true, covers: ['request.submitted'],
          action: { kk: 'Қызметті таңдайды және сұраныс деректерін қалыптастырады', ru: 'Выбирает услугу и формирует данные запроса', en: 'Chooses the service and forms the request' },
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
          action: { kk: 'Тұтынушының ЭЦҚ арқылы растау (қол қою) және сұранысты ЭҮАШ АЖО бағыттау', ru: 'Подтверждение (подписание) ЭЦП потребителя и направление запроса в АРМ РШЭП', en: 'The request signed with the applicant’s key and sent to the regional gateway' },
          completion: C.routed, limit: sec(60, 30), next: [{ step: 'T2.a6' }],
          note: 'The next-action cell is "-" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T2.a6', actor: A.gatewayWs, human: true, covers: [...checking],
          action: C.register, completion: C.numbered, limit: wd5,
          next: [{ step: 'T2.a7', when: W.dataViolations }, { step: 'T2.a8', when: W.none }],
          note: 'The 5 working days are on the registration row; the provider’s check of the documents and grounds (¶7 condition 3) follows it, so the clerk takes and decides within this step.',
        },
        {
          id: 'T2.a7', actor: A.gatewayWs, human: false, covers: [],
          action: C.docRefusal, completion: C.motivated, limit: min1, next: [],
          note: 'No time in the table ("-"); 1 min is assumed. The document check is a staff refusal ground here (document-violations).',
        },
        {
          id: 'T2.a8', actor: A.gatewayWs, human: false, covers: [...delivery],
          action: C.receives, completion: C.output, limit: min1, next: [],
          note: 'No time in the table ("-"); 1 min is assumed: the decision’s 5 working days are in a6. The certificate is signed with the key of the provider’s authorised person (¶7 process 8).',
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
          action: { kk: 'Логин және пароль арқылы ХҚКО операторы авторизацияланады', ru: 'Оператор ЦОН авторизуется по логину и паролю', en: 'The operator signs in with login and password' },
          completion: C.numbered,
          limit: sec(60, 30), next: [{ step: 'T1.a2' }],
        },
        {
          id: 'T1.a2', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Қызметті таңдайды және сұраныс мәліметтерін қалыптастырады', ru: 'Выбирает услугу и формирует сведения запроса', en: 'Chooses the service and forms the request data' },
          completion: C.formed, limit: sec(30), next: [{ step: 'T1.a3' }],
        },
        {
          id: 'T1.a3', actor: A.conOperator, human: false, covers: [],
          action: { kk: 'Сұранысты ЖТ ММ, БНАЖ бағыттау', ru: 'Направление запроса в ГБД ФЛ, ЕНИС', en: 'Queries the state database of individuals and the notary system' },
          completion: C.routed, limit: sec(90),
          next: [{ step: 'T1.a4', when: W.dataViolations }, { step: 'T1.a5', when: W.none }],
          note: '«ЖТ ММ» is the table’s spelling of ЖТ МДБ (the state database of individuals).',
        },
        {
          id: 'T1.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'Тұтынушы деректерінің болмауына байланысты деректерді алу мүмкін еместігі туралы хабарлама қалыптастыру', ru: 'Формирование сообщения о невозможности получения данных в связи с отсутствием данных потребителя', en: 'Message that no data on the applicant could be obtained' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T1.a5', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'Сұраныс үлгісіне қажетті құжаттар мен ЭЦҚ куәлігін тіркей отырып, сұранысты толтыру', ru: 'Заполнение запроса с прикреплением необходимых документов и сертификата ЭЦП', en: 'Fills the request, attaching the documents and the signing certificate' },
          completion: C.formedPast, limit: sec(60, 30), next: [{ step: 'T1.a6' }],
          note: 'The next-action cell is "–" in the source; the logical successor a6 is kept.',
        },
        {
          id: 'T1.a6', actor: A.conOperator, human: false, covers: ['signature.verified', 'signature.refused'],
          action: { kk: 'ЭҮАШ АЖО ЭЦҚ куәландырылған (қол қойылған) құжатты бағыттау', ru: 'Направление документа, удостоверенного (подписанного) ЭЦП, в АРМ РШЭП', en: 'Sends the signed document to the regional gateway' },
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
        id: 'purpose', type: 'select', required: true,
        label: { kk: 'Анықтама не үшін қажет', ru: 'Для чего нужна справка', en: 'The certificate is for' },
        help: { kk: '3-қосымшадағы № 1, 2, 3 үлгілер', ru: 'Образцы № 1, 2, 3 приложения 3', en: 'Annex 3 samples No 1, 2, 3' },
        options: [
          { value: 'pension-fund', label: { kk: 'Зейнеткерлік қордағы мұраға алынған ақша қорын алу', ru: 'Получение унаследованных пенсионных накоплений в пенсионном фонде', en: 'Receiving inherited pension savings from a pension fund' } },
          { value: 'bank', label: { kk: 'Банктегі салымдарына иелік ету', ru: 'Распоряжение вкладами в банке', en: 'Disposing of deposits in a bank' } },
          { value: 'road-police', label: { kk: 'Жол полициясы бөлімшесінде көлік құралын мұраға ресімдеу', ru: 'Оформление унаследованного транспортного средства в подразделении дорожной полиции', en: 'Formalising an inherited vehicle at the Road Police' } },
        ],
      },
      {
        id: 'institutionName', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Зейнеткерлік қордың, банктің немесе Жол полициясы комитеті аумақтық бөлімшесінің атауы', ru: 'Наименование пенсионного фонда, банка или территориального подразделения Комитета дорожной полиции', en: 'Name of the pension fund, the bank or the Road Police subdivision' },
      },
      {
        id: 'representativeRole', type: 'select', required: true,
        label: { kk: 'Өтініш беруші баланың заңды өкілі ретінде', ru: 'Заявитель как законный представитель ребёнка', en: 'The applicant is the child’s' },
        options: representativeOptions,
      },
      {
        id: 'idCardNumber', type: 'text', required: true, minLength: 1, maxLength: 20,
        label: { kk: 'Өтініш берушінің жеке куәлігінің №', ru: 'Номер удостоверения личности заявителя', en: 'Applicant’s ID card number' },
      },
      {
        id: 'idCardIssuedOn', type: 'date', required: true,
        label: { kk: 'Жеке куәліктің берілген күні', ru: 'Дата выдачи удостоверения личности', en: 'ID card issue date' },
      },
      {
        id: 'idCardIssuedBy', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Жеке куәлікті берген орган', ru: 'Кем выдано удостоверение личности', en: 'ID card issued by' },
      },
      {
        id: 'childName', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Кәмелетке толмаған баланың Т.А.Ә.', ru: 'ФИО несовершеннолетнего', en: 'Full name of the minor' },
      },
      {
        id: 'childBirthYear', type: 'year', required: true, min: 2000, max: 'current',
        label: { kk: 'Баланың туған жылы', ru: 'Год рождения ребёнка', en: 'The minor’s year of birth' },
      },
      {
        id: 'testatorName', type: 'text', required: false, requiredWhen: { field: 'purpose', in: inheritance }, minLength: 2, maxLength: 200,
        label: { kk: 'Мұраға берушінің Т.А.Ә.', ru: 'ФИО наследодателя', en: 'Full name of the deceased (testator)' },
      },
      {
        id: 'deathCertificateNumber', type: 'text', required: false, requiredWhen: { field: 'purpose', in: inheritance }, minLength: 1, maxLength: 50,
        label: { kk: 'Қайтыс болу туралы куәліктің №', ru: 'Номер свидетельства о смерти', en: 'Death certificate number' },
      },
      {
        id: 'deathCertificateDate', type: 'date', required: false, requiredWhen: { field: 'purpose', in: inheritance },
        label: { kk: 'Қайтыс болу туралы куәліктің күні', ru: 'Дата свидетельства о смерти', en: 'Death certificate date' },
      },
      {
        id: 'inheritanceCertificateDate', type: 'date', required: false, requiredWhen: { field: 'purpose', in: inheritance },
        label: { kk: 'Мұраға алу құқығы туралы куәліктің күні', ru: 'Дата свидетельства о праве на наследство', en: 'Date of the certificate of the right to inherit' },
      },
      {
        id: 'notaryLicence', type: 'text', required: false, requiredWhen: { field: 'purpose', in: ['pension-fund'] }, minLength: 1, maxLength: 100,
        label: { kk: 'Нотариустың мемлекеттік лицензиясының №, берілген күні', ru: 'Номер и дата выдачи государственной лицензии нотариуса', en: 'Notary’s state licence number and issue date' },
      },
      {
        id: 'vehicle', type: 'text', required: false, requiredWhen: { field: 'purpose', in: ['road-police'] }, minLength: 2, maxLength: 300,
        label: { kk: 'Көлік құралы (маркасы, мемлекеттік тіркеу нөмірі)', ru: 'Транспортное средство (марка, государственный регистрационный номер)', en: 'Vehicle (make, registration plate)' },
      },
      {
        id: 'vehicleAction', type: 'text', required: false, requiredWhen: { field: 'purpose', in: ['road-police'] }, minLength: 2, maxLength: 200,
        label: { kk: 'Көлік құралымен қандай әрекетке келісім қажет', ru: 'На какое действие с транспортным средством нужно согласие', en: 'What the consent for the vehicle is for' },
        help: { kk: 'Мысалы: қайта тіркеу, сату', ru: 'Например: перерегистрация, продажа', en: 'For example: re-registration, sale' },
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
      id: 'birth-certificate', required: true, maxCount: 2,
      label: { kk: 'Баланың туу туралы куәлігінің көшірмесі', ru: 'Копия свидетельства о рождении ребёнка', en: 'Copy of the child’s birth certificate' },
    },
    {
      id: 'representative-document', required: false, requiredWhen: { field: 'representativeRole', in: ['guardian', 'custodian', 'foster-carer', 'substitute'] }, maxCount: 3,
      label: { kk: 'Заңды өкілдің өкілеттігін растайтын құжаттың көшірмесі', ru: 'Копия документа, подтверждающего полномочия законного представителя', en: 'Copy of the document appointing the legal representative' },
    },
    {
      id: 'death-certificate', required: false, requiredWhen: { field: 'purpose', in: inheritance }, maxCount: 1,
      label: { kk: 'Қайтыс болу туралы куәліктің көшірмесі', ru: 'Копия свидетельства о смерти', en: 'Copy of the death certificate' },
    },
    {
      id: 'inheritance-certificate', required: false, requiredWhen: { field: 'purpose', in: inheritance }, maxCount: 2,
      label: { kk: 'Мұраға алу құқығы туралы куәліктің көшірмесі', ru: 'Копия свидетельства о праве на наследство', en: 'Copy of the certificate of the right to inherit' },
    },
    {
      id: 'deposit-document', required: false, requiredWhen: { field: 'purpose', in: ['bank'] }, maxCount: 3,
      label: { kk: 'Банк салымы шартының көшірмесі', ru: 'Копия договора банковского вклада', en: 'Copy of the bank deposit agreement' },
    },
    {
      id: 'vehicle-document', required: false, requiredWhen: { field: 'purpose', in: ['road-police'] }, maxCount: 2,
      label: { kk: 'Көлік құралын тіркеу туралы куәліктің көшірмесі', ru: 'Копия свидетельства о регистрации транспортного средства', en: 'Copy of the vehicle registration certificate' },
    },
  ],
  term: wd5,
  result: {
    title: { kk: 'Анықтама', ru: 'Справка', en: 'Certificate' },
    fields: [
      {
        id: 'addressee', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Жинақтаушы зейнеткерлік қордың, банктің немесе Жол полициясы комитеті аумақтық бөлімшесінің атауы', ru: 'Наименование накопительного пенсионного фонда, банка или территориального подразделения Комитета дорожной полиции', en: 'Name of the pension fund, the bank or the Road Police subdivision' },
      },
      {
        id: 'consentText', type: 'textarea', required: true, maxLength: 3000,
        label: { kk: 'Анықтаманың мәтіні', ru: 'Текст справки', en: 'Text of the certificate' },
        help: {
          kk: '№ 1 үлгі: «Өскемен қаласының білім беру бөлімі» ММ заңды өкілге ... кәмелетке толмаған ... зейнеткерлік қорындағы мұраға алынған ақша қорын алуға келісім береді. № 2 үлгі: ... банкісіндегі тиесілі инвестициялық кірісімен, өсімақысымен салымдарына иелік етуге келісім береді. № 3 үлгі: кәмелетке толмағанның (толмағандардың) мүддесінде әрекет ететін «Өскемен қаласының білім беру бөлімі» ММ ... көлік құралын ... келісім береді.',
          ru: 'Образец № 1: ГУ «Отдел образования города Усть-Каменогорска» даёт согласие законному представителю ... на получение унаследованных несовершеннолетним ... пенсионных накоплений в ... пенсионном фонде. Образец № 2: ... на распоряжение вкладами с причитающимся инвестиционным доходом и пеней в банке (наименование банка). Образец № 3: ГУ, действующее в интересах несовершеннолетнего (несовершеннолетних), даёт согласие ... транспортное средство (марка, номер).',
          en: 'Sample No 1: the department consents to the legal representative ... receiving the pension savings the minor ... inherited in the ... pension fund. Sample No 2: ... disposing of the minor’s deposits with the investment income and penalty interest due in the ... bank. Sample No 3: the department, acting in the interests of the minor(s), consents to ... the vehicle (make, plate).',
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
      id: 'not-legal-representative', source: 'Annex 3 (negative form: free-form letter with the reasons; grounds not listed in the act)',
      label: { kk: 'Өтініш беруші кәмелетке толмағанның заңды өкілі емес', ru: 'Заявитель не является законным представителем несовершеннолетнего', en: 'The applicant is not the minor’s legal representative' },
    },
    {
      id: 'against-minors-interests', source: 'Annex 3 (negative form: free-form letter with the reasons; grounds not listed in the act)',
      label: { kk: 'Сұралған әрекет кәмелетке толмағанның мүліктік құқықтары мен мүдделеріне қайшы', ru: 'Запрошенное действие противоречит имущественным правам и интересам несовершеннолетнего', en: 'The requested disposal is against the minor’s property rights and interests' },
    },
  ],
  registryChecks: { powerOfAttorney: { source: 'Table 1 a3 (ХҚКО: ЖТ МДБ and БНАЖ); pattern C 1 шарт / 4 үдеріс', channels: ['service-centre'] } },
  assumptions: [
    'The regulation is in Kazakh only: the Russian texts are our translation; the Kazakh step and certificate wording (Annex 2, Annex 3) is the seed’s.',
    'Annex 3 has three positive samples (pension fund, bank, road police); one service with a "purpose" choice stands for them, and the fields each sample needs are required only for its purpose.',
    'Form fields are on the portal and in the Standard (decree No. 1119 of 31.08.2012), not in the act; they are what the Annex 3 samples need: the applicant’s ID card details, the child’s name and year of birth, the fund or bank or road police subdivision, the testator, death certificate and inheritance certificate, the notary’s licence, the vehicle. The applicant’s own name comes from sign-in.',
    'The minor’s year of birth is accepted from 2000: the schema has no "under 18 today" check; the clerk checks the age.',
    'Documents are "those in Standard p. 11", not reproduced in the act; the copies asked for are those the certificate restates: ID card, birth certificate, the representative’s appointment (not for a parent), death and inheritance certificates (pension fund, road police), the deposit agreement (bank), the vehicle registration certificate (road police).',
    'The 5 working days sit on the registration row (Table 1 a7, Table 2 a6), before the branch to the refusal or the result; the provider’s check (condition 2 / 3) is that step, so the clerk takes and decides within it. The rows after it have no time ("–"); 1 min is assumed for them.',
    'In Table 2, a4 is worded as "violations in the applicant’s documents" at the portal; ¶7 gives that point as process 4, the refusal when the signature is not confirmed, so the signature refusal is placed in a4. Table 1 has no signature-failure row; it is placed in a6, where the signed document is sent.',
    'ЭҮАШ АЖО in the tables is the regional gateway workstation (ЭҮӨШ АЖО of ¶6–7); the seed’s spelling is kept.',
    'The ХҚКО registry check (Table 1 a3, ЖТ МДБ and БНАЖ) is the existing ГБД ФЛ lookup when an operator files; a representative filing under a notarial power of attorney has it checked in the notaries’ register (ЕНИС / БНАЖ: principal, attorney, validity, not revoked); a failed check is the regulation’s refusal (4 үдеріс), before any staff step.',
    'The certificate is valid 1 (one) month from issue (Annex 3); the clerk states the date it is valid until, since the schema cannot compute it from the issue date.',
    'The negative output is a free-form letter with the reasons; the act lists no grounds. "document-violations" (Tables 1–2), "not-legal-representative" and "against-minors-interests" are used.',
    'The act names only the service centre and the portal; there is no agency-desk channel.',
    'No return for correction: the act knows only the certificate or a refusal letter.',
  ],
};
