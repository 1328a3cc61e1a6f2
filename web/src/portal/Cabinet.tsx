/**
 * The personal cabinet: my requests with their status and deadline, the platform's notifications
 * of every status change (read or not), and one request's page: its timeline of regulation steps with deadlines,
 * the decision, the result to download and verify, and the quality survey once it is finished.
 */
import { Alert, Anchor, Badge, Button, Group, List, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { terminalStatuses } from '../../../shared/domain/request';
import { useFormat, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { common, statusColor, statusLabels, type StatusKey } from '../common/strings';
import { Async, ErrorAlert, useAsync } from '../common/ui';
import { ApplyFlow } from './Apply';
import { FeeDue } from './Payment';
import type { ServiceDetail } from './Catalogue';
import { p } from './strings';

/** A notification of a status change, in the request's language (GET /v1/notifications). */
interface Notice {
  notificationId: string;
  requestId: string;
  status: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

interface Summary {
  requestId: string;
  serviceId: string;
  serviceName: string;
  status: string;
  registrationNumber?: string;
  createdAt: string;
  updatedAt: string;
  dueAt?: string;
  openStep?: { stepId: string; startedAt: string; deadline: string; overdue?: boolean };
}
interface HistoryItem {
  stepId: string;
  event: string;
  actor: { kind: string; name?: string };
  action?: string;
  at: string;
  deadline: string;
  onTime: boolean;
  note?: string;
}
interface RequestView extends Summary {
  form: Record<string, unknown>;
  refusal?: { code: string; message: string };
  decision?: { approved: boolean; decidedAt: string; ground?: { id: string; label?: string }; reason?: string };
  resultAvailable: boolean;
  survey?: { questions: { id: string; text: string }[]; options: { value: number; label: string }[]; answers?: Record<string, number>; answeredAt?: string };
  history: HistoryItem[];
  serviceVersion: number;
  attachments: { uploadId: string; kind: string; fileName: string; contentType: string; size: number; sha256: string }[];
  /** The latest return for correction. */
  returned?: { label: string; reason: string; fields: { id: string; label: string }[]; returnedAt: string; correctedAt?: string };
  /** The fee paid through the payment gateway, and its refund if the request was refused. */
  payment?: { reference: string; amount: number; paidAt: string; refund?: { reference: string; at: string } };
  /** Approved, the result waits for the fee (a fee after approval). */
  feeDue?: { amount: number; since: string; until?: string };
  /** Filed for a legal entity: its BIN. */
  applicantBin?: string;
  /** The place in the service's waiting list (position while waiting; the referral once a place is found). */
  queue?: { queueId: string; name: string; journalNumber: number; placedAt: string; status: 'waiting' | 'referred'; position?: number; referral?: { organisation: string; referredAt: string } };
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT(statusLabels);
  return (
    <Badge color={statusColor(status)} variant="light" tt="none" data-testid="status">
      {status in statusLabels ? t(status as StatusKey) : status}
    </Badge>
  );
}

export function Cabinet() {
  const t = useT(p);
  const tc = useT(common);
  const ts = useT(statusLabels);
  const fmt = useFormat();
  const { api, session } = useSession();
  // All of a citizen's requests (pages of 50 followed through their cursor; a person has few).
  const state = useAsync(async () => {
    const items: Summary[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const r = await api.get<{ items: Summary[]; cursor?: string }>(`/v1/requests?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...r.items);
      if (!(cursor = r.cursor)) break;
    }
    return { items };
  }, [api]);
  const notes = useAsync(() => api.get<{ items: Notice[]; unread: number }>('/v1/notifications?limit=10'), [api]);
  const [marking, setMarking] = useState<string>();
  const [markError, setMarkError] = useState<unknown>();
  const markRead = async (id: string) => {
    setMarking(id);
    setMarkError(undefined);
    try {
      await api.post(`/v1/notifications/${encodeURIComponent(id)}/read`);
      notes.reload();
    } catch (e) {
      setMarkError(e);
    } finally {
      setMarking(undefined);
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('cabinetTitle')}</Title>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('notifications')}
          {notes.data && notes.data.unread > 0 && (
            <Badge ml="sm" color="blue" data-testid="unread">
              {t('unread', { n: notes.data.unread })}
            </Badge>
          )}
        </Title>
        <ErrorAlert error={markError} />
        <div role="status" aria-live="polite" data-testid="notifications">
          <Async state={notes}>
            {(data) =>
              data.items.length === 0 ? (
                <Text size="sm">{t('noNotifications')}</Text>
              ) : (
                <List size="sm" spacing="xs">
                  {data.items.map((n) => (
                    <List.Item key={n.notificationId} data-testid="notification" data-read={n.read ? 'true' : 'false'}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Text size="sm" fw={n.read ? 400 : 700}>
                          {fmt.dateTime(n.createdAt)} — {n.body}
                        </Text>
                        {!n.read && (
                          <Button size="compact-xs" variant="subtle" loading={marking === n.notificationId} onClick={() => void markRead(n.notificationId)} aria-label={`${t('markRead')}: ${n.title}`}>
                            {t('markRead')}
                          </Button>
                        )}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )
            }
          </Async>
        </div>
      </Paper>
      <Async state={state}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>
              {t('noRequests')}{' '}
              <Anchor component={Link} to="/">
                {t('navCatalogue')}
              </Anchor>
            </Text>
          ) : (
            <Table striped withTableBorder data-testid="requests">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('service')}</Table.Th>
                  <Table.Th scope="col">{t('registrationNumber')}</Table.Th>
                  <Table.Th scope="col">{tc('status')}</Table.Th>
                  <Table.Th scope="col">{t('submittedAt')}</Table.Th>
                  <Table.Th scope="col">{t('dueAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.items]
                  .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
                  .map((r) => (
                    <Table.Tr key={r.requestId} data-testid={`row-${r.requestId}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cabinet/${r.requestId}`}>
                          {r.serviceName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{r.registrationNumber ?? '—'}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td>{fmt.dateTime(r.createdAt)}</Table.Td>
                      <Table.Td>{fmt.date(r.dueAt)}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Async>
    </Stack>
  );
}

export function RequestPage() {
  const { requestId = '' } = useParams();
  const { api } = useSession();
  const state = useAsync(() => api.get<RequestView>(`/v1/requests/${encodeURIComponent(requestId)}`), [api, requestId]);
  // Keep the page current while the request is moving (every few seconds, only while open).
  const { reload } = state;
  const finished = state.data && (terminalStatuses as readonly string[]).includes(state.data.status);
  useEffect(() => {
    if (finished) return;
    const h = setInterval(reload, 4000);
    return () => clearInterval(h);
  }, [finished, reload]);
  return <Async state={state}>{(v) => <RequestDetail v={v} reload={reload} />}</Async>;
}

function RequestDetail({ v, reload }: { v: RequestView; reload: () => void }) {
  const t = useT(p);
  const tc = useT(common);
  const fmt = useFormat();
  const returnReason = v.returned?.reason;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/cabinet" size="sm">
        ← {t('cabinetTitle')}
      </Anchor>
      <Title order={1}>{v.serviceName}</Title>
      <dl className="facts">
        <dt>{t('requestNumber')}</dt>
        <dd>{v.requestId}</dd>
        <dt>{t('registrationNumber')}</dt>
        <dd data-testid="registration-number">{v.registrationNumber ?? '—'}</dd>
        <dt>{tc('status')}</dt>
        <dd>
          <StatusBadge status={v.status} />
        </dd>
        {v.applicantBin && (
          <>
            <dt>{t('orgBin')}</dt>
            <dd data-testid="applicant-bin">{v.applicantBin}</dd>
          </>
        )}
        <dt>{t('submittedAt')}</dt>
        <dd>{fmt.dateTime(v.createdAt)}</dd>
        <dt>{t('dueAt')}</dt>
        <dd data-testid="due-at">{v.status === 'RETURNED' && !v.dueAt ? t('clockPaused') : fmt.date(v.dueAt)}</dd>
      </dl>
      {v.openStep && (
        <Alert color={v.openStep.overdue ? 'red' : 'blue'} data-testid="open-step">
          {t('openStepDue', { at: fmt.dateTime(v.openStep.deadline) })}
        </Alert>
      )}
      {v.status === 'RETURNED' && (
        <Alert color="orange" title={v.returned?.label ?? t('returnedTitle')} data-testid="returned">
          {returnReason && <Text>{returnReason}</Text>}
          {v.returned && v.returned.fields.length > 0 && (
            <Text size="sm" mt="xs">
              {t('toCorrect')}: {v.returned.fields.map((f) => f.label).join(', ')}
            </Text>
          )}
          <Button component={Link} to={`/cabinet/${v.requestId}/correct`} mt="sm" data-testid="correct">
            {t('correct')}
          </Button>
        </Alert>
      )}
      {v.refusal && (
        <Alert color="red" title={t('sigRejectedTitle')}>
          {v.refusal.message}
        </Alert>
      )}
      {v.decision && !v.decision.approved && (
        <Alert color="red" title={t('refusedTitle')} data-testid="refusal">
          <Text>
            {t('refusalGround')}: {v.decision.ground?.label}
          </Text>
          {v.decision.reason && (
            <Text>
              {t('refusalReason')}: {v.decision.reason}
            </Text>
          )}
        </Alert>
      )}
      {v.feeDue && !v.payment && <FeeDue serviceId={v.serviceId} requestId={v.requestId} amount={v.feeDue.amount} {...(v.feeDue.until ? { until: v.feeDue.until } : {})} onPaid={reload} />}
      {v.payment && (
        <Alert color={v.payment.refund ? 'green' : 'gray'} title={t('feeTitle')} data-testid="payment">
          <Text>
            {t('feePaid', { amount: fmt.number(v.payment.amount), reference: v.payment.reference, at: fmt.date(v.payment.paidAt) })}
          </Text>
          {v.payment.refund && <Text data-testid="refund">{t('feeRefunded', { reference: v.payment.refund.reference, at: fmt.date(v.payment.refund.at) })}</Text>}
        </Alert>
      )}
      {v.queue && (
        <Alert color={v.queue.status === 'waiting' ? 'blue' : 'green'} title={v.queue.name} data-testid="queue">
          <dl className="facts">
            <dt>{t('queueNumber')}</dt>
            <dd>
              № {v.queue.journalNumber}, {fmt.date(v.queue.placedAt)}
            </dd>
            {v.queue.position !== undefined && (
              <>
                <dt>{t('queuePosition')}</dt>
                <dd data-testid="queue-position">{v.queue.position}</dd>
              </>
            )}
            {v.queue.referral && (
              <>
                <dt>{t('queueReferral')}</dt>
                <dd data-testid="queue-referral">
                  {v.queue.referral.organisation} ({fmt.date(v.queue.referral.referredAt)})
                </dd>
              </>
            )}
          </dl>
        </Alert>
      )}
      {v.resultAvailable && <ResultBox requestId={v.requestId} />}
      {v.survey && <Survey requestId={v.requestId} survey={v.survey} onDone={reload} />}
      <Title order={2} size="h3">
        {t('timeline')}
      </Title>
      {v.dueAt && <Text data-testid="overall-deadline">{t('overallDeadline', { at: fmt.date(v.dueAt) })}</Text>}
      <Timeline history={v.history} />
    </Stack>
  );
}

/** The regulation's steps in order, each with its deadline, and what happened inside each step. */
function Timeline({ history }: { history: HistoryItem[] }) {
  const t = useT(p);
  const fmt = useFormat();
  const steps: { stepId: string; items: HistoryItem[] }[] = [];
  for (const h of history) {
    const last = steps.at(-1);
    if (last && last.stepId === h.stepId) last.items.push(h);
    else steps.push({ stepId: h.stepId, items: [h] });
  }
  const evLabel = (e: string) => (`ev_${e}` in p ? t(`ev_${e}` as keyof typeof p) : e);
  return (
    <ol className="timeline" data-testid="timeline">
      {steps.map((s, i) => {
        const first = s.items[0]!;
        const late = s.items.some((h) => !h.onTime);
        return (
          <li key={`${s.stepId}-${i}`} data-testid="timeline-step">
            <Text fw={600}>{first.action ?? s.stepId}</Text>
            <Text size="sm" c="dimmed">
              {first.actor.name} · {t('stepDeadline', { at: fmt.dateTime(first.deadline) })} — {late ? t('stepLate') : t('stepOnTime')}
            </Text>
            <List size="sm" mt={4}>
              {s.items.map((h, j) => (
                <List.Item key={`${h.event}-${j}`}>
                  {fmt.dateTime(h.at)} — {evLabel(h.event)}
                  {h.note ? ` (${h.note})` : ''}
                </List.Item>
              ))}
            </List>
          </li>
        );
      })}
    </ol>
  );
}

function ResultBox({ requestId }: { requestId: string }) {
  const t = useT(p);
  const { api } = useSession();
  const state = useAsync(() => api.get<{ url: string; documentId: string; sha256: string }>(`/v1/requests/${requestId}/result`), [api, requestId]);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('result')}
      </Title>
      <Async state={state}>
        {(r) => (
          <Stack gap="xs">
            <Group>
              <Button component="a" href={r.url} target="_blank" rel="noopener" data-testid="download-result">
                {t('downloadResult')}
              </Button>
              <Button component={Link} variant="outline" to={`/verify/${r.documentId}`} data-testid="verify-link">
                {t('verifyResult')}
              </Button>
            </Group>
            <Text size="xs" ff="monospace" data-testid="result-sha256">
              SHA-256: {r.sha256}
            </Text>
          </Stack>
        )}
      </Async>
    </Paper>
  );
}

function Survey({ requestId, survey, onDone }: { requestId: string; survey: NonNullable<RequestView['survey']>; onDone: () => void }) {
  const t = useT(p);
  const { api } = useSession();
  const [answers, setAnswers] = useState<Record<string, number>>(survey.answers ?? {});
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const done = Boolean(survey.answers);
  return (
    <Paper withBorder p="md" data-testid="survey">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (survey.questions.some((q) => answers[q.id] === undefined)) return setMissing(true);
          setMissing(false);
          setBusy(true);
          try {
            await api.post(`/v1/requests/${requestId}/survey`, { answers });
            onDone();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Stack>
          <Title order={2} size="h3">
            {t('surveyTitle')}
          </Title>
          {survey.questions.map((q) => (
            <Radio.Group key={q.id} label={q.text} value={answers[q.id] !== undefined ? String(answers[q.id]) : ''} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: Number(v) }))} readOnly={done} data-testid={`survey-${q.id}`}>
              <Group mt="xs">
                {survey.options.map((o) => (
                  <Radio key={o.value} value={String(o.value)} label={o.label} disabled={done && answers[q.id] !== o.value} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          {missing && (
            <Text c="red.8" role="alert">
              {t('surveyIncomplete')}
            </Text>
          )}
          <ErrorAlert error={error} />
          <div role="status" aria-live="polite">
            {done && (
              <Alert color="green" data-testid="survey-thanks">
                {t('surveyThanks')}
              </Alert>
            )}
          </div>
          {!done && (
            <Group>
              <Button type="submit" loading={busy} data-testid="survey-send">
                {t('surveySend')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Correcting a request returned for it: the form prefilled with what was filed, signed anew. */
export function CorrectionPage() {
  const { requestId = '' } = useParams();
  const { api } = useSession();
  const state = useAsync(async () => {
    const v = await api.get<RequestView>(`/v1/requests/${encodeURIComponent(requestId)}`);
    return { v, def: await api.get<ServiceDetail>(`/v1/services/${encodeURIComponent(v.serviceId)}`) };
  }, [api, requestId]);
  const t = useT(p);
  return (
    <Async state={state}>
      {({ v, def }) =>
        v.status !== 'RETURNED' || !v.returned ? (
          <Text>
            <Anchor component={Link} to={`/cabinet/${v.requestId}`}>
              {t('goToRequest')}
            </Anchor>
          </Text>
        ) : (
          <ApplyFlow def={def} correction={{ requestId: v.requestId, serviceVersion: v.serviceVersion, reason: v.returned.reason, fields: v.returned.fields, form: v.form, attachments: v.attachments, ...(v.applicantBin ? { applicantBin: v.applicantBin } : {}) }} />
        )
      }
    </Async>
  );
}
