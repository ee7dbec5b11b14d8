// Wiring only: find out who this screen is, then show the page the path names (or the login page).
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startSession } from './auth/session-bootstrap';
import { SessionGate } from './auth/SessionGate';
import { installTestHook } from './state/test-hook';
import { RecoveryBoundary } from './recovery/RecoveryBoundary';

export function App() {
  useEffect(() => startSession(), []);
  useEffect(() => installTestHook(), []);
  const { t } = useTranslation();
  return (
    <RecoveryBoundary message={t('app.failed')}>
      <Suspense fallback={null}>
        <SessionGate />
      </Suspense>
    </RecoveryBoundary>
  );
}
