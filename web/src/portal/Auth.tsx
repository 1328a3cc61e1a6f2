/** Sign-in with IIN and password, and registration of a new citizen (IIN check digit checked here too). */
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isValidIin } from '../../../shared/domain/iin';
import { message } from '../../../shared/domain/messages';
import { passwordProblems } from '../../../shared/domain/password-policy';
import { sessionFromTokens, ApiError } from '../common/api';
import { useLang, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { ErrorAlert } from '../common/ui';
import { common } from '../common/strings';
import { p } from './strings';

interface Tokens {
  accessToken: string;
  idToken: string;
  expiresIn: number;
}

/** Only a path inside the portal is a safe place to return to. */
const safeNext = (n: string | null) => (n && n.startsWith('/') && !n.startsWith('//') ? n : '/cabinet');

export function SignIn() {
  const t = useT(p);
  const tc = useT(common);
  const { lang } = useLang();
  const { api, setSession, expired } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [iin, setIin] = useState(params.get('iin') ?? '');
  const [password, setPassword] = useState('');
  const [iinError, setIinError] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const justRegistered = params.get('registered');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!isValidIin(iin)) return setIinError(true);
    setIinError(false);
    setBusy(true);
    try {
      const tokens = await api.post<Tokens>('/v1/auth/login', { iin, password });
      setSession(sessionFromTokens(tokens));
      navigate(safeNext(params.get('next')));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('signInTitle')}
          </Title>
          {justRegistered && (
            <Alert color="green" role="status" data-testid="registered">
              {t('registered', { name: justRegistered })}
            </Alert>
          )}
          {expired && <Alert color="yellow">{tc('sessionExpired')}</Alert>}
          <TextInput label={t('iin')} description={t('iinHelp')} value={iin} onChange={(e) => setIin(e.currentTarget.value.trim())} inputMode="numeric" autoComplete="username" maxLength={12} required error={iinError ? message('INVALID_IIN', lang) : undefined} data-testid="login-iin" />
          <PasswordInput label={tc('password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required data-testid="login-password" />
          {/* A refused sign-in is a 401 too: show the server's own words, not "session ended". */}
          {error instanceof ApiError && error.status === 401 ? (
            <Alert color="red" role="alert" data-testid="error">
              {error.message}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
          <Button type="submit" loading={busy} data-testid="login-submit">
            {tc('signIn')}
          </Button>
          <Text size="sm">
            {t('noAccount')}{' '}
            <Anchor component={Link} to="/register">
              {t('navRegister')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}


export function Register() {
  const t = useT(p);
  const tc = useT(common);
  const { lang } = useLang();
  const { api } = useSession();
  const navigate = useNavigate();
  const [v, setV] = useState({ iin: '', password: '', repeat: '', email: '', phone: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const errs: Record<string, string> = {};
    if (!isValidIin(v.iin.trim())) errs.iin = message('INVALID_IIN', lang);
    // The same policy the server checks at sign-up (and Cognito enforces).
    if (passwordProblems(v.password).length) errs.password = message('PASSWORD_TOO_WEAK', lang);
    if (v.repeat !== v.password) errs.repeat = t('passwordsDiffer');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const r = await api.post<{ iin: string; name: string }>('/v1/auth/register', { iin: v.iin.trim(), password: v.password, ...(v.email.trim() ? { email: v.email.trim() } : {}), ...(v.phone.trim() ? { phone: v.phone.trim() } : {}) });
      navigate(`/login?iin=${encodeURIComponent(r.iin)}&registered=${encodeURIComponent(r.name)}`);
    } catch (err) {
      // Field problems go next to their fields; the rest is shown above the button.
      if (err instanceof ApiError && err.fields.length) {
        const f: Record<string, string> = {};
        for (const x of err.fields) f[x.field.replace(/^body\./, '')] = x.message;
        setErrors(f);
      }
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('registerTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('registerIntro')}
          </Text>
          <TextInput label={t('iin')} description={t('iinHelp')} value={v.iin} onChange={set('iin')} inputMode="numeric" autoComplete="username" maxLength={12} required error={errors.iin} data-testid="reg-iin" />
          <PasswordInput label={tc('password')} description={t('passwordRule')} value={v.password} onChange={set('password')} autoComplete="new-password" required error={errors.password} data-testid="reg-password" />
          <PasswordInput label={t('passwordRepeat')} value={v.repeat} onChange={set('repeat')} autoComplete="new-password" required error={errors.repeat} data-testid="reg-repeat" />
          <TextInput label={t('email')} type="email" value={v.email} onChange={set('email')} autoComplete="email" error={errors.email} />
          <TextInput label={t('phone')} type="tel" value={v.phone} onChange={set('phone')} autoComplete="tel" error={errors.phone} />
          <ErrorAlert error={error} />
          <Button type="submit" loading={busy} data-testid="reg-submit">
            {t('registerButton')}
          </Button>
          <Text size="sm">
            {t('haveAccount')}{' '}
            <Anchor component={Link} to="/login">
              {t('navSignIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
