// The command centre's wall (/wall): the map in the middle, the figures around it, nobody at
// the controls. Quiet while all is well; loud (flight, callout, banner) only when it is not.
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames } from '../../i18n/use-names';
import { StaleVeil } from '../../panels/StaleVeil';
import { useAreaStore } from '../../state/area-store';
import { LiveMap } from '../../map/LiveMap';
import { useConnectionView } from '../../state/use-connection-view';
import { CaseSummary } from './CaseSummary';
import { CaseTicker } from './CaseTicker';
import { CommunityBars } from './CommunityBars';
import { DutyPanel, InspectionsPanel } from './ForcesPanels';
import { HazardPanel } from './HazardPanel';
import { RatesPanel } from './RatesPanel';
import { RiskBars } from './RiskBars';
import { UrgentCallout } from './UrgentCallout';
import { PressingCases } from './PressingCases';
import { useIdleCursor } from './use-idle-cursor';
import { useWallDirector } from './use-wall-director';
import { communityBounds } from './wall-figures';
import { QuietFeeds, StaleBanner } from './WallAlerts';
import { WallHeader } from './WallHeader';
import { WallLegend } from './WallLegend';
import './wall.css';

// A little room round the street; the legend and the notes sit in the map's empty corners.
const MAP_INSETS = { top: 1.5, right: 2, bottom: 1.5, left: 2 };

export function WallMode() {
  const view = useConnectionView();
  const director = useWallDirector();
  const idle = useIdleCursor();
  // The wall's type scale follows the smaller of width and height, so no panel overflows on a
  // screen of another shape. Set before the map is made (it reads the scale once).
  useLayoutEffect(() => {
    document.documentElement.classList.add('is-wall');
    return () => document.documentElement.classList.remove('is-wall');
  }, []);
  return (
    <div className={`wall${idle ? ' wall--idle' : ''}${view.stale ? ' wall--stale' : ''}`} data-testid="wall">
      <WallHeader view={view} />
      <main className="wall__body">
        <div className="wall__column">
          <CaseSummary />
          <RatesPanel />
          <CommunityBars />
        </div>
        <div className="wall__centre">
          <section className="wall__map" data-wall-panel="map">
            <LiveMap insets={MAP_INSETS} />
            <StaleVeil />
            <QuietFeeds />
            {director.kind === 'alert' && <UrgentCallout caseId={director.caseId} />}
            {director.kind === 'tour' && <TourLabel index={director.index} />}
            <WallLegend />
            <StaleBanner view={view} />
          </section>
          <div className="wall__strip">
            <HazardPanel />
            <RiskBars />
            <InspectionsPanel />
          </div>
        </div>
        <div className="wall__column">
          <DutyPanel />
          <CaseTicker />
          <PressingCases />
        </div>
      </main>
    </div>
  );
}

/** Which community the tour shows now (the tour visits them in the order of their number). */
function TourLabel({ index }: { index: number }) {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const code = area ? communityBounds(area.communities)[index]?.code : undefined;
  if (!code) return null;
  return (
    <div className="wall-tour" data-testid="wall-tour">
      {t('wall.touring', { name: names.community(area, code) })}
    </div>
  );
}
