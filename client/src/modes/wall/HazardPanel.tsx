// Open hazards and their "dynamic zero" trend over the last days (from the hazards in the live
// data: found and rectified times).
import { useWords } from '../../i18n/use-words';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { memoizeLast } from '../../state/memoize-last';
import { useIndicators } from '../../state/selectors';
import { useNow } from '../../state/use-now';
import { TrendChart } from './TrendChart';
import { openHazardsTrend, TREND_DAYS } from './wall-figures';
import { Stat, WallPanel } from './WallPanel';

const TREND_TICK_MS = 10 * 60_000;

const trendOf = memoizeLast((_hazards: ReadonlyMap<string, unknown>, _tick: number) =>
  openHazardsTrend(useLiveStore.getState().data.hazards.values(), serverNowMs(useLiveStore.getState())),
);

export function HazardPanel() {
  const { t } = useWords();
  const indicators = useIndicators();
  const hazards = useLiveStore((s) => s.data.hazards);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const tick = Math.floor(useNow(TREND_TICK_MS) / TREND_TICK_MS);
  const trend = trendOf(hazards, tick);
  const { open, overdue, major } = indicators.hazards;
  const first = trend[0]?.open ?? 0;
  const rising = hasData && open > first;
  const show = (n: number) => (hasData ? n : '—');
  return (
    <WallPanel
      id="hazards"
      title={t('wall.hazards')}
      aside={t('wall.trendPeak', { n: Math.max(0, ...trend.map((p) => p.open)), days: TREND_DAYS })}
      className="wall-hazards"
    >
      <div className="wall-hazards__stats">
        <Stat
          label={t('wall.openHazards')}
          value={show(open)}
          unit={t('wall.unit.item')}
          tone={rising ? 'warn' : 'calm'}
          testId="wall-open-hazards"
        />
        <Stat
          label={t('wall.overdueHazards')}
          value={show(overdue)}
          tone={hasData && overdue > 0 ? 'alert' : 'calm'}
          size="md"
          testId="wall-overdue-hazards"
        />
        <Stat
          label={t('wall.majorHazards')}
          value={show(major)}
          tone={hasData && major > 0 ? 'alert' : 'calm'}
          size="md"
          testId="wall-major-hazards"
        />
      </div>
      <div className="wall-trend">
        <TrendChart points={trend} tone={rising ? 'warn' : 'calm'} />
        <div className="wall-trend__axis">
          <span>{t('wall.trendStart', { n: TREND_DAYS })}</span>
          <span>{t('wall.trendNow')}</span>
        </div>
      </div>
    </WallPanel>
  );
}
