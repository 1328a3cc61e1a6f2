/**
 * The service-centre operator's screen (¶7, Table 3): the citizen is present; look them up in the
 * state registry (ГБД ФЛ), fill the service's form, scan their documents and, with their consent,
 * file the request — the server signs it with the operator's own key.
 */
import { Alert, Button, Checkbox, CloseButton, Container, FileButton, Group, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { putWithProgress, sha256Hex } from '../common/api';
import { useLang, useLoc, type Language } from '../common/i18n';
import { useSession } from '../common/session';
import { isValidIin } from '../../../shared/domain/iin';
import { ApiProblem, compact, FieldInput, fieldErrors, isRequired, useCT, useServiceDetail, useServices } from './parts';

interface Person {
  iin: string;
  surname: string;
  givenName: string;
  patronymic?: string;
  birthDate: string;
}

interface Uploaded {
  uploadId: string;
  kind: string;
  sha256: string;
  fileName: string;
}

const langNames: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export function Filing() {
  const t = useCT();
  const loc = useLoc();
  const { lang } = useLang();
  const { api } = useSession();
  const services = useServices().filter((x) => x.channels.includes('service-centre'));
  const [iin, setIin] = useState('');
  const [iinError, setIinError] = useState<string>();
  const [person, setPerson] = useState<Person>();
  const [lookupError, setLookupError] = useState<unknown>();
  const [serviceId, setServiceId] = useState('');
  const def = useServiceDetail(serviceId || undefined).data;
  const [form, setForm] = useState<Record<string, unknown>>({});
  const [language, setLanguage] = useState<Language>(lang);
  const [files, setFiles] = useState<Uploaded[]>([]);
  const [progress, setProgress] = useState<Record<string, number>>({});
  const [consent, setConsent] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [filed, setFiled] = useState<string>();
  const idem = useRef(crypto.randomUUID());

  async function lookUp(e: FormEvent) {
    e.preventDefault();
    setPerson(undefined);
    setLookupError(undefined);
    if (!isValidIin(iin)) return setIinError(t('iinInvalid'));
    setIinError(undefined);
    try {
      const r = await api.get<{ person: Person }>(`/v1/staff/registry/persons/${iin}`);
      setPerson(r.person);
    } catch (err) {
      setLookupError(err);
    }
  }

  async function addFile(kind: string, file: File | undefined) {
    if (!file) return;
    setError(undefined);
    const key = `${kind}:${file.name}`;
    try {
      const slot = await api.post<{ uploadId: string; url: string; headers: Record<string, string> }>('/v1/staff/uploads', { fileName: file.name, contentType: file.type, size: file.size });
      setProgress((p) => ({ ...p, [key]: 0 }));
      await putWithProgress(slot.url, slot.headers, file, (f) => setProgress((p) => ({ ...p, [key]: f })));
      const sha256 = await sha256Hex(await file.arrayBuffer());
      setFiles((fs) => [...fs, { uploadId: slot.uploadId, kind, sha256, fileName: file.name }]);
    } catch (err) {
      setError(err);
    } finally {
      setProgress((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== key)));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!def || !person) return;
    const m: Record<string, string> = {};
    for (const f of def.form.fields) if (isRequired(f, form) && (form[f.id] === undefined || form[f.id] === '')) m[f.id] = t('required');
    for (const k of def.attachments) if (isRequired(k, form) && !files.some((x) => x.kind === k.id)) m[`att:${k.id}`] = t('required');
    if (!consent) m.consent = t('consentRequired');
    setMissing(m);
    if (Object.keys(m).length) return;
    setBusy(true);
    try {
      const r = await api.post<{ requestId: string }>(
        '/v1/staff/requests',
        { serviceId, applicantIin: person.iin, applicantConsent: true, language, form: compact(form), attachments: files.map(({ uploadId, kind, sha256 }) => ({ uploadId, kind, sha256 })) },
        { 'idempotency-key': idem.current },
      );
      setFiled(r.requestId);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setIin('');
    setPerson(undefined);
    setServiceId('');
    setForm({});
    setFiles([]);
    setConsent(false);
    setFiled(undefined);
    setError(undefined);
    idem.current = crypto.randomUUID();
  }

  const errs = { ...fieldErrors(error, 'form'), ...missing };

  return (
    <Container size="md">
      <Title order={1}>{t('filingTitle')}</Title>
      <Text c="dimmed" mb="md">
        {t('filingIntro')}
      </Text>
      <div role="status" aria-live="polite">
        {filed && (
          <Alert color="green" data-testid="filed">
            <Text>{t('filed', { id: filed })}</Text>
            <Button mt="sm" variant="outline" color="green" onClick={reset}>
              {t('fileAnother')}
            </Button>
          </Alert>
        )}
      </div>
      {!filed && (
        <Stack gap="md">
          <Paper withBorder p="md" component="section" aria-labelledby="step-person">
            <Title order={2} size="h4" id="step-person" mb="sm">
              {t('stepPerson')}
            </Title>
            <form onSubmit={lookUp} noValidate>
              <Group align="flex-start">
                <TextInput label={t('iin')} description={t('iinHelp')} required inputMode="numeric" maxLength={12} value={iin} onChange={(e) => setIin(e.currentTarget.value.replace(/\D/g, ''))} error={iinError} data-testid="iin" />
                <Button type="submit" mt={46} data-testid="lookup">
                  {t('lookUp')}
                </Button>
              </Group>
            </form>
            {lookupError !== undefined && <ApiProblem error={lookupError} />}
            {person && (
              <Paper bg="gray.0" p="sm" mt="sm" data-testid="person">
                <Text fw={600}>{t('personFound')}</Text>
                <Text>
                  {t('fullName')}: {[person.surname, person.givenName, person.patronymic].filter(Boolean).join(' ')}
                </Text>
                <Text>
                  {t('birthDate')}: {person.birthDate}
                </Text>
              </Paper>
            )}
          </Paper>

          {person && (
            <form onSubmit={submit} noValidate data-testid="filing-form">
              <Stack gap="md">
                <Paper withBorder p="md" component="section" aria-labelledby="step-service">
                  <Title order={2} size="h4" id="step-service" mb="sm">
                    {t('stepService')}
                  </Title>
                  <Stack gap="sm">
                    <NativeSelect
                      label={t('service')}
                      required
                      value={serviceId}
                      onChange={(e) => {
                        setServiceId(e.currentTarget.value);
                        setForm({});
                        setFiles([]);
                      }}
                      data={[{ value: '', label: t('chooseService') }, ...services.map((x) => ({ value: x.id, label: loc(x.names) }))]}
                      data-testid="service"
                    />
                    <NativeSelect label={t('requestLanguage')} value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)} data={(['kk', 'ru', 'en'] as const).map((l) => ({ value: l, label: langNames[l] }))} />
                    {def &&
                      def.form.fields.map((f) => (
                        <FieldInput key={f.id} idPrefix="form" field={f} required={isRequired(f, form)} value={form[f.id]} onChange={(v) => setForm((x) => ({ ...x, [f.id]: v }))} error={errs[f.id]} />
                      ))}
                  </Stack>
                </Paper>

                {def && (
                  <Paper withBorder p="md" component="section" aria-labelledby="step-docs">
                    <Title order={2} size="h4" id="step-docs" mb="sm">
                      {t('stepDocs')}
                    </Title>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      {def.attachments.map((k) => {
                        const mine = files.filter((x) => x.kind === k.id);
                        const id = `file-${k.id}`;
                        return (
                          <div key={k.id}>
                            <Text fw={500} size="sm" id={`${id}-label`}>
                              {loc(k.label)}
                              {isRequired(k, form) ? <span aria-hidden="true" style={{ color: 'var(--mantine-color-red-9)' }}> *</span> : null}
                            </Text>
                            <Text size="xs" c="dimmed" id={`${id}-help`}>
                              {t('fileHelp')}
                            </Text>
                            {/* A button in the page's language (the browser's own file input speaks the browser's). */}
                            <FileButton
                              accept="application/pdf,image/jpeg,image/png"
                              disabled={mine.length >= k.maxCount}
                              onChange={(f) => void addFile(k.id, f ?? undefined)}
                              inputProps={{ 'data-testid': id } as Record<string, string>}
                            >
                              {(props) => (
                                <Button {...props} variant="outline" size="xs" mt={4} aria-describedby={`${id}-help`} data-testid={`${id}-button`}>
                                  {t('chooseFile')}
                                  <VisuallyHidden>: {loc(k.label)}</VisuallyHidden>
                                </Button>
                              )}
                            </FileButton>
                            {errs[`att:${k.id}`] && (
                              <Text size="sm" c="red.9">
                                {errs[`att:${k.id}`]}
                              </Text>
                            )}
                            {Object.entries(progress)
                              .filter(([key]) => key.startsWith(`${k.id}:`))
                              .map(([key, p]) => (
                                <Progress key={key} value={p * 100} mt={4} aria-label={t('uploading', { p: `${Math.round(p * 100)}%` })} />
                              ))}
                            {mine.map((x) => (
                              <Group key={x.uploadId} gap={4} mt={4} data-testid="uploaded">
                                <Text size="sm">{t('uploaded', { name: x.fileName })}</Text>
                                <CloseButton size="sm" aria-label={t('removeFile', { name: x.fileName })} onClick={() => setFiles((fs) => fs.filter((y) => y.uploadId !== x.uploadId))} />
                              </Group>
                            ))}
                          </div>
                        );
                      })}
                    </SimpleGrid>
                  </Paper>
                )}

                {def && (
                  <Paper withBorder p="md" component="section" aria-labelledby="step-consent">
                    <Title order={2} size="h4" id="step-consent" mb="sm">
                      {t('stepConsent')}
                    </Title>
                    <Stack gap="sm">
                      <Checkbox label={t('consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} error={errs.consent} data-testid="consent" />
                      {Object.keys(missing).length > 0 && (
                        <Text c="red.9" role="alert">
                          {t('fixErrors')}
                        </Text>
                      )}
                      {error !== undefined && <ApiProblem error={error} />}
                      <Button type="submit" loading={busy} data-testid="file-submit">
                        {t('fileSubmit')}
                      </Button>
                    </Stack>
                  </Paper>
                )}
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </Container>
  );
}
