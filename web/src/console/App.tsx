/** The staff console: sign-in, then each role's own screens (clerk, head, department head, specialist, operator). */
import { Alert, Container, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Shell, type NavItem } from '../common/Shell';
import { useSession } from '../common/session';
import { useT } from '../common/i18n';
import { common } from '../common/strings';
import { Dashboard } from './Dashboard';
import { Filing } from './Filing';
import { HeadView } from './HeadView';
import { Inbox } from './Inbox';
import { Login } from './Login';
import { rolesOf, type Role } from './model';
import { ServicesProvider, useCT } from './parts';
import { RequestPage } from './RequestPage';

function Guard({ allow, roles, children }: { allow: Role[]; roles: Role[]; children: ReactElement }) {
  return roles.some((r) => allow.includes(r)) ? children : <Navigate to="/" replace />;
}

/** The roles that work on an agency's requests, each seeing its own tasks in the inbox. */
const agencyRoles: Role[] = ['clerk', 'head', 'department-head', 'specialist'];

export function App() {
  const t = useCT();
  const tc = useT(common);
  const { session, setSession } = useSession();
  const roles = rolesOf(session);
  const decides = roles.some((r) => r === 'clerk' || r === 'head' || r === 'department-head' || r === 'specialist');
  const nav: NavItem[] = [];
  if (decides) nav.push({ to: '/inbox', label: t('navInbox') });
  if (roles.includes('head')) nav.push({ to: '/head', label: t('navHead') }, { to: '/dashboard', label: t('navDashboard') });
  if (roles.includes('operator')) nav.push({ to: '/filing', label: t('navFiling') });
  const home = decides ? '/inbox' : roles.includes('operator') ? '/filing' : '/';
  const user = session ? `${session.name ?? session.user} · ${roles.map((r) => t(`role.${r}` as 'role.clerk')).join(', ')}` : undefined;

  return (
    <Shell title={t('appTitle')} home={home} nav={session ? nav : []} {...(user ? { user, onSignOut: () => setSession(undefined) } : {})}>
      {!session ? (
        <Login />
      ) : (
        <ServicesProvider>
          <Routes>
            <Route path="/" element={home === '/' ? <NoRole /> : <Navigate to={home} replace />} />
            <Route path="/inbox" element={<Guard allow={agencyRoles} roles={roles}><Inbox /></Guard>} />
            <Route path="/requests/:requestId" element={<Guard allow={agencyRoles} roles={roles}><RequestPage /></Guard>} />
            <Route path="/head" element={<Guard allow={['head']} roles={roles}><HeadView /></Guard>} />
            <Route path="/dashboard" element={<Guard allow={['head']} roles={roles}><Dashboard /></Guard>} />
            <Route path="/filing" element={<Guard allow={['operator']} roles={roles}><Filing /></Guard>} />
            <Route path="*" element={<Container><Title order={1}>{tc('notFound')}</Title></Container>} />
          </Routes>
        </ServicesProvider>
      )}
    </Shell>
  );
}

function NoRole() {
  const t = useCT();
  return (
    <Container size="sm">
      <Title order={1}>{t('appTitle')}</Title>
      <Alert color="blue" mt="md" role="status">
        {t('noRole')}
      </Alert>
    </Container>
  );
}
