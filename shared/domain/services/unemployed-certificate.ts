/**
 * «Жұмыссыз азаматтарға анықтама беру» / «Выдача справок безработным гражданам» — seed 004, the
 * first of seven regulations approved by Ust-Kamenogorsk akimat decree No. 4354/1 of 29.11.2012
 * (reg. No. 2821). Steps and limits: Annex 2 Table 3 (portal); output form: Annex 3
 * (extraction: ../shared/domain/004.md §3.1). The regulation is in Kazakh only: the Kazakh texts
 * are the seed's, the Russian ones are ours except the bilingual certificate of Annex 3.
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
const min10 = { amount: 10, unit: 'minutes' as const };
const ifCorrect = { kk: 'енгізілген мәліметтер дұрыс болса', ru: 'если введённые сведения верны', en: 'if the data entered is correct' };

export const unemployedCertificate: ServiceDefinition = {
  id: 'unemployed-certificate',
  version: 1,
  source: {
    seed: '004',
    act: 'Ust-Kamenogorsk city akimat decree No. 4354/1 of 29.11.2012 (reg. No. 2821), regulation 1',
    appendix: 'Regulation 1 ¶6 (agency), ¶7 (service centre), ¶8 (portal); Annex 2 Tables 1–3; Annex 3 output form; Annex 4 survey',
  },
  names: {
    kk: 'Жұмыссыз азаматтарға анықтама беру',
    ru: 'Выдача справок безработным гражданам',
    en: 'Issuance of certificates to unemployed citizens',
  },
  description: {
    kk: 'Жұмыссыз ретінде тіркеу туралы анықтама: тіркелген күні, қоғамдық жұмыстарға қатысуы, кәсіби даярлау, тағайындалған көмек.',
    ru: 'Справка о регистрации в качестве безработного: дата регистрации, участие в общественных работах, профессиональная подготовка, назначенная помощь.',
    en: 'Certificate of registration as unemployed: date of registration, public works, vocational training, assistance granted.',
  },
  provider: { agencyId: 'oskemen-employment' },
  applicants: ['individual'],
  channels: [
    {
      channel: 'portal',
      source: '¶8, Annex 1 diagram 3, Annex 2 Table 3',
      enabled: true,
      steps: [
        {
          id: 'T3.a1', actor: A.portal, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: {
            kk: 'Тұтынушыны ЭҮП авторизациялау, сұраудың үлгісін толтыру, мемлекеттік электрондық қызметті алу үшін енгізілген мәліметтердің дұрыстылығын тексеру',
            ru: 'Авторизация потребителя на ПЭП, заполнение шаблона запроса, проверка правильности введённых сведений',
            en: 'The applicant signs in, fills the request and signs it; the portal checks the data and the signature',
          },
          completion: {
            kk: 'Сұраудың немесе сұралып отырған мемлекеттік электрондық қызметтің сәтті қалыптасқаны туралы хабарламаны немесе бас тартылғаны туралы хабарламаны қалыптастыруды бейнелеу',
            ru: 'Отображение сообщения об успешном формировании запроса либо об отказе',
            en: 'Message that the request was formed, or a refusal message',
          },
          limit: min1, next: [{ step: 'T3.a2', when: ifCorrect }],
          note: 'The signature check (¶8, condition 2, process 5) has no row of its own in Table 3; it is placed in a1, whose completion is "formed or refused".',
        },
        {
          id: 'T3.a2', actor: A.gateway, human: false, covers: ['gateway.registered'],
          action: { kk: 'Сұрауды ЖАО АЖ және ЖАО АЖ хабарламаны (енгізілген мәліметтердің дұрыстылығы жағдайында) бағыттау', ru: 'Направление запроса в ИС МИО (при правильности сведений)', en: 'Routes the request to the agency system' },
          completion: { kk: 'Сұранысты бағдарлау (деректердің дұрыстылығы жағдайында)', ru: 'Маршрутизация запроса', en: 'Request routed' },
          limit: min1, next: [{ step: 'T3.a3' }],
        },
        {
          id: 'T3.a3', actor: A.agencyIs, human: false, covers: ['agency.registered'],
          action: { kk: 'Өтінішке нөмір беру және «түскендер» мәртебесін (енгізілген мәліметтердің дұрыстылығы жағдайында) бейнелеу', ru: 'Присвоение номера заявлению и отображение статуса «поступившие»', en: 'Numbers the application and shows the status "received"' },
          completion: { kk: 'ЭҮП ескертуді жіберу (дұрыстылығы жағдайында)', ru: 'Направление уведомления на ПЭП', en: 'Notice sent to the portal' },
          limit: min1, next: [{ step: 'T3.a4' }],
        },
        {
          id: 'T3.a4', actor: A.conIs, human: false, covers: [],
          action: { kk: 'ЭҮП ХҚКО АЖ «түскендер» мәртебесін бейнелеу (енгізілген мәліметтердің дұрыстылығы жағдайында)', ru: 'Отображение статуса «поступившие» в ИС ЦОН', en: 'Shows the status "received" in the service-centre system' },
          completion: { kk: 'Мәртебенің бейнеленуі (дұрыстылығы жағдайында)', ru: 'Отображение статуса', en: 'Status shown' },
          limit: min1, next: [{ step: 'T3.a5' }],
        },
        {
          id: 'T3.a5', actor: A.agency, human: true, covers: ['staff.taken'],
          action: { kk: 'Өтінішті орындауға қабылдау (енгізілген мәліметтердің дұрыстылығы жағдайында)', ru: 'Принятие заявления к исполнению', en: 'Takes the application into work' },
          completion: { kk: 'Жұмысқа қабылдау (дұрыстылығы жағдайында)', ru: 'Принятие в работу', en: 'Taken into work' },
          limit: min10, next: [{ step: 'T3.a6' }],
        },
        {
          id: 'T3.a6', actor: A.agency, human: true, covers: ['staff.decided'],
          action: { kk: 'Сұранысты орындау. Шешімді қабылдау', ru: 'Исполнение запроса. Принятие решения', en: 'Executes the request and decides' },
          completion: { kk: 'Анықтаманы немесе негізделген бас тартуды қалыптастыру', ru: 'Формирование справки или мотивированного отказа', en: 'The certificate or a motivated refusal formed' },
          limit: min10, next: [{ step: 'T3.a7' }],
        },
        {
          id: 'T3.a7', actor: A.agencyIs, human: false, covers: [],
          action: { kk: 'Шығыс құжатын қалыптастыру', ru: 'Формирование выходного документа', en: 'Forms the output document' },
          completion: { kk: 'Шығыс құжатын және сұрауды орындау мәртебесін қалыптастыру', ru: 'Формирование выходного документа и статуса исполнения запроса', en: 'Output document and execution status formed' },
          limit: min1, next: [{ step: 'T3.a8' }],
        },
        {
          id: 'T3.a8', actor: A.gateway, human: false, covers: [],
          action: { kk: '«жұмыста» мәртебесінің ауысуы туралы хабарламаны ЭҮП-ға және ХҚКО АЖ-ға бағдарлау', ru: 'Маршрутизация сообщения о смене статуса на «в работе» на ПЭП и в ИС ЦОН', en: 'Routes the "in work" status to the portal and the service-centre system' },
          completion: { kk: 'Бағдарлау', ru: 'Маршрутизация', en: 'Routed' },
          limit: min1, next: [{ step: 'T3.a9' }],
        },
        {
          id: 'T3.a9', actor: A.portal, human: false, covers: [],
          action: { kk: '«жұмыста» мәртебесін бейнеленуі', ru: 'Отображение статуса «в работе»', en: 'Shows the status "in work"' },
          completion: { kk: 'Шығыс құжатпен орындау мәртебесінің бейнеленуі', ru: 'Отображение статуса исполнения', en: 'Execution status shown' },
          limit: min1, next: [{ step: 'T3.a10' }],
        },
        {
          id: 'T3.a10', actor: A.conIs, human: false, covers: [],
          action: { kk: 'Мәртебе мен хабарламаның бейнеленуі', ru: 'Отображение статуса и сообщения', en: 'Shows the status and the message' },
          completion: { kk: 'Орындау мәртебесінің бейнеленуі', ru: 'Отображение статуса исполнения', en: 'Execution status shown' },
          limit: min1, next: [{ step: 'T3.a11' }],
        },
        {
          id: 'T3.a11', actor: A.agency, human: true, covers: [],
          action: { kk: 'Шығыс құжатын құру', ru: 'Создание выходного документа', en: 'Creates the output document' },
          completion: { kk: 'Қол қойылған шығыс құжаты', ru: 'Подписанный выходной документ', en: 'Signed output document' },
          limit: min1, next: [{ step: 'T3.a12' }],
        },
        {
          id: 'T3.a12', actor: A.agencyIs, human: false, covers: ['result.issued'],
          action: { kk: 'ЖАО қызметкерімен ЭЦҚ шығыс құжатына қол қоюы. ЭҮП және ХҚКО АЖ-ға қызмет көрсету мәртебесін ауыстыру туралы хабарламаны қалыптастыру', ru: 'Подписание выходного документа ЭЦП сотрудника МИО; формирование сообщения о смене статуса для ПЭП и ИС ЦОН', en: 'The output document signed with the employee’s key; status message formed' },
          completion: { kk: 'ЭҮП шығыс құжатымен ескертуді жіберу, ХҚКО АЖ мәртебені өзгерту', ru: 'Отправка уведомления с выходным документом на ПЭП, смена статуса в ИС ЦОН', en: 'Notice with the output document sent to the portal' },
          limit: min1, next: [{ step: 'T3.a13' }],
        },
        {
          id: 'T3.a13', actor: A.gateway, human: false, covers: ['gateway.returned'],
          action: { kk: 'Мәртебесін ауыстыру туралы хабарламаны ЭҮП және ЭҮП шығыс құжатын шығарумен ХҚКО АЖ-ға бағыттау', ru: 'Направление сообщения о смене статуса с выходным документом на ПЭП и в ИС ЦОН', en: 'Routes the status message with the output document to the portal' },
          completion: { kk: 'Бағдарлау', ru: 'Маршрутизация', en: 'Routed' },
          limit: min1, next: [{ step: 'T3.a14' }],
        },
        {
          id: 'T3.a14', actor: A.portal, human: false, covers: ['cabinet.delivered'],
          action: { kk: 'Шығыс құжатын көру мүмкіндігімен қызмет көрсетуді аяқтау туралы ескертудің бейнеленуі', ru: 'Отображение уведомления о завершении с возможностью просмотра выходного документа', en: 'Shows the completion notice with the output document' },
          completion: { kk: 'Шығыс құжатының бейнеленуі', ru: 'Отображение выходного документа', en: 'Output document shown' },
          limit: min1, next: [{ step: 'T3.a15' }],
          note: 'The table names the actor «ХКҚО ШАЖ ЭҮП» [sic]; the action is the portal’s.',
        },
        {
          id: 'T3.a15', actor: A.conIs, human: false, covers: [],
          action: { kk: 'Қызмет көрсетуді аяқтау туралы ескертудің бейнеленуі', ru: 'Отображение уведомления о завершении', en: 'Shows the completion notice' },
          completion: { kk: 'Орындалған мәртебесінің бейнеленуі', ru: 'Отображение статуса «исполнено»', en: 'Status "executed" shown' },
          limit: min1, next: [],
        },
      ],
    },
    {
      channel: 'service-centre',
      source: '¶7, Annex 1 diagram 2, Annex 2 Table 2',
      enabled: true,
      steps: [
        {
          id: 'T2.a1', actor: A.con, human: true, covers: [],
          action: { kk: 'Тұтынушының өтініші мен құжаттарының растылығын тексеру, ХҚКО АЖ деректерді енгізу', ru: 'Проверка подлинности заявления и документов потребителя, ввод данных в ИС ЦОН', en: 'Checks the application and documents and enters the data' },
          completion: { kk: 'Қызметті алуға өтініш пен құжаттарды қабылдау', ru: 'Приём заявления и документов', en: 'Application and documents accepted' },
          limit: min10, next: [{ step: 'T2.a2' }],
        },
        {
          id: 'T2.a2', actor: A.conIs, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'Жүйеде ХҚКО қызметкерін авторизациялау және мемлекеттік электрондық қызмет көрсетуге сұраудың үлгісін толтыру', ru: 'Авторизация сотрудника ЦОН в системе и заполнение шаблона запроса', en: 'The operator signs in, fills the request and signs it' },
          completion: { kk: 'Жүйеде өтінішке нөмірді берумен сұрауды тіркеу', ru: 'Регистрация запроса в системе с присвоением номера заявлению', en: 'Request registered in the system and numbered' },
          limit: min1, next: [{ step: 'T2.a3' }],
          note: 'The operator’s signature and its check (¶7, process 4, condition 2, process 5) have no row of their own; they are placed here.',
        },
        {
          id: 'T2.a3', actor: A.gateway, human: false, covers: ['gateway.registered'],
          action: { kk: 'ХҚКО АЖ-дан ЖАО АЖ сұрауды бағдарлау', ru: 'Маршрутизация запроса из ИС ЦОН в ИС МИО', en: 'Routes the request to the agency system' },
          completion: { kk: 'Сұрауды бағдарлау', ru: 'Маршрутизация запроса', en: 'Request routed' },
          limit: min1, next: [{ step: 'T2.a4' }],
        },
        {
          id: 'T2.a4', actor: A.agencyIs, human: false, covers: ['agency.registered'],
          action: { kk: 'Өтінішке нөмірді тағайындау, орындауға жіберу', ru: 'Присвоение номера заявлению, направление на исполнение', en: 'Numbers the application and sends it for execution' },
          completion: { kk: 'ХҚКО-дан ЖАО АЖ-ға «түскендер» мәртебесінде өтініштің бейнеленуі', ru: 'Отображение заявления в ИС МИО со статусом «поступившие»', en: 'The application shown in the agency system as "received"' },
          limit: min1, next: [{ step: 'T2.a5' }],
          note: 'The table names ХҚКО АЖ as the actor [sic]; numbering for execution is the agency system’s.',
        },
        {
          id: 'T2.a5', actor: A.agency, human: true, covers: ['staff.taken'],
          action: { kk: 'Құжаттарды тексеру, жұмысқа өтінішті қабылдау', ru: 'Проверка документов, принятие заявления в работу', en: 'Checks the documents and takes the application into work' },
          completion: { kk: 'Жұмысқа сұрауды қабылдау', ru: 'Принятие запроса в работу', en: 'Taken into work' },
          limit: min10, next: [{ step: 'T2.a6' }],
        },
        {
          id: 'T2.a6', actor: A.agency, human: true, covers: ['staff.decided'],
          action: { kk: 'Сұранысты орындау. Шешімді қабылдау', ru: 'Исполнение запроса. Принятие решения', en: 'Executes the request and decides' },
          completion: { kk: 'Анықтаманы немесе негізделген бас тартуды қалыптастыру', ru: 'Формирование справки или мотивированного отказа', en: 'The certificate or a motivated refusal formed' },
          limit: { amount: 3, unit: 'workingDays' }, next: [{ step: 'T2.a7' }],
          note: '«Үш жұмыс күні ішінде (құжаттарды қабылдау күні және беру күні мемлекеттік қызметті көрсету мерзіміне кірмейді)»: the days of acceptance and issue are not counted; the engine counts 3 working days from the step’s start. Next-action numbers of this block are copied from block 1 [sic]; the logical successors are kept.',
        },
        {
          id: 'T2.a7', actor: A.agencyIs, human: false, covers: [],
          action: { kk: 'Шығыс құжатын қалыптастыру. Қызмет көрсету мәртебесін өзгерту туралы хабардар етуді қалыптастыру', ru: 'Формирование выходного документа и уведомления о смене статуса', en: 'Forms the output document and the status notice' },
          completion: { kk: 'Жүйеде шығыс құжатын қалыптастыру', ru: 'Формирование выходного документа в системе', en: 'Output document formed' },
          limit: min1, next: [{ step: 'T2.a8' }],
          note: '"1 минуттан кем емес" (not less than 1 min) [sic]; read as at most 1 min.',
        },
        {
          id: 'T2.a8', actor: A.gateway, human: false, covers: [],
          action: { kk: 'ХҚКО АЖ-да сұраудың мәртебесі ауысқаны туралы хабарламаны бағыттау', ru: 'Направление сообщения о смене статуса запроса в ИС ЦОН', en: 'Routes the status message to the service-centre system' },
          completion: { kk: 'Сұрауды бағдарлау', ru: 'Маршрутизация', en: 'Routed' },
          limit: min1, next: [{ step: 'T2.a9' }],
          note: '"1 минуттан кем емес" [sic]; read as at most 1 min.',
        },
        {
          id: 'T2.a9', actor: A.conIs, human: false, covers: [],
          action: { kk: '«жұмыста» мәртебесін бейнеленуі', ru: 'Отображение статуса «в работе»', en: 'Shows the status "in work"' },
          completion: { kk: '«жұмыста» мәртебесін бейнеленуі', ru: 'Отображение статуса «в работе»', en: 'Status "in work" shown' },
          limit: min1, next: [{ step: 'T2.a10' }],
          note: 'The table names ЖАО АЖ [sic]; the status is shown in the service-centre system. "1 минуттан кем емес" [sic].',
        },
        {
          id: 'T2.a10', actor: A.con, human: false, covers: [],
          action: { kk: '–', ru: '–', en: '– (empty row in the source)' },
          completion: { kk: '–', ru: '–', en: '–' },
          limit: min1, next: [{ step: 'T2.a11' }],
          note: 'Every cell of this row is "–" in the source; 1 min is assumed so that the chain stays whole.',
        },
        {
          id: 'T2.a11', actor: A.agency, human: true, covers: [],
          action: { kk: 'Шығыс құжатын құру', ru: 'Создание выходного документа', en: 'Creates the output document' },
          completion: { kk: 'Қол қойылған шығыс құжатты ХҚКО-ға жіберу', ru: 'Отправка подписанного выходного документа в ЦОН', en: 'Signed output document sent to the service centre' },
          limit: min1, next: [{ step: 'T2.a12' }],
        },
        {
          id: 'T2.a12', actor: A.agencyIs, human: false, covers: ['result.issued'],
          action: { kk: 'ЖАО қызметкерінің шығыс құжатына ЭЦҚ. ХҚКО АЖ қызметті көрсету мәртебесінің ауысқаны туралы хабарламаны қалыптастыру', ru: 'ЭЦП сотрудника МИО на выходном документе; сообщение о смене статуса для ИС ЦОН', en: 'The output document signed with the employee’s key; status message formed' },
          completion: { kk: 'ХҚКО АЖ-ға орындалудың аяқталғаны туралы хабарламаны жіберу', ru: 'Отправка в ИС ЦОН сообщения о завершении исполнения', en: 'Completion message sent to the service-centre system' },
          limit: min1, next: [{ step: 'T2.a13' }],
        },
        {
          id: 'T2.a13', actor: A.gateway, human: false, covers: ['gateway.returned'],
          action: { kk: 'ХҚКО АЖ мәртебенің ауысқаны туралы хабарламаны бағыттау', ru: 'Направление сообщения о смене статуса в ИС ЦОН', en: 'Routes the status message to the service-centre system' },
          completion: { kk: 'Бағдарлау', ru: 'Маршрутизация', en: 'Routed' },
          limit: min1, next: [{ step: 'T2.a14' }],
        },
        {
          id: 'T2.a14', actor: A.conIs, human: false, covers: ['cabinet.delivered'],
          action: { kk: 'Қызмет көрсетудің аяқталғаны туралы хабарламаны бағыттау', ru: 'Отображение сообщения о завершении оказания услуги', en: 'Shows the completion message' },
          completion: { kk: 'Орындалудың аяқталғаны мәртебесін бейнеленуі', ru: 'Отображение статуса «исполнение завершено»', en: 'Status "completed" shown' },
          limit: min1, next: [{ step: 'T2.a15' }],
          note: 'The result also reaches the applicant’s portal cabinet (the request is theirs).',
        },
        {
          id: 'T2.a15', actor: A.con, human: true, covers: [],
          action: { kk: 'ХҚКО қызметкерімен тұтынушыға мемлекеттік электрондық қызмет көрсетудің нәтижесін электрондық поштасына немесе қолына беру арқылы тапсыру', ru: 'Выдача сотрудником ЦОН результата потребителю на руки или по электронной почте', en: 'The operator hands the result over in person or by e-mail' },
          completion: { kk: 'Қызмет көрсету нәтижесін беру', ru: 'Выдача результата услуги', en: 'Result issued' },
          limit: min1, next: [],
          note: 'The actor is spelled «ХКҚО» [sic].',
        },
      ],
    },
    {
      channel: 'agency-desk',
      source: '¶6, Annex 1 diagram 1, Annex 2 Table 1',
      enabled: true,
      steps: [
        {
          id: 'T1.a1', actor: A.agency, human: true, covers: [],
          action: { kk: 'Құжаттардың және өтініштің түпнұсқасын тексеру, мәліметтерді ЖАО АЖ-ға енгізу', ru: 'Проверка подлинников документов и заявления, ввод сведений в ИС МИО', en: 'Checks the original documents and the application and enters the data' },
          completion: { kk: 'Қызмет алуға құжаттарды және өтінішті қабылдау', ru: 'Приём документов и заявления', en: 'Documents and application accepted' },
          limit: { amount: 5, unit: 'minutes' }, next: [{ step: 'T1.a2' }],
        },
        {
          id: 'T1.a2', actor: A.agencyIs, human: true, covers: ['request.submitted', 'signature.verified', 'signature.refused'],
          action: { kk: 'ЖАО қызметкерін жүйеде авторизациялау және мемлекеттік электрондық қызметті көрсетуге сұрау нысанын толтыру', ru: 'Авторизация сотрудника МИО в системе и заполнение формы запроса', en: 'The employee signs in, fills the request form and signs it' },
          completion: { kk: 'Өтінішке нөмір берумен сұрауды тіркеу', ru: 'Регистрация запроса с присвоением номера заявлению', en: 'Request registered and the application numbered' },
          limit: min1, next: [{ step: 'T1.a3' }],
          note: 'The employee’s signature and its check (¶6, process 4, condition 2, process 5) have no row of their own; they are placed here.',
        },
        {
          id: 'T1.a3', actor: A.gateway, human: false, covers: ['gateway.registered'],
          action: { kk: 'ЖАО АЖ-дан сұраудың мәртебесін өзгергені туралы ескертуді ХҚКО АЖ-ға бағдарлау', ru: 'Маршрутизация уведомления о смене статуса запроса из ИС МИО в ИС ЦОН', en: 'Routes the status notice from the agency system' },
          completion: { kk: 'Сұрауды бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
          limit: min1, next: [{ step: 'T1.a4' }],
        },
        {
          id: 'T1.a4', actor: A.conIs, human: false, covers: ['agency.registered'],
          action: { kk: 'Өтінішке нөмір беру. Ағымдық мәртебені көрсетумен хабарламаны қалыптастыру', ru: 'Присвоение номера заявлению; сообщение с текущим статусом', en: 'Numbers the application and shows the current status' },
          completion: { kk: '«Келіп түскендер» мәртебесін бейнеленуі', ru: 'Отображение статуса «поступившие»', en: 'Status "received" shown' },
          limit: min1, next: [{ step: 'T1.a5' }],
        },
        {
          id: 'T1.a5', actor: A.agency, human: true, covers: ['staff.taken', 'staff.decided'],
          action: { kk: 'Сұрауды орындау. Шешімді қабылдау', ru: 'Исполнение запроса. Принятие решения', en: 'Executes the request and decides' },
          completion: { kk: 'Анықтаманы немесе негізделген бас тартуды қалыптастыру', ru: 'Формирование справки или мотивированного отказа', en: 'The certificate or a motivated refusal formed' },
          limit: { amount: 4, unit: 'minutes' }, next: [{ step: 'T1.a6' }],
          note: 'Table 1 has no separate acceptance row; taking the request and deciding share the 4 minutes.',
        },
        {
          id: 'T1.a6', actor: A.agencyIs, human: false, covers: [],
          action: { kk: 'Шығарылатын құжаттарды қалыптастыру', ru: 'Формирование выходных документов', en: 'Forms the output documents' },
          completion: { kk: 'Шығыс құжатын жүйеде қалыптастыру', ru: 'Формирование выходного документа в системе', en: 'Output document formed' },
          limit: min1, next: [{ step: 'T1.a7' }],
        },
        {
          id: 'T1.a7', actor: A.gateway, human: false, covers: [],
          action: { kk: 'ЖАО АЖ арасындағы сұрауды бағыттау', ru: 'Маршрутизация запроса «между ИС МИО» [sic]', en: 'Routes the request' },
          completion: { kk: 'Сұрауды бағыттау', ru: 'Маршрутизация запроса', en: 'Request routed' },
          limit: min1, next: [{ step: 'T1.a8' }],
        },
        {
          id: 'T1.a8', actor: A.conIs, human: false, covers: [],
          action: { kk: '«Жұмыста» мәртебесін бейнеленуі', ru: 'Отображение статуса «в работе»', en: 'Shows the status "in work"' },
          completion: { kk: '«жұмыста» мәртебесін бейнеленуі', ru: 'Отображение статуса «в работе»', en: 'Status "in work" shown' },
          limit: min1, next: [{ step: 'T1.a9' }],
        },
        {
          id: 'T1.a9', actor: A.agency, human: true, covers: [],
          action: { kk: 'Шығыс құжатын құру', ru: 'Создание выходного документа', en: 'Creates the output document' },
          completion: { kk: 'ЖАО қызметкерінің мемлекеттік электрондық қызметінің нәтижесін тұтынушыға қолына беру немесе электрондық поштасына жіберу арқылы беру', ru: 'Выдача результата потребителю на руки или по электронной почте', en: 'The result handed over in person or by e-mail' },
          limit: min1, next: [{ step: 'T1.a10' }],
        },
        {
          id: 'T1.a10', actor: A.agencyIs, human: false, covers: ['result.issued'],
          action: { kk: 'ЖАО қызметкерінің шығыс құжаттарына ЭЦҚ. ХҚКО АЖ–де қызмет көрсету мәртебесін ауыстыру туралы хабарламаны қалыптастыру', ru: 'ЭЦП сотрудника МИО на выходных документах; сообщение о смене статуса для ИС ЦОН', en: 'The output document signed with the employee’s key; status message formed' },
          completion: { kk: 'ЖАО қызметкерінің ЭЦҚ шығыс құжаты. Мәртебесі ауыстырылғаны туралы ХҚКО АЖ хабарламаны жіберу', ru: 'Выходной документ с ЭЦП сотрудника МИО; сообщение о смене статуса в ИС ЦОН', en: 'Signed output document; status message sent' },
          limit: min1, next: [{ step: 'T1.a11' }],
        },
        {
          id: 'T1.a11', actor: A.gateway, human: false, covers: ['gateway.returned'],
          action: { kk: 'ЖАО АЖ-да мәртебенің өзгергені туралы сұранысты бағдарлау', ru: 'Маршрутизация сообщения о смене статуса из ИС МИО', en: 'Routes the status change' },
          completion: { kk: 'Бағдарлау', ru: 'Маршрутизация', en: 'Routed' },
          limit: min1, next: [{ step: 'T1.a12' }],
        },
        {
          id: 'T1.a12', actor: A.conIs, human: false, covers: ['cabinet.delivered'],
          action: { kk: 'Қызмет көрсетуді аяқтау туралы хабарламаны бейнелеу', ru: 'Отображение сообщения о завершении оказания услуги', en: 'Shows the completion message' },
          completion: { kk: 'Орындауды аяқтау мәртебесінің және шығыс құжатын беруді бейнеленуі', ru: 'Отображение статуса завершения и выдачи выходного документа', en: 'Completion and issue of the output document shown' },
          limit: min1, next: [],
          note: 'The result also reaches the applicant’s portal cabinet (the request is theirs).',
        },
      ],
    },
  ],
  form: {
    fields: [
      {
        id: 'presentTo', type: 'text', required: true, minLength: 2, maxLength: 300,
        label: { kk: 'Анықтама ұсыну үшін беріледі', ru: 'Справка дана для предъявления', en: 'Certificate to be presented to' },
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
      id: 'supporting-document', required: false, maxCount: 5,
      label: { kk: 'Стандартта көрсетілген құжаттар', ru: 'Документы, указанные в Стандарте', en: 'Documents named in the Standard' },
    },
  ],
  // Table 3 (portal): a decision within 10 minutes; the only day-scale term is the service centre's 3 working days (Table 2).
  term: { amount: 3, unit: 'workingDays' },
  result: {
    title: { kk: 'Жұмыссыздық ретінде тіркеу туралы анықтама', ru: 'Справка о регистрации в качестве безработного', en: 'Certificate of registration as unemployed' },
    fields: [
      {
        id: 'registeredOn', type: 'date', required: true,
        label: { kk: 'Халықтың жұмыстылығы туралы Қазақстан Республикасы Заңының 15 бабына сәйкес, жұмыссыз ретінде тіркелген', ru: 'В соответствии со ст. 15 Закона Республики Казахстан "О занятости населения" зарегистрирован безработным', en: 'Registered as unemployed under art. 15 of the Law on employment of the population on' },
      },
      {
        id: 'publicWorks', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Қоғамдық әлеуметтік жұмыстарға қатысуы', ru: 'Участие в общественных социальных работах', en: 'Participation in public social works' },
      },
      {
        id: 'training', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Кәсіби даярлаудан біліктілігін арттыру және қайта даярлықтан жастар практикасынан өтті', ru: 'Прошел профессиональную подготовку, повышение квалификации и переподготовку, молодежную практику', en: 'Vocational training, advanced training, retraining, youth practice completed' },
      },
      {
        id: 'assistance', type: 'textarea', required: true, maxLength: 1000,
        label: { kk: 'Атаулы әлеуметтік көмек, тұрғын үй көмегі тағайындалды', ru: 'Назначен(а) адресная социальная помощь, жилищная помощь', en: 'Targeted social assistance, housing assistance granted' },
      },
    ],
  },
  survey: { source: 'Annex 4', ...standardQuestionnaire },
  refusalGrounds: [
    {
      id: 'not-registered', source: '¶6–8 process 7 (motivated refusal; grounds not listed in the act)',
      label: { kk: 'Өтініш беруші жұмыссыз ретінде тіркелмеген', ru: 'Заявитель не зарегистрирован в качестве безработного', en: 'The applicant is not registered as unemployed' },
    },
    {
      id: 'document-violations', source: '¶6–8 process 7 (motivated refusal; grounds not listed in the act)',
      label: { kk: 'Құжаттар Стандарт талаптарына сәйкес келмейді', ru: 'Документы не соответствуют требованиям Стандарта', en: 'The documents do not meet the Standard' },
    },
  ],
  assumptions: [
    'All three channels are defined: agency desk (¶6, Table 1: the department’s clerk files and signs), service centre (¶7, Table 2: the operator files and signs), portal (¶8, Table 3).',
    'Filing at a counter runs the platform’s ГБД ФЛ lookup of the applicant although this regulation names no registry check; it only confirms the person exists.',
    'Table 2 row 10 is empty (every cell "–"); it is kept with 1 min so that the chain stays whole. Its "not less than 1 min" cells are read as at most 1 min.',
    'The regulation is in Kazakh only (the abbreviations ПЭП, ШЭП, ГБД do not occur): the Russian step texts are our translation; the certificate labels are the bilingual Annex 3 form.',
    'The EDS check (¶8, condition 2 / process 5) has no row in Table 3; it is placed in a1, whose completion is "formed or refused".',
    'The term is given per channel: about 19 min at the agency (decision within 4 min), about 33 min on the portal (decision within 10 min), 3 working days through the service centre; the service term is stated as the 3 working days (Table 2 a6, days of acceptance and issue not counted: the engine counts from the step’s start), the portal steps keep their minute limits.',
    'The regulation queries no state database (the unemployment register is the department’s own); no registry step is declared.',
    'Form fields and documents are in the Standard (Govt decree No. 394 of 07.04.2011), not in the act; the form asks only where the certificate is to be presented (Annex 3, «Справка дана для предъявления») and takes optional supporting scans; identity comes from sign-in and signature.',
    'The negative output form has no body and the act lists no refusal grounds; "not-registered" and "document-violations" are the plain ones.',
    'The certificate’s name field is the applicant’s name from the request; the head and specialist lines are the signing clerk.',
    'No return for correction: the act knows only the certificate or a motivated refusal, and the portal term is minutes.',
  ],
};
