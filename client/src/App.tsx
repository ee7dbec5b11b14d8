// Wiring only: start the data, pick the mode for the path.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startAreaLoad } from './net/area-loader';
import { startLiveSync } from './net/live-socket';
import { installTestHook } from './state/test-hook';
import { MODES } from './modes/routes';
import { useMode } from './modes/use-mode';
import { RecoveryBoundary } from './recovery/RecoveryBoundary';

export function App() {
  useEffect(() => startAreaLoad(), []);
  useEffect(() => startLiveSync(), []);
  useEffect(() => installTestHook(), []);
  const { t } = useTranslation();
  const Mode = MODES[useMode()];
  return (
    <RecoveryBoundary message={t('app.failed')}>
      <Suspense fallback={null}>
        <Mode />
      </Suspense>
    </RecoveryBoundary>
  );
}
