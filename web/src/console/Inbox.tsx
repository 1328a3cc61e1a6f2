/**
 * The agency inbox: the signed-in person's tasks (a clerk: the unassigned ones and their own; a
 * head: the agency's), filtered by status, service and deadline, with deadline badges.
 */
import { Button, Checkbox, Container, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLoc } from '../common/i18n';
import { useSession } from '../common/session';
import { statusLabels, type StatusKey } from '../common/strings';
import { Loading } from '../common/ui';
import { agenciesOf, dueState, type ListItem } from './model';
import { ApiProblem, useCT, useServices } from './parts';
import { RequestsTable } from './RequestsTable';

import { agencyStatuses } from '../../../shared/domain/request';

export interface Filters {
  status: string;
  serviceId: string;
  due: string;
  mine: boolean;
}

export function inboxQuery(f: Partial<Filters>, cursor?: string) {
  const q = new URLSearchParams({ limit: '50' });
  if (f.status) q.set('status', f.status);
  if (f.serviceId) q.set('serviceId', f.serviceId);
  if (f.due) q.set('due', f.due);
  if (f.mine) q.set('assignee', 'me');
  if (cursor) q.set('cursor', cursor);
  return `/v1/agency/requests?${q}`;
}

/** The server filters; a page fetched for older filters that arrives late is still kept to what they ask. */
export function keep(f: Partial<Filters>, me: string | undefined) {
  return (i: ListItem) =>
    (!f.serviceId || i.serviceId === f.serviceId) &&
    (!f.status || i.status === f.status) &&
    (!f.due || dueState(i) === f.due) &&
    (!f.mine || i.assignee === me);
}

/** Pages of the list for some filters, with "load more" by cursor. */
export function useRequestList(f: Partial<Filters>, tick = 0) {
  const { api, session } = useSession();
  const [state, setState] = useState<{ items: ListItem[]; cursor?: string | undefined; loading: boolean; error?: unknown }>({ items: [], loading: true });
  const key = JSON.stringify(f);
  /** A filtered page may be short and still have a cursor: follow it a few times to fill a screen. */
  const fetchFrom = async (cursor: string | undefined) => {
    const items: ListItem[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await api.get<{ items: ListItem[]; cursor?: string }>(inboxQuery(f, cursor));
      items.push(...r.items.filter(keep(f, session?.user)));
      cursor = r.cursor;
      if (!cursor || items.length >= 25) break;
    }
    return { items, cursor };
  };
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    fetchFrom(undefined).then(
      (r) => live && setState({ items: r.items, cursor: r.cursor, loading: false }),
      (error: unknown) => live && setState({ items: [], loading: false, error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick, api]);
  const more = async () => {
    if (!state.cursor) return;
    setState((s) => ({ ...s, loading: true }));
    try {
      const r = await fetchFrom(state.cursor);
      setState((s) => ({ items: [...s.items, ...r.items], cursor: r.cursor, loading: false }));
    } catch (error) {
      setState((s) => ({ ...s, loading: false, error }));
    }
  };
  return { ...state, more };
}

export function Inbox() {
  const t = useCT();
  const loc = useLoc();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const [tick, setTick] = useState(0);
  const f: Filters = { status: params.get('status') ?? '', serviceId: params.get('service') ?? '', due: params.get('due') ?? '', mine: params.get('mine') === '1' };
  // Built from the latest parameters: React Router hands the callback the rendered ones, so two
  // quick changes (before the first re-renders) would otherwise undo each other.
  // (Re-renders before the navigation lands still show the old ones: take them only once they change.)
  const latest = useRef(params);
  const rendered = useRef(params);
  if (rendered.current !== params) rendered.current = latest.current = params;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(latest.current);
    if (v) next.set(k, v);
    else next.delete(k);
    latest.current = next;
    setParams(next, { replace: true });
  };
  const agencies = agenciesOf(session);
  const services = useServices().filter((x) => (x.provider.agencyIds ?? [x.provider.agencyId]).some((a) => agencies.includes(a)));
  const list = useRequestList(f, tick);

  return (
    <Container size="xl">
      <Title order={1}>{t('inboxTitle')}</Title>
      <Text c="dimmed" mb="md">
        {t('inboxIntro')}
      </Text>
      <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="filters-h">
        <Title order={2} size="h5" id="filters-h" mb="xs">
          {t('filters')}
        </Title>
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t('filterStatus')}
            value={f.status}
            onChange={(e) => set('status', e.currentTarget.value)}
            data={[{ value: '', label: t('allOpen') }, ...agencyStatuses.map((st) => ({ value: st, label: loc(statusLabels[st as StatusKey]) }))]}
            data-testid="filter-status"
          />
          <NativeSelect
            label={t('filterService')}
            value={f.serviceId}
            onChange={(e) => set('service', e.currentTarget.value)}
            data={[{ value: '', label: t('allServices') }, ...services.map((x) => ({ value: x.id, label: loc(x.names) }))]}
            data-testid="filter-service"
          />
          <NativeSelect
            label={t('filterDue')}
            value={f.due}
            onChange={(e) => set('due', e.currentTarget.value)}
            data={[
              { value: '', label: t('anyDue') },
              { value: 'soon', label: t('dueSoonFilter') },
              { value: 'overdue', label: t('overdueFilter') },
            ]}
            data-testid="filter-due"
          />
          <Checkbox label={t('mineOnly')} checked={f.mine} onChange={(e) => set('mine', e.currentTarget.checked ? '1' : '')} mb={8} data-testid="filter-mine" />
          <Button variant="outline" onClick={() => setTick((n) => n + 1)} data-testid="refresh">
            {t('refresh')}
          </Button>
        </Group>
      </Paper>
      <Stack gap="sm">
        {list.error !== undefined && <ApiProblem error={list.error} onRetry={() => setTick((n) => n + 1)} />}
        {list.loading && list.items.length === 0 ? (
          <Loading />
        ) : list.items.length === 0 ? (
          list.error === undefined && (
            <Text role="status" data-testid="empty">
              {t('noRequests')}
            </Text>
          )
        ) : (
          <>
            <Text size="sm" role="status">
              {t('shownCount', { n: list.items.length })}
            </Text>
            <RequestsTable items={list.items} caption={t('inboxTitle')} />
          </>
        )}
        {list.cursor && (
          <Button variant="light" onClick={list.more} loading={list.loading} style={{ alignSelf: 'center' }}>
            {t('loadMore')}
          </Button>
        )}
      </Stack>
    </Container>
  );
}
