/** Texts both web apps use (header, sign-in, generic errors, statuses). */
import type { Dictionary } from './i18n';

export const common = {
  skipToContent: { kk: 'Негізгі мазмұнға өту', ru: 'Перейти к содержимому', en: 'Skip to content' },
  language: { kk: 'Тіл', ru: 'Язык', en: 'Language' },
  signOut: { kk: 'Шығу', ru: 'Выйти', en: 'Sign out' },
  signIn: { kk: 'Кіру', ru: 'Войти', en: 'Sign in' },
  password: { kk: 'Құпиясөз', ru: 'Пароль', en: 'Password' },
  loading: { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' },
  retry: { kk: 'Қайталау', ru: 'Повторить', en: 'Try again' },
  networkError: { kk: 'Серверге қосылу мүмкін болмады. Қосылымды тексеріп, қайталап көріңіз.', ru: 'Не удалось связаться с сервером. Проверьте подключение и повторите.', en: 'Could not reach the server. Check your connection and try again.' },
  sessionExpired: { kk: 'Сессия аяқталды. Қайта кіріңіз.', ru: 'Сеанс завершён. Войдите снова.', en: 'Your session has ended. Please sign in again.' },
  notFound: { kk: 'Бет табылмады', ru: 'Страница не найдена', en: 'Page not found' },
  back: { kk: 'Артқа', ru: 'Назад', en: 'Back' },
  status: { kk: 'Мәртебе', ru: 'Статус', en: 'Status' },
  deadline: { kk: 'Мерзімі', ru: 'Срок', en: 'Deadline' },
  overdue: { kk: 'Мерзімі өтті', ru: 'Просрочено', en: 'Overdue' },
  dueSoon: { kk: 'Мерзімі жақын', ru: 'Срок истекает', en: 'Due soon' },
  onTime: { kk: 'Мерзімінде', ru: 'В срок', en: 'On time' },
  close: { kk: 'Жабу', ru: 'Закрыть', en: 'Close' },
} satisfies Dictionary;

/** Request statuses as a person reads them. */
export const statusLabels = {
  SUBMITTED: { kk: 'Жіберілді', ru: 'Отправлено', en: 'Submitted' },
  SIGNATURE_VERIFIED: { kk: 'ЭЦҚ тексерілді', ru: 'ЭЦП проверена', en: 'Signature verified' },
  SIGNATURE_REJECTED: { kk: 'ЭЦҚ қабылданбады', ru: 'ЭЦП отклонена', en: 'Signature rejected' },
  REGISTERED: { kk: 'Тіркелді', ru: 'Зарегистрировано', en: 'Registered' },
  IN_INBOX: { kk: 'Кезекте', ru: 'В очереди', en: 'In the inbox' },
  AT_HEAD: { kk: 'Басшының қарарында', ru: 'На резолюции у руководителя', en: 'Awaiting the head’s resolution' },
  AT_DEPARTMENT: { kk: 'Бөлім басшысының қарарында', ru: 'На резолюции у руководителя отдела', en: 'Awaiting the department head’s resolution' },
  IN_PROGRESS: { kk: 'Орындалуда', ru: 'В работе', en: 'In progress' },
  RETURNED: { kk: 'Түзетуге қайтарылды', ru: 'Возвращено на доработку', en: 'Returned for correction' },
  DRAFTED: { kk: 'Басшының қолында', ru: 'На подписи у руководителя', en: 'Awaiting the head’s signature' },
  DECIDED: { kk: 'Шешім қабылданды', ru: 'Решение принято', en: 'Decided' },
  RESULT_ISSUED: { kk: 'Нәтиже дайын', ru: 'Результат готов', en: 'Result issued' },
  RESULT_ROUTED: { kk: 'Нәтиже жолда', ru: 'Результат в пути', en: 'Result on its way' },
  COMPLETED: { kk: 'Аяқталды', ru: 'Исполнено', en: 'Completed' },
  REFUSED: { kk: 'Бас тартылды', ru: 'Отказано', en: 'Refused' },
} satisfies Dictionary;

export type StatusKey = keyof typeof statusLabels;

/** Badge colours, all at shades with at least 4.5:1 contrast against their text. */
export function statusColor(s: string): string {
  if (s === 'COMPLETED') return 'green';
  if (s === 'REFUSED' || s === 'SIGNATURE_REJECTED') return 'red';
  if (s === 'RETURNED') return 'orange';
  if (s === 'IN_PROGRESS' || s === 'AT_HEAD' || s === 'AT_DEPARTMENT' || s === 'DRAFTED' || s === 'DECIDED') return 'blue';
  return 'gray';
}
