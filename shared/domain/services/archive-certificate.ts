/**
 * «Выдача архивных справок» / «Мұрағаттық анықтамалар беру» — seed 001: resolution of the akimat
 * of Mangystau oblast No. 52 of 30.03.2012 (Appendix 1 in the wording of 17.01.2013 No. 16-1).
 * Steps and limits: App.1 Tables 1–3 (extraction: ../shared/domain/001.md §4).
 */
import type { ServiceDefinition } from '../service-definition.js';
import { standardQuestionnaire } from './quality.js';

const A = {
  applicant: { kk: 'Алушы', ru: 'Получатель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  gatewayWs: { kk: 'ЭҮАШ АЖО', ru: 'АРМ РШЭП', en: 'Regional gateway workstation (ARM RSHEP)' },
  provider: { kk: 'Қызмет беруші', ru: 'Услугодатель', en: 'Service provider (MIO employee)' },
  registries: { kk: 'ЖТ МДҚ / ЗТ МДҚ', ru: 'ГБД ФЛ / ГБД ЮЛ', en: 'State databases of individuals / legal entities' },
  registriesEnis: { kk: 'ЖТ МДҚ / ЗТ МДҚ, БНАЖ', ru: 'ГБД ФЛ / ГБД ЮЛ, ЕНИС', en: 'State databases of individuals / legal entities, notary system (ENIS)' },
  conWs: { kk: 'ХҚКО АЖ АЖО', ru: 'АРМ ИС ЦОН', en: 'Service-centre IS workstation' },
  conOperator: { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'Service-centre operator' },
} as const;

const C = {
  formed: { kk: 'Сұраныстың сәтті қалыптастырылғандығы жөнінде көрсету', ru: 'Отображение уведомления об успешном формировании запроса', en: 'Notification that the request was formed' },
  refusalMsg: { kk: 'Сұрау салынған электрондық мемлекеттік қызметтен бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в запрашиваемой электронной государственной услуге', en: 'Message refusing the requested e-service' },
  routing: { kk: 'Сұранысты бағдарлау', ru: 'Маршрутизация запроса', en: 'Routing of the request' },
  registered: { kk: 'Өтініш білдірушіге нөмір беру арқылы сұранысын тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
  motivated: { kk: 'Бас тарту туралы дәлелді жауапты қалыптастыру', ru: 'Формирование мотивированного отказа', en: 'Motivated refusal formed' },
  output: { kk: 'Шығу құжатын көрсету', ru: 'Отображение выходного документа', en: 'Display of the output document' },
  result: { kk: 'Электрондық мемлекеттік қызмет нәтижесін (мұрағаттық анықтаманы) қалыптастыру', ru: 'Формирование результата электронной государственной услуги (архивной справки)', en: 'The result (archive certificate) is formed' },
} as const;

const W = {
  dataViolations: { kk: 'алушы деректерінде бұзушылық болса', ru: 'если есть нарушения в данных получателя', en: 'if the applicant’s data has violations' },
  ok: { kk: 'бұзушылық болмаса', ru: 'если нарушений нет', en: 'if there are none' },
  authOk: { kk: 'авторландыру сәтті өтсе', ru: 'если авторизация прошла успешно', en: 'if sign-in succeeded' },
} as const;

const sec = (amount: number, from?: number) => (from ? { amount, unit: 'seconds' as const, from } : { amount, unit: 'seconds' as const });
const wd15 = { amount: 15, unit: 'workingDays' as const };

/**
 * Engine events of the agency's processing, all inside the 15-day result step, including the
 * return for correction and the applicant's correction (the clock of this step stands still between).
 */
const processing = ['agency.registered', 'staff.taken', 'staff.returned', 'applicant.corrected', 'staff.decided', 'result.issued', 'gateway.returned', 'cabinet.delivered'] as const;

export const archiveCertificate: ServiceDefinition = {
  id: 'archive-certificate',
  version: 1,
  source: {
    seed: '001',
    act: 'Mangystau oblast akimat resolution No. 52 of 30.03.2012 (reg. No. 2123), App.1–6 as amended 17.01.2013 No. 16-1',
    appendix: 'App.1 Tables 1–3; App.3 screen forms; App.5 output form; App.6 survey',
  },
  names: {
    kk: 'Мұрағаттық анықтамалар беру',
    ru: 'Выдача архивных справок',
    en: 'Issuance of archive certificates',
  },
  description: {
    kk: 'Мұрағат қорларындағы құжаттар негізінде мұрағаттық анықтама (еңбек өтілі, жалақы және т.б. туралы) беру.',
    ru: 'Выдача архивной справки на основе документов архивного фонда (о трудовом стаже, заработной плате и др.).',
    en: 'An archive certificate issued from the archive holdings (on work record, salary and other facts).',
  },
  provider: { agencyId: 'mangystau-archives' },
  // Glossary 11: the consumer is "the individual or legal entity" to whom the service is provided.
  applicants: ['individual', 'legal-entity'],
  channels: [
    {
      channel: 'portal',
      source: '¶8, diagram No. 3, App.1 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.applicant, human: true, covers: [],
          action: { kk: 'ЖСН/БСН және паролін ЭҮП-ге авторландырады', ru: 'Авторизуется на ПЭП по ИИН и паролю', en: 'Signs in on the portal with IIN and password' },
          completion: C.formed, limit: sec(60, 30),
          next: [{ step: 'T1.a2', when: W.dataViolations }, { step: 'T1.a3', when: W.authOk }],
        },
        {
          id: 'T1.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Алушының деректерінде орын алған бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с имеющимися нарушениями в данных получателя', en: 'Forms a refusal message because of violations in the applicant’s data' },
          completion: C.refusalMsg, limit: sec(30), next: [],
        },
        {
          id: 'T1.a3', actor: A.applicant, human: true, covers: ['request.submitted'],
          action: { kk: 'Электрондық мемлекеттік қызметті таңдайды және сұрау салуды қалыптастырады, алушының ЭЦҚ таңдауы', ru: 'Выбирает электронную государственную услугу и формирует данные запроса, выбором получателя ЭЦП', en: 'Chooses the e-service and forms the request, choosing the signing key' },
          completion: C.routing, limit: sec(90),
          next: [{ step: 'T1.a4', when: W.dataViolations }, { step: 'T1.a5', when: W.ok }],
        },
        {
          id: 'T1.a4', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'ЭЦҚ алушының деректерінде орын алған бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастырады', ru: 'Формирует сообщение об отказе в связи с имеющимися нарушениями в данных получателя ЭЦП', en: 'Forms a refusal message because the signature data is not valid (condition 2 failed)' },
          completion: C.refusalMsg, limit: sec(90), next: [],
        },
        {
          id: 'T1.a5', actor: A.applicant, human: false, covers: ['signature.verified'],
          action: { kk: 'Алушыны ЭЦҚ арқылы куәландыру (қол қою) және ЭҮАШ АЖО сұрау салуды жолдау', ru: 'Удостоверение (подписание) посредством ЭЦП получателя и направление запроса в АРМ РШЭП', en: 'The request certified with the applicant’s signature and sent to the regional gateway' },
          completion: C.routing, limit: sec(60, 30), next: [{ step: 'T1.a6' }],
        },
        {
          id: 'T1.a6', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
          completion: C.registered, limit: sec(60),
          next: [{ step: 'T1.a7', when: W.dataViolations }, { step: 'T1.a8', when: W.ok }],
        },
        {
          id: 'T1.a7', actor: A.gatewayWs, human: false, covers: [],
          action: { kk: 'Алушының құжаттарында орын алған бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с имеющимися нарушениями в документах получателя', en: 'Forms a refusal because of violations in the applicant’s documents' },
          completion: C.motivated, limit: sec(60, 30), next: [],
          note: 'RU gives 30 s, KZ 30 s – 1 min; the longer is kept. The document check is a staff refusal ground here (document-violations).',
        },
        {
          id: 'T1.a8', actor: A.gatewayWs, human: true, covers: [...processing],
          action: { kk: 'Алушының электрондық мемлекеттік қызмет қорытындысын алуы (электрондық құжат нысанындағы мұрағат анықтамасы дайындығы жөнінде хабарлау)', ru: 'Получение получателем результата электронной государственной услуги (уведомление о готовности архивной справки в форме электронного документа)', en: 'The applicant receives the result (notice that the archive certificate is ready as an electronic document)' },
          completion: C.output, limit: wd15, next: [],
          note: 'RU «15 дней», KZ «15 жұмыс күні»: the state-language text (working days) is followed.',
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: '¶6, diagram No. 1, App.1 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.provider, human: true, covers: [],
          action: { kk: 'ЭҮАШ АЖО-ға ЖСН және пароль арқылы авторландырады', ru: 'Авторизуется на АРМ РШЭП через ИИН и пароль', en: 'Signs in on the gateway workstation with IIN and password' },
          completion: C.registered, limit: sec(15, 10), next: [{ step: 'T2.a2' }],
        },
        {
          id: 'T2.a2', actor: A.provider, human: true, covers: [],
          action: { kk: 'Қызмет беруші қызметкерінің электрондық мемлекеттік қызметті таңдауы', ru: 'Выбор сотрудником услугодателя электронной государственной услуги', en: 'The employee chooses the e-service' },
          completion: C.formed, limit: sec(10), next: [{ step: 'T2.a3' }],
        },
        {
          id: 'T2.a3', actor: A.provider, human: false, covers: [],
          action: { kk: 'ЖТ МДҚ/ЗТ МДҚ-ға алушының деректері туралы сұрау жолдау', ru: 'Направление запроса о данных получателя в ГБД ФЛ/ГБД ЮЛ', en: 'Queries the state databases for the applicant' },
          completion: C.routing, limit: sec(90),
          next: [{ step: 'T2.a4', when: W.dataViolations }, { step: 'T2.a5', when: W.ok }],
        },
        {
          id: 'T2.a4', actor: A.registries, human: false, covers: [],
          action: { kk: 'ЖТ МДҚ/ЗТ МДҚ деректерінің жоқтығы туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отсутствии данных ГБД ФЛ/ГБД ЮЛ', en: 'Message that the state databases hold no data' },
          completion: C.motivated, limit: sec(15, 10), next: [],
        },
        {
          id: 'T2.a5', actor: A.provider, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Сұрау нысанын толтыру, сканерленген құжаттарды тіркеу және ЭЦҚ-мен куәландыру', ru: 'Заполнение формы запроса с прикреплением сканированных документов и удостоверением ЭЦП', en: 'Fills the form, attaches scans and signs' },
          completion: C.routing, limit: sec(15, 10), next: [{ step: 'T2.a6' }],
        },
        {
          id: 'T2.a6', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
          completion: C.registered, limit: sec(90),
          next: [{ step: 'T2.a7', when: W.dataViolations }, { step: 'T2.a8', when: W.ok }],
        },
        {
          id: 'T2.a7', actor: A.gatewayWs, human: false, covers: [],
          action: { kk: 'Алушының құжаттарындағы бұзушылықтарға байланысты бас тарту туралы хабарлама қалыптастырады', ru: 'Формирует сообщение об отказе в связи с имеющимися нарушениями в документах получателя', en: 'Forms a refusal because of violations in the applicant’s documents' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T2.a8', actor: A.gatewayWs, human: true, covers: [...processing],
          action: { kk: 'Алушының электрондық мемлекеттік қызмет нәтижесін алуы', ru: 'Получение получателем результата электронной государственной услуги', en: 'The applicant receives the result' },
          completion: C.result, limit: { amount: 15, unit: 'calendarDays' }, next: [],
          note: 'Both RU and KZ say «15 дней» in this table: calendar days.',
        },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶7, diagram No. 2, App.1 Table 3',
      enabled: true,
      steps: [
        {
          id: 'T3.a1', actor: A.conWs, human: true, covers: [],
          action: { kk: 'ХҚКО операторы логин және пароль бойынша авторландырады', ru: 'Авторизуется оператор ЦОН по логину и паролю', en: 'The operator signs in with login and password' },
          completion: C.registered, limit: sec(60, 30), next: [{ step: 'T3.a2' }],
        },
        {
          id: 'T3.a2', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Электрондық мемлекеттік қызметті таңдайды және сұрау деректерін қалыптастырады', ru: 'Выбирает электронную государственную услугу и формирует данные запроса', en: 'Chooses the e-service and forms the request data' },
          completion: C.formed, limit: sec(30), next: [{ step: 'T3.a3' }],
        },
        {
          id: 'T3.a3', actor: A.conOperator, human: false, covers: [],
          action: { kk: 'ЖТ МДҚ/ЗТ МДҚ, БНАЖ-ға сұрау жолдау', ru: 'Направление запроса в ГБД ФЛ/ГБД ЮЛ, ЕНИС', en: 'Queries the state databases and the notary system' },
          completion: C.routing, limit: sec(90),
          next: [{ step: 'T3.a4', when: W.dataViolations }, { step: 'T3.a5', when: W.ok }],
        },
        {
          id: 'T3.a4', actor: A.registriesEnis, human: false, covers: [],
          action: { kk: 'Алушы деректерінің жоқтығына байланысты деректерді алу мүмкін еместігі туралы хабарлама қалыптастырады', ru: 'Формирует сообщение о невозможности получения данных в связи с отсутствием данных получателя', en: 'Message that no data on the applicant could be obtained' },
          completion: C.motivated, limit: sec(90), next: [],
        },
        {
          id: 'T3.a5', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'Сұрау нысанына қажетті құжаттарды тіркей отырып сұрауды толтыру және ЭЦҚ-мен куәландыру', ru: 'Заполнение запроса с прикреплением к форме запроса необходимых документов и удостоверение ЭЦП', en: 'Fills the request, attaches the documents and signs' },
          completion: C.formed, limit: sec(60, 30), next: [{ step: 'T3.a6' }],
        },
        {
          id: 'T3.a6', actor: A.conOperator, human: false, covers: ['signature.verified', 'signature.refused'],
          action: { kk: 'ЭЦҚ-мен куәландырылған (қол қойылған) құжатты ЭҮАШ АЖО-ға жолдау', ru: 'Направление документа, удостоверенного (подписанного) ЭЦП', en: 'Sends the signed document to the regional gateway' },
          completion: C.routing, limit: sec(60), next: [{ step: 'T3.a7' }],
        },
        {
          id: 'T3.a7', actor: A.gatewayWs, human: false, covers: ['gateway.registered'],
          action: { kk: 'Құжатты тіркеу', ru: 'Регистрация документа', en: 'Registers the document' },
          completion: C.registered, limit: sec(60),
          next: [{ step: 'T3.a8', when: W.dataViolations }, { step: 'T3.a9', when: W.ok }],
        },
        {
          id: 'T3.a8', actor: A.gatewayWs, human: false, covers: [],
          action: { kk: 'Алушының құжаттарындағы бұзушылықтарға байланысты бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирование сообщения об отказе в связи с имеющимися нарушениями в документах получателя', en: 'Forms a refusal because of violations in the applicant’s documents' },
          completion: C.motivated, limit: sec(60, 30), next: [],
        },
        {
          id: 'T3.a9', actor: A.gatewayWs, human: true, covers: [...processing],
          action: { kk: 'Алушының электрондық мемлекеттік қызмет нәтижесінің мәртебесін алуы', ru: 'Получение получателем результата электронной государственной услуги', en: 'The applicant receives the result (its status)' },
          completion: C.result, limit: wd15, next: [],
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'archive', type: 'select', required: true,
        label: { kk: 'Мемлекеттік орган (мұрағат)', ru: 'Государственный орган (архив)', en: 'State body (archive)' },
        options: [
          { value: 'department', label: { kk: 'Мұрағаттар және құжаттама басқармасы', ru: 'Управление архивов и документации', en: 'Department of Archives and Documentation' } },
          { value: 'state-archive', label: { kk: 'Маңғыстау облысының мемлекеттік мұрағаты', ru: 'Государственный архив Мангистауской области', en: 'State Archive of Mangystau Oblast' } },
        ],
      },
      {
        id: 'certificateType', type: 'select', required: true,
        label: { kk: 'Мұрағаттық анықтаманың түрі', ru: 'Тип архивной справки', en: 'Type of archive certificate' },
        options: [
          { value: 'work-record', label: { kk: 'Еңбек өтілі туралы', ru: 'О трудовом стаже', en: 'Work record (length of service)' } },
          { value: 'salary', label: { kk: 'Жалақы туралы', ru: 'О заработной плате', en: 'Salary' } },
          { value: 'land-allocation', label: { kk: 'Жер учаскесін бөлу туралы', ru: 'О выделении земельного участка', en: 'Land allocation' } },
          { value: 'administrative-act', label: { kk: 'Әкімдік шешімінің көшірмесі', ru: 'Копия решения акимата', en: 'Copy of an akimat decision' } },
          { value: 'other', label: { kk: 'Басқа', ru: 'Иное', en: 'Other' } },
        ],
      },
      {
        id: 'organization', type: 'text', required: false, minLength: 2, maxLength: 300,
        requiredWhen: { field: 'certificateType', in: ['work-record', 'salary'] },
        label: { kk: 'Ұйымның атауы', ru: 'Наименование организации', en: 'Organisation' },
        help: { kk: 'Құжаттары сұралатын ұйым', ru: 'Организация, документы которой запрашиваются', en: 'Whose records are requested' },
      },
      {
        id: 'periodFrom', type: 'year', required: true, min: 1920, max: 'current',
        label: { kk: 'Кезең басы (жыл)', ru: 'Начало периода (год)', en: 'Period from (year)' },
      },
      {
        id: 'periodTo', type: 'year', required: true, min: 1920, max: 'current',
        label: { kk: 'Кезең соңы (жыл)', ru: 'Конец периода (год)', en: 'Period to (year)' },
      },
      {
        id: 'nameAtThatTime', type: 'text', required: false, maxLength: 200,
        label: { kk: 'Сол кездегі тегі, аты, әкесінің аты (өзгерген болса)', ru: 'ФИО в тот период (если менялись)', en: 'Full name at that time (if different)' },
      },
      {
        id: 'purpose', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Анықтаманың мақсаты', ru: 'Цель получения справки', en: 'Purpose of the certificate' },
      },
      {
        id: 'email', type: 'email', required: false,
        label: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'E-mail' },
      },
    ],
    rules: [{ kind: 'lte', a: 'periodFrom', b: 'periodTo', code: 'PERIOD_REVERSED' }],
  },
  attachments: [
    {
      id: 'work-record-book', required: false, maxCount: 5,
      requiredWhen: { field: 'certificateType', in: ['work-record', 'salary'] },
      label: { kk: 'Еңбек кітапшасының көшірмесі', ru: 'Копия трудовой книжки', en: 'Copy of the work-record book' },
    },
    {
      id: 'supporting-document', required: false, maxCount: 10,
      label: { kk: 'Растайтын құжаттар', ru: 'Подтверждающие документы', en: 'Supporting documents' },
    },
  ],
  term: wd15,
  result: {
    title: { kk: 'Мұрағаттық анықтама', ru: 'Архивная справка', en: 'Archive certificate' },
    fields: [
      {
        id: 'findings', type: 'textarea', required: true, maxLength: 4000,
        label: { kk: 'Мұрағат құжаттары бойынша мәліметтер', ru: 'Сведения по архивным документам', en: 'Facts found in the archive records' },
      },
      {
        id: 'fundReference', type: 'text', required: true, minLength: 1, maxLength: 200,
        label: { kk: 'Қор, тізімдеме, іс, парақ', ru: 'Фонд, опись, дело, лист', en: 'Fund, inventory, file, sheet' },
      },
    ],
  },
  survey: { source: 'App.6 (also App.4), ¶16', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'document-violations', source: 'T1 a7, T2 a7, T3 a8',
      label: { kk: 'Алушының құжаттарында бұзушылықтар бар', ru: 'Нарушения в документах получателя', en: 'Violations in the applicant’s documents' },
    },
    {
      id: 'no-registry-data', source: 'T2 a4, T3 a4',
      label: { kk: 'ЖТ МДҚ/ЗТ МДҚ-да алушы туралы деректер жоқ', ru: 'Отсутствие данных получателя в ГБД ФЛ/ГБД ЮЛ', en: 'No data on the applicant in the state databases' },
    },
    {
      id: 'records-not-found', source: '¶8.10 (motivated refusal; reasons not listed in the act)',
      label: { kk: 'Мұрағатта сұралған кезең бойынша құжаттар жоқ', ru: 'В архиве нет документов за запрашиваемый период', en: 'The archive holds no records for the requested period' },
    },
    {
      id: 'held-elsewhere', source: '¶8.10 (motivated refusal; reasons not listed in the act)',
      label: { kk: 'Құжаттар басқа мұрағатта сақталады', ru: 'Документы хранятся в другом архиве', en: 'The records are kept by another archive' },
    },
  ],
  assumptions: [
    'Types of archive certificate are not listed in the act (¶6.5, ¶8.5 only mention "the type requested"); the list follows common practice of Kazakh state archives.',
    'Form fields are absent (App.3 screenshots "see the paper version"); the fields here are what an archive search plainly needs: archive, type, organisation, period, name at that time, purpose.',
    'The term is 15 working days in the portal and service-centre tables (KZ text) and 15 calendar days in Table 2 (both texts).',
    'Refusal reasons after processing are not listed; "records-not-found" and "held-elsewhere" are the ordinary ones.',
    'All three channels run end to end: at the service centre the operator, at the agency desk a clerk of the agency, files for the consenting citizen and signs with their own key.',
    'Return for correction is not in the act (it knows only a result or a motivated refusal); it is offered as the project’s issue asks: the clerk returns the request with a reason, the 15-day clock stands still until the applicant files a newly signed correction, then runs on with the time that was left.',
  ],
};
