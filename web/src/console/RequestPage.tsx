/**
 * One request of the agency: its summary, form data, attachments previewed in the page, the
 * latest return for correction, history; and the actions: take it, return it for correction,
 * approve with the result's fields or refuse on a ground of the regulation — signed with the
 * clerk's own key; a head hands it to another clerk.
 */
import { Alert, Anchor, Button, Checkbox, Container, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Tabs, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../common/api';
import { useFormat, useLoc } from '../common/i18n';
import { useSession } from '../common/session';
import { Async, ErrorAlert, useAsync } from '../common/ui';
import { rolesOf, type Attachment, type RequestView, type ServiceDetail, type StaffMember } from './model';
import { ApiProblem, compact, DueBadge, FieldInput, fieldErrors, StatusBadge, useCT, useServiceDetail } from './parts';
import { Reassign, useAgencyStaff } from './HeadView';
import { s as strings } from './strings';

export function RequestPage() {
  const { requestId = '' } = useParams();
  const { api } = useSession();
  const t = useCT();
  const state = useAsync(() => api.get<RequestView>(`/v1/agency/requests/${encodeURIComponent(requestId)}`), [requestId]);
  return (
    <Container size="xl">
      <Anchor component={Link} to="/inbox" size="sm">
        ← {t('backToInbox')}
      </Anchor>
      <Async state={state}>{(r) => <RequestBody r={r} reload={state.reload} />}</Async>
    </Container>
  );
}

function RequestBody({ r, reload }: { r: RequestView; reload: () => void }) {
  const t = useCT();
  const fmt = useFormat();
  const loc = useLoc();
  const def = useServiceDetail(r.serviceId).data;
  const timeLeft = useTimeLeft();
  const [notice, setNotice] = useState<string>();
  const done = (msg: string) => {
    setNotice(msg);
    reload();
  };
  return (
    <Stack gap="md" mt="xs">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('requestTitle', { number: r.registrationNumber ?? r.requestId.slice(0, 8) })}</Title>
          <Text c="dimmed">{def ? loc(def.names) : r.serviceName}</Text>
        </div>
        <Group gap="xs">
          <StatusBadge status={r.status} />
          <DueBadge item={r} />
        </Group>
      </Group>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="green" data-testid="notice">
            {notice}
          </Alert>
        )}
      </div>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Stack gap="md">
          <Section title={t('summary')}>
            <Pairs
              rows={[
                [t('applicantIin'), <span data-testid="applicant-iin">{r.applicantIin}</span>],
                [t('colChannel'), t(`channel.${r.channel}` as 'channel.portal')],
                [t('colReceived'), fmt.dateTime(r.createdAt)],
                [t('colDue'), fmt.dateTime(r.dueAt ?? undefined)],
                [t('colAssignee'), r.assignee ?? t('unassigned')],
                ...(r.representative ? ([[t('representative'), `${r.representative.iin} · ${t('powerOfAttorney')} ${r.representative.powerOfAttorney}`]] as [string, ReactNode][]) : []),
                ...(r.payment ? ([[t('fee'), `${fmt.number(r.payment.amount)} ₸ · ${r.payment.reference}${r.payment.refund ? ` · ${t('refunded')} ${r.payment.refund.reference}` : ''}`]] as [string, ReactNode][]) : []),
              ]}
            />
          </Section>
          <Section title={t('formData')}>
            <Pairs
              testId="form-data"
              rows={Object.entries(r.form).map(([k, v]) => {
                const f = def?.form.fields.find((x) => x.id === k);
                const shown = f?.type === 'select' ? loc(f.options.find((o) => o.value === v)?.label) || String(v) : String(v);
                return [f ? loc(f.label) : k, shown];
              })}
            />
          </Section>
          <Actions r={r} def={def} onDone={done} />
        </Stack>
        <Section title={t('attachments')}>
          <Attachments r={r} def={def} />
        </Section>
      </SimpleGrid>
      {r.returned && (
        <Section title={t('returnedTitle')}>
          <Pairs
            testId="returned"
            rows={[
              [t('returnReason'), r.returned.reason],
              ...(r.returned.fields.length ? ([[t('returnFields'), r.returned.fields.map((f) => f.label).join(', ')]] as [string, ReactNode][]) : []),
              [t('returnedAt'), fmt.dateTime(r.returned.returnedAt)],
              [t('correctedAt'), r.returned.correctedAt ? fmt.dateTime(r.returned.correctedAt) : t('notYetCorrected')],
              ...(r.clockPaused ? ([[t('clockPaused'), `${t('clockPausedSince', { when: fmt.dateTime(r.clockPaused.pausedAt) })}; ${timeLeft(r.clockPaused.remainingMs)}`]] as [string, ReactNode][]) : []),
            ]}
          />
        </Section>
      )}
      {r.decision && (
        <Section title={t('decision')}>
          <Pairs
            testId="decision"
            rows={[
              [t('decision'), r.decision.approved ? t('approved') : t('refused')],
              ...(r.decision.ground ? ([[t('ground'), r.decision.ground.label ?? r.decision.ground.id]] as [string, ReactNode][]) : []),
              ...(r.decision.reason ? ([[t('reason'), r.decision.reason]] as [string, ReactNode][]) : []),
              [t('colWhen'), fmt.dateTime(r.decision.decidedAt)],
            ]}
          />
        </Section>
      )}
      {r.queue && (
        <Section title={r.queue.name}>
          <Pairs
            testId="queue"
            rows={[
              [t('queueNumber'), `№ ${r.queue.journalNumber}, ${fmt.date(r.queue.placedAt)}`],
              ...(r.queue.position !== undefined ? ([[t('queuePosition'), String(r.queue.position)]] as [string, ReactNode][]) : []),
              ...(r.queue.referral ? ([[t('queueReferral'), `${r.queue.referral.organisation} (${fmt.date(r.queue.referral.referredAt)})`]] as [string, ReactNode][]) : []),
            ]}
          />
          {r.queue.status === 'waiting' && <QueueReferral requestId={r.requestId} onDone={done} />}
        </Section>
      )}
      <Section title={t('history')}>
        <History r={r} />
      </Section>
    </Stack>
  );
}

function useTimeLeft() {
  const t = useCT();
  return (ms: number) => {
    const hours = Math.max(0, Math.ceil(ms / 3600_000));
    return hours >= 48 ? t('leftDays', { n: Math.floor(hours / 24) }) : t('leftHours', { n: hours });
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `h-${title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Pairs({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="pairs" data-testid={testId} style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 40%) 1fr', gap: '0.35rem 1rem', margin: 0 }}>
      {rows.map(([k, v], i) => (
        <div key={i} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{k}</dt>
          <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Attachments({ r, def }: { r: RequestView; def: ServiceDetail | undefined }) {
  const t = useCT();
  const loc = useLoc();
  const fmt = useFormat();
  const [open, setOpen] = useState<string | undefined>(r.attachments[0]?.uploadId);
  if (r.attachments.length === 0) return <Text c="dimmed">{t('noAttachments')}</Text>;
  return (
    <Stack gap="sm">
      {r.attachments.map((a) => {
        const kind = def?.attachments.find((k) => k.id === a.kind);
        return (
          <Paper key={a.uploadId} withBorder p="sm" data-testid="attachment">
            <Group justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {a.fileName}
                </Text>
                <Text size="sm" c="dimmed">
                  {kind ? loc(kind.label) : a.kind} · {a.contentType} · {fmt.number(a.size / 1024, 1)} KB
                </Text>
              </div>
              <Button size="xs" variant="outline" aria-expanded={open === a.uploadId} onClick={() => setOpen(open === a.uploadId ? undefined : a.uploadId)} data-testid="preview-toggle">
                {open === a.uploadId ? t('hidePreview') : t('preview')}
                <VisuallyHidden>: {a.fileName}</VisuallyHidden>
              </Button>
            </Group>
            {open === a.uploadId && <Preview requestId={r.requestId} a={a} />}
          </Paper>
        );
      })}
    </Stack>
  );
}

function Preview({ requestId, a }: { requestId: string; a: Attachment }) {
  const t = useCT();
  const { api } = useSession();
  const link = useAsync(() => api.get<{ url: string }>(`/v1/agency/requests/${encodeURIComponent(requestId)}/attachments/${encodeURIComponent(a.uploadId)}`), [requestId, a.uploadId]);
  return (
    <div style={{ marginTop: 8 }}>
      <Async state={link}>
        {({ url }) => (
          <Stack gap={4}>
            {a.contentType.startsWith('image/') ? (
              <img src={url} alt={t('previewOf', { name: a.fileName })} style={{ maxWidth: '100%', border: '1px solid var(--mantine-color-gray-4)' }} data-testid="preview-image" />
            ) : (
              <iframe src={url} title={t('previewOf', { name: a.fileName })} style={{ width: '100%', height: 560, border: '1px solid var(--mantine-color-gray-4)' }} data-testid="preview-frame" />
            )}
            <Anchor href={url} target="_blank" rel="noreferrer" size="sm">
              {t('openInNewTab')}
              <VisuallyHidden>: {a.fileName}</VisuallyHidden>
            </Anchor>
          </Stack>
        )}
      </Async>
    </div>
  );
}

function History({ r }: { r: RequestView }) {
  const t = useCT();
  const fmt = useFormat();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('colWhen')}</Table.Th>
            <Table.Th scope="col">{t('step')}</Table.Th>
            <Table.Th scope="col">{t('colActor')}</Table.Th>
            <Table.Th scope="col">{t('colAction')}</Table.Th>
            <Table.Th scope="col">{t('colDeadline')}</Table.Th>
            <Table.Th scope="col">{t('colOnTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.history.map((h, i) => (
            <Table.Tr key={i}>
              <Table.Td>{fmt.dateTime(h.at)}</Table.Td>
              <Table.Td>{h.stepId}</Table.Td>
              <Table.Td>
                {/* A staff member's own event: the person (the step's actor would be the regulation's role). */}
                {h.actor.kind === 'staff' && h.actor.id ? h.actor.id : `${h.actor.name ?? h.actor.kind}${h.actor.id ? ` (${h.actor.id})` : ''}`}
              </Table.Td>
              <Table.Td>
                <Text span fw={600} size="sm">
                  {`event.${h.event}` in strings ? t(`event.${h.event}` as 'event.staff.taken') : h.event}
                </Text>
                {h.action && !h.event.startsWith('staff.') ? (
                  <Text size="xs" c="dimmed">
                    {h.action}
                  </Text>
                ) : null}
                {h.note ? (
                  <Text size="xs" c="dimmed">
                    {h.note}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{fmt.dateTime(h.deadline)}</Table.Td>
              <Table.Td>{h.onTime === undefined ? '—' : h.onTime ? t('yes') : <Text span fw={700} c="red.9">{t('no')}</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A place was found for a child waiting in the queue: the referral takes them out of it. */
function QueueReferral({ requestId, onDone }: { requestId: string; onDone: (msg: string) => void }) {
  const t = useCT();
  const { api, session } = useSession();
  const roles = rolesOf(session);
  const [organisation, setOrganisation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!roles.includes('clerk') && !roles.includes('head')) return null;
  const fieldError = error instanceof ApiError ? error.fields.find((f) => f.field === 'organisation')?.message : undefined;
  return (
    <form
      noValidate
      data-testid="queue-referral-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
          await api.post(`/v1/agency/requests/${requestId}/queue-referral`, { organisation: organisation.trim() });
          onDone(t('queueReferred'));
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack gap="xs" mt="sm">
        <Textarea
          id="queue-organisation"
          label={t('queueOrganisation')}
          value={organisation}
          onChange={(e) => setOrganisation(e.currentTarget.value)}
          error={fieldError}
          autosize
          minRows={1}
          required
        />
        {error !== undefined && !fieldError ? <ApiProblem error={error} /> : null}
        <Group>
          <Button type="submit" loading={busy} data-testid="queue-refer">
            {t('queueRefer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Actions({ r, def, onDone }: { r: RequestView; def: ServiceDetail | undefined; onDone: (msg: string) => void }) {
  const t = useCT();
  const { api, session } = useSession();
  const roles = rolesOf(session);
  const isHead = roles.includes('head');
  const staff = useAgencyStaff(isHead);
  // An internal chain's resolutions: the head passes the request to a department head, who passes it to a specialist.
  const resolver = (isHead && r.status === 'AT_HEAD') || (roles.includes('department-head') && r.status === 'AT_DEPARTMENT' && r.assignee === session?.user);
  const targets = useAgencyStaff(resolver, [r.status === 'AT_HEAD' ? 'department-head' : 'specialist']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!roles.some((x) => x === 'clerk' || x === 'head' || x === 'department-head' || x === 'specialist')) return null;
  const other = r.assignee !== undefined && r.assignee !== null && r.assignee !== session?.user;
  let body: ReactNode;
  if (r.status === 'AT_HEAD' || r.status === 'AT_DEPARTMENT') {
    body = resolver ? (
      <Resolution r={r} staff={targets.data} onDone={onDone} onError={setError} />
    ) : (
      <Text c="dimmed" data-testid="awaiting-resolution">
        {t(r.status === 'AT_HEAD' ? 'awaitingHeadResolution' : 'awaitingDepartmentResolution')}
      </Text>
    );
  } else if (r.status === 'IN_INBOX' && !other) {
    body = (
      <Stack gap="xs">
        <Text>{t('takeFirst')}</Text>
        <Button
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              await api.post(`/v1/agency/requests/${r.requestId}/take`);
              onDone(t('taken'));
            } catch (e) {
              setError(e);
            } finally {
              setBusy(false);
            }
          }}
          data-testid="take"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('take')}
        </Button>
      </Stack>
    );
  } else if (r.status === 'IN_INBOX' || r.status === 'IN_PROGRESS') {
    body = other ? <Text data-testid="not-yours">{t('assignedTo', { name: r.assignee! })}. {t('notYours')}</Text> : def ? <DecisionForms r={r} def={def} onDone={onDone} /> : null;
  } else if (r.status === 'DRAFTED') {
    // An internal chain: the specialist's draft waits for a head (not the drafter) to sign it.
    body = isHead ? (
      <Stack gap="xs">
        <Text>{t('draftToSign')}</Text>
        <Button
          loading={busy}
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              await api.post(`/v1/agency/requests/${r.requestId}/sign`);
              onDone(t('draftSigned'));
            } catch (e) {
              setError(e);
            } finally {
              setBusy(false);
            }
          }}
          data-testid="sign-draft"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('signDraft')}
        </Button>
      </Stack>
    ) : (
      <Text c="dimmed" data-testid="awaiting-head">
        {t('draftWaiting')}
      </Text>
    );
  } else {
    body = <Text c="dimmed">{r.status === 'RETURNED' ? t('returnedWaiting') : t('finished')}</Text>;
  }
  const assignable = isHead && (r.status === 'IN_INBOX' || r.status === 'IN_PROGRESS');
  return (
    <Section title={t('actions')}>
      {body}
      {assignable && (
        <Stack gap={4} mt="md" data-testid="reassign">
          <Title order={3} size="h5">
            {t('reassign')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reassignHelp')}
          </Text>
          <Reassign
            item={r}
            staff={staff.data}
            size="sm"
            onAssigned={(m) => {
              setError(undefined);
              onDone(m);
            }}
            onError={setError}
          />
        </Stack>
      )}
      {error !== undefined && (
        <div style={{ marginTop: 8 }}>
          <ApiProblem error={error} />
        </div>
      )}
    </Section>
  );
}

/** A resolution (seed 002 ¶5 sub-paras 2–3): pass the request on to a department head, or to a specialist. */
function Resolution({ r, staff, onDone, onError }: { r: RequestView; staff: StaffMember[] | undefined; onDone: (msg: string) => void; onError: (e: unknown) => void }) {
  const t = useCT();
  const { api } = useSession();
  const [who, setWho] = useState('');
  const [busy, setBusy] = useState(false);
  const number = r.registrationNumber ?? r.requestId.slice(0, 8);
  const name = (m: StaffMember) => (m.name && m.name !== m.username ? `${m.name} (${m.username})` : m.username);
  return (
    <Stack gap="xs" data-testid="resolution">
      <Title order={3} size="h5">
        {t('resolutionTitle')}
      </Title>
      <Text>{t(r.status === 'AT_HEAD' ? 'resolutionToDepartment' : 'resolutionToSpecialist')}</Text>
      <Group gap={6} wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('resolutionTo', { number })}
          w={320}
          value={who}
          disabled={!staff}
          onChange={(e) => setWho(e.currentTarget.value)}
          data={[{ value: '', label: t('chooseStaff') }, ...(staff ?? []).map((m) => ({ value: m.username, label: name(m) }))]}
          data-testid="resolution-select"
        />
        <Button
          disabled={!who}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            onError(undefined);
            try {
              await api.post(`/v1/agency/requests/${r.requestId}/resolution`, { assignee: who });
              const m = staff?.find((x) => x.username === who);
              onDone(t('resolved', { number, name: m ? name(m) : who }));
            } catch (e) {
              onError(e);
            } finally {
              setBusy(false);
            }
          }}
          data-testid="resolve"
        >
          {t('resolve')}
        </Button>
      </Group>
    </Stack>
  );
}

function DecisionForms({ r, def, onDone }: { r: RequestView; def: ServiceDetail; onDone: (msg: string) => void }) {
  const t = useCT();
  const loc = useLoc();
  const { api } = useSession();
  const [tab, setTab] = useState<string | null>('approve');
  const [result, setResult] = useState<Record<string, unknown>>({});
  const [groundId, setGroundId] = useState('');
  const [reason, setReason] = useState('');
  const [retReason, setRetReason] = useState('');
  const [retFields, setRetFields] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<'approve' | 'refuse' | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState<Record<string, string>>({});

  const errs = { ...fieldErrors(error, 'resultFields'), ...missing };
  const refuseErrs = { ...fieldErrors(error, ''), ...missing };
  const topErr = (e: unknown, k: string) => (e instanceof ApiError ? e.fields.find((f) => f.field === k)?.message : undefined);

  function ask(kind: 'approve' | 'refuse', e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const m: Record<string, string> = {};
    if (kind === 'approve') for (const f of def.result.fields) if (f.required && (result[f.id] === undefined || result[f.id] === '')) m[f.id] = t('required');
    if (kind === 'refuse') {
      if (!groundId) m.groundId = t('required');
      if (reason.trim().length === 0) m.reason = t('required');
    }
    setMissing(m);
    if (Object.keys(m).length === 0) setConfirm(kind);
  }

  async function sign() {
    const kind = confirm;
    setConfirm(undefined);
    setBusy(true);
    try {
      const body = kind === 'approve' ? { decision: 'approve', resultFields: compact(result) } : { decision: 'refuse', groundId, reason: reason.trim() };
      await api.post(`/v1/agency/requests/${r.requestId}/decision`, body);
      onDone(t('decided'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function sendBack(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!retReason.trim()) return setMissing({ retReason: t('required') });
    setMissing({});
    setBusy(true);
    try {
      await api.post(`/v1/agency/requests/${r.requestId}/return`, { reason: retReason.trim(), ...(retFields.length ? { fields: retFields } : {}) });
      onDone(t('returned'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="approve" data-testid="tab-approve">
            {t('approveTab')}
          </Tabs.Tab>
          <Tabs.Tab value="refuse" data-testid="tab-refuse">
            {t('refuseTab')}
          </Tabs.Tab>
          <Tabs.Tab value="return" data-testid="tab-return">
            {t('returnTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="approve" pt="sm">
          <form onSubmit={(e) => ask('approve', e)} noValidate data-testid="approve-form">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('resultFields', { title: loc(def.result.title) })}
              </Title>
              {def.result.fields.filter((f) => f.id !== def.queue?.numberField && f.id !== def.queue?.dateField).map((f) => (
                <FieldInput key={f.id} idPrefix="result" field={f} value={result[f.id]} onChange={(v) => {
                  setResult((x) => ({ ...x, [f.id]: v }));
                  setMissing(({ [f.id]: _, ...m }) => m);
                }} error={errs[f.id]} />
              ))}
              <Text size="sm" c="dimmed">
                {t('signNote')}
              </Text>
              <Button type="submit" loading={busy} data-testid="approve">
                {t('signApprove')}
              </Button>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="refuse" pt="sm">
          <form onSubmit={(e) => ask('refuse', e)} noValidate data-testid="refuse-form">
            <Stack gap="sm">
              <NativeSelect
                label={t('ground')}
                required
                value={groundId}
                onChange={(e) => {
                  setGroundId(e.currentTarget.value);
                  setMissing(({ groundId: _, ...m }) => m);
                }}
                error={refuseErrs.groundId ?? topErr(error, 'groundId')}
                data={[{ value: '', label: t('chooseGround') }, ...def.refusalGrounds.filter((g) => !g.byPlatform).map((g) => ({ value: g.id, label: loc(g.label) }))]}
                data-testid="ground"
              />
              <Textarea
                label={t('reason')}
                description={t('reasonHelp')}
                required
                autosize
                minRows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setMissing(({ reason: _, ...m }) => m);
                }}
                error={refuseErrs.reason ?? topErr(error, 'reason')}
                data-testid="reason"
              />
              <Text size="sm" c="dimmed">
                {t('signNote')}
              </Text>
              <Button type="submit" color="red" loading={busy} data-testid="refuse">
                {t('signRefuse')}
              </Button>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="return" pt="sm">
          <form onSubmit={sendBack} noValidate data-testid="return-form">
            <Stack gap="sm">
              <Checkbox.Group label={t('returnFields')} value={retFields} onChange={setRetFields}>
                <SimpleGrid cols={2} spacing={4} mt={4}>
                  {def.form.fields.map((f) => (
                    <Checkbox key={f.id} value={f.id} label={loc(f.label)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <Textarea label={t('returnReason')} required autosize minRows={3} maxLength={2000} value={retReason} onChange={(e) => {
                  setRetReason(e.currentTarget.value);
                  setMissing(({ retReason: _, ...m }) => m);
                }} error={missing.retReason ?? topErr(error, 'reason')} data-testid="return-reason" />
              <Button type="submit" loading={busy} data-testid="return">
                {t('returnSubmit')}
              </Button>
            </Stack>
          </form>
        </Tabs.Panel>
      </Tabs>
      {error !== undefined && (
        <div style={{ marginTop: 8 }}>
          <ApiProblem error={error} />
        </div>
      )}
      <Modal opened={confirm !== undefined} onClose={() => setConfirm(undefined)} title={t('confirmTitle')} centered closeButtonProps={{ 'aria-label': t('cancel') }}>
        <Stack>
          <Text data-testid="confirm-text">{confirm === 'refuse' ? t('confirmRefuse') : t('confirmApprove')}</Text>
          <Group justify="flex-end">
            <Button variant="outline" onClick={() => setConfirm(undefined)}>
              {t('cancel')}
            </Button>
            <Button color={confirm === 'refuse' ? 'red' : 'blue'} onClick={sign} data-testid="confirm-sign">
              {t('confirmSign')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
