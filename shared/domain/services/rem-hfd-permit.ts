/**
 * «Радиоэлектрондық құралдар мен жоғары жиілікті құрылғыларды пайдалануға рұқсат беру» — seed 003,
 * App.4: Order No. 809 (2012) of the Ministry of Transport and Communications. Provided by the
 * Committee's Communications and Informatization Inspectorates at the place where the radio-frequency
 * resource is used (the Inspection) and the Committee. Steps and limits: App.3 Tables 1 (portal) and
 * 2 (through the Inspection); extraction: ../shared/domain/003.md §3.0 and §3.4. No payment.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  applicant: { kk: 'Алушы', ru: 'Услугополучатель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal' },
  elicense: { kk: '«Е-лицензиялау» МДҚ АЖ', ru: 'ИС ГБД «Е-лицензирование»', en: 'E-licensing information system' },
  inspection: { kk: 'Инспекция', ru: 'Инспекция', en: 'Inspectorate' },
  registries: { kk: 'ЖТ МДҚ/ЗТ МДҚ', ru: 'ГБД ФЛ/ГБД ЮЛ', en: 'State databases of individuals / legal entities' },
  // Table 1 row 9 names the portal; condition 3 and process 11 make the Inspection the one who checks and signs.
  inspectionViaPortal: { kk: 'Инспекция; ЭҮП', ru: 'Инспекция; ПЭП', en: 'Inspectorate (checks and signs); e-government portal (delivers)' },
} as const;

const C = {
  formed: { kk: 'Сұратудың дұрыс қалыптасуы туралы хабарламаның шығуы', ru: 'Вывод сообщения о корректном формировании запроса', en: '"Request correctly formed" message' },
  refusal: { kk: 'Сұратылып отырған электрондық мемлекеттік қызметке бас тарту туралы хабарламаның қалыптасуы', ru: 'Формирование сообщения об отказе в запрашиваемой электронной государственной услуге', en: 'Refusal message' },
  sent: { kk: 'Сұратудың бағытталуы', ru: 'Направление запроса', en: 'Request dispatched' },
  registered: { kk: 'Өтінішке нөмір тіркеу арқылы сұрауды тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  permit: { kk: 'Рұқсат', ru: 'Разрешение', en: 'Permit' },
} as const;

const W = {
  dataViolations: { kk: 'алушы деректерінде бұзушылықтар болғанда', ru: 'при нарушениях в данных услугополучателя', en: 'if the applicant’s data has violations' },
  noData: { kk: '«Е-лицензиялау» МДҚ АЖ-де сұрау бойынша деректердің болмауы', ru: 'при отсутствии данных по запросу в ИС ГБД «Е-лицензирование»', en: 'if E-licensing has no data for the request' },
  dataFound: { kk: 'сұрау бойынша деректер табылса', ru: 'если данные по запросу найдены', en: 'if data is found for the request' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const days16 = { amount: 16, unit: 'calendarDays' as const };

/** Regions of Kazakhstan (2012): the Inspectorate is the one where the radio-frequency resource is used (p.1). */
export const regions: { value: string; label: { kk: string; ru: string; en: string } }[] = [
  { value: 'akmola', label: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
  { value: 'aktobe', label: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' } },
  { value: 'almaty-region', label: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
  { value: 'atyrau', label: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' } },
  { value: 'east-kazakhstan', label: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' } },
  { value: 'zhambyl', label: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' } },
  { value: 'west-kazakhstan', label: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' } },
  { value: 'karaganda', label: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' } },
  { value: 'kostanay', label: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' } },
  { value: 'kyzylorda', label: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' } },
  { value: 'mangystau', label: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' } },
  { value: 'pavlodar', label: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' } },
  { value: 'north-kazakhstan', label: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' } },
  { value: 'south-kazakhstan', label: { kk: 'Оңтүстік Қазақстан облысы', ru: 'Южно-Казахстанская область', en: 'South Kazakhstan Region' } },
  { value: 'astana', label: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana city' } },
  { value: 'almaty-city', label: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty city' } },
];

/** Frequencies or bands in MHz: digits, decimal points or commas, ranges, separators. */
const FREQUENCIES = '^[0-9][0-9 .,;/\\-–]*$';

/** Version 1: routed to the Committee, whose staff performed the Inspection's steps. Kept for requests filed under it. */
export const remHfdPermitV1: ServiceDefinition = {
  id: 'rem-hfd-permit',
  version: 1,
  source: {
    seed: '003',
    act: 'Order of the Minister of Transport and Communications No. 809 (2012), App.4',
    appendix: 'p.6 diagram No. 1, p.7 diagram No. 2; App.3 Tables 1–2; App.4 permit form (image); App.5 survey',
  },
  names: {
    kk: 'Радиоэлектрондық құралдар мен жоғары жиілікті құрылғыларды пайдалануға рұқсат беру',
    ru: 'Выдача разрешения на эксплуатацию радиоэлектронных средств и высокочастотных устройств',
    en: 'Issuance of a permit to operate radio-electronic means and high-frequency devices',
  },
  description: {
    kk: 'Радиоэлектрондық құралды немесе жоғары жиілікті құрылғыны радиожиілік ресурсы пайдаланылатын жерде пайдалануға рұқсат. Инспекцияның уәкілетті тұлғасы қол қояды.',
    ru: 'Разрешение на эксплуатацию радиоэлектронного средства или высокочастотного устройства в месте использования радиочастотного ресурса. Подписывает уполномоченное лицо Инспекции.',
    en: 'A permit to operate a radio-electronic means or a high-frequency device where the radio-frequency resource is used. Signed by the Inspectorate’s authorised person.',
  },
  provider: { agencyId: 'mtc-communications-committee' },
  // p.5(5): the recipient is "an individual or legal entity"; p.17(2): the IIN/BIN of the person the permit is issued to.
  applicants: ['individual', 'legal-entity'],
  channels: [
    {
      channel: 'portal',
      source: 'p.6, diagram No. 1, App.3 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.applicant, human: true, covers: [],
          action: { kk: 'Алушының ЭЦҚ тіркеу куәлігін компьютердің интернет-браузеріне бекіту', ru: 'Прикрепление регистрационного свидетельства ЭЦП услугополучателя к интернет-браузеру компьютера', en: 'Attaches the signing certificate in the browser' },
          completion: C.formed, limit: sec(15, 10),
          next: [{ step: 'T1.a2', when: W.dataViolations }, { step: 'T1.a3', when: { kk: 'авторландыру табысты өткенде', ru: 'при успешной авторизации', en: 'if sign-in succeeded' } }],
        },
        {
          id: 'T1.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Алушының деректеріндегі бұзушылықтармен байланысты бас тарту хабарламасын қалыптастырады', ru: 'Формирует сообщение об отказе в связи с нарушениями в данных услугополучателя', en: 'Refusal because of violations in the applicant’s data' },
          completion: C.refusal, limit: sec(20), next: [],
        },
        {
          id: 'T1.a3', actor: A.applicant, human: true, covers: [],
          action: { kk: 'Қажетті құжаттарды электрондық түрде бекітумен сауал деректерін қалыптастырады және қызметті таңдайды', ru: 'Формирует данные запроса с электронным прикреплением необходимых документов и выбирает услугу', en: 'Forms the request with the documents attached and chooses the service' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T1.a4' }],
        },
        {
          id: 'T1.a4', actor: A.applicant, human: true, covers: ['request.submitted'],
          action: { kk: 'Куәландыру (қол қою) үшін ЭЦҚ таңдауы', ru: 'Выбор ЭЦП для удостоверения (подписания)', en: 'Chooses the signing key' },
          completion: C.sent, limit: sec(15, 10),
          next: [{ step: 'T1.a5', when: { kk: 'ЭЦҚ-да қателік болғанда', ru: 'при ошибке в ЭЦП', en: 'on a signature error' } }, { step: 'T1.a6', when: { kk: 'ЭЦҚ-да қателік болмағанда', ru: 'если ошибки в ЭЦП нет', en: 'if there is no signature error' } }],
        },
        {
          id: 'T1.a5', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'Алушының ЭЦҚ шынайылығының расталмауымен байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с неподтверждением подлинности ЭЦП услугополучателя', en: 'Refusal because the signature is not authenticated' },
          completion: C.refusal, limit: sec(15, 10), next: [],
          note: 'Condition 2 (p.6): validity period, not revoked, and the IIN/BIN of the request matches the certificate; a BIN request needs the organisation’s certificate.',
        },
        {
          id: 'T1.a6', actor: A.applicant, human: false, covers: ['signature.verified'],
          action: { kk: 'ЭЦҚ көмегімен сауалды куәландыру (қол қою)', ru: 'Удостоверение (подписание) запроса посредством ЭЦП', en: 'Signs the request' },
          completion: C.sent, limit: sec(90), next: [{ step: 'T1.a7' }],
        },
        {
          id: 'T1.a7', actor: A.portal, human: false, covers: ['gateway.registered', 'agency.registered'],
          action: { kk: '«Е-лицензиялау» АЖ МДҚ-дағы электрондық құжатты (алушының сауалын) тіркеу және «Е-лицензиялау» АЖ МДҚ-дағы сауалды өңдеу', ru: 'Регистрация электронного документа (запроса услугополучателя) в ИС ГБД «Е-лицензирование» и обработка запроса в ИС ГБД «Е-лицензирование»', en: 'Registers the e-document (the request) in E-licensing and processes it there' },
          completion: C.registered, limit: sec(60),
          next: [{ step: 'T1.a8', when: W.noData }, { step: 'T1.a9', when: W.dataFound }],
          note: 'The table gives no time ("-"); 1 min is assumed, as for numbering-resource. The completion is the application number, so the request reaches the Inspection’s inbox here.',
        },
        {
          id: 'T1.a8', actor: A.portal, human: false, covers: [],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-дегі алушының деректерінде бұзушылықтардың болуымен байланысты бас тарту туралы хабарламаны құрастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в данных услугополучателя в ИС ГБД «Е-лицензирование»', en: 'Refusal because of violations in the applicant’s data in E-licensing' },
          completion: C.refusal, limit: sec(60), next: [],
          note: 'The table says «Төлемақының жоқтығына байланысты» (because payment is absent), but this service has no payment (no ЭҮТШ, p.11; no bank-card condition, p.17): copied from App.1/App.3. The prose (p.6 process 8) is followed. The time is "-"; 1 min is assumed.',
        },
        {
          id: 'T1.a9', actor: A.inspectionViaPortal, human: true, covers: ['staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: { kk: 'Электрондық құжат (рұқсат)', ru: 'Электронный документ (разрешение)', en: 'Electronic document (permit)' },
          completion: C.permit, limit: days16, next: [],
          note: 'Condition 3 (p.6): the Inspection checks the qualification requirements and the grounds for granting the permit; process 11: the result is formed with the EDS of the Inspection’s authorised person. Process 11 calls it «бұйрық» (order); p.14 and the table say permit.',
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: 'p.7, diagram No. 2, App.3 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.inspection, human: true, covers: [],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-де авторландырылады', ru: 'Авторизуется в ИС ГБД «Е-лицензирование»', en: 'The Inspection employee signs in to E-licensing' },
          completion: C.formed, limit: sec(15, 10),
          next: [{ step: 'T2.a2', when: { kk: 'логин мен пароль расталмаса', ru: 'если логин и пароль не подтверждены', en: 'if the login and password are not confirmed' } }, { step: 'T2.a3', when: { kk: 'логин мен пароль расталса', ru: 'если логин и пароль подтверждены', en: 'if the login and password are confirmed' } }],
          note: 'The table’s next cell reads «1-Инспекция қызметкерінің логин мен пароль деректерінің шынайлылығын … тексеру» (condition 1 of p.7); its two outcomes are processes 2 (a2) and 3 (a3).',
        },
        {
          id: 'T2.a2', actor: A.elicense, human: false, covers: [],
          action: { kk: 'Мәліметтердің дұрыс болмауына байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с некорректностью сведений', en: 'Refusal because the data is incorrect' },
          completion: C.refusal, limit: sec(10), next: [],
        },
        {
          id: 'T2.a3', actor: A.inspection, human: true, covers: [],
          action: { kk: 'Инспекцияның қызметкерімен қызметті таңдауы', ru: 'Выбор услуги сотрудником Инспекции', en: 'The Inspection employee chooses the service and enters the applicant’s data' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T2.a4' }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'ЗТ МДҚ-да алушының деректерін тексеруге сұрау салу', ru: 'Запрос на проверку данных услугополучателя в ГБД ЮЛ', en: 'Queries the applicant’s data in the state database (through the e-government gateway)' },
          completion: C.sent, limit: sec(90),
          next: [{ step: 'T2.a5', when: W.dataViolations }, { step: 'T2.a6', when: { kk: 'алушының деректері табылса', ru: 'если данные услугополучателя найдены', en: 'if the applicant’s data is found' } }],
          note: 'The table names only ЗТ МДҚ; p.7 process 4 names ЖТ МДҚ/ЗТ МДҚ. The platform looks the person up in ГБД ФЛ when the clerk files, before the request exists (no data: REGISTRY_NO_DATA, a5), so this row has no history entry. The next cell reads "6 if authorisation succeeds" [sic]: read as "if the data is found" (p.7 condition 2).',
        },
        {
          id: 'T2.a5', actor: A.elicense, human: false, covers: [],
          action: { kk: 'Мәліметтердің дұрыс болмауына байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с некорректностью сведений', en: 'Refusal: the applicant’s data cannot be obtained' },
          completion: C.refusal, limit: sec(90), next: [],
        },
        {
          id: 'T2.a6', actor: A.inspection, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Сауал нысанын құжаттарды бекітумен толтыру', ru: 'Заполнение формы запроса с прикреплением документов', en: 'Fills the request form, marks the paper documents and attaches their scans' },
          completion: C.formed, limit: sec(15, 10), next: [{ step: 'T2.a7' }],
          note: 'p.7 process 6 says a «Комитет қызметкері» (Committee employee) scans the documents [sic, from the template]; it is the Inspection’s employee. The act describes no signature in this channel; the platform signs the request with the employee’s own key here and checks it (condition 2). The next cell is "-"; a7 follows (p.7 process 7).',
        },
        {
          id: 'T2.a7', actor: A.elicense, human: false, covers: ['gateway.registered', 'agency.registered'],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-де электрондық құжатты тіркеу және қызметті өңдеу', ru: 'Регистрация электронного документа и обработка услуги в ИС ГБД «Е-лицензирование»', en: 'Registers the e-document and processes the service in E-licensing' },
          completion: C.registered, limit: sec(60),
          next: [{ step: 'T2.a8', when: W.noData }, { step: 'T2.a9', when: W.dataFound }],
          note: 'The action names «"Е-лицензиялау" ЖТ МДҚ/ЗТ МДҚ» [sic, garbled]: registration in E-licensing. The time is "-"; 1 min is assumed.',
        },
        {
          id: 'T2.a8', actor: A.elicense, human: false, covers: [],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-де алушының деректерінде бұзушылықтардың болуымен байланысты сұрау салынған қызметтен бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в запрашиваемой услуге в связи с нарушениями в данных услугополучателя в ИС ГБД «Е-лицензирование»', en: 'Refusal because of violations in the applicant’s data in E-licensing' },
          completion: C.refusal, limit: sec(60), next: [],
          note: 'The time is "-"; 1 min is assumed.',
        },
        {
          id: 'T2.a9', actor: A.inspection, human: true, covers: ['staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: { kk: 'Электрондық құжат (рұқсат)', ru: 'Электронный документ (разрешение)', en: 'Electronic document (permit)' },
          completion: C.permit, limit: days16, next: [],
          note: 'The table names the E-licensing IS; p.7 condition 3 and process 9 make the Inspection the one who checks the grounds and signs the permit (process 9 calls it «бұйрық», order [sic]). The applicant also sees it in their own cabinet.',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'deviceKind', type: 'select', required: true,
        label: { kk: 'Құрылғы түрі', ru: 'Вид устройства', en: 'Kind of equipment' },
        options: [
          { value: 'rem', label: { kk: 'Радиоэлектрондық құрал', ru: 'Радиоэлектронное средство', en: 'Radio-electronic means' } },
          { value: 'hfd', label: { kk: 'Жоғары жиілікті құрылғы', ru: 'Высокочастотное устройство', en: 'High-frequency device' } },
        ],
      },
      {
        id: 'purpose', type: 'select', required: true,
        label: { kk: 'Қолдану мақсаты (радиобайланыс қызметі)', ru: 'Назначение (служба радиосвязи)', en: 'Purpose (radio service)' },
        options: [
          { value: 'fixed', label: { kk: 'Тіркелген радиобайланыс (радиорелелік)', ru: 'Фиксированная радиосвязь (радиорелейная)', en: 'Fixed (radio relay)' } },
          { value: 'mobile', label: { kk: 'Жылжымалы радиобайланыс', ru: 'Подвижная радиосвязь', en: 'Mobile' } },
          { value: 'broadcasting', label: { kk: 'Теле- және радиохабар тарату', ru: 'Теле- и радиовещание', en: 'Television and radio broadcasting' } },
          { value: 'satellite', label: { kk: 'Жерсеріктік байланыс (жер станциясы)', ru: 'Спутниковая связь (земная станция)', en: 'Satellite (earth station)' } },
          { value: 'radiolocation', label: { kk: 'Радиолокация және радионавигация', ru: 'Радиолокация и радионавигация', en: 'Radiolocation and radionavigation' } },
          { value: 'amateur', label: { kk: 'Әуесқой радиобайланыс', ru: 'Любительская радиосвязь', en: 'Amateur' } },
          { value: 'ism', label: { kk: 'Өнеркәсіптік, ғылыми, медициналық (ЖЖҚ)', ru: 'Промышленные, научные, медицинские (ВЧУ)', en: 'Industrial, scientific, medical (HFD)' } },
          { value: 'other', label: { kk: 'Басқа', ru: 'Иное', en: 'Other' } },
        ],
      },
      {
        id: 'equipmentModel', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Құрылғының атауы, типі (моделі) және өндірушісі', ru: 'Наименование, тип (модель) и изготовитель устройства', en: 'Name, type (model) and manufacturer of the equipment' },
      },
      {
        id: 'serialNumbers', type: 'text', required: true, minLength: 1, maxLength: 300,
        label: { kk: 'Зауыттық нөмірі (нөмірлері)', ru: 'Заводской номер (номера)', en: 'Serial number(s)' },
      },
      {
        id: 'quantity', type: 'text', required: true, minLength: 1, maxLength: 5, pattern: '^[1-9][0-9]{0,4}$',
        label: { kk: 'Саны, дана', ru: 'Количество, шт.', en: 'Quantity, units' },
      },
      {
        id: 'frequencies', type: 'text', required: true, minLength: 1, maxLength: 300, pattern: FREQUENCIES,
        label: { kk: 'Жиіліктер немесе жиілік жолағы, МГц', ru: 'Частоты или полоса частот, МГц', en: 'Frequencies or band, MHz' },
        help: { kk: 'Мысалы: 446,00625; 446,01875 немесе 2400–2483,5', ru: 'Например: 446,00625; 446,01875 или 2400–2483,5', en: 'For example: 446.00625; 446.01875 or 2400–2483.5' },
      },
      {
        id: 'power', type: 'text', required: true, minLength: 1, maxLength: 20, pattern: '^[0-9]+([.,][0-9]+)?$',
        label: { kk: 'Таратқыштың (генератордың) қуаты, Вт', ru: 'Мощность передатчика (генератора), Вт', en: 'Transmitter (generator) power, W' },
      },
      {
        id: 'emissionClass', type: 'text', required: false, requiredWhen: { field: 'deviceKind', in: ['rem'] }, minLength: 3, maxLength: 20, pattern: '^[0-9A-Z]{3,20}$',
        label: { kk: 'Сәуле шығару класы', ru: 'Класс излучения', en: 'Emission class' },
        help: { kk: 'Мысалы: 16K0F3E', ru: 'Например: 16K0F3E', en: 'For example: 16K0F3E' },
      },
      {
        id: 'antenna', type: 'text', required: false, maxLength: 200,
        label: { kk: 'Антенна типі, ілу биіктігі, азимут', ru: 'Тип антенны, высота подвеса, азимут', en: 'Antenna type, height and azimuth' },
      },
      {
        id: 'region', type: 'select', required: true,
        label: { kk: 'Радиожиілік ресурсы пайдаланылатын өңір (Инспекция)', ru: 'Регион использования радиочастотного ресурса (Инспекция)', en: 'Region where the radio-frequency resource is used (Inspectorate)' },
        options: regions,
      },
      {
        id: 'siteAddress', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Орнату (пайдалану) орны, мекенжайы', ru: 'Место установки (эксплуатации), адрес', en: 'Site of installation (operation), address' },
        help: { kk: 'Жылжымалы құралдар үшін — пайдалану аумағы', ru: 'Для подвижных средств — район эксплуатации', en: 'For mobile equipment: the area of operation' },
      },
      {
        id: 'coordinates', type: 'text', required: false, maxLength: 60, pattern: '^[0-9NSEWСЮВЗ°\'"., ]+$',
        label: { kk: 'Географиялық координаттары', ru: 'Географические координаты', en: 'Geographic coordinates' },
        help: { kk: 'Мысалы: 43°15\'N 76°57\'E', ru: 'Например: 43°15\'N 76°57\'E', en: 'For example: 43°15\'N 76°57\'E' },
      },
      {
        id: 'spectrumPermitNumber', type: 'text', required: false, maxLength: 50,
        label: { kk: 'Радиожиілік спектрін пайдалануға рұқсаттың нөмірі', ru: 'Номер разрешения на использование радиочастотного спектра', en: 'Number of the permit to use the radio-frequency spectrum' },
        help: { kk: 'Жиіліктер берілген болса', ru: 'Если частоты присвоены', en: 'If frequencies have been assigned' },
      },
    ],
    rules: [],
  },
  attachments: [
    {
      id: 'technical-data', required: true, maxCount: 5,
      label: { kk: 'Құрылғының техникалық сипаттамалары (паспорты)', ru: 'Технические характеристики (паспорт) устройства', en: 'Technical data (passport) of the equipment' },
    },
    {
      id: 'conformity-certificate', required: true, maxCount: 5,
      label: { kk: 'Құрылғының сәйкестік сертификаты', ru: 'Сертификат соответствия устройства', en: 'Certificate of conformity of the equipment' },
    },
    {
      id: 'other-document', required: false, maxCount: 5,
      label: { kk: 'Стандартта көрсетілген өзге құжаттар', ru: 'Иные документы, указанные в Стандарте', en: 'Other documents named in the Standard' },
    },
  ],
  term: days16,
  result: {
    title: { kk: 'Радиоэлектрондық құралдар мен жоғары жиілікті құрылғыларды пайдалануға рұқсат', ru: 'Разрешение на эксплуатацию радиоэлектронных средств и высокочастотных устройств', en: 'Permit to operate radio-electronic means and high-frequency devices' },
    fields: [
      {
        id: 'permitNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Рұқсаттың нөмірі', ru: 'Номер разрешения', en: 'Permit number' },
      },
      {
        id: 'holder', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Рұқсат берілген тұлға (атауы, ЖСН/БСН)', ru: 'Лицо, которому выдано разрешение (наименование, ИИН/БИН)', en: 'Permit holder (name, IIN/BIN)' },
      },
      {
        id: 'equipment', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Құрылғы: атауы, типі, зауыттық нөмірі, саны', ru: 'Устройство: наименование, тип, заводской номер, количество', en: 'Equipment: name, type, serial number, quantity' },
      },
      {
        id: 'frequencies', type: 'text', required: true, minLength: 1, maxLength: 300, pattern: FREQUENCIES,
        label: { kk: 'Рұқсат етілген жиіліктер, МГц', ru: 'Разрешённые частоты, МГц', en: 'Permitted frequencies, MHz' },
      },
      {
        id: 'characteristics', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Техникалық сипаттамалары (қуаты, сәуле шығару класы, антенна)', ru: 'Технические характеристики (мощность, класс излучения, антенна)', en: 'Characteristics (power, emission class, antenna)' },
      },
      {
        id: 'location', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Пайдалану орны', ru: 'Место эксплуатации', en: 'Site of operation' },
      },
      {
        id: 'validUntil', type: 'date', required: true,
        label: { kk: 'Жарамдылық мерзімі', ru: 'Срок действия до', en: 'Valid until' },
      },
      {
        id: 'callSign', type: 'text', required: false, maxLength: 30,
        label: { kk: 'Шақыру белгісі', ru: 'Позывной сигнал', en: 'Call sign' },
      },
      {
        id: 'conditions', type: 'textarea', required: false, maxLength: 2000,
        label: { kk: 'Пайдалану шарттары', ru: 'Условия эксплуатации', en: 'Conditions of operation' },
      },
    ],
  },
  survey: { source: 'App.5, p.15', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'applicant-data-violations', source: 'App.4 p.6 process 8, p.7 process 8; App.3 Table 1 a8 (its "payment is absent" read as this), Table 2 a8',
      label: { kk: '«Е-лицензиялау» МДҚ АЖ-дегі алушының деректерінде бұзушылықтар бар', ru: 'Нарушения в данных услугополучателя в ИС ГБД «Е-лицензирование»', en: 'Violations in the applicant’s data in E-licensing' },
    },
    {
      id: 'permit-grounds-not-met', source: 'App.4 p.6 condition 3, p.7 condition 3',
      label: { kk: 'Алушы біліктілік талаптарына және рұқсат беру негіздеріне сәйкес келмейді', ru: 'Услугополучатель не соответствует квалификационным требованиям и основаниям для выдачи разрешения', en: 'The applicant does not meet the qualification requirements and the grounds for granting the permit' },
    },
  ],
  assumptions: [
    'Channels: p.1 names the e-government portal (www.egov.kz) or the E-licensing web portal (www.elicense.kz), and the Inspection (p.7). Table 1 describes only the ЭҮП, so one portal channel is modelled; E-licensing is the system where the request is registered (T1.a7). The Inspection’s channel is the agency desk (Table 2).',
    'Provider: the Inspectorates at the place where the radio-frequency resource is used, and the Committee (p.1). The schema has one provider agency per service and the platform has no inspectorate agencies, so the Committee (mtc-communications-committee) is the provider and its staff perform the Inspection’s steps (T1.a9, T2.a1, a3, a6, a9), whose actor is written “Inspection”. The region field names which Inspectorate; it does not route to a separate agency.',
    'Applicants: individuals and legal entities (p.5(5) recipient “жеке немесе заңды тұлға”; p.17(2) IIN/BIN “of the person to whom the permit is issued”). A legal entity files through a representative whose certificate carries its BIN (condition 2 compares the IIN/BIN). The portal’s “login (BIN)” in condition 1 and Table 2 a4 naming only ЗТ МДҚ lean to legal entities, but the act does not exclude individuals.',
    'At the agency desk a Committee employee files for an individual or, with applicantBin, for a legal entity: the person is looked up in ГБД ФЛ and the organisation in ГБД ЮЛ with the person among its representatives (Table 2 a4 names ЗТ МДҚ); the employee’s own key signs, so condition 2 checks the employee’s certificate.',
    'No payment: ЭҮТШ is not a participant (p.11) and p.17 has no bank-card condition. Table 1 a8 “refusal because payment is absent” is a copy from App.1/App.3; it is read as the prose’s process 8 (violations in the applicant’s data in E-licensing), ground applicant-data-violations.',
    'The result is the permit (p.14, Tables 1–2 a9); the prose processes 11 (p.6) and 9 (p.7) call it “order” [sic]. It is signed by the Inspection’s authorised person; here the deciding clerk’s key signs it.',
    'The act lists no form fields (App.2 screens are images) and the App.4 permit form is an image. The form asks what a permit to operate radio equipment plainly needs: kind (REM or HFD), purpose (radio service), name/type/manufacturer, serial numbers, quantity, frequencies, power, emission class (for REM), antenna, region (which Inspectorate), site address and coordinates, and the number of the radio-frequency spectrum permit where frequencies were assigned (App.3 of the same order). The result fields are what the permit states: number, holder, equipment, frequencies, characteristics, site, validity, call sign and conditions.',
    'The result document prints the applicant by IIN only, so the permit holder (an organisation’s name and BIN) is a result field.',
    'Attachments are only “the necessary documents” (Table 1 a3; p.7 process 6 scans); the equipment’s technical data and certificate of conformity are assumed required, plus optional other documents named in the Standard (Decree No. 1152, not in the seed).',
    'Refusal grounds: the act gives only the Inspection’s check (condition 3: qualification requirements and grounds for granting the permit) and process 8 (violations in the applicant’s data); the Standard’s own grounds are not in the seed. No return for correction is described.',
    'Times: a7 and a8 of both tables are “-”; 1 min is assumed. Table 2 a4 (registry query) runs when the clerk files, before the request exists, so it has no history entry; no data is REGISTRY_NO_DATA (a5). The act gives the office channel no signature; the employee’s key signs it at a6.',
    'Term: 16 calendar days (Tables 1 and 2 a9), counted from registration (a7).',
  ],
};

/**
 * The Inspectorates of the Committee host the platform in these regions, where its other providers
 * are (Mangystau: archives, internal policy; East Kazakhstan: Ust-Kamenogorsk, internal policy).
 * Adding a region is adding its Inspectorate to agencies.ts and a line here.
 */
export const inspectorates: Record<string, string> = {
  'east-kazakhstan': 'mtc-inspectorate-east-kazakhstan',
  mangystau: 'mtc-inspectorate-mangystau',
};

/**
 * Version 2: the Inspection reviews and signs (p.6 condition 3 and process 11, p.7 condition 3 and
 * process 9), so each request goes to the Inspectorate of the region the applicant names (p.1: "at
 * the place where the radio-frequency resource is used"); the Inspection's desk is that
 * Inspectorate's (p.7). The steps, times and result are version 1's.
 */
export const remHfdPermit: ServiceDefinition = {
  ...remHfdPermitV1,
  version: 2,
  provider: {
    agencyId: 'mtc-communications-committee',
    byField: {
      field: 'region',
      source: 'App.4 p.1 (the Inspectorates at the place where the radio-frequency resource is used); p.6 condition 3, p.7 condition 3 (the Inspection checks and signs)',
      agencies: inspectorates,
    },
  },
  form: {
    ...remHfdPermitV1.form,
    fields: remHfdPermitV1.form.fields.map((f) => (f.id === 'region' && f.type === 'select' ? { ...f, options: regions.filter((r) => r.value in inspectorates) } : f)),
  },
  assumptions: [
    ...remHfdPermitV1.assumptions.filter((a) => !a.startsWith('Provider:') && !a.startsWith('At the agency desk') && !a.startsWith('The result is the permit')),
    'Provider: the Inspectorates at the place where the radio-frequency resource is used, and the Committee (p.1). The Inspection is the one who checks the qualification requirements and grounds and whose authorised person signs the permit (p.6 condition 3 and process 11; p.7 condition 3 and process 9; App.4 p.11 names the Inspection and no Committee unit among the participants). So every request goes to the Inspectorate of the region the applicant names in the form (region), and only that Inspectorate’s staff see, decide and sign it; the Committee has no step in App.4 and neither sees nor decides these requests. The catalogue still names the Committee as the provider (p.1), the Inspectorates being its territorial bodies.',
    'The Inspectorates are agencies of their own, named as the Committee names its territorial inspectorates: «Инспекция связи и информатизации по <области> Комитета связи и информатизации» (the exact official names are not in the seed). The platform hosts two, East Kazakhstan (mtc-inspectorate-east-kazakhstan) and Mangystau (mtc-inspectorate-mangystau), where its other providers are; the region field offers those two regions only, since a request must reach an Inspectorate that is on the platform. Another region is another agency and another option.',
    'At the Inspection’s desk (Table 2) an employee of that Inspectorate files for an individual or, with applicantBin, for a legal entity, for its own region only (a request for another region is that Inspectorate’s: OTHER_PROVIDER): the person is looked up in ГБД ФЛ and the organisation in ГБД ЮЛ with the person among its representatives (Table 2 a4 names ЗТ МДҚ); the employee’s own key signs, so condition 2 checks the employee’s certificate.',
    'The result is the permit (p.14, Tables 1–2 a9); the prose processes 11 (p.6) and 9 (p.7) call it “order” [sic]. It is signed by the Inspection’s authorised person: the deciding employee of the Inspectorate, with their own key.',
    'Version 2 (routing to the Inspectorates) replaced version 1, where the Committee’s staff performed the Inspection’s steps for every region; requests filed under version 1 stay with the Committee to the end.',
  ],
};
