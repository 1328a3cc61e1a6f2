/**
 * The frame of both apps: a skip link, a header with the app's name, its navigation, the
 * language choice and the signed-in user, and <main> as the skip link's target.
 */
import { AppShell, Anchor, Button, Group, NativeSelect, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { languages, useLang, useT, type Language } from './i18n';
import { common } from './strings';

const languageNames: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export interface NavItem {
  to: string;
  label: string;
}

export function Shell(props: { title: string; home: string; nav: NavItem[]; user?: string; onSignOut?: () => void; children: ReactNode }) {
  const { lang, setLang } = useLang();
  const t = useT(common);
  const location = useLocation();
  return (
    <AppShell header={{ height: { base: 112, sm: 64 } }} padding="md">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="wrap" gap="xs" py={6}>
          <Group gap="lg" wrap="wrap">
            <Anchor component={Link} to={props.home} underline="never" c="inherit">
              <Title order={2} size="h4">
                {props.title}
              </Title>
            </Anchor>
            <nav aria-label={props.title}>
              <Group gap="md" wrap="wrap">
                {props.nav.map((n) => (
                  <Anchor key={n.to} component={Link} to={n.to} fw={location.pathname === n.to ? 700 : 400} aria-current={location.pathname === n.to ? 'page' : undefined}>
                    {n.label}
                  </Anchor>
                ))}
              </Group>
            </nav>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NativeSelect
              aria-label={t('language')}
              size="xs"
              value={lang}
              onChange={(e) => setLang(e.currentTarget.value as Language)}
              data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
              data-testid="language"
            />
            {props.user && (
              <Text size="sm" data-testid="signed-in-user">
                {props.user}
              </Text>
            )}
            {props.onSignOut && (
              <Button size="xs" variant="outline" onClick={props.onSignOut}>
                {t('signOut')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        {props.children}
      </AppShell.Main>
    </AppShell>
  );
}
