// Bars by category and community (horizontal) and by day (columns), plain HTML: readable from the
// back of the room, no chart library. Clicking a community filters everything.
import { useTranslation } from 'react-i18next';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { categoryColour, toCss } from '../../map/palette';
import { isCategoryId } from '../../../../core/domain/categories';
import type { Bar, BriefCharts } from './brief-charts';

const CATEGORY_ROWS = 8;

function maxOf(bars: readonly Bar[]): number {
  return Math.max(1, ...bars.map((b) => b.count));
}

export function CategoryChart({ charts }: { charts: BriefCharts }) {
  const { t } = useTranslation();
  const names = useNames();
  const bars = charts.byCategory.slice(0, CATEGORY_ROWS);
  const max = maxOf(bars);
  return (
    <section className="brief-panel" data-testid="brief-by-category">
      <h2 className="brief-panel__title">
        {t('brief.byCategory')}
        <span className="brief-panel__aside">{t('brief.newCases', { n: charts.total })}</span>
      </h2>
      <ul className="brief-bars">
        {bars.map((bar) => (
          <li key={bar.key} className="brief-bars__row">
            <span className="brief-bars__label">{names.category(bar.key)}</span>
            <span className="brief-bars__track">
              <span
                className="brief-bars__fill"
                style={{
                  width: `${(bar.count / max) * 100}%`,
                  background: isCategoryId(bar.key) ? toCss(categoryColour(bar.key)) : undefined,
                }}
              />
            </span>
            <span className="brief-bars__count">{bar.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CommunityChart(props: {
  charts: BriefCharts;
  selected: string | null;
  onSelect: (code: string | null) => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const max = maxOf(props.charts.byCommunity);
  return (
    <section className="brief-panel" data-testid="brief-by-community">
      <h2 className="brief-panel__title">{t('brief.byCommunity')}</h2>
      <ul className="brief-bars">
        {props.charts.byCommunity.map((bar) => {
          const selected = props.selected === bar.key;
          return (
            <li key={bar.key}>
              <button
                type="button"
                className={`brief-bars__row brief-bars__button${selected ? ' is-selected' : ''}${props.selected && !selected ? ' is-dimmed' : ''}`}
                aria-pressed={selected}
                data-testid={`brief-community-${bar.key}`}
                onClick={() => props.onSelect(selected ? null : bar.key)}
              >
                <span className="brief-bars__label">{names.community(area, bar.key)}</span>
                <span className="brief-bars__track">
                  <span className="brief-bars__fill" style={{ width: `${(bar.count / max) * 100}%` }} />
                </span>
                <span className="brief-bars__count">{bar.count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function DayChart({ charts }: { charts: BriefCharts }) {
  const { t } = useTranslation();
  const max = maxOf(charts.byDay);
  const many = charts.byDay.length > 10;
  return (
    <section className="brief-panel brief-panel--grow" data-testid="brief-by-day">
      <h2 className="brief-panel__title">{t('brief.byDay')}</h2>
      <div className="brief-days">
        {charts.byDay.map((day, i) => (
          <div key={day.key} className="brief-days__col" title={`${day.key}: ${day.count}`}>
            <span className="brief-days__count">{many ? '' : day.count}</span>
            <span className="brief-days__bar" style={{ height: `${(day.count / max) * 100}%` }} />
            <span className="brief-days__label">
              {!many || i % 5 === 0 || i === charts.byDay.length - 1
                ? `${day.key.slice(4, 6)}/${day.key.slice(6)}`
                : ''}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}

const TOP_CELLS = 5;

/** The grid cells with the most new cases: where to look first. */
export function TopCells({ charts }: { charts: BriefCharts }) {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  return (
    <section className="brief-panel" data-testid="brief-top-cells">
      <h2 className="brief-panel__title">{t('brief.topCells')}</h2>
      <ol className="brief-top">
        {charts.byCell.slice(0, TOP_CELLS).map((bar) => (
          <li key={bar.key} className="brief-top__row">
            {/* The count first: floated right, it keeps the first line of a name that wraps. */}
            <span className="brief-top__count">{t('brief.cases', { n: bar.count })}</span>
            <span className="brief-top__name">{names.cell(area, bar.key)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
