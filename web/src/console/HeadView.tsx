/** The head's view: overdue and due-soon requests across the agency, and reassignment to another clerk. */
import { Button, Container, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../common/session';
import { Loading, useAsync } from '../common/ui';
import type { ListItem, StaffMember } from './model';
import { ApiProblem, useCT } from './parts';
import { RequestsTable } from './RequestsTable';
import { useRequestList } from './Inbox';

export function HeadView() {
  const t = useCT();
  const [tick, setTick] = useState(0);
  const staff = useAgencyStaff();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const onAssigned = (msg: string) => {
    setNotice(msg);
    setError(undefined);
    setTick((n) => n + 1);
  };
  return (
    <Container size="xl">
      <Title order={1}>{t('headTitle')}</Title>
      <Text c="dimmed" mb="md">
        {t('headIntro')}
      </Text>
      <div role="status" aria-live="polite">
        {notice && (
          <Text c="green.9" fw={600} mb="sm" data-testid="notice">
            {notice}
          </Text>
        )}
      </div>
      {error !== undefined && <ApiProblem error={error} />}
      {staff.error !== undefined && <ApiProblem error={staff.error} />}
      <Stack gap="lg" mt="sm">
        {(['overdue', 'soon', 'progress'] as const).map((kind) => (
          <DueSection key={kind} kind={kind} tick={tick} staff={staff.data} onAssigned={onAssigned} onError={setError} />
        ))}
      </Stack>
    </Container>
  );
}

const sections = {
  overdue: { filters: { due: 'overdue' }, title: 'overdueSection', empty: 'noneOverdue' },
  soon: { filters: { due: 'soon' }, title: 'dueSoonSection', empty: 'noneDueSoon' },
  progress: { filters: { status: 'IN_PROGRESS' }, title: 'inProgressSection', empty: 'noneInProgress' },
} as const;

/** One list of the agency's requests (overdue, due soon, in progress), each with reassignment. */
function DueSection(props: { kind: keyof typeof sections; tick: number; staff: StaffMember[] | undefined; onAssigned: (m: string) => void; onError: (e: unknown) => void }) {
  const t = useCT();
  const sec = sections[props.kind];
  const list = useRequestList(sec.filters, props.tick);
  const title = t(sec.title);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`sec-${props.kind}`} data-testid={`section-${props.kind}`}>
      <Title order={2} size="h4" id={`sec-${props.kind}`} mb="sm">
        {title} {list.loading ? '' : `(${list.items.length})`}
      </Title>
      {list.error !== undefined ? (
        <ApiProblem error={list.error} />
      ) : list.loading && list.items.length === 0 ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <Text c="dimmed">{t(sec.empty)}</Text>
      ) : (
        <RequestsTable items={list.items} caption={title} extra={{ header: t('reassign'), cell: (i) => (i.status === 'IN_INBOX' || i.status === 'IN_PROGRESS' ? <Reassign item={i} staff={props.staff} onAssigned={props.onAssigned} onError={props.onError} /> : '—') }} />
      )}
    </Paper>
  );
}

/** The agency's staff who may be given a request (its clerks and heads). */
/** The agency's staff with one of `roles` (by default those a head may hand a request to). */
export function useAgencyStaff(enabled = true, roles: readonly string[] = ['clerk', 'head', 'specialist']) {
  const { api } = useSession();
  const key = roles.join();
  return useAsync(
    () => (enabled ? api.get<{ items: StaffMember[] }>('/v1/agency/staff').then((r) => r.items.filter((m) => m.roles?.some((x) => roles.includes(x)))) : Promise.resolve(undefined)),
    [enabled, key],
  );
}

/** The head hands a request to another clerk or head of the agency (in the inbox or in progress). */
export function Reassign({ item, staff, onAssigned, onError, size = 'xs' }: { item: ListItem; staff: StaffMember[] | undefined; onAssigned: (m: string) => void; onError: (e: unknown) => void; size?: 'xs' | 'sm' }) {
  const t = useCT();
  const { api } = useSession();
  const [who, setWho] = useState('');
  const [busy, setBusy] = useState(false);
  const number = item.registrationNumber ?? item.requestId.slice(0, 8);
  const label = t('reassignTo', { number });
  const name = (m: StaffMember) => (m.name && m.name !== m.username ? `${m.name} (${m.username})` : m.username);
  return (
    <Group gap={6} wrap="wrap" align="flex-end">
      <NativeSelect
        aria-label={label}
        size={size}
        w={220}
        value={who}
        disabled={!staff}
        onChange={(e) => setWho(e.currentTarget.value)}
        data={[{ value: '', label: t('chooseStaff') }, ...(staff ?? []).filter((m) => m.username !== item.assignee).map((m) => ({ value: m.username, label: name(m) }))]}
        data-testid="assignee-select"
      />
      <Button
        size={size}
        miw="max-content"
        disabled={!who}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await api.post(`/v1/agency/requests/${item.requestId}/assign`, { assignee: who });
            const m = staff?.find((x) => x.username === who);
            setWho('');
            onAssigned(t('reassigned', { number, name: m ? name(m) : who }));
          } catch (e) {
            onError(e);
          } finally {
            setBusy(false);
          }
        }}
        data-testid="assign"
      >
        {t('reassign')}
      </Button>
    </Group>
  );
}
