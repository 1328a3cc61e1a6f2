/**
 * «Байланыс саласындағы қызметтерді көрсетуге лицензия беру, қайта ресімдеу, лицензияның
 * телнұсқасын беру» — seed 003, App.1: Order No. 809 (2012) of the Ministry of Transport and
 * Communications. The Committee for Communications and Informatization issues, re-registers or
 * duplicates the electronic licence in E-licensing. Filed by the licensee (a legal entity, through
 * a representative whose certificate carries the BIN). Steps and limits: App.3 Tables 1 (portal)
 * and 2 (the Committee); result: App.4 «Мемлекеттік лицензия»; survey: App.5 (extraction:
 * ../shared/domain/003.md §3.0, §3.1). The regulation is in Kazakh: the Kazakh step texts are the
 * seed's, the Russian ones are ours.
 *
 * The portal table has a fee paid through the e-government payment gateway (ЭҮТШ) before signing
 * (Table 1 a4–a5): the definition's payment block. The applicant pays, then signs the request with
 * the payment's id in the form; intake refuses it without a paid, unused fee (a5).
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  applicant: { kk: 'Алушы', ru: 'Получатель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal' },
  payGateway: { kk: 'ЭҮТШ', ru: 'ПШЭП', en: 'E-government payment gateway' },
  elicense: { kk: '«Е-лицензиялау» МДҚ АЖ', ru: 'ИС ГБД «Е-лицензирование»', en: 'E-licensing information system' },
  committee: { kk: 'Комитет', ru: 'Комитет', en: 'Committee' },
  registries: { kk: 'ЗТ МДҚ/ЖТ МДҚ', ru: 'ГБД ЮЛ/ГБД ФЛ', en: 'State databases of legal entities and individuals' },
} as const;

const C = {
  formed: { kk: 'Сұраудың дұрыс қалыптасуы туралы хабарламаның шығуы', ru: 'Вывод сообщения о корректном формировании запроса', en: '"Request correctly formed" message' },
  actionFormed: { kk: 'Әрекеттің дұрыс қалыптасуы туралы хабарламаның шығуы', ru: 'Вывод сообщения о корректном выполнении действия', en: '"Action correctly completed" message' },
  refusal: { kk: 'Сұралып отырған электрондық мемлекеттік қызметке бас тарту туралы хабарламаның қалыптасуы', ru: 'Формирование сообщения об отказе в запрашиваемой электронной государственной услуге', en: 'Refusal of the requested e-service formed' },
  sent: { kk: 'Сұраудың бағытталуы', ru: 'Направление запроса', en: 'Request dispatched' },
  registered: { kk: 'Өтінішке нөмір тіркеу арқылы сұрауды тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  licence: { kk: 'Электрондық лицензия', ru: 'Электронная лицензия', en: 'Electronic licence' },
} as const;

const R = {
  dataRefusal: { kk: '«Е-лицензиялау» АЖ МДҚ-дағы алушының деректеріндегі бұзушылықтардың болуымен байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в данных получателя в ИС ГБД «Е-лицензирование»', en: 'Forms a refusal because of violations in the applicant’s data in E-licensing' },
  incorrect: { kk: 'Мәліметтердің дұрыс болмауына байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с некорректностью сведений', en: 'Forms a refusal because the data is incorrect' },
  document: { kk: 'Электрондық құжат (Электрондық лицензия)', ru: 'Электронный документ (электронная лицензия)', en: 'Electronic document (electronic licence)' },
} as const;

const W = {
  violations: { kk: 'алушы деректерінде бұзушылықтар болғанда', ru: 'при нарушениях в данных получателя', en: 'if the applicant’s data has violations' },
  authOk: { kk: 'авторландыру табысты өткенде', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
  authFailed: { kk: 'логин мен пароль расталмағанда', ru: 'если логин и пароль не подтверждены', en: 'if the login and password are not confirmed' },
  notPaid: { kk: 'төлемақысын жасамағанда', ru: 'если оплата не произведена', en: 'if not paid' },
  paid: { kk: 'төлемақысын жасағанда', ru: 'если оплата произведена', en: 'if paid' },
  edsError: { kk: 'ЭЦҚ-да қателік болғанда', ru: 'при ошибке ЭЦП', en: 'on a signature error' },
  edsOk: { kk: 'ЭЦҚ-да қателік болмағанда', ru: 'если ошибки ЭЦП нет', en: 'if there is no signature error' },
  nonCompliant: { kk: 'Комитетпен алушының біліктілік талаптарын және рұқсат негіздерін тексеру кезінде сәйкес емес болғанда', ru: 'если при проверке Комитетом получатель не соответствует квалификационным требованиям и основаниям', en: 'if the Committee finds the applicant does not meet the qualification requirements and grounds' },
  compliant: { kk: 'сәйкес болғанда', ru: 'если соответствует', en: 'if compliant' },
  noData: { kk: '«Е-лицензиялау» АЖ МДҚ-да сұрау бойынша деректердің болмауы', ru: 'если в ИС ГБД «Е-лицензирование» нет данных по запросу', en: 'if E-licensing has no data for the request' },
  found: { kk: 'сұрау бойынша деректер табылса', ru: 'если данные по запросу найдены', en: 'if data for the request is found' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const min1 = { amount: 1, unit: 'minutes' as const };
const days15 = { amount: 15, unit: 'calendarDays' as const };
const payment = 'Payment: the definition’s payment block (intake checks the fee named in the signed form).';

export const communicationsLicence: ServiceDefinition = {
  id: 'communications-licence',
  version: 1,
  source: {
    seed: '003',
    act: 'Order of the Minister of Transport and Communications No. 809 (2012), App.1',
    appendix: 'App.1 p.6–7, diagrams No. 1–2; App.3 Tables 1–2; App.4 state licence; App.5 survey',
  },
  names: {
    kk: 'Байланыс саласындағы қызметтерді көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқасын беру',
    ru: 'Выдача, переоформление лицензии, выдача дубликата лицензии на предоставление услуг в области связи',
    en: 'Issuance, re-registration of a licence, issuance of a duplicate licence for provision of communications services',
  },
  description: {
    kk: 'Байланыс саласындағы қызметтерді көрсетуге электрондық лицензия, оны қайта ресімдеу немесе телнұсқасы; қағаз тасығыштағы лицензияға тең.',
    ru: 'Электронная лицензия на предоставление услуг в области связи, её переоформление или дубликат; равнозначна лицензии на бумажном носителе.',
    en: 'An electronic licence to provide communications services, its re-registration or a duplicate; equivalent to a paper licence.',
  },
  provider: { agencyId: 'mtc-communications-committee' },
  // The licensee files through a representative: portal condition 1 checks the login (BIN), condition 3 the IIN/BIN of the certificate.
  applicants: ['legal-entity'],
  channels: [
    {
      channel: 'portal',
      source: 'p.6, diagram No. 1, App.3 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.applicant, human: true, covers: [],
          action: { kk: 'Алушының ЭЦҚ тіркеу куәлігін компьютердің интернет-браузеріне бекіту', ru: 'Прикрепление регистрационного свидетельства ЭЦП получателя к интернет-браузеру компьютера', en: 'Attaches the signing certificate in the browser' },
          completion: C.formed, limit: sec(15, 10),
          next: [{ step: 'T1.a2', when: W.violations }, { step: 'T1.a3', when: W.authOk }],
        },
        {
          id: 'T1.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Алушының деректеріндегі бұзушылықтармен байланысты бас тарту хабарламасын қалыптастырады', ru: 'Формирует сообщение об отказе в связи с нарушениями в данных получателя', en: 'Forms a refusal because of violations in the applicant’s data' },
          completion: C.refusal, limit: sec(20), next: [],
        },
        {
          id: 'T1.a3', actor: A.applicant, human: true, covers: [],
          action: { kk: 'Қажетті құжаттарды электрондық түрде бекітумен сауал деректерін қалыптастырады және қызметті таңдайды', ru: 'Формирует данные запроса с электронным прикреплением необходимых документов и выбирает услугу', en: 'Forms the request with the documents attached and chooses the service' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T1.a4' }],
        },
        {
          id: 'T1.a4', actor: A.payGateway, human: true, covers: [],
          action: { kk: 'Қызмет төлемақысын жасау', ru: 'Оплата услуги', en: 'Payment for the service' },
          completion: C.actionFormed, limit: sec(90),
          next: [{ step: 'T1.a5', when: W.notPaid }, { step: 'T1.a6', when: W.paid }],
          note: `The applicant pays in ЭҮТШ before signing; the payment information reaches E-licensing (p.6 process 4, condition 2). ${payment}`,
        },
        {
          id: 'T1.a5', actor: A.portal, human: false, covers: [],
          action: { kk: 'Төлемақының жоқтығына байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с отсутствием оплаты', en: 'Forms a refusal because the payment is absent' },
          completion: C.refusal, limit: sec(15, 10), next: [],
          note: `p.6 process 5 forms this refusal in E-licensing; the table names the portal. ${payment}`,
        },
        {
          id: 'T1.a6', actor: A.applicant, human: true, covers: ['request.submitted'],
          action: { kk: 'Куәландыру (қол қою) үшін ЭЦҚ таңдауы', ru: 'Выбор ЭЦП для удостоверения (подписания)', en: 'Chooses the signing key' },
          completion: C.sent, limit: sec(15, 10),
          next: [{ step: 'T1.a7', when: W.edsError }, { step: 'T1.a8', when: W.edsOk }],
        },
        {
          id: 'T1.a7', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'Алушының ЭЦҚ шынайылығының расталмауымен байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с неподтверждением подлинности ЭЦП получателя', en: 'Forms a refusal because the applicant’s signature is not authenticated' },
          completion: C.refusal, limit: sec(15, 10), next: [],
          note: 'Condition 3: the certificate’s validity, its absence from the revocation list, and the IIN/BIN of the request against those of the certificate.',
        },
        {
          id: 'T1.a8', actor: A.applicant, human: false, covers: ['signature.verified'],
          action: { kk: 'ЭЦҚ көмегімен сауалды куәландыру (қол қою)', ru: 'Удостоверение (подписание) запроса посредством ЭЦП', en: 'Signs the request' },
          completion: C.sent, limit: sec(90), next: [{ step: 'T1.a9' }],
        },
        {
          id: 'T1.a9', actor: A.portal, human: true, covers: ['gateway.registered', 'agency.registered', 'staff.taken', 'staff.decided'],
          action: { kk: '«Е-лицензиялау» АЖ МДҚ-дағы электрондық құжатты (алушының сауалын) тіркеу және «Е-лицензиялау» МДҚ АЖ–дегі сауалды өңдеу', ru: 'Регистрация электронного документа (запроса получателя) в ИС ГБД «Е-лицензирование» и обработка запроса в ИС ГБД «Е-лицензирование»', en: 'Registers the e-document (the applicant’s request) in E-licensing and processes it there' },
          completion: C.registered, limit: days15,
          next: [{ step: 'T1.a10', when: W.nonCompliant }, { step: 'T1.a11', when: W.compliant }],
          note: 'The 15 calendar days are on the registration row; the Committee’s check of the qualification requirements and grounds (condition 4) is its branch, so the clerk takes and decides within this step.',
        },
        {
          id: 'T1.a10', actor: A.portal, human: false, covers: [],
          action: R.dataRefusal, completion: C.refusal, limit: min1, next: [],
          note: 'No time in the table ("-"); 1 min is assumed. The engine records one step per event: a refusal is decided in a9 and delivered by the result row a11.',
        },
        {
          id: 'T1.a11', actor: A.portal, human: false, covers: ['result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: R.document, completion: C.licence, limit: min1, next: [],
          note: 'No time in the table ("-"); 1 min is assumed: the 15 calendar days are in a9. The licence is formed with the EDS of the Committee’s authorised person (p.6 process 11, which calls it "the permit").',
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
          action: { kk: 'Комитеттің қызметкерімен қызметті таңдауы', ru: 'Выбор услуги сотрудником Комитета', en: 'The employee chooses the service' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T2.a4' }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'ЗТ МДҚ/ЖТ МДҚ-да алушының деректерін тексеруге сұрау салу', ru: 'Запрос на проверку данных получателя в ГБД ЮЛ/ГБД ФЛ', en: 'Queries the state databases for the applicant’s data' },
          completion: C.sent, limit: sec(90),
          next: [{ step: 'T2.a5', when: W.violations }, { step: 'T2.a6', when: W.found }],
          note: 'The second branch reads "if authorisation succeeds", copied from Table 1; it means the applicant’s data is found (p.7 condition 2).',
        },
        {
          id: 'T2.a5', actor: A.elicense, human: false, covers: [],
          action: R.incorrect, completion: C.refusal, limit: sec(90), next: [],
        },
        {
          id: 'T2.a6', actor: A.committee, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Сауал нысанын құжаттарды бекітумен толтыру', ru: 'Заполнение формы запроса с прикреплением документов', en: 'Fills the request form, attaching the scanned documents' },
          completion: C.sent, limit: sec(15, 10), next: [{ step: 'T2.a7' }],
          note: 'The next-action cell is "-"; the logical successor a7 is kept. The channel has no applicant signature; the employee’s own key signs the request.',
        },
        {
          id: 'T2.a7', actor: A.elicense, human: false, covers: ['gateway.registered'],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-де электрондық құжатты тіркеу және «Е-лицензиялау» МДҚ АЖ-де қызметті өңдеу', ru: 'Регистрация электронного документа в ИС ГБД «Е-лицензирование» и обработка услуги в ИС ГБД «Е-лицензирование»', en: 'Registers the e-document in E-licensing and processes the service there' },
          completion: C.registered, limit: min1,
          next: [{ step: 'T2.a8', when: W.noData }, { step: 'T2.a9', when: W.found }],
          note: 'No time in the table ("-"); 1 min is assumed.',
        },
        {
          id: 'T2.a8', actor: A.elicense, human: false, covers: [],
          action: R.dataRefusal, completion: C.refusal, limit: min1, next: [],
          note: 'No time in the table ("-"); 1 min is assumed.',
        },
        {
          id: 'T2.a9', actor: A.elicense, human: true, covers: ['agency.registered', 'staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: R.document, completion: C.licence, limit: days15, next: [],
          note: 'In this table the 15 calendar days are on the result row; the Committee’s check (p.7 condition 3) is within it.',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'paymentId', type: 'text', required: false, minLength: 1, maxLength: 64,
        label: { kk: 'Төлем нөмірі (ЭҮТШ)', ru: 'Номер платежа (ПШЭП)', en: 'Payment id (payment gateway)' },
        help: { kk: 'Қол қоймас бұрын төлем шлюзі арқылы төлеңіз.', ru: 'Оплатите через платёжный шлюз до подписания.', en: 'Pay through the payment gateway before signing.' },
      },
      {
        id: 'action', type: 'select', required: true,
        label: { kk: 'Сұралады', ru: 'Запрашивается', en: 'Requested' },
        options: [
          { value: 'issue', label: { kk: 'Лицензия беру', ru: 'Выдача лицензии', en: 'Issuance of a licence' } },
          { value: 'reissue', label: { kk: 'Лицензияны қайта ресімдеу', ru: 'Переоформление лицензии', en: 'Re-registration of a licence' } },
          { value: 'duplicate', label: { kk: 'Лицензияның телнұсқасын беру', ru: 'Выдача дубликата лицензии', en: 'Issuance of a duplicate licence' } },
        ],
      },
      {
        id: 'services', type: 'textarea', required: false, requiredWhen: { field: 'action', in: ['issue'] }, maxLength: 1000,
        label: { kk: 'Лицензия сұралатын байланыс қызметтері', ru: 'Услуги связи, на которые запрашивается лицензия', en: 'Communications services the licence is sought for' },
        help: { kk: 'Мысалы: жергілікті телефон байланысы; деректерді беру', ru: 'Например: местная телефонная связь; передача данных', en: 'For example: local telephone communications; data transmission' },
      },
      {
        id: 'licenceNumber', type: 'text', required: false, requiredWhen: { field: 'action', in: ['reissue', 'duplicate'] }, minLength: 3, maxLength: 50,
        label: { kk: 'Лицензияның нөмірі', ru: 'Номер лицензии', en: 'Licence number' },
      },
      {
        id: 'licenceIssuedOn', type: 'date', required: false, requiredWhen: { field: 'action', in: ['reissue', 'duplicate'] },
        label: { kk: 'Лицензияның берілген күні', ru: 'Дата выдачи лицензии', en: 'Date the licence was issued' },
      },
      {
        id: 'reissueGround', type: 'select', required: false, requiredWhen: { field: 'action', in: ['reissue'] },
        label: { kk: 'Қайта ресімдеу негізі', ru: 'Основание переоформления', en: 'Ground for re-registration' },
        options: [
          { value: 'reorganisation', label: { kk: 'Заңды тұлғаны қайта ұйымдастыру', ru: 'Реорганизация юридического лица', en: 'Reorganisation of the legal entity' } },
          { value: 'name-change', label: { kk: 'Атауының өзгеруі', ru: 'Изменение наименования', en: 'Change of name' } },
          { value: 'address-change', label: { kk: 'Орналасқан жерінің өзгеруі', ru: 'Изменение места нахождения', en: 'Change of location' } },
        ],
      },
      {
        id: 'reissueDetails', type: 'textarea', required: false, requiredWhen: { field: 'action', in: ['reissue'] }, maxLength: 2000,
        label: { kk: 'Өзгерістердің сипаттамасы', ru: 'Описание изменений', en: 'What changed' },
      },
      {
        id: 'duplicateReason', type: 'select', required: false, requiredWhen: { field: 'action', in: ['duplicate'] },
        label: { kk: 'Телнұсқа не үшін қажет', ru: 'Причина выдачи дубликата', en: 'Why a duplicate is needed' },
        options: [
          { value: 'lost', label: { kk: 'Лицензия жоғалған', ru: 'Утеря лицензии', en: 'The licence was lost' } },
          { value: 'damaged', label: { kk: 'Лицензия бүлінген', ru: 'Порча лицензии', en: 'The licence was damaged' } },
        ],
      },
    ],
    rules: [],
  },
  attachments: [
    {
      id: 'qualification-documents', required: false, requiredWhen: { field: 'action', in: ['issue'] }, maxCount: 10,
      label: { kk: 'Біліктілік талаптарына сәйкестікті растайтын құжаттар', ru: 'Документы, подтверждающие соответствие квалификационным требованиям', en: 'Documents confirming the qualification requirements are met' },
    },
    {
      id: 'reissue-documents', required: false, requiredWhen: { field: 'action', in: ['reissue'] }, maxCount: 5,
      label: { kk: 'Қайта ресімдеу негізін растайтын құжаттар', ru: 'Документы, подтверждающие основание переоформления', en: 'Documents confirming the ground for re-registration' },
    },
  ],
  term: days15,
  result: {
    title: { kk: 'Мемлекеттік лицензия', ru: 'Государственная лицензия', en: 'State licence' },
    fields: [
      {
        id: 'issuedTo', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Берілді', ru: 'Выдана', en: 'Issued to' },
        help: { kk: 'Заңды тұлғаның толық атауы, орналасқан жері, деректемелері', ru: 'Полное наименование, местонахождение, реквизиты юридического лица', en: 'Full name, location and requisites of the legal entity' },
      },
      {
        id: 'activityType', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Қызмет түрі', ru: 'Вид деятельности', en: 'Type of activity' },
        help: { kk: '«Лицензиялау туралы» Қазақстан Республикасының Заңына сәйкес қызмет түрінің атауы', ru: 'Наименование вида деятельности в соответствии с Законом Республики Казахстан «О лицензировании»', en: 'Name of the type of activity under the Law "On Licensing"' },
      },
      {
        id: 'specialConditions', type: 'textarea', required: false, maxLength: 2000,
        label: { kk: 'Лицензия қолданылуының айрықша жағдайлары', ru: 'Особые условия действия лицензии', en: 'Special conditions of the licence' },
        help: { kk: '«Лицензиялау туралы» Қазақстан Республикасы Заңының 9-бабына сәйкес', ru: 'В соответствии со статьёй 9 Закона Республики Казахстан «О лицензировании»', en: 'Under Art. 9 of the Law "On Licensing"' },
      },
      {
        id: 'head', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Басшы (уәкілетті тұлға)', ru: 'Руководитель (уполномоченное лицо)', en: 'Head (authorised person)' },
        help: { kk: 'Лицензияны берген орган басшысының (уәкілетті адамның) тегі және аты-жөні', ru: 'Фамилия и инициалы руководителя (уполномоченного лица) органа, выдавшего лицензию', en: 'Surname and initials of the head (authorised person) of the licensing body' },
      },
      {
        id: 'licenceNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Лицензияның нөмірі', ru: 'Номер лицензии', en: 'Licence number' },
      },
      {
        id: 'city', type: 'text', required: true, minLength: 2, maxLength: 100,
        label: { kk: 'Қала', ru: 'Город', en: 'City' },
      },
      {
        id: 'annex', type: 'textarea', required: false, maxLength: 4000,
        label: { kk: 'Мемлекеттік лицензияға қосымша', ru: 'Приложение к государственной лицензии', en: 'Annex to the state licence' },
      },
    ],
  },
  survey: { source: 'App.5, p.15', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'qualification-requirements', source: 'App.1 p.6 condition 4, p.7 condition 3; App.3 Table 1 a9–a10',
      label: { kk: 'Біліктілік талаптарына және беру негіздеріне сәйкес келмейді', ru: 'Несоответствие квалификационным требованиям и основаниям для выдачи', en: 'Does not meet the qualification requirements and grounds' },
    },
    {
      id: 'applicant-data-violations', source: 'App.1 p.6 process 10, p.7 process 8; App.3 Table 1 a10, Table 2 a8',
      label: { kk: '«Е-лицензиялау» МДҚ АЖ-дегі алушының деректерінде бұзушылықтар бар', ru: 'Нарушения в данных получателя в ИС ГБД «Е-лицензирование»', en: 'Violations in the applicant’s data in E-licensing' },
    },
    {
      id: 'licence-not-found', source: 'App.3 Table 2 a7–a8',
      label: { kk: '«Е-лицензиялау» МДҚ АЖ-де сұрау бойынша деректер жоқ (қайта ресімделетін немесе телнұсқасы сұралған лицензия табылмады)', ru: 'В ИС ГБД «Е-лицензирование» нет данных по запросу (лицензия для переоформления или дубликата не найдена)', en: 'E-licensing has no data for the request (the licence to re-register or duplicate is not found)' },
    },
  ],
  payment: {
    source: 'App.1 p.6 process 4–5 and condition 2; Table 1 a4–a5',
    amount: 39_320,
    position: 'beforeSigning',
    channels: ['portal'],
    formField: 'paymentId',
    refundOnRefusal: true,
  },
  assumptions: [
    'Payment: Table 1 a4–a5 (p.6 process 4–5, condition 2) has a fee paid through the e-government payment gateway (ЭҮТШ) before signing, on the portal only: the payment block. The applicant is invoiced, pays, and signs the request with the payment’s id (form field paymentId); intake refuses a request without a paid, unused fee of theirs for this service (a5). Table 2 (the Committee) has no payment.',
    'The fee amount is not stated in the act (it is in the Standard, decree No. 1152, and tax law): 10 MRP at the 2025 value (3,932 tenge) = 39,320 tenge is assumed.',
    'A fee paid for a request that ends refused (by the Committee, or its signature refused at a7) is refunded through the gateway, as the platform does for every fee paid before a refusal; the act says nothing of refunds.',
    'The "no payment" refusal (a5) is the payment gateway’s, before the request is signed; it is not a staff refusal ground.',
    'Applicants are legal entities through a representative: portal condition 1 checks the login (BIN), condition 3 the IIN/BIN of the certificate. The recipient definition (p.5) and the App.4 form also allow an individual; individual entrepreneurs are not offered here, as for numbering-resource.',
    'The act lists no form fields (App.2 screen forms are images, missing; the field list is in the Standard). One service with an "action" choice stands for issuance, re-registration and duplicate; the fields each needs are required only for it: the services sought (issuance), the existing licence’s number and date (re-registration, duplicate), the ground and the changes (re-registration), the reason (duplicate).',
    'The re-registration grounds offered (reorganisation, change of name, change of location) and the duplicate reasons (lost, damaged) are assumed; the act does not list them.',
    'Attachments are only "the necessary documents"; documents confirming the qualification requirements (issuance) and documents confirming the re-registration ground are assumed. A duplicate needs none.',
    'Result fields are those of the App.4 «Мемлекеттік лицензия» form: issued to, type of activity, special conditions, head (authorised person), licence number, city; the Annex (an image in the source) is free text. The licensing body, the date of issue and the paper-equivalence note are printed by the platform. E-licensing generates licence numbers centrally; here the clerk enters it.',
    'www.elicense.kz (p.1) is a second web portal with the same self-service steps; the engine’s single portal channel stands for both.',
    'The Committee channel (p.7, Table 2, channel agency-desk): a Committee employee files for the organisation (applicantBin) with the applicant present; a4’s lookup is ГБД ФЛ (the person) and ГБД ЮЛ (the organisation, with the person among its representatives), and a failure is the a5 refusal before any request exists. The employee signs with their own key (no applicant signature in this channel), so condition 2 checks the employee’s certificate, not the BIN. No fee in this channel.',
    'In Table 1 the 15 calendar days sit on the registration row (a9), before the branch to the refusal or the licence; the Committee’s check (condition 4) is that step, so the clerk takes and decides within it. a10 and a11 have no time ("-"); 1 min is assumed. In Table 2 the 15 days are on the result row (a9).',
    'Table 2 a1 has no branch targets and a4 says "if authorisation succeeds" (copied from Table 1); the branches of p.7 conditions 1–2 are used. Table 2 a6 has no next action; a7 is its successor.',
    'p.6 process 11 and p.7 process 9 call the result "the permit" (рұқсат); it is the electronic licence (Table 1 a11, App.4).',
    'The "licence-not-found" ground is Table 2 a7–a8 ("no data for the request in E-licensing"), read as the licence to re-register or duplicate not being found.',
    'No return for correction: the act knows only the licence or a refusal message.',
  ],
};
