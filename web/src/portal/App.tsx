/** The citizen portal (ПЭП): routes. The catalogue and the verification page need no sign-in. */
import './portal.css';
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Shell } from '../common/Shell';
import { useT } from '../common/i18n';
import { useSession } from '../common/session';
import { common } from '../common/strings';
import { Apply } from './Apply';
import { Register, SignIn } from './Auth';
import { Cabinet, CorrectionPage, RequestPage } from './Cabinet';
import { Catalogue, ServicePage } from './Catalogue';
import { p } from './strings';
import { VerifyPage } from './Verify';

function RequireSignIn({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}

function NotFound() {
  const t = useT(common);
  return (
    <Stack>
      <Title order={1}>{t('notFound')}</Title>
      <Text>404</Text>
    </Stack>
  );
}

export function App() {
  const t = useT(p);
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const nav = [{ to: '/', label: t('navCatalogue') }, ...(session ? [{ to: '/cabinet', label: t('navCabinet') }] : [{ to: '/login', label: t('navSignIn') }, { to: '/register', label: t('navRegister') }])];
  return (
    <Shell
      title="e-Qyzmet"
      home="/"
      nav={nav}
      {...(session ? { user: session.name ?? session.user, onSignOut: () => (setSession(undefined), navigate('/')) } : {})}
    >
      <Routes>
        <Route path="/" element={<Catalogue />} />
        <Route path="/services/:serviceId" element={<ServicePage />} />
        <Route path="/services/:serviceId/apply" element={<RequireSignIn><Apply /></RequireSignIn>} />
        <Route path="/login" element={<SignIn />} />
        <Route path="/register" element={<Register />} />
        <Route path="/cabinet" element={<RequireSignIn><Cabinet /></RequireSignIn>} />
        <Route path="/cabinet/:requestId" element={<RequireSignIn><RequestPage /></RequireSignIn>} />
        <Route path="/cabinet/:requestId/correct" element={<RequireSignIn><CorrectionPage /></RequireSignIn>} />
        <Route path="/verify/:documentId" element={<VerifyPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Shell>
  );
}
