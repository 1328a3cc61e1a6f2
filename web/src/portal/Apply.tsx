/**
 * Applying for a service: the form generated from the service definition and checked with the
 * server's own rules (shared/domain/form-validation.ts), scans uploaded with progress and checked
 * for type and size first, a summary of exactly what will be signed, then signing in the browser
 * with the citizen's own key (eds.ts) and the signature check's outcome in plain words. For a
 * legal entity, its representative chooses the organisation and signs with a key whose
 * certificate carries the BIN too; a fee before signing is paid first and its id signed in the form.
 */
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Progress, Stack, Stepper, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { FieldIssue } from '../../../shared/domain/errors';
import { validateForm } from '../../../shared/domain/form-validation';
import { message, messages, type MessageCode } from '../../../shared/domain/messages';
import type { ServiceDefinition } from '../../../shared/domain/service-definition';
import { ApiError, putWithProgress, sha256Hex } from '../common/api';
import { useFormat, useLang, useLoc, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { Async, ErrorAlert } from '../common/ui';
import { signRequest, type Organisation } from './eds';
import { ensureSigningKey, forgetKey, keyStatus, type KeyProgress } from './eds-store';
import { ApplicantChoice } from './ApplicantChoice';
import { useService, type FeeDef, type FormFieldDef, type ServiceDetail } from './Catalogue';
import { FeeBeforeSigning, type PaymentView } from './Payment';
import { p } from './strings';

/** Refusals that mean the certificate itself is no good any more: the browser's key is replaced. */
const DEAD_CERTIFICATE = new Set(['EDS_REVOKED', 'EDS_EXPIRED', 'EDS_UNTRUSTED_CHAIN', 'EDS_IIN_MISMATCH', 'EDS_BIN_MISMATCH']);

/** The service's fee paid on the portal before signing (its id goes into `formField`), if it has one. */
export function feeBeforeSigning(def: ServiceDetail): (FeeDef & { formField: string }) | undefined {
  const f = def.payment;
  return f && f.position === 'beforeSigning' && f.formField && f.channels.includes('portal') ? { ...f, formField: f.formField } : undefined;
}

interface Upload {
  key: string;
  kind: string;
  fileName: string;
  size: number;
  contentType: string;
  progress: number;
  uploadId?: string;
  sha256?: string;
  error?: unknown;
}

interface RequestView {
  requestId: string;
  status: string;
  registrationNumber?: string;
  refusal?: { code: string; message: string };
}

const msgOf = (code: string, lang: 'kk' | 'ru' | 'en') => (code in messages ? message(code as MessageCode, lang) : code);

/** Form values as typed for the server: numbers for years, empty fields left out. */
function typedForm(fields: FormFieldDef[], raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (raw[f.id] ?? '').trim();
    if (!v) continue;
    out[f.id] = f.type === 'year' && /^-?\d+$/.test(v) ? Number(v) : f.type === 'textarea' || f.type === 'text' ? raw[f.id] : v;
  }
  return out;
}

export function Apply() {
  const { serviceId = '' } = useParams();
  const state = useService(serviceId);
  return <Async state={state}>{(def) => <ApplyFlow def={def} />}</Async>;
}

/** A request returned for correction: the new form is signed and sent to its own endpoint. */
export interface CorrectionOf {
  requestId: string;
  serviceVersion: number;
  reason: string;
  fields: { id: string; label: string }[];
  form: Record<string, unknown>;
  attachments: { uploadId: string; kind: string; fileName: string; size: number; contentType: string; sha256: string }[];
  /** Filed for a legal entity: its BIN (the correction is signed with the same organisation's key). */
  applicantBin?: string;
}

export function ApplyFlow({ def, correction }: { def: ServiceDetail; correction?: CorrectionOf }) {
  const t = useT(p);
  const loc = useLoc();
  const { lang } = useLang();
  const { api, session } = useSession();
  const [step, setStep] = useState<0 | 1 | 2>(0);
  // A correction starts from what was filed: the form as it was, the scans already attached (kept by their ids).
  const [raw, setRaw] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(correction?.form ?? {}).map(([k, v]) => [k, String(v)])));
  const [uploads, setUploads] = useState<Upload[]>(() => (correction?.attachments ?? []).map((a) => ({ key: a.uploadId, kind: a.kind, fileName: a.fileName, size: a.size, contentType: a.contentType, progress: 1, uploadId: a.uploadId, sha256: a.sha256 })));
  const [corrected, setCorrected] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [submitted, setSubmitted] = useState<{ requestId: string; created?: string }>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const applicants = def.applicants ?? ['individual'];
  const forOrgs = applicants.includes('legal-entity');
  // A legal-entity-only service is filed for an organisation; a correction keeps whom it was filed for.
  const [asOrg, setAsOrg] = useState(correction ? Boolean(correction.applicantBin) : !applicants.includes('individual'));
  const [org, setOrg] = useState<Organisation>();
  const fee = feeBeforeSigning(def);
  const [paid, setPaid] = useState<PaymentView>();
  const [paymentUsed, setPaymentUsed] = useState(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  // A correction of an organisation's request: the organisation as ГБД ЮЛ names it (the same BIN is signed again).
  useEffect(() => {
    if (!correction?.applicantBin) return;
    api.get<Organisation>(`/v1/registry/organisations/${encodeURIComponent(correction.applicantBin)}`).then(setOrg, () => setOrg({ bin: correction.applicantBin!, name: correction.applicantBin! }));
  }, [api, correction?.applicantBin]);

  const form = typedForm(def.form.fields, raw);
  const ready = uploads.filter((u) => u.uploadId && u.sha256);
  /** What the portal asks beyond the form's own rules: the organisation, and the fee paid before signing. */
  const ownIssues = (): FieldIssue[] => [
    ...(asOrg && !org ? [{ field: 'applicantBin', code: 'FIELD_REQUIRED' } as FieldIssue] : []),
    ...(fee && !correction && !raw[fee.formField] ? [{ field: `form.${fee.formField}`, code: 'PAYMENT_REQUIRED' } as FieldIssue] : []),
  ];
  // After the first "Continue", problems follow the values as they are corrected.
  const issues: FieldIssue[] = attempted ? [...ownIssues(), ...validateForm(def as unknown as ServiceDefinition, form, ready, new Date())] : [];
  const issueOf = (field: string) => issues.find((i) => i.field === field);
  /** The server's message for the code; a year typed as something else is told what a year looks like. */
  const fieldError = (f: FormFieldDef, issue?: FieldIssue) => (!issue ? undefined : f.type === 'year' && issue.code === 'FIELD_INVALID_TYPE' ? t('yearFormat') : msgOf(issue.code, lang));

  function next() {
    const found = [...ownIssues(), ...validateForm(def as unknown as ServiceDefinition, form, ready, new Date())];
    setAttempted(true);
    if (found.length === 0 && uploads.every((u) => u.uploadId)) return setStep(1);
    // Focus the first field in trouble, so a keyboard or screen-reader user lands on it.
    const first = found[0]?.field === `form.${fee?.formField}` ? 'fee-pay' : found[0]?.field.replace(/^applicantBin$/, 'field-applicantBin').replace(/^form\./, 'field-').replace(/^attachments\.([^.]+).*$/, 'file-$1');
    if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
  }

  return (
    <Stack maw={900}>
      <Anchor component={Link} to={correction ? `/cabinet/${correction.requestId}` : `/services/${def.id}`} size="sm">
        ← {loc(def.names)}
      </Anchor>
      <Title order={1} ref={headingRef} tabIndex={-1}>
        {correction ? t('correctionTitle', { service: loc(def.names) }) : t('formTitle', { service: loc(def.names) })}
      </Title>
      {correction && step === 0 && (
        <Alert color="orange" title={t('returnedTitle')} data-testid="correction-reason">
          <Text>{correction.reason}</Text>
          {correction.fields.length > 0 && (
            <Text size="sm" mt="xs">
              {t('toCorrect')}: {correction.fields.map((f) => f.label).join(', ')}
            </Text>
          )}
        </Alert>
      )}
      <Stepper active={step} size="sm" allowNextStepsSelect={false} aria-label={t('formTitle', { service: loc(def.names) })}>
        <Stepper.Step label={t('stepForm')} />
        <Stepper.Step label={t('stepSummary')} />
        <Stepper.Step label={t('stepDone')} />
      </Stepper>
      {step === 0 && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            next();
          }}
        >
          <Stack>
            {issues.length > 0 && (
              <Alert color="red" role="alert" data-testid="form-errors">
                {t('fixErrors', { n: issues.length })}
              </Alert>
            )}
            {forOrgs && session && <ApplicantChoice applicants={applicants} iin={session.user} asOrg={asOrg} setAsOrg={setAsOrg} org={org} setOrg={setOrg} fixed={Boolean(correction)} error={issueOf('applicantBin') ? msgOf('FIELD_REQUIRED', lang) : undefined} />}
            {fee && !correction && (
              <FeeBeforeSigning
                serviceId={def.id}
                amount={fee.amount}
                paid={paid}
                error={issueOf(`form.${fee.formField}`) ? t('payFirst') : undefined}
                onPaid={(v) => {
                  setPaid(v);
                  setPaymentUsed(false);
                  setRaw((r) => ({ ...r, [fee.formField]: v.paymentId }));
                }}
              />
            )}
            {paymentUsed && (
              <Alert color="red" role="alert" data-testid="payment-used">
                {t('payUsedForm')}
              </Alert>
            )}
            {/* The payment's id is filled by paying, never typed. */}
            {def.form.fields.filter((f) => f.id !== fee?.formField).map((f) => (
              <Field key={f.id} f={f} toFix={correction?.fields.some((x) => x.id === f.id)} value={raw[f.id] ?? ''} onChange={(v) => setRaw((r) => ({ ...r, [f.id]: v }))} error={fieldError(f, issueOf(`form.${f.id}`))} />
            ))}
            <Attachments def={def} form={form} uploads={uploads} setUploads={setUploads} issueOf={issueOf} />
            <Group>
              <Button type="submit" data-testid="form-continue">
                {t('continue')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {step === 1 && session && (
        <Summary
          def={def}
          form={form}
          raw={raw}
          uploads={ready}
          iin={session.user}
          org={asOrg ? org : undefined}
          paid={fee && !correction ? paid : undefined}
          // Nothing to sign without the fee (a payment found used elsewhere is dropped): back to the form to pay.
          canSign={!(fee && !correction && !raw[fee.formField])}
          onEdit={() => setStep(0)}
          onSign={async (progress) => {
            const signFor = asOrg ? org : undefined;
            const key = await ensureSigningKey(api, session.user, session.name ?? session.user, progress, signFor);
            progress('signing');
            const attachments = ready.map((u) => ({ uploadId: u.uploadId!, kind: u.kind, sha256: u.sha256! }));
            // A correction is signed over the request's own service version (what the server rebuilds).
            const body = await signRequest(key, { applicantIin: session.user, ...(signFor ? { applicantBin: signFor.bin } : {}), serviceId: def.id, serviceVersion: correction?.serviceVersion ?? def.version, form, attachments, language: lang });
            if (correction) {
              // Checked at once by the server (condition 2): an answer here means it was accepted.
              try {
                await api.post(`/v1/requests/${correction.requestId}/correction`, { language: body.language, form: body.form, attachments: body.attachments, signature: body.signature });
              } catch (e) {
                if (e instanceof ApiError && DEAD_CERTIFICATE.has(e.code)) await forgetKey(session.user, signFor?.bin);
                throw e;
              }
              setSubmitted({ requestId: correction.requestId, ...(key.created ? { created: key.serialNumber } : {}) });
              setCorrected(true);
              return setStep(2);
            }
            let r: { requestId: string };
            try {
              r = await api.post<{ requestId: string }>('/v1/requests', body, { 'idempotency-key': crypto.randomUUID() });
            } catch (e) {
              // The payment went to another request meanwhile (another tab, a retry): it cannot be signed again; pay anew.
              if (e instanceof ApiError && e.code === 'PAYMENT_ALREADY_USED' && fee) {
                setPaid(undefined);
                setPaymentUsed(true);
                setRaw((x) => ({ ...x, [fee.formField]: '' }));
              }
              throw e;
            }
            setSubmitted({ requestId: r.requestId, ...(key.created ? { created: key.serialNumber } : {}) });
            setStep(2);
          }}
        />
      )}
      {step === 2 && submitted && session && !corrected && <Outcome requestId={submitted.requestId} createdSerial={submitted.created} iin={session.user} org={asOrg ? org : undefined} />}
      {step === 2 && submitted && corrected && (
        <Stack>
          {submitted.created && (
            <Alert color="gray" data-testid="key-created">
              {t('keyCreated', { serial: submitted.created })}
            </Alert>
          )}
          <div role="status" data-testid="correction-outcome">
            <Alert color="green" title={t('sigAcceptedTitle')}>
              {t('correctionAccepted')}
            </Alert>
          </div>
          <Group>
            <Button component={Link} to={`/cabinet/${submitted.requestId}`} data-testid="go-to-request">
              {t('goToRequest')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function Field({ f, value, onChange, error, toFix }: { f: FormFieldDef; value: string; onChange: (v: string) => void; error?: string; toFix?: boolean }) {
  const loc = useLoc();
  const t = useT(p);
  // A field the agency asked to correct says so under its label.
  const description = [toFix ? `⚠ ${t('fixThisField')}` : '', f.help ? loc(f.help) : ''].filter(Boolean).join(' · ') || undefined;
  const common = { id: `field-${f.id}`, label: loc(f.label), description, required: f.required, error, 'data-testid': `field-${f.id}` };
  switch (f.type) {
    case 'textarea':
      return <Textarea {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={2} maxLength={f.maxLength} />;
    case 'select':
      return <NativeSelect {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} data={[{ value: '', label: '—' }, ...(f.options ?? []).map((o) => ({ value: o.value, label: loc(o.label) }))]} />;
    case 'year':
      return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} inputMode="numeric" maxLength={4} maw={260} />;
    case 'date':
      return <TextInput {...common} type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} maw={260} />;
    case 'email':
      return <TextInput {...common} type="email" value={value} onChange={(e) => onChange(e.currentTarget.value)} autoComplete="email" />;
    default:
      return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} maxLength={f.maxLength} />;
  }
}

function Attachments({ def, form, uploads, setUploads, issueOf }: { def: ServiceDetail; form: Record<string, unknown>; uploads: Upload[]; setUploads: (f: (u: Upload[]) => Upload[]) => void; issueOf: (field: string) => FieldIssue | undefined }) {
  const t = useT(p);
  const loc = useLoc();
  const { lang } = useLang();
  const { api } = useSession();
  const fmt = useFormat();
  const [rejected, setRejected] = useState<string>();
  const maxMb = def.maxFileBytes / 1024 / 1024;
  const patch = (key: string, u: Partial<Upload>) => setUploads((all) => all.map((x) => (x.key === key ? { ...x, ...u } : x)));

  async function add(kind: string, files: FileList | null) {
    setRejected(undefined);
    for (const file of Array.from(files ?? [])) {
      if (!def.acceptedFileTypes.includes(file.type)) {
        setRejected(t('fileWrongType', { name: file.name }));
        continue;
      }
      if (file.size > def.maxFileBytes || file.size === 0) {
        setRejected(t('fileTooBig', { name: file.name, size: fmt.number(file.size / 1024 / 1024, 1), max: fmt.number(maxMb) }));
        continue;
      }
      const key = crypto.randomUUID();
      setUploads((all) => [...all, { key, kind, fileName: file.name, size: file.size, contentType: file.type, progress: 0 }]);
      try {
        const [slot, sha256] = await Promise.all([
          api.post<{ uploadId: string; url: string; headers: Record<string, string> }>('/v1/uploads', { fileName: file.name, contentType: file.type, size: file.size }),
          file.arrayBuffer().then(sha256Hex),
        ]);
        await putWithProgress(slot.url, slot.headers ?? {}, file, (f) => patch(key, { progress: f }));
        patch(key, { progress: 1, uploadId: slot.uploadId, sha256 });
      } catch (error) {
        patch(key, { error });
      }
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('attachmentsTitle')}
        </Title>
        <Text size="sm" c="dimmed" id="file-rules">
          {t('fileRules', { size: fmt.number(maxMb) })}
        </Text>
        {rejected && (
          <Alert color="red" role="alert" data-testid="file-rejected">
            {rejected}
          </Alert>
        )}
        {def.attachments.map((k) => {
          const issue = issueOf(`attachments.${k.id}`);
          const mine = uploads.filter((u) => u.kind === k.id);
          return (
            <Stack key={k.id} gap={4}>
              <label htmlFor={`file-${k.id}`}>
                <Text fw={600} span>
                  {loc(k.label)}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  ({k.required || (k.requiredWhen && typeof form[k.requiredWhen.field] === 'string' && k.requiredWhen.in.includes(form[k.requiredWhen.field] as string)) ? t('requiredDoc') : t('optional')})
                </Text>
              </label>
              {/* The browser's own file control speaks the browser's language, not the chosen one: it is
                  hidden (still focusable) behind a label that looks like a button. */}
              <div>
                <input
                  id={`file-${k.id}`}
                  className="file-input"
                  type="file"
                  accept={def.acceptedFileTypes.join(',')}
                  multiple={k.maxCount > 1}
                  aria-describedby={`file-rules${issue ? ` file-${k.id}-error` : ''}`}
                  aria-invalid={issue ? true : undefined}
                  data-testid={`file-${k.id}`}
                  onChange={(e) => {
                    void add(k.id, e.currentTarget.files);
                    e.currentTarget.value = '';
                  }}
                />
                <label htmlFor={`file-${k.id}`} className="file-button">
                  {t('chooseFile')}
                </label>
              </div>
              {issue && (
                <Text c="red.8" size="sm" id={`file-${k.id}-error`}>
                  {msgOf(issue.code, lang)}
                </Text>
              )}
              {mine.map((u) => (
                <Stack key={u.key} gap={2} data-testid="upload">
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" aria-live="polite" data-testid="upload-status">
                      {u.uploadId ? `✓ ${t('uploaded', { name: u.fileName })}` : t('uploading', { name: u.fileName, pct: fmt.percent(u.progress) })}
                    </Text>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setUploads((all) => all.filter((x) => x.key !== u.key))}>
                      {t('removeFile', { name: u.fileName })}
                    </Button>
                  </Group>
                  <Progress value={Math.round(u.progress * 100)} aria-label={`${t('uploadProgress')}: ${u.fileName}`} size="sm" />
                  {u.error !== undefined && <ErrorAlert error={u.error} />}
                </Stack>
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

function Summary(props: { def: ServiceDetail; form: Record<string, unknown>; raw: Record<string, string>; uploads: Upload[]; iin: string; org?: Organisation; paid?: PaymentView; canSign: boolean; onEdit: () => void; onSign: (progress: (s: KeyProgress | 'signing') => void) => Promise<void> }) {
  const t = useT(p);
  const loc = useLoc();
  const fmt = useFormat();
  const [key, setKey] = useState<{ hasKey: boolean; serialNumber?: string }>();
  const [progress, setProgress] = useState<KeyProgress | 'signing'>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    keyStatus(props.iin, props.org?.bin).then(setKey, () => setKey({ hasKey: false }));
  }, [props.iin, props.org?.bin]);
  const display = (f: FormFieldDef): ReactNode => {
    const v = props.form[f.id];
    if (v === undefined) return '—';
    if (f.type === 'select') return loc(f.options?.find((o) => o.value === v)?.label) || String(v);
    return String(v);
  };
  const kindLabel = (id: string) => loc(props.def.attachments.find((a) => a.id === id)?.label);
  return (
    <Stack>
      <Title order={2}>{t('summaryTitle')}</Title>
      <Text>{t('summaryIntro')}</Text>
      <Table withTableBorder data-testid="summary">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('service')}</Table.Th>
            <Table.Td>{loc(props.def.names)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('applicant')}</Table.Th>
            <Table.Td>{props.iin}</Table.Td>
          </Table.Tr>
          {props.org && (
            <Table.Tr>
              <Table.Th scope="row">{t('organisation')}</Table.Th>
              <Table.Td data-testid="summary-organisation">{t('orgChosen', { name: props.org.name, bin: props.org.bin })}</Table.Td>
            </Table.Tr>
          )}
          {props.paid && (
            <Table.Tr>
              <Table.Th scope="row">{t('feeTitle')}</Table.Th>
              <Table.Td data-testid="summary-fee">{t('paidBefore', { amount: fmt.number(props.paid.amount), at: fmt.dateTime(props.paid.paidAt), reference: props.paid.reference ?? '' })}</Table.Td>
            </Table.Tr>
          )}
          {props.def.form.fields.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Th scope="row">{loc(f.label)}</Table.Th>
              <Table.Td data-testid={`summary-${f.id}`}>{display(f)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {props.uploads.length > 0 && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('docKind')}</Table.Th>
              <Table.Th scope="col">{t('fileName')}</Table.Th>
              <Table.Th scope="col">{t('size')}</Table.Th>
              <Table.Th scope="col">SHA-256</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.uploads.map((u) => (
              <Table.Tr key={u.key}>
                <Table.Td>{kindLabel(u.kind)}</Table.Td>
                <Table.Td>{u.fileName}</Table.Td>
                <Table.Td>{t('kb', { n: fmt.number(u.size / 1024, 1) })}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {u.sha256?.slice(0, 16)}…
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Alert color="blue" title={t('keyInfo')} data-testid="key-status">
        {key ? (props.org ? (key.serialNumber ? t('keyExistsOrg', { name: props.org.name, serial: key.serialNumber }) : t('keyNoneOrg', { name: props.org.name })) : key.serialNumber ? t('keyExists', { serial: key.serialNumber }) : t('keyNone')) : null}
      </Alert>
      <Text role="status" aria-live="polite" data-testid="sign-progress">
        {progress ? t(`progress_${progress}` as keyof typeof p) : ''}
      </Text>
      <ErrorAlert error={error} />
      {error instanceof ApiError && error.code === 'PAYMENT_ALREADY_USED' && (
        <Text c="red.8" data-testid="payment-used-hint">
          {t('payUsedHint')}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={props.onEdit} disabled={busy} data-testid="edit">
          {t('edit')}
        </Button>
        <Button
          loading={busy}
          disabled={!props.canSign}
          data-testid="sign-submit"
          onClick={async () => {
            setBusy(true);
            setError(undefined);
            try {
              await props.onSign(setProgress);
            } catch (e) {
              setError(e);
              setProgress(undefined);
              // A key may have been made on the way (before a refusal): say which one the next attempt uses.
              keyStatus(props.iin, props.org?.bin).then(setKey, () => undefined);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('signAndSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Waits for the signature check and says what it found in plain words. */
function Outcome({ requestId, createdSerial, iin, org }: { requestId: string; createdSerial?: string; iin: string; org?: Organisation }) {
  const bin = org?.bin;
  const t = useT(p);
  const { api } = useSession();
  const [view, setView] = useState<RequestView>();
  const [gaveUp, setGaveUp] = useState(false);
  const [replaced, setReplaced] = useState(false);
  useEffect(() => {
    if (view?.status === 'SIGNATURE_REJECTED' && view.refusal && DEAD_CERTIFICATE.has(view.refusal.code)) forgetKey(iin, bin).then(() => setReplaced(true), () => undefined);
  }, [view, iin, bin]);
  useEffect(() => {
    let live = true;
    const until = Date.now() + 30_000;
    (async () => {
      while (live) {
        try {
          const v = await api.get<RequestView>(`/v1/requests/${requestId}`);
          if (!live) return;
          setView(v);
          if (v.status !== 'SUBMITTED') return;
        } catch {
          /* try again */
        }
        if (Date.now() > until) return setGaveUp(true);
        await new Promise((r) => setTimeout(r, 600));
      }
    })();
    return () => {
      live = false;
    };
  }, [api, requestId]);
  const rejected = view?.status === 'SIGNATURE_REJECTED';
  const checked = view && view.status !== 'SUBMITTED';
  return (
    <Stack>
      {createdSerial && (
        <Alert color="gray" data-testid="key-created">
          {org ? t('keyCreatedOrg', { name: org.name, serial: createdSerial }) : t('keyCreated', { serial: createdSerial })}
        </Alert>
      )}
      <div role="status" aria-live="polite" data-testid="signature-outcome" data-status={view?.status ?? ''}>
        {!checked && !gaveUp && <Text>{t('progress_checking')}</Text>}
        {!checked && gaveUp && <Text>{t('sigPending')}</Text>}
        {checked && !rejected && (
          <Alert color="green" title={t('sigAcceptedTitle')}>
            {t('sigAccepted')}
          </Alert>
        )}
        {checked && rejected && (
          <Alert color="red" title={t('sigRejectedTitle')}>
            <Text>{view.refusal?.message}</Text>
            {replaced && (
              <Text mt="xs" data-testid="key-replaced">
                {t('keyReplaced')}
              </Text>
            )}
          </Alert>
        )}
      </div>
      <dl className="facts">
        <dt>{t('requestNumber')}</dt>
        <dd data-testid="request-id">{requestId}</dd>
        {view?.registrationNumber && (
          <>
            <dt>{t('registrationNumber')}</dt>
            <dd>{view.registrationNumber}</dd>
          </>
        )}
      </dl>
      <Group>
        <Button component={Link} to={`/cabinet/${requestId}`} data-testid="go-to-request">
          {t('goToRequest')}
        </Button>
      </Group>
    </Stack>
  );
}
