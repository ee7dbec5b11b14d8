// The live overview: header, the map with its legend and details, and the side column.
import { DetailsPanel } from '../../panels/DetailsPanel';
import { Header } from '../../panels/Header';
import { KpiTiles } from '../../panels/KpiTiles';
import { Legend } from '../../panels/Legend';
import { RecentCases } from '../../panels/RecentCases';
import { StaleVeil } from '../../panels/StaleVeil';
import { LiveMap } from '../../map/LiveMap';
import './overview.css';

// The legend sits over the map's left side: keep the street clear of it.
const MAP_INSETS = { top: 2, right: 2, bottom: 2, left: 20 };

export function OverviewMode() {
  return (
    <div className="overview">
      <Header />
      <main className="overview__body">
        <section className="overview__map">
          <LiveMap insets={MAP_INSETS} />
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
