/** Staff sign-in with login and password; a refusal shows the server's message in the chosen language. */
import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, sessionFromTokens } from '../common/api';
import { useT } from '../common/i18n';
import { useSession } from '../common/session';
import { common } from '../common/strings';
import { ErrorAlert } from '../common/ui';
import { useCT } from './parts';

export function Login() {
  const t = useCT();
  const tc = useT(common);
  const { api, setSession, expired } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const tokens = await api.post<{ accessToken: string; idToken: string; expiresIn: number }>('/v1/staff/auth/login', { username: username.trim(), password });
      setSession(sessionFromTokens(tokens));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py="xl">
      <Title order={1} mb="xs">
        {t('signInTitle')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('signInIntro')}
      </Text>
      <Paper withBorder p="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {expired && (
              <Text role="status" c="orange.9">
                {tc('sessionExpired')}
              </Text>
            )}
            <TextInput label={t('username')} autoComplete="username" required value={username} onChange={(e) => setUsername(e.currentTarget.value)} data-testid="login-username" />
            <PasswordInput label={tc('password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} data-testid="login-password" />
            <div aria-live="polite">
              {error instanceof ApiError && error.code !== 'NETWORK' ? (
                // A refused sign-in is a 401 too: show the server's own words, not "session ended".
                <Alert color="red" role="alert" data-testid="error">
                  {error.message}
                </Alert>
              ) : (
                error !== undefined && <ErrorAlert error={error} />
              )}
            </div>
            <Button type="submit" loading={busy} disabled={!username || !password} data-testid="login-submit">
              {tc('signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
