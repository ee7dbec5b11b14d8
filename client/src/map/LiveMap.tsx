// The live map as a mode places it: its code loads lazily (MapLibre and deck.gl are the heaviest
// chunks), and a chunk that fails to load shows a notice and recovers instead of a blank screen.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryBoundary } from '../recovery/RecoveryBoundary';
import type { MapInsets } from './map-controller';
import { loadBasemapEngine } from './map-engines';
import { MAP_VIEW_CHUNK } from './map-view-chunk';

const MapView = MAP_VIEW_CHUNK.Component;

export function LiveMap({ insets }: { insets: MapInsets }) {
  const { t } = useTranslation();
  // MapLibre's chunk (and its worker) start loading with the mode, beside the area data and the
  // MapView chunk, rather than after both; MapView reports a failure.
  useEffect(() => void loadBasemapEngine().catch(() => undefined), []);
  return (
    <RecoveryBoundary message={t('app.failed')}>
      <Suspense fallback={<div className="map-view__notice">{t('app.loadingMap')}</div>}>
        <MapView insets={insets} />
      </Suspense>
    </RecoveryBoundary>
  );
}
