/** Providers every page of an app needs: theme, language, session, router. */
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { I18nProvider } from './i18n';
import { SessionProvider } from './session';
import { cssVariablesResolver, theme } from './theme';

export function mount(opts: { basename: string; storageKey: string; app: ReactNode }) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <I18nProvider>
          <SessionProvider storageKey={opts.storageKey}>
            <BrowserRouter basename={opts.basename}>{opts.app}</BrowserRouter>
          </SessionProvider>
        </I18nProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
