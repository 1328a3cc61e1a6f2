import type { Language, Localized } from './i18n.js';

/**
 * Human messages for every machine-readable code the API returns, in kk/ru/en. The codes are
 * stable; texts may improve. Regulation wording is kept where the regulation gives it.
 */
export const messages = {
  // Authorization (seed 001 process 2, T1 a2)
  AUTH_REFUSED: {
    kk: 'Авторизациядан бас тартылды: алушының деректерінде бұзушылықтар бар (ЖСН немесе құпиясөз қате).',
    ru: 'Отказ в авторизации в связи с имеющимися нарушениями в данных получателя (неверный ИИН или пароль).',
    en: 'Sign-in refused: the applicant’s data is not valid (wrong IIN or password).',
  },
  STAFF_AUTH_REFUSED: {
    kk: 'Кіруден бас тартылды: логин немесе құпиясөз қате.',
    ru: 'Отказ во входе: неверный логин или пароль.',
    en: 'Sign-in refused: wrong login or password.',
  },
  UNAUTHORIZED: {
    kk: 'Жүйеге кіру қажет.',
    ru: 'Требуется авторизация.',
    en: 'You need to sign in.',
  },
  FORBIDDEN: {
    kk: 'Бұл әрекетке рұқсатыңыз жоқ.',
    ru: 'У вас нет прав на это действие.',
    en: 'You are not allowed to do this.',
  },
  INVALID_IIN: {
    kk: 'ЖСН 12 цифрдан тұруы және бақылау саны дұрыс болуы керек.',
    ru: 'ИИН должен состоять из 12 цифр с верным контрольным разрядом.',
    en: 'The IIN must be 12 digits with a valid check digit.',
  },
  // Sign-up on the portal (registration of a citizen by IIN, checked in ГБД ФЛ)
  PASSWORD_TOO_WEAK: {
    kk: 'Құпиясөз тым әлсіз: кемінде 8 таңба, бас және кіші латын әріптері, цифр және арнайы таңба (мысалы, ! немесе -) болуы керек.',
    ru: 'Пароль слишком простой: нужно не меньше 8 символов, заглавные и строчные латинские буквы, цифра и спецсимвол (например, ! или -).',
    en: 'The password is too weak: it needs at least 8 characters, upper- and lower-case Latin letters, a digit and a symbol (such as ! or -).',
  },
  PERSON_NOT_IN_REGISTRY: {
    kk: 'Бұл ЖСН бойынша жеке тұлғалар мемлекеттік дерекқорында (ЖТ МДҚ) деректер жоқ: тіркелу мүмкін емес.',
    ru: 'По этому ИИН нет данных в государственной базе данных физических лиц (ГБД ФЛ): регистрация невозможна.',
    en: 'The state database of individuals has no data for this IIN: registration is not possible.',
  },
  CITIZEN_ALREADY_REGISTERED: {
    kk: 'Бұл ЖСН бойынша пайдаланушы порталда тіркелген. ЖСН мен құпиясөз арқылы кіріңіз.',
    ru: 'Пользователь с этим ИИН уже зарегистрирован на портале. Войдите по ИИН и паролю.',
    en: 'A user with this IIN is already registered on the portal. Sign in with your IIN and password.',
  },
  // Generic request errors
  MALFORMED_JSON: {
    kk: 'Сұрау денесі жарамды JSON емес.',
    ru: 'Тело запроса не является корректным JSON.',
    en: 'The request body is not valid JSON.',
  },
  PAYLOAD_TOO_LARGE: {
    kk: 'Сұрау тым үлкен.',
    ru: 'Запрос слишком большой.',
    en: 'The request is too large.',
  },
  VALIDATION_FAILED: {
    kk: 'Деректер тексеруден өтпеді; өрістердегі қателерді қараңыз.',
    ru: 'Данные не прошли проверку; см. ошибки по полям.',
    en: 'The data did not pass validation; see the errors per field.',
  },
  NOT_FOUND: {
    kk: 'Табылмады.',
    ru: 'Не найдено.',
    en: 'Not found.',
  },
  ROUTE_NOT_FOUND: {
    kk: 'Мұндай API жолы жоқ.',
    ru: 'Такого маршрута API нет.',
    en: 'No such API route.',
  },
  SERVICE_NOT_FOUND: {
    kk: 'Мұндай мемлекеттік қызмет жоқ.',
    ru: 'Такой государственной услуги нет.',
    en: 'No such public service.',
  },
  // A service with several providers, chosen by where the applicant is (provider.byField)
  OTHER_PROVIDER: {
    kk: 'Өтініште көрсетілген жер бойынша қызметті басқа қызмет беруші көрсетеді: өтінішті сол қызмет берушіге беріңіз.',
    ru: 'По указанному в заявлении месту услугу оказывает другой услугодатель: заявление подаётся ему.',
    en: 'For the place given in the application another provider delivers the service: file it with that provider.',
  },
  PROVIDER_FIELD_FIXED: {
    kk: 'Қызмет берушіні таңдайтын жауапты түзету кезінде өзгертуге болмайды: өтініш қазірдің өзінде сол қызмет берушіде.',
    ru: 'Ответ, по которому выбран услугодатель, при исправлении менять нельзя: заявление уже у этого услугодателя.',
    en: 'The answer that chose the provider cannot change in a correction: the request is already with that provider.',
  },
  CHANNEL_NOT_OFFERED: {
    kk: 'Бұл қызмет осы арна арқылы көрсетілмейді.',
    ru: 'Эта услуга не оказывается через этот канал.',
    en: 'This service is not offered through this channel.',
  },
  REQUEST_NOT_FOUND: {
    kk: 'Өтініш табылмады.',
    ru: 'Заявка не найдена.',
    en: 'Request not found.',
  },
  NOTIFICATION_NOT_FOUND: {
    kk: 'Хабарлама табылмады.',
    ru: 'Уведомление не найдено.',
    en: 'Notification not found.',
  },
  RESULT_NOT_READY: {
    kk: 'Қызмет нәтижесі әлі дайын емес.',
    ru: 'Результат услуги ещё не готов.',
    en: 'The result is not ready yet.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    kk: 'Бұл Idempotency-Key басқа сұрауға қолданылған.',
    ru: 'Этот Idempotency-Key уже использован для другого запроса.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  INVALID_IDEMPOTENCY_KEY: {
    kk: 'Idempotency-Key 8–128 таңбадан (әріптер, цифрлар, - _ :) тұруы керек.',
    ru: 'Idempotency-Key должен содержать 8–128 символов (буквы, цифры, - _ :).',
    en: 'Idempotency-Key must be 8–128 characters (letters, digits, - _ :).',
  },
  // Uploads
  UPLOAD_TYPE_NOT_ALLOWED: {
    kk: 'Тек PDF, JPEG немесе PNG файлдары қабылданады.',
    ru: 'Принимаются только файлы PDF, JPEG или PNG.',
    en: 'Only PDF, JPEG or PNG files are accepted.',
  },
  UPLOAD_TOO_LARGE: {
    kk: 'Файл 10 МБ-тан аспауы керек.',
    ru: 'Файл не должен превышать 10 МБ.',
    en: 'The file must not exceed 10 MB.',
  },
  UPLOAD_NOT_FOUND: {
    kk: 'Жүктелген файл табылмады немесе ол сізге тиесілі емес.',
    ru: 'Загруженный файл не найден или принадлежит не вам.',
    en: 'The uploaded file was not found or is not yours.',
  },
  UPLOAD_MISSING: {
    kk: 'Файл әлі жүктелмеген.',
    ru: 'Файл ещё не загружен.',
    en: 'The file has not been uploaded yet.',
  },
  UPLOAD_CONTENT_MISMATCH: {
    kk: 'Файлдың нақты мазмұны PDF, JPEG немесе PNG емес немесе мәлімделген түрге сәйкес емес.',
    ru: 'Фактическое содержимое файла не PDF, JPEG или PNG либо не совпадает с заявленным типом.',
    en: 'The file’s real content is not PDF, JPEG or PNG, or does not match the declared type.',
  },
  UPLOAD_SIZE_MISMATCH: {
    kk: 'Файлдың өлшемі мәлімделгенге сәйкес емес немесе 10 МБ-тан асады.',
    ru: 'Размер файла не совпадает с заявленным или превышает 10 МБ.',
    en: 'The file’s size differs from the declared size or exceeds 10 MB.',
  },
  UPLOAD_HASH_MISMATCH: {
    kk: 'Файлдың SHA-256 хэші қол қойылған мәнге сәйкес емес.',
    ru: 'SHA-256 файла не совпадает с подписанным значением.',
    en: 'The file’s SHA-256 differs from the signed value.',
  },
  UPLOAD_ALREADY_USED: {
    kk: 'Бұл файл басқа өтінішке тіркелген.',
    ru: 'Этот файл уже приложен к другой заявке.',
    en: 'This file is already attached to another request.',
  },
  // Form
  FIELD_REQUIRED: { kk: 'Міндетті өріс.', ru: 'Обязательное поле.', en: 'This field is required.' },
  FIELD_INVALID_TYPE: { kk: 'Мән түрі қате.', ru: 'Неверный тип значения.', en: 'Wrong type of value.' },
  FIELD_TOO_SHORT: { kk: 'Мән тым қысқа.', ru: 'Значение слишком короткое.', en: 'The value is too short.' },
  FIELD_TOO_LONG: { kk: 'Мән тым ұзын.', ru: 'Значение слишком длинное.', en: 'The value is too long.' },
  FIELD_TOO_SMALL: { kk: 'Мән тым кіші.', ru: 'Значение слишком мало.', en: 'The value is too small.' },
  FIELD_TOO_BIG: { kk: 'Мән тым үлкен.', ru: 'Значение слишком велико.', en: 'The value is too big.' },
  FIELD_NOT_ALLOWED: { kk: 'Рұқсат етілмеген мән.', ru: 'Недопустимое значение.', en: 'This value is not allowed.' },
  FIELD_BAD_FORMAT: { kk: 'Мәннің пішімі қате.', ru: 'Неверный формат значения.', en: 'The value has the wrong format.' },
  FIELD_UNKNOWN: { kk: 'Белгісіз өріс.', ru: 'Неизвестное поле.', en: 'Unknown field.' },
  PERIOD_REVERSED: {
    kk: 'Кезеңнің басы соңынан кеш болмауы керек.',
    ru: 'Начало периода не может быть позже его конца.',
    en: 'The period cannot start after it ends.',
  },
  ATTACHMENT_REQUIRED: {
    kk: 'Бұл құжатты тіркеу қажет.',
    ru: 'Необходимо приложить этот документ.',
    en: 'This document must be attached.',
  },
  ATTACHMENT_TOO_MANY: {
    kk: 'Бұл түрдегі құжаттар тым көп.',
    ru: 'Слишком много документов этого вида.',
    en: 'Too many documents of this kind.',
  },
  ATTACHMENT_KIND_UNKNOWN: {
    kk: 'Бұл қызметте мұндай құжат түрі жоқ.',
    ru: 'У этой услуги нет такого вида документа.',
    en: 'This service has no such kind of document.',
  },
  // Signature (condition 2, process 5)
  SIGNATURE_REFUSED: {
    kk: 'ЭЦҚ түпнұсқалығы расталмауына байланысты сұралған электрондық мемлекеттік қызметтен бас тартылды.',
    ru: 'Отказ в запрашиваемой электронной государственной услуге в связи с неподтверждением подлинности ЭЦП.',
    en: 'The requested e-service is refused because the digital signature could not be confirmed.',
  },
  SIGNATURE_MISSING: {
    kk: 'Өтінішке ЭЦҚ қойылмаған.',
    ru: 'Запрос не подписан ЭЦП.',
    en: 'The request is not signed.',
  },
  EDS_MALFORMED: { kk: 'Қолтаңба құрылымы бұзылған (CMS).', ru: 'Подпись повреждена или имеет неверную структуру (CMS).', en: 'The signature is damaged or not a CMS signature.' },
  EDS_INVALID_SIGNATURE: { kk: 'Қолтаңба қол қойылған мазмұнға сәйкес келмейді.', ru: 'Подпись не соответствует подписанному содержимому.', en: 'The signature does not match the signed content.' },
  EDS_UNTRUSTED_CHAIN: { kk: 'Тіркеу куәлігін Ұлттық куәландырушы орталық бермеген.', ru: 'Регистрационное свидетельство выдано не Национальным удостоверяющим центром.', en: 'The certificate was not issued by the national certification centre.' },
  EDS_EXPIRED: { kk: 'ЭЦҚ тіркеу куәлігінің мерзімі өтіп кеткен.', ru: 'Срок действия регистрационного свидетельства ЭЦП истёк.', en: 'The signing certificate has expired.' },
  EDS_NOT_YET_VALID: { kk: 'ЭЦҚ тіркеу куәлігі әлі жарамды емес.', ru: 'Регистрационное свидетельство ЭЦП ещё не действует.', en: 'The signing certificate is not valid yet.' },
  EDS_REVOKED: { kk: 'ЭЦҚ тіркеу куәлігі кері қайтарылған.', ru: 'Регистрационное свидетельство ЭЦП отозвано.', en: 'The signing certificate has been revoked.' },
  EDS_STATUS_UNKNOWN: { kk: 'Тіркеу куәлігінің мәртебесін растау мүмкін болмады.', ru: 'Не удалось подтвердить статус регистрационного свидетельства.', en: 'The certificate’s revocation status could not be confirmed.' },
  EDS_WRONG_KEY_USAGE: { kk: 'Бұл кілт қол қоюға емес, аутентификацияға арналған.', ru: 'Этот ключ предназначен для аутентификации, а не для подписи.', en: 'This is an authentication key, not a signing key.' },
  EDS_IIN_MISMATCH: { kk: 'Тіркеу куәлігіндегі ЖСН сұрау салудағы ЖСН-ге сәйкес келмейді.', ru: 'ИИН в регистрационном свидетельстве не совпадает с ИИН в запросе.', en: 'The IIN in the certificate differs from the IIN in the request.' },
  EDS_BIN_MISMATCH: { kk: 'Тіркеу куәлігіндегі БСН сұрау салудағы БСН-ге сәйкес келмейді.', ru: 'БИН в регистрационном свидетельстве не совпадает с БИН в запросе.', en: 'The BIN in the certificate differs from the BIN in the request.' },
  CSR_INVALID: { kk: 'Сертификат сұрауы жарамсыз (PKCS#10, P-256).', ru: 'Запрос на сертификат недействителен (PKCS#10, P-256).', en: 'The certificate request is not valid (PKCS#10, P-256).' },
  CSR_BIN_NOT_REPRESENTED: {
    kk: 'ЗТ МДҚ деректері бойынша сіз бұл БСН-і бар заңды тұлғаның өкілі емессіз.',
    ru: 'По данным ГБД ЮЛ вы не являетесь представителем юридического лица с этим БИН.',
    en: 'According to the state database of legal entities you do not represent the organisation with this BIN.',
  },
  INVALID_BIN: { kk: 'БСН дұрыс емес (12 цифр, бақылау разряды).', ru: 'Неверный БИН (12 цифр, контрольный разряд).', en: 'Invalid BIN (12 digits with a check digit).' },
  APPLICANT_KIND_NOT_OFFERED: { kk: 'Бұл қызмет заңды тұлғаларға көрсетілмейді.', ru: 'Эта услуга не оказывается юридическим лицам.', en: 'This service is not provided to legal entities.' },
  CSR_IIN_MISMATCH: { kk: 'Сұраудағы ЖСН сіздің ЖСН-іңіз емес.', ru: 'ИИН в запросе на сертификат не ваш.', en: 'The IIN in the certificate request is not yours.' },
  CERTIFICATE_NOT_FOUND: { kk: 'Тіркеу куәлігі табылмады.', ru: 'Регистрационное свидетельство не найдено.', en: 'Certificate not found.' },
  DOCUMENT_NOT_FOUND: { kk: 'Құжат табылмады.', ru: 'Документ не найден.', en: 'Document not found.' },
  REGISTRY_NO_DATA: {
    kk: 'Алушы деректерінің жоқтығына байланысты деректерді алу мүмкін емес (ЖТ МДҚ): сұрау салудан дәлелді бас тартылды.',
    ru: 'Невозможно получить данные в связи с отсутствием данных получателя (ГБД ФЛ): мотивированный отказ в приёме запроса.',
    en: 'No data on the applicant could be obtained from the state database of individuals: the request is refused with this reason.',
  },
  NO_SIGNING_KEY: { kk: 'Қызметкердің қол қою кілті тіркелмеген.', ru: 'У сотрудника не зарегистрирован ключ подписи.', en: 'The staff member has no registered signing key.' },
  // Staff
  NOT_IN_INBOX: {
    kk: 'Өтініш жұмысқа алуға болатын күйде емес.',
    ru: 'Заявку нельзя взять в работу в её текущем статусе.',
    en: 'The request cannot be taken in its current status.',
  },
  NOT_ASSIGNED_TO_YOU: {
    kk: 'Өтініш сізге бекітілмеген немесе әлі жұмысқа алынбаған.',
    ru: 'Заявка не закреплена за вами или ещё не взята в работу.',
    en: 'The request is not assigned to you or has not been taken yet.',
  },
  FORBIDDEN_ROLE: {
    kk: 'Бұл әрекетті тек ведомство басшысы орындай алады.',
    ru: 'Это действие может выполнить только руководитель ведомства.',
    en: 'Only the head of the agency can do this.',
  },
  ASSIGNEE_NOT_IN_AGENCY: {
    kk: 'Орындаушы осы ведомствоның қызметкері (маман немесе басшы) емес.',
    ru: 'Исполнитель не является сотрудником (специалистом или руководителем) этого ведомства.',
    en: 'The assignee is not a clerk or head of this agency.',
  },
  NOT_ASSIGNABLE: {
    kk: 'Өтінішті тек кіріс тізімінде немесе жұмыста болғанда қайта тағайындауға болады.',
    ru: 'Заявку можно переназначить только пока она во входящих или в работе.',
    en: 'A request can be reassigned only while it is in the inbox or in progress.',
  },
  ASSIGNED_TO_OTHER: {
    kk: 'Өтініш басқа қызметкерге тағайындалған.',
    ru: 'Заявка назначена другому сотруднику.',
    en: 'The request is assigned to another staff member.',
  },
  ALREADY_DECIDED: {
    kk: 'Өтініш бойынша шешім қабылданған.',
    ru: 'По заявке уже принято решение.',
    en: 'A decision on this request has already been made.',
  },
  // Return for correction
  REQUEST_RETURNED: {
    kk: 'Өтініш түзетуге қайтарылды',
    ru: 'Заявка возвращена на доработку',
    en: 'Returned for correction',
  },
  CANNOT_RETURN: {
    kk: 'Өтінішті тек жұмыстағы күйінде түзетуге қайтаруға болады.',
    ru: 'Вернуть заявку на доработку можно только когда она в работе.',
    en: 'A request can be returned for correction only while it is in work.',
  },
  POWER_OF_ATTORNEY_INVALID: {
    kk: 'Сенімхат нотариаттық тізілімде жоқ, мерзімі өткен немесе кері қайтарылған, не басқа адамдарға берілген: деректерді алу мүмкін емес.',
    ru: 'Доверенности нет в реестре нотариусов, она истекла или отозвана, либо выдана другим лицам: получить данные невозможно.',
    en: 'The power of attorney is not in the notaries’ register, has expired or been revoked, or was given by or to someone else.',
  },
  BIRTH_RECORD_NOT_FOUND: {
    kk: 'АХАЖ тізілімінде баланың туу туралы жазбасы жоқ немесе өтініш беруші оның ата-анасы ретінде тіркелмеген.',
    ru: 'В реестре ЗАГС нет актовой записи о рождении ребёнка, либо заявитель не записан его родителем.',
    en: 'The civil registry has no birth record of the child, or the applicant is not registered as a parent.',
  },
  NOT_A_REPRESENTATIVE: {
    kk: 'ЗТ МДҚ бойынша өтініш беруші бұл заңды тұлғаның атынан әрекет ете алатындардың қатарында жоқ.',
    ru: 'По ГБД ЮЛ заявитель не входит в число лиц, вправе представлять это юридическое лицо.',
    en: 'The state database of legal entities does not list the applicant among those entitled to represent this legal entity.',
  },
  REPRESENTATIVE_NOT_OFFERED: {
    kk: 'Бұл қызметте бұл арна арқылы сенімхат бойынша өкілге өтініш беруге болмайды.',
    ru: 'Для этой услуги в этом канале подать заявку через представителя по доверенности нельзя.',
    en: 'This service does not take requests from a representative with a power of attorney on this channel.',
  },
  PAYMENT_REQUIRED: {
    kk: 'Бұл қызмет үшін алдымен төлем шлюзі арқылы төлеу керек: өтінімге төлемнің нөмірін қосып, қол қойыңыз.',
    ru: 'За эту услугу сначала нужно заплатить через платёжный шлюз: укажите в заявке номер платежа и подпишите её.',
    en: 'This service must be paid for first through the payment gateway: add the payment’s id to the request and sign it.',
  },
  PAYMENT_NOT_FOUND: {
    kk: 'Мұндай төлем жоқ немесе ол сізге не осы қызметке тиесілі емес.',
    ru: 'Такого платежа нет, либо он не ваш или не за эту услугу.',
    en: 'No such payment, or it is not yours or not for this service.',
  },
  PAYMENT_NOT_PAID: {
    kk: 'Төлем әлі расталмаған: төлем шлюзі растағаннан кейін қайталаңыз.',
    ru: 'Платёж ещё не подтверждён: повторите, когда платёжный шлюз его подтвердит.',
    en: 'The payment is not confirmed yet: try again once the payment gateway confirms it.',
  },
  PAYMENT_ALREADY_USED: {
    kk: 'Бұл төлем басқа өтінімге қолданылған.',
    ru: 'Этот платёж уже использован для другой заявки.',
    en: 'This payment was already used for another request.',
  },
  NO_FEE_DUE: {
    kk: 'Бұл өтінім бойынша төлем күтілмейді: ол әлі мақұлданбаған, төленген немесе төлем мерзімінде түспегендіктен бас тартылған.',
    ru: 'По этой заявке оплата не ожидается: она ещё не одобрена, уже оплачена или в ней отказано, так как оплата не поступила в срок.',
    en: 'No fee is due on this request: it is not approved yet, already paid, or refused because the fee did not come in time.',
  },
  SERVICE_HAS_NO_FEE: {
    kk: 'Бұл қызмет тегін: төлеудің қажеті жоқ.',
    ru: 'Эта услуга бесплатна: платить не нужно.',
    en: 'This service is free: there is nothing to pay.',
  },
  SERVICE_VERSION_CHANGED: {
    kk: 'Қызметтің регламенті жаңартылды: нысанды қайта ашып, өтінімге қайта қол қойыңыз.',
    ru: 'Регламент услуги обновлён: откройте форму заново и подпишите заявку ещё раз.',
    en: 'The service’s regulation was updated: open the form again and sign the request anew.',
  },
  NOT_AWAITING_RESOLUTION: {
    kk: 'Өтініш басшының немесе бөлім басшысының қарарын күтіп тұрған жоқ.',
    ru: 'Заявка не ожидает резолюции руководителя или руководителя отдела.',
    en: 'The request is not waiting for a head’s or department head’s resolution.',
  },
  AWAITING_RESOLUTION: {
    kk: 'Өтініш әлі маманға берілмеген: басшы мен жауапты бөлім басшысының қарары күтілуде.',
    ru: 'Заявка ещё не передана специалисту: ожидается резолюция руководителя и руководителя ответственного отдела.',
    en: 'The request has not been passed to a specialist yet: it waits for the head’s and the department head’s resolutions.',
  },
  ASSIGNEE_NOT_ELIGIBLE: {
    kk: 'Қарар бойынша өтінішті тек осы ведомствоның тиісті қызметкеріне беруге болады: басшы – бөлім басшысына, бөлім басшысы – маманға.',
    ru: 'По резолюции заявку можно передать только соответствующему сотруднику этого ведомства: руководитель – руководителю отдела, руководитель отдела – специалисту.',
    en: 'A resolution passes the request only to the right staff member of this agency: the head to a department head, the department head to a specialist.',
  },
  NOT_DRAFTED: {
    kk: 'Өтінім бойынша қол қоятын шешім жобасы жоқ.',
    ru: 'По заявке нет проекта решения на подпись.',
    en: 'There is no draft decision on this request to sign.',
  },
  SIGNER_IS_DRAFTER: {
    kk: 'Шешім жобасын дайындаған қызметкер оған өзі қол қоя алмайды: басқа басшы қол қояды.',
    ru: 'Подготовивший проект решения не может сам его подписать: подписывает другой руководитель.',
    en: 'Whoever drafted the decision cannot sign it: another head signs.',
  },
  NOT_IN_QUEUE: {
    kk: 'Өтініш беруші кезекте тұрған жоқ: жолдама берілген немесе кезекке қойылмаған.',
    ru: 'Заявитель не стоит в очереди: направление уже выдано или в очередь он не поставлен.',
    en: 'The applicant is not waiting in the queue: already referred, or never queued.',
  },
  QUEUE_NOT_FOUND: {
    kk: 'Мұндай кезек жоқ.',
    ru: 'Такой очереди нет.',
    en: 'No such queue.',
  },
  AWAITING_CORRECTION: {
    kk: 'Өтініш түзетуге қайтарылған: алушы түзеткенше шешім қабылданбайды.',
    ru: 'Заявка возвращена на доработку: решение нельзя принять, пока получатель её не исправит.',
    en: 'The request was returned for correction: no decision until the applicant corrects it.',
  },
  RETURN_NOT_OFFERED: {
    kk: 'Бұл қызметте өтінішті түзетуге қайтару көзделмеген.',
    ru: 'Для этой услуги возврат заявки на доработку не предусмотрен.',
    en: 'This service does not provide for returning a request for correction.',
  },
  NOT_RETURNED: {
    kk: 'Өтініш түзетуге қайтарылмаған.',
    ru: 'Заявка не возвращена на доработку.',
    en: 'The request has not been returned for correction.',
  },
  SIGNATURE_BEFORE_RETURN: {
    kk: 'Түзету өтініш қайтарылғаннан кейін қол қойылуы керек.',
    ru: 'Исправление должно быть подписано после возврата заявки.',
    en: 'The correction must be signed after the request was returned.',
  },
  REFUSAL_GROUND_UNKNOWN: {
    kk: 'Бас тарту негізі осы қызметтің негіздерінің қатарында жоқ.',
    ru: 'Основание отказа не входит в перечень оснований этой услуги.',
    en: 'The refusal ground is not one of this service’s grounds.',
  },
  SURVEY_NOT_OFFERED: {
    kk: 'Бұл қызметтің регламентінде сауалнама жоқ.',
    ru: 'Регламент этой услуги не предусматривает анкету.',
    en: 'This service’s regulation has no questionnaire.',
  },
  SURVEY_NOT_YET: {
    kk: 'Сауалнамаға қызмет көрсетілгеннен кейін жауап беруге болады.',
    ru: 'Ответить на анкету можно после завершения оказания услуги.',
    en: 'The questionnaire can be answered once the service is completed.',
  },
  SURVEY_ALREADY_ANSWERED: {
    kk: 'Бұл өтініш бойынша сауалнамаға жауап берілген.',
    ru: 'На анкету по этой заявке уже дан ответ.',
    en: 'The questionnaire for this request has already been answered.',
  },
  DOCUMENT_TEXT_UNSUPPORTED: {
    kk: 'Мәтінде нәтиже құжатында басып шығаруға болмайтын таңбалар бар. Кирилл немесе латын әріптерін, цифрлар мен тыныс белгілерін қолданыңыз.',
    ru: 'В тексте есть символы, которые нельзя напечатать в документе-результате. Используйте кириллицу или латиницу, цифры и знаки препинания.',
    en: 'The text has characters a result document cannot print. Use Cyrillic or Latin letters, digits and punctuation.',
  },
  INTERNAL: {
    kk: 'Ішкі қате. Кейінірек қайталаңыз.',
    ru: 'Внутренняя ошибка. Повторите позже.',
    en: 'Internal error. Please try again later.',
  },
} satisfies Record<string, Localized>;

export type MessageCode = keyof typeof messages;

export function message(code: MessageCode, lang: Language): string {
  return messages[code][lang];
}
