// Inspections this month and the people on duty. The live data has no inspection list, so the
// month is counted from each enterprise's latest inspection and from the hazards found; grid
// workers are counted from the area data until their live positions arrive.
import { useWords } from '../../i18n/use-words';
import { useAreaStore } from '../../state/area-store';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { memoizeLast } from '../../state/memoize-last';
import { useNow } from '../../state/use-now';
import { gridWorkerCount, inspectionsThisMonth } from './wall-figures';
import { Stat, WallPanel } from './WallPanel';

const monthFigures = memoizeLast((data: ReturnType<typeof useLiveStore.getState>['data'], _tick: number) =>
  inspectionsThisMonth(
    data.enterprises.values(),
    data.hazards.values(),
    serverNowMs(useLiveStore.getState()),
  ),
);

export function InspectionsPanel() {
  const { t } = useWords();
  const data = useLiveStore((s) => s.data);
  const tick = Math.floor(useNow(60_000) / 60_000);
  const { enterprisesInspected, hazardsFound } = monthFigures(data, tick);
  const hasData = data.seq !== null;
  return (
    <WallPanel id="inspections" title={t('wall.inspections')}>
      <Stat
        label={t('wall.enterprisesInspected')}
        value={hasData ? enterprisesInspected : '—'}
        unit={t('wall.unit.enterprise')}
        testId="wall-enterprises-inspected"
        note={t('wall.inspectionsNote')}
      />
      <p className="wall-line">
        {t('wall.hazardsFound')} <b data-testid="wall-hazards-found">{hasData ? hazardsFound : '—'}</b>{' '}
        {t('wall.unit.item')}
      </p>
    </WallPanel>
  );
}

export function DutyPanel() {
  const { t } = useWords();
  const area = useAreaStore((s) => s.area);
  return (
    <WallPanel id="duty" title={t('wall.duty')} aside={t('wall.positionsPending')}>
      <div className="wall-pair">
        <Stat
          label={t('wall.gridWorkers')}
          value={area ? gridWorkerCount(area) : '—'}
          unit={t('wall.unit.person')}
          size="md"
          testId="wall-grid-workers"
        />
        <Stat
          label={t('wall.cells')}
          value={area ? area.cells.features.length : '—'}
          unit={t('wall.unit.cell')}
          size="md"
        />
      </div>
    </WallPanel>
  );
}
