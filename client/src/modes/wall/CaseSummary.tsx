// Cases now: open, new today, urgent, overdue, and the open ones by workflow phase.
import { useWords } from '../../i18n/use-words';
import { PHASE_COLOUR, toCss } from '../../map/palette';
import { OPEN_PHASES } from '../../state/case-phase';
import { useLiveStore } from '../../state/live-store';
import { useIndicators } from '../../state/selectors';
import { useCaseClocks } from './use-case-figures';
import { Stat, WallPanel } from './WallPanel';

export function CaseSummary() {
  const { t } = useWords();
  const indicators = useIndicators();
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const show = (n: number) => (hasData ? n : '—');
  const urgent = indicators.cases.bySeverity[1];
  const clocks = useCaseClocks();
  return (
    <WallPanel id="cases" title={t('wall.cases')}>
      <div className="wall-grid-2">
        <Stat
          label={t('wall.openCases')}
          value={show(indicators.cases.open)}
          unit={t('wall.unit.case')}
          testId="wall-open-cases"
        />
        <Stat
          label={t('wall.newToday')}
          value={show(indicators.cases.newToday)}
          unit={t('wall.unit.case')}
          testId="wall-new-today"
        />
        <Stat
          label={t('wall.urgent')}
          value={show(urgent)}
          unit={t('wall.unit.case')}
          tone={hasData && urgent > 0 ? 'alert' : 'calm'}
          testId="wall-urgent"
        />
        <Stat
          label={t('wall.overdue')}
          value={show(clocks.overdue)}
          unit={t('wall.unit.case')}
          tone={hasData && clocks.overdue > 0 ? 'alert' : 'calm'}
          note={hasData && clocks.withLimit === 0 ? t('wall.overdueNote') : undefined}
          testId="wall-overdue"
        />
      </div>
      <h3 className="wall-subtitle">{t('wall.phases')}</h3>
      <ul className="wall-phases">
        {OPEN_PHASES.map((phase) => (
          <li key={phase} className="wall-phase">
            <span className="wall-phase__value" data-testid={`wall-phase-${phase}`}>
              {show(indicators.byPhase[phase])}
            </span>
            <span className="wall-phase__label">
              <span className="ring" style={{ borderColor: toCss(PHASE_COLOUR[phase]) }} />
              {t(`kpi.${phase}`)}
            </span>
          </li>
        ))}
      </ul>
    </WallPanel>
  );
}
