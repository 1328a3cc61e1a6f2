/** Small pieces both apps use: loading data, showing an API error in the user's language. */
import { Alert, Button, Center, Loader, List } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from './api';
import { useT } from './i18n';
import { common } from './strings';

export interface AsyncState<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` on mount and whenever `deps` change; `reload()` runs it again. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** The server's own message (already in the chosen language), with its per-field problems. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(common);
  if (!error) return null;
  const e = error instanceof ApiError ? error : undefined;
  const text = !e ? String((error as Error)?.message ?? error) : e.code === 'NETWORK' ? t('networkError') : e.status === 401 ? t('sessionExpired') : e.message || e.code;
  return (
    <Alert color="red" role="alert" title={e && e.code !== 'NETWORK' ? e.code : undefined} data-testid="error">
      {text}
      {e && e.fields.length > 0 && (
        <List size="sm" mt="xs">
          {e.fields.map((f) => (
            <List.Item key={f.field + f.code}>{f.message}</List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button size="xs" mt="sm" variant="outline" color="red" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}

export function Loading() {
  const t = useT(common);
  return (
    <Center py="xl" aria-live="polite">
      <Loader role="status" aria-label={t('loading')} />
    </Center>
  );
}

/** Renders children with the loaded data, or the loader, or the error with a retry. */
export function Async<T>({ state, children }: { state: AsyncState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  if (state.loading && state.data === undefined) return <Loading />;
  return <>{children(state.data as T)}</>;
}
