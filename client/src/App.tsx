// Wiring only: show the page the path names once the screen is known (or the login page).
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionGate } from './auth/SessionGate';
import { installTestHook } from './state/test-hook';
import { RecoveryBoundary } from './recovery/RecoveryBoundary';

export function App() {
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
