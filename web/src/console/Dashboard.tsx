/**
 * The quality dashboard: the on-time share, time per step against its limit, refusals by ground
 * and citizens' satisfaction, per service and per period. Each chart has a table beside it with
 * the same figures (a chart alone is not accessible).
 */
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Button, ColorSwatch, Container, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useFormat, useLoc, type Localized } from '../common/i18n';
import { useSession } from '../common/session';
import { Async, useAsync } from '../common/ui';
import { agenciesOf } from './model';
import { ApiProblem, useCT, useServiceDetail, useServices } from './parts';

interface StepFigure {
  stepId: string;
  actor?: Partial<Localized> | string;
  limitMinutes?: number | null;
  count: number;
  totalMinutes: number;
  maxMinutes?: number;
  overLimit?: number;
}
interface Figures {
  finished: number;
  onTime: number;
  onTimeShare?: number | null;
  approved: number;
  refused: number;
  refusalsByGround?: Record<string, number>;
  steps?: StepFigure[];
  survey?: Record<string, Record<string, number>>;
}
interface Metrics {
  agencyId: string;
  from: string;
  to: string;
  services: { serviceId: string; name?: Partial<Localized>; months: (Figures & { month: string })[]; totals: Figures }[];
}

function monthOf(d: Date) {
  return d.toISOString().slice(0, 7);
}

const palette = ['blue.8', 'red.8', 'teal.8', 'orange.8', 'grape.8', 'indigo.8', 'green.8', 'pink.8'];

export function Dashboard() {
  const t = useCT();
  const loc = useLoc();
  const { api, session } = useSession();
  const agencies = agenciesOf(session);
  const services = useServices().filter((x) => (x.provider.agencyIds ?? [x.provider.agencyId]).some((a) => agencies.includes(a)));
  const now = new Date();
  const [q, setQ] = useState({ serviceId: '', from: monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5, 1))), to: monthOf(now) });
  const [draft, setDraft] = useState(q);
  const state = useAsync(() => {
    const p = new URLSearchParams({ from: q.from, to: q.to });
    if (q.serviceId) p.set('serviceId', q.serviceId);
    return api.get<Metrics>(`/v1/agency/metrics?${p}`);
  }, [q.serviceId, q.from, q.to]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    // "Show" with the same period asks again (the figures grow as requests finish).
    if (draft.serviceId === q.serviceId && draft.from === q.from && draft.to === q.to) state.reload();
    else setQ(draft);
  };
  return (
    <Container size="xl">
      <Title order={1}>{t('dashTitle')}</Title>
      <Text c="dimmed" mb="md">
        {t('dashIntro')}
      </Text>
      <Paper withBorder p="sm" mb="md">
        <form onSubmit={apply}>
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('filterService')}
              value={draft.serviceId}
              onChange={(e) => setDraft({ ...draft, serviceId: e.currentTarget.value })}
              data={[{ value: '', label: t('allServices') }, ...services.map((x) => ({ value: x.id, label: loc(x.names) }))]}
              data-testid="dash-service"
            />
            <TextInput type="month" label={t('from')} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} data-testid="dash-from" />
            <TextInput type="month" label={t('to')} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} data-testid="dash-to" />
            <Button type="submit">{t('show')}</Button>
          </Group>
        </form>
      </Paper>
      {state.error !== undefined ? (
        <ApiProblem error={state.error} onRetry={state.reload} />
      ) : (
        <Async state={state}>
          {(m) =>
            m.services.length === 0 ? (
              <Text role="status">{t('noData')}</Text>
            ) : (
              <Stack gap="xl">
                {m.services.map((svc) => (
                  <ServiceFigures key={svc.serviceId} svc={svc} fallbackName={loc(services.find((x) => x.id === svc.serviceId)?.names)} />
                ))}
              </Stack>
            )
          }
        </Async>
      )}
    </Container>
  );
}

function ServiceFigures({ svc, fallbackName }: { svc: Metrics['services'][number]; fallbackName: string }) {
  const t = useCT();
  const loc = useLoc();
  const fmt = useFormat();
  const def = useServiceDetail(svc.serviceId).data;
  const name = loc(svc.name) || fallbackName || svc.serviceId;
  const tot = svc.totals;
  const share = tot.onTimeShare ?? (tot.finished ? tot.onTime / tot.finished : NaN);
  const id = `svc-${svc.serviceId}`;
  // A month with nothing finished has no share (a gap in the line, not 0%).
  const months = svc.months.map((mo) => ({ month: mo.month, share: mo.finished ? Math.round(1000 * (mo.onTimeShare ?? mo.onTime / mo.finished)) / 10 : null, finished: mo.finished, onTime: mo.onTime, approved: mo.approved, refused: mo.refused }));
  const steps = (tot.steps ?? []).map((s) => ({ step: s.stepId, actor: loc(s.actor as Partial<Localized>), average: s.count ? Math.round((10 * s.totalMinutes) / s.count) / 10 : 0, limit: s.limitMinutes ?? null, max: s.maxMinutes ?? 0, count: s.count, overLimit: s.overLimit ?? 0 }));
  const grounds = Object.entries(tot.refusalsByGround ?? {}).map(([g, n], i) => ({ name: loc(def?.refusalGrounds.find((x) => x.id === g)?.label) || g, value: n, color: palette[i % palette.length]! }));
  const survey = Object.entries(tot.survey ?? {}).flatMap(([qid, answers]) => {
    const question = loc(def?.survey?.questions.find((x) => x.id === qid)?.text) || qid;
    return Object.entries(answers).map(([a, n]) => ({ question, answer: loc(def?.survey?.options.find((o) => String(o.value) === a)?.label) || a, n }));
  });
  const surveyAnswers = [...new Set(survey.map((x) => x.answer))];
  const surveyChart = [...new Set(survey.map((x) => x.question))].map((question, i) => ({ question: `Q${i + 1}`, ...Object.fromEntries(survey.filter((x) => x.question === question).map((x) => [x.answer, x.n])) }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={`metrics-${svc.serviceId}`}>
      <Title order={2} size="h3" id={id} mb="sm">
        {name}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('totals')}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        <Kpi label={t('finishedCount')} value={fmt.number(tot.finished)} testId="kpi-finished" />
        <Kpi label={t('onTimeShare')} value={fmt.percent(share)} testId="kpi-ontime" />
        <Kpi label={t('approvedCount')} value={fmt.number(tot.approved)} testId="kpi-approved" />
        <Kpi label={t('refusedCount')} value={fmt.number(tot.refused)} testId="kpi-refused" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Chart title={t('chartOnTime')} id={`${id}-ontime`}
          chart={<LineChart h={220} data={months} dataKey="month" series={[{ name: 'share', label: t('onTimeShare'), color: 'blue.8' }]} yAxisProps={{ domain: [0, 100] }} unit="%" curveType="linear" lineChartProps={{ accessibilityLayer: false }} />}
          table={<FigTable head={[t('month'), t('finishedCount'), t('onTimeCount'), t('onTimeShare'), t('approvedCount'), t('refusedCount')]} rows={months.map((mo) => [mo.month, mo.finished, mo.onTime, mo.share === null ? '—' : `${fmt.number(mo.share, 1)}%`, mo.approved, mo.refused])} />}
        />
        <Chart title={t('chartSteps')} id={`${id}-steps`}
          chart={steps.length ? <BarChart h={220} data={steps} dataKey="step" series={[{ name: 'average', label: t('avgMin'), color: 'blue.8' }, { name: 'limit', label: t('limitMin'), color: 'gray.6' }]} withLegend barChartProps={{ accessibilityLayer: false }} /> : null}
          table={<FigTable head={[t('step'), t('actor'), t('count'), t('avgMin'), t('limitMin'), t('maxMin'), t('overLimit')]} rows={steps.map((s) => [s.step, s.actor, s.count, fmt.number(s.average, 1), s.limit === null ? '—' : fmt.number(s.limit, 1), fmt.number(s.max, 1), s.overLimit])} />}
        />
        <Chart title={t('chartRefusals')} id={`${id}-refusals`}
          chart={grounds.length ? (
            <Group align="center" wrap="nowrap" gap="lg">
              <DonutChart data={grounds} withLabelsLine={false} size={160} thickness={26} pieChartProps={{ accessibilityLayer: false }} />
              <Stack gap={6} aria-hidden="true">
                {grounds.map((g) => (
                  <Group key={g.name} gap={8} wrap="nowrap">
                    <ColorSwatch color={`var(--mantine-color-${g.color.replace('.', '-')})`} size={14} />
                    <Text size="sm">
                      {g.name}: <b>{g.value}</b>
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Group>
          ) : null}
          table={<FigTable testId="refusals-table" head={[t('ground'), t('count')]} rows={grounds.map((g) => [g.name, g.value])} />}
        />
        <Chart title={t('chartSurvey')} id={`${id}-survey`}
          chart={surveyChart.length ? <BarChart h={220} data={surveyChart} dataKey="question" type="stacked" withLegend series={surveyAnswers.map((a, i) => ({ name: a, color: palette[i % palette.length]! }))} barChartProps={{ accessibilityLayer: false }} /> : null}
          table={<FigTable head={[t('question'), t('answer'), t('count')]} rows={survey.map((x) => [x.question, x.answer, x.n])} />}
        />
      </SimpleGrid>
    </Paper>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper bg="gray.0" p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function Chart({ title, id, chart, table }: { title: string; id: string; chart: ReactNode; table: ReactNode }) {
  const t = useCT();
  return (
    <figure style={{ margin: 0 }} aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {/* The chart is a picture of the table below it (recharts' keyboard layer is off: the table is the accessible form). */}
      {chart ? (
        <div role="img" aria-label={title}>
          {chart}
        </div>
      ) : null}
      <details open={!chart}>
        <summary>{t('tableView')}</summary>
        {table}
      </details>
    </figure>
  );
}

function FigTable({ head, rows, testId }: { head: string[]; rows: ReactNode[][]; testId?: string }) {
  const t = useCT();
  if (rows.length === 0) return <Text c="dimmed">{t('noData')}</Text>;
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table striped withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              {r.map((c, j) => (
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
