/**
 * «Қазақстан Республикасының радиожиілік спектрін пайдалануға рұқсат беру» — seed 003, App.3:
 * Order No. 809 (2012) of the Ministry of Transport and Communications. Provided by the Committee's
 * Communications and Informatization Inspectorates at the place where the radio-frequency resource
 * is used and by the Committee (together "the Committee", p.1). Steps and limits: App.3 Tables 1
 * (portal) and 2 (through the Committee); result: App.4 permit form (image); survey: App.5
 * (extraction: ../shared/domain/003.md §3.0, §3.3, §4).
 *
 * The portal table has a fee paid through the e-government payment gateway (ЭҮТШ) AFTER the
 * Committee's approval and before the permit is issued (Table 1 a9–a10; p.6 processes 9–10,
 * condition 4): the payment block, position beforeIssue. An approval waits for the fee, invoiced
 * for that request; the gateway's confirmation lets the permit be issued. From version 2 an
 * approval whose fee has not come within 30 calendar days is refused by the platform (a10, the
 * "no payment" refusal: payment.unpaid); version 1 stays in the catalogue for the requests filed
 * under it.
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';
import { regions } from './rem-hfd-permit.js';

const A = {
  applicant: { kk: 'Алушы', ru: 'Услугополучатель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal' },
  payGateway: { kk: 'ЭҮТШ', ru: 'ПШЭП', en: 'E-government payment gateway' },
  elicense: { kk: '«Е-лицензиялау» МДҚ АЖ', ru: 'ИС ГБД «Е-лицензирование»', en: 'E-licensing information system' },
  committee: { kk: 'Комитет', ru: 'Комитет', en: 'Committee' },
  // Table 2 a4's unit is «МДҚ ЗТ»; its description names «МДҚ ЖТ» (see the step's note).
  registries: { kk: 'МДҚ ЗТ', ru: 'ГБД ЮЛ', en: 'State database of legal entities' },
  // Table 1 a11 names the portal; p.6 condition 3 and process 11 make the Committee the one who checks and signs.
  committeeViaPortal: { kk: 'Комитет; ЭҮП', ru: 'Комитет; ПЭП', en: 'Committee (checks and signs); e-government portal (delivers)' },
  committeeViaElicense: { kk: 'Комитет; «Е-лицензиялау» МДҚ АЖ', ru: 'Комитет; ИС ГБД «Е-лицензирование»', en: 'Committee (checks and signs); E-licensing (delivers)' },
} as const;

const C = {
  formed: { kk: 'Сұратудың дұрыс қалыптасуы туралы хабарламаның шығуы', ru: 'Вывод сообщения о корректном формировании запроса', en: '"Request correctly formed" message' },
  actionFormed: { kk: 'Әрекеттің дұрыс қалыптасуы туралы хабарламаның шығуы', ru: 'Вывод сообщения о корректном выполнении действия', en: '"Action correctly completed" message' },
  refusal: { kk: 'Сұратылып отырған электрондық мемлекеттік қызметке бас тарту туралы хабарламаның қалыптасуы', ru: 'Формирование сообщения об отказе в запрашиваемой электронной государственной услуге', en: 'Refusal message' },
  sent: { kk: 'Сұратудың бағытталуы', ru: 'Направление запроса', en: 'Request dispatched' },
  registered: { kk: 'Өтінішке нөмір тіркеу арқылы сұрауды тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  permit: { kk: 'Рұқсат', ru: 'Разрешение', en: 'Permit' },
} as const;

const R = {
  incorrect: { kk: 'Мәліметтердің дұрыс болмауына байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с некорректностью сведений', en: 'Refusal because the data is incorrect' },
  document: { kk: 'Электрондық құжат (рұқсат)', ru: 'Электронный документ (разрешение)', en: 'Electronic document (permit)' },
} as const;

const W = {
  violations: { kk: 'алушы деректерінде бұзушылықтар болғанда', ru: 'при нарушениях в данных услугополучателя', en: 'if the applicant’s data has violations' },
  authOk: { kk: 'авторландыру табысты өткенде', ru: 'при успешной авторизации', en: 'if sign-in succeeded' },
  authFailed: { kk: 'логин мен пароль расталмағанда', ru: 'если логин и пароль не подтверждены', en: 'if the login and password are not confirmed' },
  edsError: { kk: 'ЭЦҚ-да қателік болғанда', ru: 'при ошибке в ЭЦП', en: 'on a signature error' },
  edsOk: { kk: 'ЭЦҚ-да қателік болмағанда', ru: 'если ошибки в ЭЦП нет', en: 'if there is no signature error' },
  nonCompliant: { kk: 'Комитетпен алушының біліктілік талаптарын және рұқсат негіздерін тексеру кезінде сәйкес еместік болғанда', ru: 'если при проверке Комитетом услугополучатель не соответствует квалификационным требованиям и основаниям для выдачи разрешения', en: 'if the Committee finds the applicant does not meet the qualification requirements and grounds for the permit' },
  compliant: { kk: 'сәйкес болғанда', ru: 'если соответствует', en: 'if compliant' },
  notPaid: { kk: 'төлемақысын жасамағанда', ru: 'если оплата не произведена', en: 'if not paid' },
  paid: { kk: 'төлемақысын жасағанда', ru: 'если оплата произведена', en: 'if paid' },
  found: { kk: 'алушының деректері табылса', ru: 'если данные услугополучателя найдены', en: 'if the applicant’s data is found' },
  noData: { kk: '«Е-лицензиялау» АЖ МДҚ-да сұрау бойынша деректердің болмауы', ru: 'при отсутствии данных по запросу в ИС ГБД «Е-лицензирование»', en: 'if E-licensing has no data for the request' },
  dataFound: { kk: 'сұрау бойынша деректер табылса', ru: 'если данные по запросу найдены', en: 'if data is found for the request' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const min1 = { amount: 1, unit: 'minutes' as const };
const days60 = { amount: 60, unit: 'calendarDays' as const };
const feeGap = 'The payment block (position beforeIssue): the approval waits for the fee; the gateway’s confirmation lets the permit be issued. The step covers no engine event of its own (see assumptions).';

/** Frequencies or bands in MHz: digits, decimal points or commas, ranges, separators. */
const FREQUENCIES = '^[0-9][0-9 .,;/\\-–]*$';

/**
 * Version 1 (the fee after approval collected, its "no payment" refusal not run): kept in the
 * catalogue for the requests filed under it, which go on waiting for their fee as before.
 */
export const rfSpectrumPermitV1: ServiceDefinition = {
  id: 'rf-spectrum-permit',
  version: 1,
  source: {
    seed: '003',
    act: 'Order of the Minister of Transport and Communications No. 809 (2012), App.3',
    appendix: 'p.6 diagram No. 1, p.7 diagram No. 2; App.3 Tables 1–2; App.4 permit form (image); App.5 survey',
  },
  names: {
    kk: 'Қазақстан Республикасының радиожиілік спектрін пайдалануға рұқсат беру',
    ru: 'Выдача разрешения на использование радиочастотного спектра Республики Казахстан',
    en: 'Issuance of a permit to use the radio-frequency spectrum of the Republic of Kazakhstan',
  },
  description: {
    kk: 'Радиожиілік ресурсы пайдаланылатын жерде радиожиілік спектрін (жиіліктерді немесе жиілік жолақтарын) пайдалануға рұқсат. Комитеттің уәкілетті адамы қол қояды.',
    ru: 'Разрешение на использование радиочастотного спектра (частот или полос частот) в месте использования радиочастотного ресурса. Подписывает уполномоченное лицо Комитета.',
    en: 'A permit to use the radio-frequency spectrum (frequencies or bands) where the radio-frequency resource is used. Signed by the Committee’s authorised person.',
  },
  provider: { agencyId: 'mtc-communications-committee' },
  // p.17(2): the IIN/BIN of the permit's person; p.7 process 4: ЖТ МДҚ/ЗТ МДҚ; the recipient (p.5(5)) is any "subject".
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
          next: [{ step: 'T1.a2', when: W.violations }, { step: 'T1.a3', when: W.authOk }],
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
          next: [{ step: 'T1.a5', when: W.edsError }, { step: 'T1.a6', when: W.edsOk }],
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
          completion: C.registered, limit: min1,
          next: [{ step: 'T1.a8', when: W.nonCompliant }, { step: 'T1.a9', when: W.compliant }],
          note: 'The table gives no time ("-"); 1 min is assumed, as for rem-hfd-permit. The completion is the application number, so the request reaches the Committee’s inbox here. Its branch is the Committee’s check (condition 3), decided within a11’s 60 days.',
        },
        {
          id: 'T1.a8', actor: A.portal, human: false, covers: [],
          action: { kk: '«Е-лицензиялау» АЖ МДҚ-дағы алушының деректеріндегі бұзушылықтардың болуымен байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с нарушениями в данных услугополучателя в ИС ГБД «Е-лицензирование»', en: 'Refusal because of violations in the applicant’s data in E-licensing' },
          completion: C.refusal, limit: min1, next: [],
          note: 'No time in the table ("-"); 1 min is assumed. The engine records one step per event: the Committee’s refusal is decided and delivered in a11, which holds the 60 days.',
        },
        {
          id: 'T1.a9', actor: A.payGateway, human: true, covers: [],
          action: { kk: 'Қызмет төлемақысын жасау', ru: 'Оплата услуги', en: 'Payment for the service' },
          completion: C.actionFormed, limit: sec(90),
          next: [{ step: 'T1.a10', when: W.notPaid }, { step: 'T1.a11', when: W.paid }],
          note: `After the Committee’s approval the applicant pays in ЭҮТШ; the payment information reaches E-licensing (p.6 process 9, condition 4). ${feeGap}`,
        },
        {
          id: 'T1.a10', actor: A.portal, human: false, covers: [],
          action: { kk: 'Төлемақының жоқтығына байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с отсутствием оплаты', en: 'Refusal because the payment is absent' },
          completion: C.refusal, limit: sec(15, 10), next: [],
          note: `p.6 process 10 forms this refusal in E-licensing; the table names the portal. ${feeGap}`,
        },
        {
          id: 'T1.a11', actor: A.committeeViaPortal, human: true, covers: ['staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: R.document,
          completion: C.permit, limit: days60, next: [],
          note: 'The 60 calendar days are on this row, so one clock runs from registration (a7) to delivery: the Committee’s check (condition 3) is taken and decided in it, an approval is signed with the EDS of the Committee’s authorised person (p.6 process 11) and delivered; a refusal (a8) is delivered the same way. The fee between approval and issue (a9–a10) is not collected yet.',
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: 'p.7, diagram No. 2, App.3 Table 2',
      // Enabled for individuals: staff filing looks the person up in ГБД ФЛ (Table 2 a4's description, МДҚ ЖТ) and carries no BIN.
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.committee, human: true, covers: [],
          action: { kk: '«Е-лицензиялау» АЖ МДҚ-да авторландырылады', ru: 'Авторизуется в ИС ГБД «Е-лицензирование»', en: 'The Committee employee signs in to E-licensing' },
          completion: C.formed, limit: sec(15, 10),
          next: [{ step: 'T2.a2', when: W.authFailed }, { step: 'T2.a3', when: W.authOk }],
          note: 'The next cell reads «1-Комитет қызметкерінің логин мен пароль деректерінің шынайлылығын «Е-лицензиялау» АЖ МДҚ-да тексеру» (condition 1 of p.7); its two outcomes are processes 2 (a2) and 3 (a3).',
        },
        {
          id: 'T2.a2', actor: A.elicense, human: false, covers: [],
          action: R.incorrect, completion: C.refusal, limit: sec(10), next: [],
        },
        {
          id: 'T2.a3', actor: A.committee, human: true, covers: [],
          action: { kk: 'Комитеттің қызметкерімен қызметті таңдауы', ru: 'Выбор услуги сотрудником Комитета', en: 'The Committee employee chooses the service and enters the applicant’s data' },
          completion: C.formed, limit: sec(90), next: [{ step: 'T2.a4' }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'МДҚ ЖТ-да алушының деректерін тексеруге сұрау салу', ru: 'Запрос на проверку данных услугополучателя в ГБД ФЛ', en: 'Queries the applicant’s data in the state database of individuals (through the e-government gateway)' },
          completion: C.sent, limit: sec(90),
          next: [{ step: 'T2.a5', when: W.violations }, { step: 'T2.a6', when: W.found }],
          note: 'The unit is «МДҚ ЗТ» (legal entities), the description «МДҚ ЖТ» (individuals); p.7 process 4 names ЖТ МДҚ/ЗТ МДҚ and process 5 only ЗТ МДҚ. The platform looks the person up in ГБД ФЛ when the clerk files, before the request exists (no data: REGISTRY_NO_DATA, a5), so this row has no history entry. The next cell reads "6 if authorisation succeeds" [sic]: read as "if the data is found" (p.7 condition 2).',
        },
        {
          id: 'T2.a5', actor: A.elicense, human: false, covers: [],
          action: R.incorrect, completion: C.refusal, limit: sec(90), next: [],
          note: 'p.7 process 5: the data cannot be obtained.',
        },
        {
          id: 'T2.a6', actor: A.committee, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Сауал нысанын құжаттарды бекітумен толтыру', ru: 'Заполнение формы запроса с прикреплением документов', en: 'Fills the request form, marks the paper documents and attaches their scans' },
          completion: C.sent, limit: sec(15, 10), next: [{ step: 'T2.a7' }],
          note: 'p.7 process 6. The act describes no signature in this channel; the platform signs the request with the employee’s own key here and checks it. The next cell is "-"; a7 follows (p.7 process 7).',
        },
        {
          id: 'T2.a7', actor: A.elicense, human: false, covers: ['gateway.registered', 'agency.registered'],
          action: { kk: '«Е-лицензиялау» МДҚ АЖ-де электрондық құжатты тіркеу және «Е-лицензиялау» МДҚ АЖ-де қызметті өңдеу', ru: 'Регистрация электронного документа и обработка услуги в ИС ГБД «Е-лицензирование»', en: 'Registers the e-document and processes the service in E-licensing' },
          completion: C.registered, limit: min1,
          next: [{ step: 'T2.a8', when: W.noData }, { step: 'T2.a9', when: W.dataFound }],
          note: 'The action names «"Е-лицензиялау" МДҚ ЖТ» [sic, garbled]: registration in E-licensing. The time is "-"; 1 min is assumed.',
        },
        {
          id: 'T2.a8', actor: A.elicense, human: false, covers: [],
          action: { kk: '«Е-лицензиялау» АЖ МДҚ-да алушының деректерінде бұзушылықтардың болуымен байланысты сұрау салынған қызметтен бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в запрашиваемой услуге в связи с нарушениями в данных услугополучателя в ИС ГБД «Е-лицензирование»', en: 'Refusal because of violations in the applicant’s data in E-licensing' },
          completion: C.refusal, limit: min1, next: [],
          note: 'The time is "-"; 1 min is assumed. The unit cell is split («АЖ МДҚ «Е» / «лицензиялау»»), read as E-licensing.',
        },
        {
          id: 'T2.a9', actor: A.committeeViaElicense, human: true, covers: ['staff.taken', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'],
          action: R.document,
          completion: C.permit, limit: days60, next: [],
          note: 'The table names the E-licensing IS; p.7 condition 3 and process 9 make the Committee the one who checks the grounds and signs the permit. The office channel has no payment step (§4.2). The applicant also sees it in their own cabinet.',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'radioService', type: 'select', required: true,
        label: { kk: 'Радиобайланыс қызметі (пайдалану мақсаты)', ru: 'Служба радиосвязи (назначение)', en: 'Radio service (purpose)' },
        options: [
          { value: 'fixed', label: { kk: 'Тіркелген радиобайланыс (радиорелелік)', ru: 'Фиксированная радиосвязь (радиорелейная)', en: 'Fixed (radio relay)' } },
          { value: 'mobile', label: { kk: 'Жылжымалы радиобайланыс', ru: 'Подвижная радиосвязь', en: 'Mobile' } },
          { value: 'broadcasting', label: { kk: 'Теле- және радиохабар тарату', ru: 'Теле- и радиовещание', en: 'Television and radio broadcasting' } },
          { value: 'satellite', label: { kk: 'Жерсеріктік байланыс (жер станциясы)', ru: 'Спутниковая связь (земная станция)', en: 'Satellite (earth station)' } },
          { value: 'radiolocation', label: { kk: 'Радиолокация және радионавигация', ru: 'Радиолокация и радионавигация', en: 'Radiolocation and radionavigation' } },
          { value: 'amateur', label: { kk: 'Әуесқой радиобайланыс', ru: 'Любительская радиосвязь', en: 'Amateur' } },
          { value: 'other', label: { kk: 'Басқа', ru: 'Иное', en: 'Other' } },
        ],
      },
      {
        id: 'technology', type: 'text', required: true, minLength: 2, maxLength: 100,
        label: { kk: 'Радиожелінің технологиясы (стандарты)', ru: 'Технология (стандарт) радиосети', en: 'Technology (standard) of the radio network' },
        help: { kk: 'Мысалы: DMR, LTE, радиорелелік желі', ru: 'Например: DMR, LTE, радиорелейная линия', en: 'For example: DMR, LTE, radio relay link' },
      },
      {
        id: 'frequencies', type: 'text', required: true, minLength: 1, maxLength: 300, pattern: FREQUENCIES,
        label: { kk: 'Сұралатын жиіліктер немесе жиілік жолақтары, МГц', ru: 'Запрашиваемые частоты или полосы частот, МГц', en: 'Requested frequencies or bands, MHz' },
        help: { kk: 'Мысалы: 453,100; 463,100 немесе 2400–2483,5', ru: 'Например: 453,100; 463,100 или 2400–2483,5', en: 'For example: 453.100; 463.100 or 2400–2483.5' },
      },
      {
        id: 'bandwidth', type: 'text', required: true, minLength: 1, maxLength: 20, pattern: '^[0-9]+([.,][0-9]+)?$',
        label: { kk: 'Арна жолағының ені, кГц', ru: 'Ширина полосы канала, кГц', en: 'Channel bandwidth, kHz' },
      },
      {
        id: 'emissionClass', type: 'text', required: false, minLength: 3, maxLength: 20, pattern: '^[0-9A-Z]{3,20}$',
        label: { kk: 'Сәуле шығару класы', ru: 'Класс излучения', en: 'Emission class' },
        help: { kk: 'Мысалы: 16K0F3E', ru: 'Например: 16K0F3E', en: 'For example: 16K0F3E' },
      },
      {
        id: 'equipmentModel', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Радиоэлектрондық құралдың атауы, типі (моделі) және өндірушісі', ru: 'Наименование, тип (модель) и изготовитель радиоэлектронного средства', en: 'Name, type (model) and manufacturer of the radio equipment' },
      },
      {
        id: 'stationCount', type: 'text', required: true, minLength: 1, maxLength: 5, pattern: '^[1-9][0-9]{0,4}$',
        label: { kk: 'Станциялар саны', ru: 'Количество станций', en: 'Number of stations' },
      },
      {
        id: 'power', type: 'text', required: true, minLength: 1, maxLength: 20, pattern: '^[0-9]+([.,][0-9]+)?$',
        label: { kk: 'Таратқыштың қуаты, Вт', ru: 'Мощность передатчика, Вт', en: 'Transmitter power, W' },
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
        id: 'areaOfUse', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Пайдалану аумағы немесе станцияларды орнату орны', ru: 'Район использования или место установки станций', en: 'Area of use or site of the stations' },
      },
      {
        id: 'coordinates', type: 'text', required: false, maxLength: 60, pattern: '^[0-9NSEWСЮВЗ°\'"., ]+$',
        label: { kk: 'Географиялық координаттары', ru: 'Географические координаты', en: 'Geographic coordinates' },
        help: { kk: 'Мысалы: 43°15\'N 76°57\'E', ru: 'Например: 43°15\'N 76°57\'E', en: 'For example: 43°15\'N 76°57\'E' },
      },
    ],
    rules: [],
  },
  attachments: [
    {
      id: 'technical-data', required: true, maxCount: 5,
      label: { kk: 'Радиожелінің техникалық деректері (радиоэлектрондық құралдардың сипаттамалары)', ru: 'Технические данные радиосети (характеристики радиоэлектронных средств)', en: 'Technical data of the radio network (characteristics of the radio equipment)' },
    },
    {
      id: 'other-document', required: false, maxCount: 5,
      label: { kk: 'Стандартта көрсетілген өзге құжаттар', ru: 'Иные документы, указанные в Стандарте', en: 'Other documents named in the Standard' },
    },
  ],
  term: days60,
  result: {
    title: { kk: 'Қазақстан Республикасының радиожиілік спектрін пайдалануға рұқсат', ru: 'Разрешение на использование радиочастотного спектра Республики Казахстан', en: 'Permit to use the radio-frequency spectrum of the Republic of Kazakhstan' },
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
        id: 'radioService', type: 'text', required: true, minLength: 2, maxLength: 200,
        label: { kk: 'Радиобайланыс қызметі, технологиясы', ru: 'Служба радиосвязи, технология', en: 'Radio service, technology' },
      },
      {
        id: 'frequencies', type: 'text', required: true, minLength: 1, maxLength: 300, pattern: FREQUENCIES,
        label: { kk: 'Берілген жиіліктер (жиілік жолақтары), МГц', ru: 'Присвоенные частоты (полосы частот), МГц', en: 'Assigned frequencies (bands), MHz' },
      },
      {
        id: 'characteristics', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Техникалық сипаттамалары (жолақ ені, сәуле шығару класы, қуаты)', ru: 'Технические характеристики (ширина полосы, класс излучения, мощность)', en: 'Characteristics (bandwidth, emission class, power)' },
      },
      {
        id: 'areaOfUse', type: 'text', required: true, minLength: 5, maxLength: 300,
        label: { kk: 'Пайдалану аумағы', ru: 'Район использования', en: 'Area of use' },
      },
      {
        id: 'validUntil', type: 'date', required: true,
        label: { kk: 'Жарамдылық мерзімі', ru: 'Срок действия до', en: 'Valid until' },
      },
      {
        id: 'conditions', type: 'textarea', required: false, maxLength: 2000,
        label: { kk: 'Пайдалану шарттары', ru: 'Условия использования', en: 'Conditions of use' },
      },
    ],
  },
  survey: { source: 'App.5, p.15', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'applicant-data-violations', source: 'App.3 p.6 process 8, p.7 process 8; App.3 Table 1 a8, Table 2 a8',
      label: { kk: '«Е-лицензиялау» МДҚ АЖ-дегі алушының деректерінде бұзушылықтар бар', ru: 'Нарушения в данных услугополучателя в ИС ГБД «Е-лицензирование»', en: 'Violations in the applicant’s data in E-licensing' },
    },
    {
      id: 'permit-grounds-not-met', source: 'App.3 p.6 condition 3, p.7 condition 3; Table 1 a7 branch to a8',
      label: { kk: 'Алушы біліктілік талаптарына және рұқсат беру негіздеріне сәйкес келмейді', ru: 'Услугополучатель не соответствует квалификационным требованиям и основаниям для выдачи разрешения', en: 'The applicant does not meet the qualification requirements and the grounds for granting the permit' },
    },
  ],
  payment: { source: 'App.3 p.6 processes 9–10 and condition 4; Table 1 a9–a10', amount: 39_320, position: 'beforeIssue', channels: ['portal'], refundOnRefusal: false },
  assumptions: [
    'Payment: Table 1 a9–a10 (p.6 processes 9–10, condition 4; ЭҮТШ a participant, p.11; bank card or account, p.17(5)) have the fee paid through the e-government payment gateway AFTER the Committee’s approval and BEFORE the permit is issued, on the portal only: the payment block, position beforeIssue. The approval waits for the fee (the request shows it due); the applicant is invoiced for that request, pays, and the gateway’s confirmation puts the payment on the request and lets the permit be issued within a11’s 60 days. The "no payment" refusal (a10) is not run: an approved request whose fee never comes stays waiting (the deadline watch marks a11 overdue after its 60 days).',
    'The fee amount is not stated in the act (it is in the Standard, decree No. 1152, and tax law): 10 MRP at the 2025 value (3,932 tenge) = 39,320 tenge is assumed, as for the licence. Table 2 (through the Committee) has no payment (§4.2: "not described"). A fee after approval precedes no refusal, so nothing is refunded.',
    'Provider: the Inspectorates at the place where the radio-frequency resource is used, and the Committee; p.1 calls them together "the Committee", and the Committee checks and signs (p.6 condition 3, process 11; p.7 condition 3, process 9). The schema has one provider agency per service and the platform has no inspectorate agencies, so the Committee (mtc-communications-committee) is the provider and its staff do all the staff steps. The region field names which Inspectorate; it does not route to a separate agency.',
    'Applicants: individuals and legal entities. The recipient definition (p.5(5)) is copied from "user" [sic] and names any "subject"; p.17(2) asks the IIN/BIN "of the person issuing [sic] the permit", read as the person it is issued to; p.7 process 4 queries ЖТ МДҚ/ЗТ МДҚ. A legal entity files through a representative whose certificate carries its BIN (condition 2 compares the IIN/BIN). The portal’s "login (BIN)" (condition 1) and p.7 process 5 naming only ЗТ МДҚ lean to legal entities, but the act does not exclude individuals.',
    'Channels: p.1 names the e-government portal (www.egov.kz) or the E-licensing web portal (www.elicense.kz), and the Committee (p.7). The engine’s single portal channel stands for both web portals; the Committee’s channel is the agency desk (Table 2).',
    'At the agency desk a Committee employee files for an individual or, with applicantBin, for a legal entity: the person is looked up in ГБД ФЛ (Table 2 a4’s description) and the organisation in ГБД ЮЛ (its unit, МДҚ ЗТ, and p.7 process 5) with the person among its representatives; the employee’s own key signs, so condition 2 checks the employee’s certificate.',
    'Times: Table 1 a7 and a8, Table 2 a7 and a8 are "-"; 1 min is assumed. The 60 calendar days are on the result rows (Table 1 a11, Table 2 a9): one clock from registration to delivery, within which the Committee takes and decides (condition 3); a refusal (a8) is decided and delivered there too. Term: 60 calendar days.',
    'The result is the permit (p.14, Tables 1–2 a11/a9), signed with the EDS of the Committee’s authorised person; here the deciding clerk’s key signs it. The App.4 permit form (front and back) is an image: the result fields are what a spectrum permit plainly states: number, holder (an organisation’s name and BIN, as the result document prints the applicant by IIN only), radio service and technology, assigned frequencies, characteristics, area of use, validity and conditions.',
    'The act lists no form fields (App.2 screens are images; the field list is in the Standard). The form asks what a spectrum assignment plainly needs: radio service, technology, requested frequencies or bands, channel bandwidth, emission class, equipment, number of stations, power, antenna, region (which Inspectorate), area of use and coordinates.',
    'Attachments are only "the necessary documents" (Table 1 a3; p.7 process 6 scans); the radio network’s technical data is assumed required, plus optional other documents named in the Standard (Decree No. 1152, not in the seed).',
    'Refusal grounds: the act gives only the Committee’s check (condition 3: qualification requirements and grounds for granting the permit) and process 8 (violations in the applicant’s data in E-licensing); the Standard’s own grounds are not in the seed. The "no payment" refusal (a10) is the payment gateway’s, not a staff ground, and is not run (see the payment gap). No return for correction is described.',
    'Table 2 a1 has no branch targets and a4 says "if authorisation succeeds" (copied from Table 1); the branches of p.7 conditions 1–2 are used. Table 2 a6 has no next action; a7 is its successor.',
  ],
};

/** Table 1 a10's refusal: the regulation's ground, given by the platform only (never by staff). */
const feeNotPaid = {
  id: 'fee-not-paid',
  source: 'App.3 p.6 process 10, condition 4; Table 1 a9 branch to a10',
  label: { kk: 'Қызмет төлемақысы жасалмады (төлемақы жоқ)', ru: 'Оплата услуги не произведена (отсутствие оплаты)', en: 'The fee for the service was not paid (payment absent)' },
};

const feeLapse = 'From version 2 an approval whose fee has not come within 30 calendar days is refused by the platform here (payment.unpaid, the deadline watch), on the ground fee-not-paid; a confirmation that comes later is refunded.';

const v2Notes: Record<string, string> = {
  'T1.a9': `After the Committee’s approval the applicant pays in ЭҮТШ; the payment information reaches E-licensing (p.6 process 9, condition 4). The 1.5 min are the payment’s own time at the gateway, not the applicant’s wait; the approval waits for the fee up to 30 calendar days (see assumptions). The step covers no engine event of its own: the gateway’s confirmation lets a11 issue the permit.`,
  'T1.a10': `p.6 process 10 forms this refusal in E-licensing; the table names the portal. ${feeLapse} Its history entry (fee.unpaid) is stamped with this step, from the moment the wait ran out, with its 10–15 s; the refusal document is then issued and delivered by a11.`,
  'T1.a11': 'The 60 calendar days are on this row, so one clock runs from registration (a7) to delivery: the Committee’s check (condition 3) is taken and decided in it, an approval is signed with the EDS of the Committee’s authorised person (p.6 process 11) and delivered once its fee is paid (a9); a refusal (a8, or a10 for a fee that never came) is delivered the same way.',
};

/**
 * Version 2: the "no payment" refusal (Table 1 a10) runs. An approval on the portal waits for its
 * fee 30 calendar days; then the platform refuses it (ground fee-not-paid, stamped T1.a10).
 */
export const rfSpectrumPermit: ServiceDefinition = {
  ...rfSpectrumPermitV1,
  version: 2,
  channels: rfSpectrumPermitV1.channels.map((ch) => (ch.channel !== 'portal' ? ch : { ...ch, steps: ch.steps.map((st) => (v2Notes[st.id] ? { ...st, note: v2Notes[st.id] } : st)) })),
  refusalGrounds: [...rfSpectrumPermitV1.refusalGrounds, feeNotPaid],
  payment: {
    ...rfSpectrumPermitV1.payment!,
    unpaid: { source: 'App.3 p.6 process 10, condition 4; Table 1 a9–a10', after: { amount: 30, unit: 'calendarDays' }, step: 'T1.a10', groundId: feeNotPaid.id },
  },
  assumptions: [
    'Payment: Table 1 a9–a10 (p.6 processes 9–10, condition 4; ЭҮТШ a participant, p.11; bank card or account, p.17(5)) have the fee paid through the e-government payment gateway AFTER the Committee’s approval and BEFORE the permit is issued, on the portal only: the payment block, position beforeIssue. The approval waits for the fee (the request shows it due); the applicant is invoiced for that request, pays, and the gateway’s confirmation puts the payment on the request and lets the permit be issued.',
    'The "no payment" refusal (a10, p.6 process 10) runs from version 2: the act gives no time for the applicant to pay (a9’s 1.5 min is the payment’s own time at the gateway, a10’s 10–15 s the time to form the refusal), so an approval waits for its fee 30 calendar days from the approval, long enough for an organisation to pay an invoice and short enough not to hold assigned frequencies for an applicant who does not pay. Then the platform (the deadline watch, every 5 minutes) refuses it on the ground fee-not-paid, only if the fee is still unpaid (one conditional write): the history says why with the step id T1.a10 (event fee.unpaid, stamped from the moment the wait ran out with a10’s 10–15 s, so a watch run minutes later shows the step late), the applicant is notified, and the refusal document is issued and delivered to the cabinet by a11 like any refusal. A confirmation that lands first wins and the permit is issued; one that comes after the refusal is refused at the pay step (409 NO_FEE_DUE) or, already on its way, refunded by the gateway (FEE_LAPSED). Requests filed under version 1 keep waiting as before.',
    'The refusal document for an unpaid fee is signed with the key of the Committee employee whose approval lapsed (the Committee’s authorised person for this request): the platform has no signing key of its own. The history records the platform as the one who refused.',
    'The refusal ground fee-not-paid is the regulation’s (a10) but not a ground a Committee employee may give: the platform gives it, when the wait runs out.',
    ...rfSpectrumPermitV1.assumptions.slice(1).map((a) =>
      a.startsWith('Refusal grounds:')
        ? 'Refusal grounds: the act gives the Committee’s check (condition 3: qualification requirements and grounds for granting the permit), process 8 (violations in the applicant’s data in E-licensing) and process 10 (no payment, the platform’s); the Standard’s own grounds are not in the seed. No return for correction is described.'
        : a.replace(' A fee after approval precedes no refusal, so nothing is refunded.', ' A fee after approval precedes no staff refusal, so nothing is refunded on a refusal; only a fee that comes after the "no payment" refusal is (see above).'),
    ),
  ],
};
