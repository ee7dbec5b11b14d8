// The live counts in the header. Every number comes from the indicators selector.
import { useWords } from '../i18n/use-words';
import { useLiveStore } from '../state/live-store';
import { useIndicators } from '../state/selectors';
import type { LiveIndicators } from '../state/indicators';
import type { Messages } from '../i18n/zh-CN';

const COUNTS: readonly {
  key: keyof Messages['count'];
  testId: string;
  tone: 'neutral' | 'warn' | 'alert';
  value: (i: LiveIndicators) => number;
}[] = [
  { key: 'openCases', testId: 'count-open-cases', tone: 'neutral', value: (i) => i.cases.open },
  { key: 'newToday', testId: 'count-new-today', tone: 'neutral', value: (i) => i.cases.newToday },
  { key: 'urgent', testId: 'count-urgent', tone: 'alert', value: (i) => i.cases.bySeverity[1] },
  { key: 'openHazards', testId: 'count-open-hazards', tone: 'warn', value: (i) => i.hazards.open },
  { key: 'overdueHazards', testId: 'count-overdue-hazards', tone: 'alert', value: (i) => i.hazards.overdue },
  {
    key: 'majorHazardEnterprises',
    testId: 'count-major-hazard-enterprises',
    tone: 'alert',
    value: (i) => i.enterprises.withMajorHazards,
  },
] as const;

export function HeaderCounts() {
  const { t } = useWords();
  const indicators = useIndicators();
  const hasData = useLiveStore((s) => s.data.seq !== null);
  return (
    <ul className="header-counts">
      {COUNTS.map(({ key, testId, tone, value: valueOf }) => {
        const value = valueOf(indicators);
        const lit = hasData && value > 0 && tone !== 'neutral';
        return (
          <li key={key} className={`header-count header-count--${tone}${lit ? ' is-lit' : ''}`}>
            <span className="header-count__value" data-testid={testId}>
              {hasData ? value : '—'}
            </span>
            <span className="header-count__label">{t(`count.${key}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}
