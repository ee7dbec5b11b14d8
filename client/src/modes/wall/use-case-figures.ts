import type { WorkingCalendar } from '../../../../core/domain/working-calendar';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { memoizeLast } from '../../state/memoize-last';
import type { LiveData } from '../../state/apply-sync';
import { selectCalendar, useRulesStore } from '../../state/rules-store';
import { useNow } from '../../state/use-now';
import { caseClockIndex } from '../../state/case-clocks';
import { caseClocksFrom, PeriodFigureIndex, type CaseClocks, type PeriodFigures } from './case-figures';

/** Time limits run on: the figures move with the data and once every CLOCK_TICK_MS. */
const CLOCK_TICK_MS = 30_000;
const PRESSING_LIMIT = 4;

// Kept from each delta by the cases it changed: a wall takes hundreds of changes a second.
const periodIndex = new PeriodFigureIndex();
const figuresFor = memoizeLast((cases: LiveData['cases'], _tick: number) =>
  periodIndex.figures(cases, serverNowMs(useLiveStore.getState())),
);
const clocksFor = memoizeLast(
  (cases: LiveData['cases'], calendar: WorkingCalendar | undefined, tick: number) =>
    caseClocksFrom(
      caseClockIndex.sync(cases, serverNowMs(useLiveStore.getState()), calendar, tick),
      PRESSING_LIMIT,
    ),
);

function useTick(): number {
  return Math.floor(useNow(CLOCK_TICK_MS) / CLOCK_TICK_MS);
}

export function usePeriodFigures(): PeriodFigures {
  const cases = useLiveStore((s) => s.data.cases);
  return figuresFor(cases, useTick());
}

export function useCaseClocks(): CaseClocks {
  const cases = useLiveStore((s) => s.data.cases);
  const calendar = useRulesStore(selectCalendar);
  return clocksFor(cases, calendar, useTick());
}
