/** The service catalogue grouped by agency, with search, and one service's page. */
import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Localized } from '../../../shared/domain/i18n';
import { useFormat, useLoc, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { Async, useAsync } from '../common/ui';
import { p } from './strings';

export interface TimeLimit {
  amount: number;
  unit: 'seconds' | 'minutes' | 'workingDays' | 'calendarDays';
}
export interface ServiceSummary {
  id: string;
  version: number;
  names: Localized;
  provider: { agencyId: string; names?: Localized };
  channels: string[];
  term: TimeLimit;
  /** Who may apply; a legal entity through a representative with a BIN certificate. */
  applicants?: ('individual' | 'legal-entity')[];
}

/** A fee through the payment gateway: before signing (its id signed in `formField`) or after approval. */
export interface FeeDef {
  amount: number;
  currency: string;
  position: 'beforeSigning' | 'beforeIssue';
  channels: string[];
  formField?: string;
  refundOnRefusal: boolean;
}

export function useTerm() {
  const t = useT(p);
  return (l: TimeLimit) => t(`unit_${l.unit}`, { n: l.amount });
}

export function Catalogue() {
  const t = useT(p);
  const { api } = useSession();
  const state = useAsync(() => api.get<{ items: ServiceSummary[] }>('/v1/services'), [api]);
  const [q, setQ] = useState('');

  return (
    <Stack>
      <Title order={1}>{t('catalogueTitle')}</Title>
      <TextInput label={t('search')} placeholder={t('searchPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" maw={520} data-testid="catalogue-search" />
      <Async state={state}>{(data) => <Groups items={data.items} q={q} />}</Async>
    </Stack>
  );
}

function Groups({ items, q }: { items: ServiceSummary[]; q: string }) {
    const t = useT(p);
    const loc = useLoc();
    const term = useTerm();
    const needle = q.trim().toLocaleLowerCase();
    const shown = useMemo(
      () => items.filter((s) => !needle || [...Object.values(s.names), ...Object.values(s.provider.names ?? {})].some((n) => n.toLocaleLowerCase().includes(needle))),
      [items, needle],
    );
    const groups = new Map<string, ServiceSummary[]>();
    for (const s of shown) groups.set(s.provider.agencyId, [...(groups.get(s.provider.agencyId) ?? []), s]);
    return (
      <>
        <Text role="status" aria-live="polite" size="sm" c="dimmed" data-testid="catalogue-count">
          {shown.length ? t('found', { n: shown.length }) : t('nothingFound')}
        </Text>
        {[...groups.entries()].map(([agencyId, list]) => (
          <section key={agencyId} aria-labelledby={`agency-${agencyId}`}>
            <Title order={2} size="h3" id={`agency-${agencyId}`} mb="sm">
              {loc(list[0]!.provider.names) || agencyId}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {list.map((s) => (
                <Card key={s.id} withBorder padding="md" data-testid={`service-${s.id}`}>
                  <Stack gap="xs">
                    <Title order={3} size="h4">
                      <Anchor component={Link} to={`/services/${s.id}`}>
                        {loc(s.names)}
                      </Anchor>
                    </Title>
                    <Text size="sm">
                      {t('term')}: {term(s.term)}
                    </Text>
                    <Group gap={6}>
                      {s.channels.map((c) => (
                        <Badge key={c} variant="light" color="gray" tt="none">
                          {t(`ch_${c}` as keyof typeof p)}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        ))}
      </>
    );
}

export interface FormFieldDef {
  id: string;
  type: 'text' | 'textarea' | 'email' | 'year' | 'date' | 'select';
  label: Localized;
  help?: Localized;
  required: boolean;
  requiredWhen?: { field: string; in: string[] };
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  min?: number;
  max?: number | 'current';
  options?: { value: string; label: Localized }[];
}
export interface ServiceDetail extends ServiceSummary {
  description: Localized;
  form: { fields: FormFieldDef[]; rules: { kind: 'lte'; a: string; b: string; code: 'PERIOD_REVERSED' }[] };
  attachments: { id: string; label: Localized; required: boolean; requiredWhen?: { field: string; in: string[] }; maxCount: number }[];
  acceptedFileTypes: string[];
  maxFileBytes: number;
  regulationChannels: { channel: string; enabled: boolean }[];
  result: { title: Localized };
  refusalGrounds: { id: string; label: Localized }[];
  payment?: FeeDef;
}

export function useService(id: string) {
  const { api } = useSession();
  return useAsync(() => api.get<ServiceDetail>(`/v1/services/${encodeURIComponent(id)}`), [api, id]);
}

export function ServicePage() {
  const { serviceId = '' } = useParams();
  const state = useService(serviceId);
  const t = useT(p);
  const loc = useLoc();
  const term = useTerm();
  const fmt = useFormat();
  const { session } = useSession();
  /** "required when <field> is one of …", in the field's own labels. */
  const requiredWhenText = (s: ServiceDetail, w: { field: string; in: string[] }) => {
    const f = s.form.fields.find((x) => x.id === w.field);
    const values = w.in.map((v) => loc(f?.options?.find((o) => o.value === v)?.label) || v).join(', ');
    return t('requiredWhen', { field: loc(f?.label) || w.field, values });
  };
  return (
    <Async state={state}>
      {(s) => (
        <Stack maw={860}>
          <Anchor component={Link} to="/" size="sm">
            ← {t('navCatalogue')}
          </Anchor>
          <Title order={1}>{loc(s.names)}</Title>
          <Text>{loc(s.description)}</Text>
          <dl className="facts">
            <dt>{t('provider')}</dt>
            <dd>{loc(s.provider.names)}</dd>
            <dt>{t('whatItGives')}</dt>
            <dd>{loc(s.result.title)}</dd>
            <dt>{t('term')}</dt>
            <dd data-testid="service-term">{term(s.term)}</dd>
            {s.applicants && (
              <>
                <dt>{t('applicantsOnPage')}</dt>
                <dd data-testid="service-applicants">{s.applicants.map((a) => t(`applicants_${a}`)).join('; ')}</dd>
              </>
            )}
            {s.payment && (
              <>
                <dt>{t('feeOnPage')}</dt>
                <dd data-testid="service-fee">
                  {t(s.payment.position === 'beforeSigning' ? 'feeBeforeSigningNote' : 'feeBeforeIssueNote', { amount: fmt.number(s.payment.amount) })}
                  {s.payment.refundOnRefusal ? `; ${t('feeRefundNote')}` : ''}
                </dd>
              </>
            )}
          </dl>
          <Group>
            <Button component={Link} to={session ? `/services/${s.id}/apply` : `/login?next=${encodeURIComponent(`/services/${s.id}/apply`)}`} data-testid="apply">
              {session ? t('apply') : t('signInToApply')}
            </Button>
          </Group>
          <Title order={2} size="h3">
            {t('documents')}
          </Title>
          {s.attachments.length ? (
            <List>
              {s.attachments.map((a) => (
                <List.Item key={a.id}>
                  {loc(a.label)}{' '}
                  <Text span c="dimmed" size="sm">
                    ({a.required ? t('requiredDoc') : a.requiredWhen ? requiredWhenText(s, a.requiredWhen) : t('optional')})
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>{t('noDocuments')}</Text>
          )}
          <Title order={2} size="h3">
            {t('channels')}
          </Title>
          <List>
            {s.regulationChannels.map((c) => (
              <List.Item key={c.channel}>{t(`ch_${c.channel}` as keyof typeof p)}</List.Item>
            ))}
          </List>
          <Title order={2} size="h3">
            {t('refusalGrounds')}
          </Title>
          <List size="sm">
            {s.refusalGrounds.map((g) => (
              <List.Item key={g.id}>{loc(g.label)}</List.Item>
            ))}
          </List>

        </Stack>
      )}
    </Async>
  );
}
