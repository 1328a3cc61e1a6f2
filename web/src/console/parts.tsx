/** Small pieces the console's screens share: badges, services, form inputs, error alerts. */
import { Badge, NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { ApiError } from '../common/api';
import { useLoc, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { statusColor, statusLabels, type StatusKey } from '../common/strings';
import { ErrorAlert, useAsync, type AsyncState } from '../common/ui';
import type { FormField } from '../../../shared/domain/service-definition';
import { dueState, type ListItem, type ServiceDetail, type ServiceSummary } from './model';
import { s } from './strings';

export function useCT() {
  return useT(s);
}

export function StatusBadge({ status }: { status: string }) {
  const loc = useLoc();
  const label = statusLabels[status as StatusKey];
  const color = statusColor(status);
  // Mantine's light orange draws its text at under 4.5:1: a darker brown on the same tint.
  return (
    <Badge color={color} variant="light" style={{ minWidth: 'max-content', ...(color === 'orange' ? { background: '#fff4e6', color: '#8a3a00' } : {}) }} data-testid="status">
      {label ? loc(label) : status}
    </Badge>
  );
}

export function DueBadge({ item }: { item: ListItem }) {
  const t = useCT();
  const d = dueState(item);
  if (!d) return null;
  // Explicit colours: text on each background at well over 4.5:1 (Mantine's green/orange shades fall short).
  const [style, key] =
    d === 'overdue'
      ? ([{ background: '#c92a2a', color: '#fff' }, 'badgeOverdue'] as const)
      : d === 'soon'
        ? ([{ background: '#fff3bf', color: '#5c3c00', border: '1px solid #b07d00' }, 'badgeDueSoon'] as const)
        : ([{ background: '#ebfbee', color: '#1b5e20', border: '1px solid #2b8a3e' }, 'badgeOnTime'] as const);
  return (
    <Badge style={{ ...style, minWidth: 'max-content' }} data-testid={`due-${d}`}>
      {t(key)}
    </Badge>
  );
}

/** A failed call: the server's message (already in the user's language), with "retry" where it helps. */
export function ApiProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return <ErrorAlert error={error} {...(onRetry ? { onRetry } : {})} />;
}

const ServicesCtx = createContext<AsyncState<ServiceSummary[]> | undefined>(undefined);

export function ServicesProvider({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const state = useAsync(() => api.get<{ items: ServiceSummary[] }>('/v1/services').then((r) => r.items), []);
  return <ServicesCtx.Provider value={state}>{children}</ServicesCtx.Provider>;
}

export function useServices(): ServiceSummary[] {
  return useContext(ServicesCtx)?.data ?? [];
}

const detailCache = new Map<string, Promise<ServiceDetail>>();

export function useServiceDetail(id: string | undefined): AsyncState<ServiceDetail | undefined> {
  const { api } = useSession();
  return useAsync(async () => {
    if (!id) return undefined;
    let p = detailCache.get(id);
    if (!p) {
      p = api.get<ServiceDetail>(`/v1/services/${encodeURIComponent(id)}`);
      detailCache.set(id, p);
      p.catch(() => detailCache.delete(id));
    }
    return p;
  }, [id]);
}

/** One input for a field of a service definition (the request form or the result form). */
export function FieldInput(props: { field: FormField; value: unknown; onChange: (v: unknown) => void; error?: string | undefined; required?: boolean; idPrefix: string }) {
  const loc = useLoc();
  const t = useCT();
  const f = props.field;
  const common = {
    id: `${props.idPrefix}-${f.id}`,
    label: loc(f.label),
    description: f.help ? loc(f.help) : undefined,
    error: props.error,
    required: props.required ?? f.required,
    'data-testid': `${props.idPrefix}-${f.id}`,
  };
  switch (f.type) {
    case 'textarea':
      return <Textarea {...common} autosize minRows={3} maxLength={f.maxLength} value={String(props.value ?? '')} onChange={(e) => props.onChange(e.currentTarget.value)} />;
    case 'select':
      return (
        <NativeSelect
          {...common}
          value={String(props.value ?? '')}
          onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
          data={[{ value: '', label: t('chooseOption') }, ...f.options.map((o) => ({ value: o.value, label: loc(o.label) }))]}
        />
      );
    case 'year':
      return (
        <NumberInput
          {...common}
          allowDecimal={false}
          min={f.min}
          max={f.max === 'current' ? new Date().getFullYear() : f.max}
          value={typeof props.value === 'number' ? props.value : ''}
          onChange={(v) => props.onChange(typeof v === 'number' ? v : undefined)}
        />
      );
    case 'date':
      return <TextInput {...common} type="date" value={String(props.value ?? '')} onChange={(e) => props.onChange(e.currentTarget.value || undefined)} />;
    case 'email':
      return <TextInput {...common} type="email" value={String(props.value ?? '')} onChange={(e) => props.onChange(e.currentTarget.value || undefined)} />;
    default:
      return <TextInput {...common} maxLength={f.maxLength} value={String(props.value ?? '')} onChange={(e) => props.onChange(e.currentTarget.value)} />;
  }
}

/** Per-field messages from an ApiError, keyed by the field id after the prefix (`resultFields.findings` → findings). */
export function fieldErrors(e: unknown, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (e instanceof ApiError) for (const f of e.fields) if (f.field.startsWith(`${prefix}.`)) out[f.field.slice(prefix.length + 1)] ??= f.message;
  return out;
}

/** Is the field required with these values (requiredWhen)? */
export function isRequired(f: { required: boolean; requiredWhen?: { field: string; in: string[] } | undefined }, values: Record<string, unknown>) {
  if (f.required) return true;
  const v = f.requiredWhen ? values[f.requiredWhen.field] : undefined;
  return typeof v === 'string' && Boolean(f.requiredWhen?.in.includes(v));
}

/** Drops empty values before sending a form. */
export function compact(values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')));
}
