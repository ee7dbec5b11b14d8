// The live overview: header, the map with its legend and details, and the side column.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from '../../panels/DetailsPanel';
import { Header } from '../../panels/Header';
import { KpiTiles } from '../../panels/KpiTiles';
import { Legend } from '../../panels/Legend';
import { RecentCases } from '../../panels/RecentCases';
import { StaleVeil } from '../../panels/StaleVeil';
import { RecoveryBoundary } from '../../recovery/RecoveryBoundary';
import './overview.css';

// The legend sits over the map's left side: keep the street clear of it.
const MAP_INSETS = { top: 2, right: 2, bottom: 2, left: 20 };

const MapView = lazy(() => import('../../map/MapView').then((m) => ({ default: m.MapView })));

export function OverviewMode() {
  const { t } = useTranslation();
  return (
    <div className="overview">
      <Header />
      <main className="overview__body">
        <section className="overview__map">
          <RecoveryBoundary message={t('app.failed')}>
            <Suspense fallback={<div className="map-view__notice">{t('app.loadingMap')}</div>}>
              <MapView insets={MAP_INSETS} />
            </Suspense>
          </RecoveryBoundary>
          <StaleVeil />
          <DetailsPanel />
          <Legend />
        </section>
        <aside className="overview__side">
          <KpiTiles />
          <RecentCases />
        </aside>
      </main>
    </div>
  );
}
