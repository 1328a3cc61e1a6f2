/**
 * «Шығыс Қазақстан облысы аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу» /
 * «Учёт иностранных периодических печатных изданий, распространяемых на территории
 * Восточно-Казахстанской области» — seed 002: East Kazakhstan oblast akimat decree No. 106 of
 * 15.04.2014 (reg. No. 3340), the 2014 format of the service of seed 000. Annulled by decree No. 183
 * of 28.07.2015 (extraction: ../shared/domain/002.md).
 *
 * The 2014 format has no action tables. It gives the provider's internal procedure (¶5 = ¶8: office
 * clerk, head, department head, specialist, head signs, clerk issues, each with its limit) and, per
 * channel, the information-system processes (¶9 service centre = diagram No. 1, ¶10 portal = diagram
 * No. 2, ¶11 provider = diagram No. 3; the diagrams are images not in the text). The step ids are
 * ours: T<diagram No.>.a<n>, a1–a6 the channel's processes up to the provider, a7–a11 the ¶5
 * procedures 1–5, a12 (and a13) the issue. The regulation is in Kazakh only: the Kazakh texts are
 * the seed's, the Russian and English ones are ours.
 */
import type { ServiceDefinition, Step } from '../service-definition.js';

const A = {
  applicant: { kk: 'Қызмет алушы', ru: 'Услугополучатель', en: 'Applicant' },
  portal: { kk: 'ЭҮП', ru: 'ПЭП', en: 'E-government portal (PEP)' },
  conOperator: { kk: 'ХҚО операторы', ru: 'Оператор ЦОН', en: 'Service-centre operator' },
  conIs: { kk: 'ХҚО АЖ', ru: 'ИС ЦОН', en: 'Service-centre information system' },
  conEmployee: { kk: 'ХҚО қызметкері', ru: 'Работник ЦОН', en: 'Service-centre employee' },
  gateway: { kk: 'ЭҮШ/ЭҮӨШ', ru: 'ШЭП/РШЭП', en: 'E-government gateway / regional gateway' },
  agencyIs: { kk: 'ЖАО АЖ', ru: 'ИС МИО', en: 'Information system of local executive bodies' },
  clerk: { kk: 'Кеңсе қызметкері', ru: 'Сотрудник канцелярии', en: 'Office clerk' },
  head: { kk: 'Қызмет беруші басшысы', ru: 'Руководитель услугодателя', en: 'Head of the provider' },
  deptHead: { kk: 'Жауапты бөлім басшысы', ru: 'Руководитель ответственного отдела', en: 'Head of the responsible department' },
  specialist: { kk: 'Бөлім маманы', ru: 'Специалист отдела', en: 'Department specialist' },
} as const;

const C = {
  signedIn: { kk: 'Авторлау', ru: 'Авторизация', en: 'Signed in' },
  authRefusal: { kk: 'Авторлаудан бас тарту туралы хабарлама', ru: 'Сообщение об отказе в авторизации', en: 'Message refusing sign-in' },
  filled: { kk: 'Толтырылған сұрау салу нысаны (деректерді енгізу)', ru: 'Заполненная форма запроса (ввод данных)', en: 'The request form filled in (data entry)' },
  signed: { kk: 'ЭЦҚ арқылы қол қойылған сұрау салу', ru: 'Запрос, подписанный ЭЦП', en: 'The request signed with the EDS' },
  edsRefusal: { kk: 'ЭЦҚ түпнұсқалығының расталмауына байланысты сұрау салынған мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама', ru: 'Сообщение об отказе в запрашиваемой государственной услуге в связи с неподтверждением подлинности ЭЦП', en: 'Message refusing the service because the EDS could not be authenticated' },
  sent: { kk: 'Сұрау салу ЖАО АЖ-ға жіберілді', ru: 'Запрос направлен в ИС МИО', en: 'The request sent to the local executive bodies’ IS' },
  issued: { kk: 'Нәтижені қызмет алушыға беру', ru: 'Выдача результата услугополучателю', en: 'The result issued to the applicant' },
} as const;

const W = {
  authFailed: { kk: 'деректерде талап бұзушылықтар болса', ru: 'если в данных есть нарушения', en: 'if the data has violations (condition 1 failed)' },
  authOk: { kk: 'деректердің түпнұсқалығы расталса', ru: 'если подлинность данных подтверждена', en: 'if the data is authentic (condition 1 met)' },
  edsFailed: { kk: 'ЭЦҚ түпнұсқалығы расталмаса', ru: 'если подлинность ЭЦП не подтверждена', en: 'if the EDS is not authenticated (condition 2 failed)' },
  edsOk: { kk: 'ЭЦҚ түпнұсқалығы расталса', ru: 'если подлинность ЭЦП подтверждена', en: 'if the EDS is authenticated (condition 2 met)' },
} as const;

const min = (amount: number) => ({ amount, unit: 'minutes' as const });
/** The IS processes (¶9–11) and the issue (¶5 sub-para. 6) have no time in the act. */
const noTime = min(1);
const noTimeNote = 'No time in the act; 1 min is assumed (as other definitions do for rows without time).';
const wd = (amount: number) => ({ amount, unit: 'workingDays' as const });

const result = 'облыс аумағында таралатын шетелдiк мерзiмдi баспасөз басылымдарын есепке алу туралы анықтаманы немесе мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауапты';

/** ¶5 (= ¶8) procedures 1–5, the same for every channel: a7–a11; `issue` is the step after a11. */
function internalChain(t: string, issue: string): Step[] {
  return [
    {
      id: `${t}.a7`, actor: A.clerk, human: true, covers: ['staff.taken'],
      action: { kk: 'Қызмет алушының өтініші мен Стандарттың 9-тармағында қарастырылған құжаттарын қабылдау және өтініштер журналына тіркеу', ru: 'Принимает заявление услугополучателя и документы, предусмотренные пунктом 9 Стандарта, и регистрирует их в журнале заявлений', en: 'Accepts the application and the documents of para. 9 of the Standard and registers them in the applications journal' },
      completion: { kk: 'Тіркелген құжаттар', ru: 'Зарегистрированные документы', en: 'Registered documents' },
      limit: min(15), next: [{ step: `${t}.a8` }],
      note: '¶5 sub-para. 1. The engine’s "take" (staff.taken) is this acceptance and registration by a clerk of the provider.',
    },
    {
      id: `${t}.a8`, actor: A.head, human: true, covers: [],
      action: { kk: 'Қызмет алушының өтініші мен құжаттарын қарау, жауапты бөлімді анықтау және жауапты бөлім басшысына қарауға беру', ru: 'Рассматривает заявление и документы услугополучателя, определяет ответственный отдел и передаёт их на рассмотрение руководителю ответственного отдела', en: 'Reviews the application and documents, determines the responsible department and passes them to its head' },
      completion: { kk: 'Қызмет беруші басшысының қарары', ru: 'Резолюция руководителя услугодателя', en: 'Resolution of the head' },
      limit: min(15), next: [{ step: `${t}.a9` }],
      note: '¶5 sub-para. 2: within 15 minutes from receipt. No engine event: the platform records no resolution, and this step has no deadline of its own in a request’s history.',
    },
    {
      id: `${t}.a9`, actor: A.deptHead, human: true, covers: [],
      action: { kk: 'Қызмет алушының өтініші мен құжаттарын қарау, маманды анықтау және өтініш пен құжаттарды оған орындауға беру', ru: 'Рассматривает заявление и документы услугополучателя, определяет специалиста и передаёт ему заявление и документы на исполнение', en: 'Reviews the application and documents, determines the specialist and passes them to the specialist for execution' },
      completion: { kk: 'Жауапты бөлім басшысының қарары', ru: 'Резолюция руководителя ответственного отдела', en: 'Resolution of the department head' },
      limit: min(15), next: [{ step: `${t}.a10` }],
      note: '¶5 sub-para. 3: within 15 minutes from receipt. No engine event (as a8).',
    },
    {
      id: `${t}.a10`, actor: A.specialist, human: true, covers: ['staff.drafted'],
      action: { kk: `Қызмет алушының құжаттарын тексеру, ${result} ресімдеу`, ru: 'Проверяет документы услугополучателя, оформляет справку об учёте иностранных периодических печатных изданий, распространяемых на территории области, или мотивированный ответ об отказе в оказании государственной услуги', en: 'Checks the applicant’s documents and drafts the certificate of accounting of the foreign periodicals distributed in the oblast, or a reasoned refusal' },
      completion: { kk: 'Ресімделген анықтама немесе мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап', ru: 'Оформленная справка или мотивированный ответ об отказе в оказании государственной услуги', en: 'Drafted certificate or reasoned refusal' },
      limit: wd(8), next: [{ step: `${t}.a11` }],
      note: '¶5 sub-para. 4: within 8 working days from the submission of the documents; the engine counts them from the take (a7). The specialist’s draft decision (staff.drafted: approve with the certificate’s fields, or refuse on a ground with the reasons), which waits for the head’s signature.',
    },
    {
      id: `${t}.a11`, actor: A.head, human: true, covers: ['head.signed', 'result.issued'],
      action: { kk: `${result[0]!.toUpperCase()}${result.slice(1)} тексеру және қол қою`, ru: 'Проверяет и подписывает справку или мотивированный ответ об отказе', en: 'Checks and signs the certificate or the reasoned refusal' },
      completion: { kk: 'Қол қойылған анықтама немесе мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап', ru: 'Подписанная справка или мотивированный ответ об отказе', en: 'Signed certificate or reasoned refusal' },
      limit: min(30), next: [{ step: issue }],
      note: '¶5 sub-para. 5: within 30 minutes. A head (not the one who drafted it) signs the draft (head.signed, POST …/sign); the result document is then formed and signed with that head’s key (result.issued).',
    },
  ];
}

export const foreignPeriodicalsAccounting: ServiceDefinition = {
  id: 'foreign-periodicals-accounting',
  version: 1,
  source: {
    seed: '002',
    act: 'East Kazakhstan oblast akimat decree No. 106 of 15.04.2014 (reg. No. 3340 of 20.05.2014), annulled by decree No. 183 of 28.07.2015',
    appendix: '¶5 and ¶8 (internal procedures 1–6), ¶9 (service centre, diagram No. 1), ¶10 (portal, diagram No. 2), ¶11 (provider, diagram No. 3); Annexes 1–2 are images, not in the text',
  },
  names: {
    kk: 'Шығыс Қазақстан облысы аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу',
    ru: 'Учёт иностранных периодических печатных изданий, распространяемых на территории Восточно-Казахстанской области',
    en: 'Accounting of foreign periodical print publications distributed in East Kazakhstan oblast',
  },
  description: {
    kk: 'Облыс аумағында таралатын шетелдiк мерзiмдi баспасөз басылымдарын есепке алу туралы анықтама.',
    ru: 'Справка об учёте иностранных периодических печатных изданий, распространяемых на территории области.',
    en: 'A certificate that a foreign periodical print publication distributed in the oblast has been taken on record.',
  },
  provider: { agencyId: 'vko-internal-policy' },
  // ¶10 condition 2 compares ЖСН/БСН on the portal.
  applicants: ['individual', 'legal-entity'],
  channels: [
    {
      channel: 'portal',
      source: '¶10, Annex 2 diagram No. 2 (image); ¶5 procedures 1–5',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.applicant, human: true, covers: [],
          action: { kk: 'Мемлекеттік қызмет алу үшін ЭҮП-ға ЖСН/БСН және парольді енгізу (авторлау процесі)', ru: 'Вводит ИИН/БИН и пароль на ПЭП для получения государственной услуги (авторизация)', en: 'Enters IIN/BIN and password on the portal (sign-in)' },
          completion: C.signedIn, limit: noTime,
          next: [{ step: 'T2.a2', when: W.authFailed }, { step: 'T2.a3', when: W.authOk }],
          note: `¶10 process 1 and condition 1 (the act writes "ЖИН/БСН", read as ЖСН/БСН). ${noTimeNote}`,
        },
        {
          id: 'T2.a2', actor: A.portal, human: false, covers: [],
          action: { kk: 'Қызмет алушының деректерінде талап бұзушылықтардың болуына байланысты авторлаудан бас тарту туралы ЭҮП хабарламасын қалыптастыру', ru: 'Формирует сообщение ПЭП об отказе в авторизации в связи с нарушениями в данных услугополучателя', en: 'Forms a message refusing sign-in because of violations in the applicant’s data' },
          completion: C.authRefusal, limit: noTime, next: [],
          note: `¶10 process 2; the platform’s own sign-in answers it. ${noTimeNote}`,
        },
        {
          id: 'T2.a3', actor: A.applicant, human: true, covers: ['request.submitted'],
          action: { kk: 'Мемлекеттік қызметті таңдау, сұрау салу нысанын экранға шығару және оның құрылымы мен форматтық талаптарын ескере отырып, нысанды толтыру (деректерді енгізу)', ru: 'Выбирает государственную услугу, выводит на экран форму запроса и заполняет её с учётом структуры и форматных требований (ввод данных)', en: 'Chooses the service and fills in the request form as its structure and format require (data entry)' },
          completion: C.filled, limit: noTime, next: [{ step: 'T2.a4' }],
          note: `¶10 process 3. ${noTimeNote}`,
        },
        {
          id: 'T2.a4', actor: A.applicant, human: true, covers: ['signature.verified'],
          action: { kk: 'Сұрау салудың толтырылған нысанына қызмет алушының ЭЦҚ арқылы қол қоюы; ЖСН/БСН сәйкестігін, ЭЦҚ тіркеу куәлігінің қолданыс мерзімін және қайтарып алынған тіркеу куәліктерінің тізімінде болмауын тексеру', ru: 'Подписывает заполненную форму запроса ЭЦП услугополучателя; проверка соответствия ИИН/БИН, срока действия регистрационного свидетельства ЭЦП и его отсутствия в списке отозванных', en: 'Signs the filled-in request with the applicant’s EDS; the IIN/BIN match, the certificate’s validity and its absence from the revocation list are checked' },
          completion: C.signed, limit: noTime,
          next: [{ step: 'T2.a5', when: W.edsFailed }, { step: 'T2.a6', when: W.edsOk }],
          note: `¶10 process 4 and condition 2. ${noTimeNote}`,
        },
        {
          id: 'T2.a5', actor: A.portal, human: false, covers: ['signature.refused'],
          action: { kk: 'Қызмет алушының ЭЦҚ түпнұсқалығының расталмауына байланысты сұрау салынған мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама қалыптастыру', ru: 'Формирует сообщение об отказе в запрашиваемой государственной услуге в связи с неподтверждением подлинности ЭЦП услугополучателя', en: 'Forms a message refusing the service because the applicant’s EDS could not be authenticated' },
          completion: C.edsRefusal, limit: noTime, next: [],
          note: `¶10 process 5. ${noTimeNote}`,
        },
        {
          id: 'T2.a6', actor: A.gateway, human: false, covers: ['gateway.registered', 'agency.registered'],
          action: { kk: 'Қызмет алушының ЭЦҚ қойылған электрондық құжатты (сұрау салуын) ЭҮШ/ЭҮӨШ арқылы ЖАО АЖ-ға жіберу', ru: 'Направление электронного документа (запроса услугополучателя), подписанного его ЭЦП, через ШЭП/РШЭП в ИС МИО', en: 'The applicant’s signed request is sent through the gateway / regional gateway to the local executive bodies’ IS' },
          completion: C.sent, limit: noTime, next: [{ step: 'T2.a7' }],
          note: `¶10 process 6; the request is numbered and lands in the provider’s inbox. ${noTimeNote}`,
        },
        ...internalChain('T2', 'T2.a12'),
        {
          id: 'T2.a12', actor: A.agencyIs, human: false, covers: ['gateway.returned', 'cabinet.delivered'],
          action: { kk: 'Бөлім маманының ЭЦҚ пайдалану арқылы қалыптастырылған электрондық құжатты ЭҮП жеке кабинетке беру', ru: 'Электронный документ, сформированный с использованием ЭЦП специалиста отдела, направляется в личный кабинет на ПЭП', en: 'The electronic document, formed with the department specialist’s EDS, is delivered to the personal cabinet on the portal' },
          completion: C.issued, limit: noTime, next: [],
          note: `¶10 process 7, which is the issue of ¶5 sub-para. 6 on the portal. ${noTimeNote}`,
        },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶9, Annex 2 diagram No. 1 (image); ¶5 procedures 1–5',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.conOperator, human: true, covers: [],
          action: { kk: 'Мемлекеттік қызметті көрсету үшін ХҚО АЖ-да ХҚО операторын авторлау; логин және пароль немесе ЭЦҚ арқылы тексеру', ru: 'Авторизация оператора ЦОН в ИС ЦОН для оказания государственной услуги; проверка по логину и паролю или ЭЦП', en: 'The operator signs in to the service-centre IS; checked by login and password or EDS' },
          completion: C.signedIn, limit: noTime,
          next: [{ step: 'T1.a2', when: W.authFailed }, { step: 'T1.a3', when: W.authOk }],
          note: `¶9 process 1 and condition 1. ${noTimeNote}`,
        },
        {
          id: 'T1.a2', actor: A.conIs, human: false, covers: [],
          action: { kk: 'ХҚО операторының деректерінде талап бұзушылықтардың болуына байланысты ХҚО АЖ-да авторлаудан бас тарту туралы хабарлама қалыптастыру', ru: 'Формирует сообщение об отказе в авторизации в ИС ЦОН в связи с нарушениями в данных оператора ЦОН', en: 'Forms a message refusing sign-in because of violations in the operator’s data' },
          completion: C.authRefusal, limit: noTime, next: [],
          note: `¶9 process 2; the platform’s staff sign-in answers it. ${noTimeNote}`,
        },
        {
          id: 'T1.a3', actor: A.conOperator, human: true, covers: ['request.submitted'],
          action: { kk: 'ХҚО операторының мемлекеттік қызметті таңдауы, сұрау салу нысанын экранға шығаруы және оның құрылымы мен форматтық талаптарын ескере отырып, нысанды толтыруы (деректерді енгізу)', ru: 'Оператор ЦОН выбирает государственную услугу, выводит на экран форму запроса и заполняет её с учётом структуры и форматных требований (ввод данных)', en: 'The operator chooses the service and fills in the request form (data entry)' },
          completion: C.filled, limit: noTime, next: [{ step: 'T1.a4' }],
          note: `¶9 process 3. The platform also looks the applicant up in ГБД ФЛ, as on every staff filing; the act names no registry. ${noTimeNote}`,
        },
        {
          id: 'T1.a4', actor: A.conOperator, human: true, covers: ['signature.verified'],
          action: { kk: 'Сұрау салудың толтырылған нысанына ХҚО операторының ЭЦҚ арқылы қол қоюы; ЖСН сәйкестігін, ЭЦҚ тіркеу куәлігінің қолданыс мерзімін және ХҚО АЖ-дағы қайтарып алынған тіркеу куәліктерінің тізімінде болмауын тексеру', ru: 'Оператор ЦОН подписывает заполненную форму запроса своей ЭЦП; проверка соответствия ИИН, срока действия регистрационного свидетельства ЭЦП и его отсутствия в списке отозванных в ИС ЦОН', en: 'The operator signs the filled-in request with their EDS; the IIN match, the certificate’s validity and its absence from the revocation list are checked' },
          completion: C.signed, limit: noTime,
          next: [{ step: 'T1.a5', when: W.edsFailed }, { step: 'T1.a6', when: W.edsOk }],
          note: `¶9 process 4 and condition 2 (ЖСН only). ${noTimeNote}`,
        },
        {
          id: 'T1.a5', actor: A.conIs, human: false, covers: ['signature.refused'],
          action: { kk: 'Оператордың ЭЦҚ түпнұсқалығының расталмауына байланысты сұрау салынған мемлекеттік қызметті көрсетуден бас тарту туралы хабарламаны қалыптастыру', ru: 'Формирует сообщение об отказе в запрашиваемой государственной услуге в связи с неподтверждением подлинности ЭЦП оператора', en: 'Forms a message refusing the service because the operator’s EDS could not be authenticated' },
          completion: C.edsRefusal, limit: noTime, next: [],
          note: `¶9 process 5. ${noTimeNote}`,
        },
        {
          id: 'T1.a6', actor: A.gateway, human: false, covers: ['gateway.registered', 'agency.registered'],
          action: { kk: 'ЭЦҚ қойылған электрондық құжатты (қызмет алушының сұрау салуын) ЭҮШ/ЭҮӨШ арқылы ЖАО АЖ-ға жіберу', ru: 'Направление электронного документа (запроса услугополучателя), подписанного ЭЦП, через ШЭП/РШЭП в ИС МИО', en: 'The signed request is sent through the gateway / regional gateway to the local executive bodies’ IS' },
          completion: C.sent, limit: noTime, next: [{ step: 'T1.a7' }],
          note: `¶9 process 6 (it says "the recipient’s EDS" though process 4 has the operator sign; the operator’s signature is what the platform checks). ${noTimeNote}`,
        },
        ...internalChain('T1', 'T1.a12'),
        {
          id: 'T1.a12', actor: A.agencyIs, human: false, covers: ['gateway.returned'],
          action: { kk: 'Бөлім маманының ЭЦҚ пайдалану арқылы қалыптастырылған электрондық құжатты ХҚО ақпараттық жүйесіне беру', ru: 'Электронный документ, сформированный с использованием ЭЦП специалиста отдела, передаётся в информационную систему ЦОН', en: 'The electronic document, formed with the department specialist’s EDS, is passed to the service-centre IS' },
          completion: { kk: 'Нәтиже ХҚО АЖ-ға берілді', ru: 'Результат передан в ИС ЦОН', en: 'The result passed to the service-centre IS' },
          limit: noTime, next: [{ step: 'T1.a13' }],
          note: `¶9 process 7. ${noTimeNote}`,
        },
        {
          id: 'T1.a13', actor: A.conEmployee, human: true, covers: ['cabinet.delivered'],
          action: { kk: `ХҚО қызметкерінің мемлекеттік қызмет нәтижесін (${result}) қызмет алушыға қолма-қол беруі немесе қызмет алушының электрондық мекенжайына жіберу арқылы беруі`, ru: 'Работник ЦОН выдаёт результат (справку или мотивированный ответ об отказе) услугополучателю на руки или направляет на его электронный адрес', en: 'The service-centre employee hands the result (certificate or reasoned refusal) to the applicant in person or sends it to their e-mail' },
          completion: C.issued, limit: noTime, next: [],
          note: `¶9 process 8, the issue of ¶5 sub-para. 6 at a service centre. The platform puts the result in the applicant’s cabinet (the request is theirs) and mails it where an e-mail is given; the handing in person is outside the platform. ${noTimeNote}`,
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: '¶11, Annex 2 diagram No. 3 (image); ¶5 procedures 1–5',
      enabled: true,
      steps: [
        {
          id: 'T3.a1', actor: A.specialist, human: true, covers: [],
          action: { kk: 'Бөлім маманының ЖАО АЖ-ға ЖСН және парольді енгізу процесі (авторлау процесі); ЖСН және пароль арқылы тексеру', ru: 'Специалист отдела вводит ИИН и пароль в ИС МИО (авторизация); проверка по ИИН и паролю', en: 'The department specialist enters IIN and password into the local executive bodies’ IS (sign-in)' },
          completion: C.signedIn, limit: noTime,
          next: [{ step: 'T3.a2', when: W.authFailed }, { step: 'T3.a3', when: W.authOk }],
          note: `¶11 process 1 and condition 1. ${noTimeNote}`,
        },
        {
          id: 'T3.a2', actor: A.agencyIs, human: false, covers: [],
          action: { kk: 'Бөлім маманы деректерінде талап бұзушылықтардың болуына байланысты авторлаудан бас тарту туралы ЖАО АЖ хабарламасын қалыптастыру', ru: 'Формирует сообщение ИС МИО об отказе в авторизации в связи с нарушениями в данных специалиста отдела', en: 'Forms a message refusing sign-in because of violations in the specialist’s data' },
          completion: C.authRefusal, limit: noTime, next: [],
          note: `¶11 process 2; the platform’s staff sign-in answers it. ${noTimeNote}`,
        },
        {
          id: 'T3.a3', actor: A.specialist, human: true, covers: ['request.submitted'],
          action: { kk: 'Бөлімнің жауапты маманының мемлекеттік қызметті таңдауы, сұрау салу нысанын экранға шығаруы және оның құрылымы мен форматтық талаптарын ескере отырып, нысанды толтыруы (деректерді енгізу)', ru: 'Ответственный специалист отдела выбирает государственную услугу, выводит на экран форму запроса и заполняет её с учётом структуры и форматных требований (ввод данных)', en: 'The responsible specialist chooses the service and fills in the request form (data entry)' },
          completion: C.filled, limit: noTime, next: [{ step: 'T3.a4' }],
          note: `¶11 process 3. Any staff member of the provider may file at its desk in the platform; the platform looks the applicant up in ГБД ФЛ, as on every staff filing. ${noTimeNote}`,
        },
        {
          id: 'T3.a4', actor: A.specialist, human: true, covers: ['signature.verified'],
          action: { kk: 'Сұрау салудың толтырылған нысанына бөлім маманының ЭЦҚ арқылы қол қоюы; ЖСН сәйкестігін, ЭЦҚ тіркеу куәлігінің қолданыс мерзімін және ЖАО АЖ-да қайтарып алынған тіркеу куәліктерінің тізімінде болмауын тексеру', ru: 'Специалист отдела подписывает заполненную форму запроса своей ЭЦП; проверка соответствия ИИН, срока действия регистрационного свидетельства ЭЦП и его отсутствия в списке отозванных в ИС МИО', en: 'The specialist signs the filled-in request with their EDS; the IIN match, the certificate’s validity and its absence from the revocation list are checked' },
          completion: C.signed, limit: noTime,
          next: [{ step: 'T3.a5', when: W.edsFailed }, { step: 'T3.a6', when: W.edsOk }],
          note: `¶11 process 4 and condition 2. ${noTimeNote}`,
        },
        {
          id: 'T3.a5', actor: A.agencyIs, human: false, covers: ['signature.refused'],
          action: { kk: 'Бөлім маманының ЭЦҚ түпнұсқалығының расталмауына байланысты сұрау салынған мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама қалыптастыру', ru: 'Формирует сообщение об отказе в запрашиваемой государственной услуге в связи с неподтверждением подлинности ЭЦП специалиста отдела', en: 'Forms a message refusing the service because the specialist’s EDS could not be authenticated' },
          completion: C.edsRefusal, limit: noTime, next: [],
          note: `¶11 process 5. ${noTimeNote}`,
        },
        {
          id: 'T3.a6', actor: A.agencyIs, human: false, covers: ['gateway.registered', 'agency.registered'],
          action: { kk: 'Сұрау салуды ЖАО АЖ-да тіркеу және бөлім маманының мемлекеттік қызметті өңдеуіне беру', ru: 'Регистрация запроса в ИС МИО и передача его на обработку', en: 'The request is registered in the local executive bodies’ IS and passed on for processing' },
          completion: { kk: 'Сұрау салу тіркелді', ru: 'Запрос зарегистрирован', en: 'The request registered' },
          limit: noTime, next: [{ step: 'T3.a7' }],
          note: `¶11 process 6 ("the specialist processes the state service"); ¶11 has no gateway: the platform numbers the request as on the other channels. ${noTimeNote}`,
        },
        ...internalChain('T3', 'T3.a12'),
        {
          id: 'T3.a12', actor: A.specialist, human: true, covers: ['gateway.returned', 'cabinet.delivered'],
          action: { kk: `Бөлім маманының мемлекеттік қызмет нәтижесін (${result}) қызмет алушыға қолма-қол беруі немесе қызмет алушының электрондық мекенжайына жіберу арқылы беруі`, ru: 'Специалист отдела выдаёт результат (справку или мотивированный ответ об отказе) услугополучателю на руки или направляет на его электронный адрес', en: 'The department specialist hands the result (certificate or reasoned refusal) to the applicant in person or sends it to their e-mail' },
          completion: C.issued, limit: noTime, next: [],
          note: `¶11 process 8; ¶5 sub-para. 6 names the office clerk for the issue. The platform puts the result in the applicant’s cabinet and mails it where an e-mail is given; the handing in person is outside the platform. ${noTimeNote}`,
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'distributorName', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Таратушының атауы', ru: 'Наименование распространителя', en: 'Distributor' },
      },
      {
        id: 'publicationTitle', type: 'text', required: true, minLength: 1, maxLength: 300,
        label: { kk: 'Шетелдік мерзімді баспасөз басылымының атауы', ru: 'Название иностранного периодического печатного издания', en: 'Title of the foreign periodical' },
      },
      {
        id: 'countryOfOrigin', type: 'text', required: true, minLength: 2, maxLength: 100,
        label: { kk: 'Басылым шығарылатын ел', ru: 'Страна выпуска издания', en: 'Country of publication' },
      },
      {
        id: 'distributionLanguage', type: 'text', required: true, minLength: 2, maxLength: 100,
        label: { kk: 'Тарату тілі', ru: 'Язык распространения', en: 'Language of distribution' },
      },
      {
        id: 'periodicity', type: 'select', required: true,
        label: { kk: 'Мерзімділігі', ru: 'Периодичность', en: 'Periodicity' },
        options: [
          { value: 'daily', label: { kk: 'Күнделікті', ru: 'Ежедневно', en: 'Daily' } },
          { value: 'weekly', label: { kk: 'Апта сайын', ru: 'Еженедельно', en: 'Weekly' } },
          { value: 'monthly', label: { kk: 'Ай сайын', ru: 'Ежемесячно', en: 'Monthly' } },
          { value: 'quarterly', label: { kk: 'Тоқсан сайын', ru: 'Ежеквартально', en: 'Quarterly' } },
          { value: 'other', label: { kk: 'Басқа', ru: 'Иное', en: 'Other' } },
        ],
      },
      {
        id: 'thematicFocus', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Негізгі тақырыптық бағыты', ru: 'Основная тематическая направленность', en: 'Main thematic focus' },
      },
      {
        id: 'distributionTerritory', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Облыстағы тарату аумағы', ru: 'Территория распространения в области', en: 'Territory of distribution in the oblast' },
      },
      {
        id: 'expectedCopies', type: 'text', required: true, minLength: 1, maxLength: 7, pattern: '^[1-9][0-9]*$',
        label: { kk: 'Болжамды дана саны', ru: 'Предполагаемое количество экземпляров', en: 'Expected number of copies' },
      },
      {
        id: 'resultForm', type: 'select', required: true,
        label: { kk: 'Мемлекеттік қызмет көрсету нәтижесін ұсыну нысаны', ru: 'Форма представления результата оказания государственной услуги', en: 'Form of the result' },
        help: {
          kk: 'Анықтаманы қағаз тасымалдаушыда алуға өтініш берілген жағдайда, нәтиже электрондық форматта ресімделеді, басып шығарылады және мөрмен және қызмет берушінің уәкілетті адамының қолымен расталады.',
          ru: 'Если справка запрошена на бумажном носителе, результат оформляется в электронном формате, распечатывается и заверяется печатью и подписью уполномоченного лица услугодателя.',
          en: 'If the certificate is asked for on paper, it is drawn up electronically, printed, and certified with the provider’s seal and the signature of its authorised person.',
        },
        options: [
          { value: 'electronic', label: { kk: 'Электрондық', ru: 'Электронная', en: 'Electronic' } },
          { value: 'paper', label: { kk: 'Қағаз түрінде', ru: 'На бумажном носителе', en: 'On paper' } },
        ],
      },
      {
        id: 'email', type: 'email', required: false,
        label: { kk: 'Электрондық мекенжай', ru: 'Электронный адрес', en: 'E-mail' },
      },
    ],
    rules: [],
  },
  attachments: [
    {
      id: 'supporting-document', required: true, maxCount: 10,
      label: { kk: 'Стандарттың 9-тармағында қарастырылған құжаттар', ru: 'Документы, предусмотренные пунктом 9 Стандарта', en: 'The documents required by para. 9 of the Standard' },
    },
  ],
  term: wd(10),
  result: {
    title: { kk: 'Облыс аумағында таралатын шетелдiк мерзiмдi баспасөз басылымдарын есепке алу туралы анықтама', ru: 'Справка об учёте иностранных периодических печатных изданий, распространяемых на территории области', en: 'Certificate of accounting of foreign periodical print publications distributed in the oblast' },
    fields: [
      {
        id: 'recordNumber', type: 'text', required: true, minLength: 1, maxLength: 50,
        label: { kk: 'Есепке алу нөмірі', ru: 'Учётный номер', en: 'Record number' },
      },
      {
        id: 'recordedOn', type: 'date', required: true,
        label: { kk: 'Есепке алынған күні', ru: 'Дата постановки на учёт', en: 'Date taken on record' },
      },
      {
        id: 'certificateText', type: 'textarea', required: true, maxLength: 2000,
        label: { kk: 'Анықтаманың мәтіні', ru: 'Текст справки', en: 'Text of the certificate' },
      },
    ],
  },
  refusalGrounds: [
    {
      id: 'incomplete-documents', source: '¶5 sub-para. 4 (the specialist checks the documents of Standard ¶9 and may draft a reasoned refusal; the grounds are in the Standard, not in this act)',
      label: { kk: 'Стандарттың 9-тармағында қарастырылған құжаттар толық ұсынылмаған', ru: 'Документы, предусмотренные пунктом 9 Стандарта, представлены не в полном объёме', en: 'The documents required by para. 9 of the Standard are incomplete' },
    },
    {
      id: 'not-foreign-periodical', source: '¶5 sub-para. 4, ¶9–11 process 7 (reasoned refusal of accounting; grounds not listed in the act)',
      label: { kk: 'Басылым шетелдік мерзімді баспасөз басылымы болып табылмайды', ru: 'Издание не является иностранным периодическим печатным изданием', en: 'The publication is not a foreign periodical' },
    },
  ],
  assumptions: [
    'Channels as ¶1 names them: the provider itself (agency-desk, ¶11), the Public Service Centre ХҚО (service-centre, ¶9) and the e-government portal www.egov.kz (portal, ¶10). Step ids are ours (the act has no tables): T1 = diagram No. 1 (ХҚО), T2 = No. 2 (portal), T3 = No. 3 (provider); a1–a6 the channel’s IS processes, a7–a11 the ¶5 procedures 1–5, then the issue.',
    'The internal chain of ¶5 (= ¶8) is in every channel as a7 office clerk (accepts and registers in the journal, 15 min), a8 head (resolution, 15 min), a9 department head (resolution, 15 min), a10 specialist (checks, drafts the certificate or reasoned refusal, 8 working days), a11 head (checks and signs, 30 min), then the issue (¶5 sub-para. 6, by the clerk; on the portal the delivery to the cabinet, ¶10 process 7; at ХҚО the ХҚО employee, ¶9 process 8; at the desk the specialist, ¶11 process 8).',
    'How the chain maps onto the engine: staff.taken is a7 (a clerk of vko-internal-policy takes the request = accepts and registers it); staff.drafted is a10 (the specialist drafts the decision: approve with the certificate’s fields or refuse on a ground; the request waits, DRAFTED, for the head); head.signed and result.issued are a11 (a head other than the drafter signs the draft, and the result is formed and signed with that head’s key). a8 and a9 cover no engine event: the heads’ resolutions are the existing reassignment (POST …/assign, head only, in the history) when they hand the request to a specialist, and their 15 minutes are not stamped or watched.',
    'What the engine does not enforce: that the head and the department head pass the request on (a clerk may take and draft it without a resolution); that the clerk issues the result (the delivery is automatic). It does enforce that the drafter does not sign their own draft and that only a head signs.',
    'The specialist’s 8 working days run, per ¶5 sub-para. 4, from the submission of the documents; the engine counts them from the take (a7). The overall term is 10 working days (¶5); "the day of acceptance at ХҚО is not counted" is not modelled: the term counts from the submission on every channel.',
    'The IS processes (¶9–11) and the issue (¶5 sub-para. 6) have no time in the act; 1 min is assumed for each. These are not the regulation’s limits; the schema has no way to say "no limit stated".',
    '¶11 has the department specialist enter the request at the desk; in the platform any staff member of the provider files it. In the paper order the clerk accepts the application (a7) before the specialist enters it; the platform files first and takes after. ¶9 process 6 speaks of "the recipient’s EDS" though process 4 has the operator sign: the operator’s signature (their IIN) is what condition 2 checks. The act names no registry check; the platform looks the applicant up in ГБД ФЛ on every staff filing.',
    'Applicants are individuals and legal entities (¶10 condition 2 compares ЖСН/БСН on the portal); ¶9 and ¶11 check ЖСН only, which the platform does for the operator’s or specialist’s key.',
    'The request form is not listed in the act (only "the form, filled as its structure and format require"); the fields follow seed 000’s definition, themselves the contents later national rules ask for (distributor, title, country, language, periodicity, theme, territory, copies): a design hypothesis, not this regulation’s list.',
    'The documents are "those of para. 9 of the Standard" (decree No. 180), not reproduced in the act; one required attachment kind holds them.',
    'The result form (¶3: electronic and/or paper) is a form field; the platform always issues the electronic document. A paper copy, printed and certified with the seal and the signature of the provider’s authorised person, is made outside the platform.',
    'The certificate has no number or fields in the act; a record number, the date and the certificate text are filled on the decision.',
    'The act lists no refusal grounds (they are in the Standard); "incomplete-documents" (the specialist’s check of the documents) and "not-foreign-periodical" are assumed. Sign-in and EDS failures (processes 2 and 5) are the platform’s technical refusals, not staff grounds.',
    'No return for correction: the act knows only the certificate or a reasoned refusal. No quality questionnaire: the 2014 act has none. The ХҚО receipt’s six items (¶9) are not a separate document here; the registration number and the request view stand for it.',
  ],
};

/** Version 2's notes on the chain's steps (a8–a10), where they differ from version 1. */
const v2Notes: Record<string, { covers: Step['covers']; note: string }> = {
  a8: { covers: ['head.resolved'], note: '¶5 sub-para. 2: within 15 minutes from receipt. The head’s resolution (head.resolved, POST …/resolution by a head): the request the clerk registered passes to the head of the responsible department (a staff member with the role department-head).' },
  a9: { covers: ['department.resolved'], note: '¶5 sub-para. 3: within 15 minutes from receipt. The department head’s resolution (department.resolved, POST …/resolution by the department head holding it): the request passes to a specialist (role specialist), who alone may draft it.' },
  a10: { covers: ['staff.drafted'], note: '¶5 sub-para. 4: within 8 working days from the submission of the documents; the engine counts them from the department head’s resolution (a9). The specialist’s draft decision (staff.drafted: approve with the certificate’s fields, or refuse on a ground with the reasons), which waits for the head’s signature.' },
};

/**
 * Version 2: the heads’ resolutions (¶5 sub-paras 2–3) are steps of their own, each stamped with its
 * 15 minutes and watched, and only the specialist they name drafts. Requests filed under version 1
 * go on as they were filed (the clerk who took them drafts).
 */
export const foreignPeriodicalsAccountingV2: ServiceDefinition = {
  ...foreignPeriodicalsAccounting,
  version: 2,
  channels: foreignPeriodicalsAccounting.channels.map((ch) => ({
    ...ch,
    steps: ch.steps.map((s) => {
      const v2 = v2Notes[s.id.split('.')[1]!];
      return v2 ? { ...s, covers: v2.covers, note: v2.note } : s;
    }),
  })),
  assumptions: foreignPeriodicalsAccounting.assumptions.map((a) =>
    a.startsWith('How the chain maps')
      ? 'How the chain maps onto the engine: staff.taken is a7 (a clerk of vko-internal-policy takes the request = accepts and registers it; it then waits for the head, AT_HEAD, held by no one); head.resolved is a8 (a head passes it to a department head, AT_DEPARTMENT); department.resolved is a9 (that department head passes it to a specialist, IN_PROGRESS); staff.drafted is a10 (the specialist drafts the decision: approve with the certificate’s fields or refuse on a ground; the request waits, DRAFTED, for the head); head.signed and result.issued are a11 (a head other than the drafter signs the draft, and the result is formed and signed with that head’s key). Each step is stamped with its limit and watched by the deadline watch.'
      : a.startsWith('What the engine does not enforce')
        ? 'What the engine does not enforce: that the clerk issues the result (the delivery to the cabinet is automatic; handing a paper copy in person is outside the platform). It does enforce the order of the chain (register, head’s resolution, department head’s resolution, draft by the named specialist, signature by a head who is not the drafter) and each actor’s role. Departments are not modelled as units: the department head is a role in the provider’s staff.'
        : a,
  ),
};
