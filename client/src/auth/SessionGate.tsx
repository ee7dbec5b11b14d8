// Which page the screen shows: the login page, a notice while the session is checked, the
// "token no longer valid" screen, "no access", or the mode the path names. Live data starts only
// once someone is signed in.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startAreaLoad } from '../net/area-loader';
import { startLiveSync } from '../net/live-socket';
import { startRulesLoad } from '../net/rules-loader';
import { MODE_CHUNKS } from '../modes/routes';
import { navigate, useLocation } from '../modes/navigation';
import { decidePage, loginPathFor } from './page-access';
import { ForbiddenPage, SessionNotice, TokenInvalidScreen } from './SessionScreens';
import { useSessionStore } from './session-store';

const LoginPage = lazy(() => import('./LoginPage').then((m) => ({ default: m.LoginPage })));

export function SessionGate() {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const role = useSessionStore((s) => s.user?.role ?? null);
  const { pathname, search } = useLocation();
  const decision = decidePage(pathname, search, status === 'signed-in' ? role : null);

  useEffect(() => {
    // Reloading drops everything the ended session could see.
    if (status === 'ended')
      location.replace(`${loginPathFor(`${location.pathname}${location.search}`)}#ended`);
  }, [status]);
  useEffect(() => {
    if (status === 'signed-out' && decision.kind === 'login') navigate(decision.loginPath, { replace: true });
    if (status === 'signed-in' && decision.kind === 'redirect') navigate(decision.path, { replace: true });
  }, [status, decision]);

  if (status === 'loading') return <SessionNotice message={t('auth.checking')} />;
  if (status === 'unreachable') return <SessionNotice message={t('auth.serverDown')} warn />;
  if (status === 'token-invalid') return <TokenInvalidScreen />;
  if (status !== 'signed-in') return <LoginPage />;
  if (decision.kind === 'mode') {
    const Mode = MODE_CHUNKS[decision.mode].Component;
    return (
      <LiveData>
        <Mode />
      </LiveData>
    );
  }
  if (decision.kind === 'forbidden') return <ForbiddenPage mode={decision.mode} home={decision.home} />;
  return null;
}

/**
 * Keeps the area data, the time-limit rules and the live sync running while a signed-in page is
 * open. They start as soon as someone is signed in, while the mode's chunk still loads: its own
 * boundary keeps it from holding these back.
 */
function LiveData({ children }: { children: React.ReactNode }) {
  useEffect(() => startAreaLoad(), []);
  useEffect(() => startLiveSync(), []);
  useEffect(() => startRulesLoad(), []);
  return <Suspense fallback={null}>{children}</Suspense>;
}
