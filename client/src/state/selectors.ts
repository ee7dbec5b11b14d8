// Everything the panels and layers read from the stores goes through here.
import { useEffect, useMemo, useRef } from 'react';
import { useDebounce } from 'use-debounce';
import { isCaseOpen, type Case, type Hazard } from '../../../core/domain/model';
import type { LiveData } from './apply-sync';
import { useAreaStore, type AreaIndex } from './area-store';
import { CasesByOpening } from './cases-by-opening';
import { createIndicatorCounter, type LiveIndicators } from './indicators';
import { serverNowMs, useLiveStore } from './live-store';
import { followMap } from './map-lineage';
import { memoizeLast } from './memoize-last';
import { useNow } from './use-now';

/** Indicators move with the data, and with time (overdue, today) every INDICATOR_TICK_MS. */
const INDICATOR_TICK_MS = 10_000;

const NO_RISKS = new Map();

const countIndicators = createIndicatorCounter();
const indicatorsFor = memoizeLast((data: LiveData, area: AreaIndex | null, _tick: number) =>
  countIndicators(data, area?.riskById ?? NO_RISKS, serverNowMs(useLiveStore.getState())),
);

/** The one place the counts come from. */
export function selectIndicators(data: LiveData, area: AreaIndex | null, tick: number): LiveIndicators {
  return indicatorsFor(data, area, tick);
}

export function useIndicators(): LiveIndicators {
  const data = useLiveStore((s) => s.data);
  const area = useAreaStore((s) => s.area);
  const tick = Math.floor(useNow(INDICATOR_TICK_MS) / INDICATOR_TICK_MS);
  return selectIndicators(data, area, tick);
}

const byOpening = new CasesByOpening();

/** The live cases in the order they opened, caught up with `cases` (one index for every screen part). */
export function selectCasesByOpening(cases: LiveData['cases']): CasesByOpening {
  return byOpening.sync(cases);
}

const newestByLimit = new Map<number, (cases: LiveData['cases'], limit: number) => Case[]>();

/** The `limit` newest cases, newest first (ties by id). */
export function selectRecentCases(data: LiveData, limit: number): Case[] {
  let select = newestByLimit.get(limit); // one memo per list length (the wall has two lists)
  if (!select) {
    select = memoizeLast((cases: LiveData['cases'], n: number) => selectCasesByOpening(cases).newest(n));
    newestByLimit.set(limit, select);
  }
  return select(data.cases, limit);
}

/**
 * A list of the newest cases shows a burst at most once a second; the first change after a quiet
 * second shows at once. Rows that move ten times a second cannot be read or clicked, and each
 * change replaces the rows' elements: at 200 reports a second this list was nearly all of the
 * page's DOM changes (docs/BENCHMARKS.md).
 */
const LIST_PACE_MS = 1_000;

/**
 * At most this many new rows slide in at once; more (a burst) just appear, glowing as new cases
 * do. A row or two sliding in says "this is new"; a whole list in motion every second says nothing
 * and costs the page a style pass each frame of it (docs/BENCHMARKS.md).
 */
export const MAX_SLIDING_IN = 3;

const NONE: ReadonlySet<string> = new Set();

/**
 * The rows of `shown` newer than any of `before` (a list of the newest, newest first), if there
 * are at most `max` of them; none when there are more, and none on the first showing.
 */
export function arrivalsOf(
  before: readonly Case[] | null,
  shown: readonly Case[],
  max: number,
): ReadonlySet<string> {
  if (before === null) return NONE;
  const known = new Set(before.map((c) => c.id));
  const firstKnown = shown.findIndex((c) => known.has(c.id));
  const arriving = firstKnown === -1 ? shown.length : firstKnown;
  return arriving > 0 && arriving <= max ? new Set(shown.slice(0, arriving).map((c) => c.id)) : NONE;
}

/** A list of the newest cases as it is shown: the rows (at the pace above) and those to slide in. */
export interface RecentList {
  cases: Case[];
  arriving: ReadonlySet<string>;
}

/** The `limit` newest cases, as a list shows them. */
export function useRecentCases(limit: number): RecentList {
  const data = useLiveStore((s) => s.data);
  const [shown] = useDebounce(selectRecentCases(data, limit), LIST_PACE_MS, {
    leading: true,
    maxWait: LIST_PACE_MS,
  });
  const before = useRef<Case[] | null>(null);
  const arriving = useMemo(() => arrivalsOf(before.current, shown, MAX_SLIDING_IN), [shown]);
  useEffect(() => {
    before.current = shown;
  }, [shown]);
  return { cases: shown, arriving };
}

const hazardsByEnterprise = memoizeLast((hazards: LiveData['hazards']) => {
  const byEnterprise = new Map<string, Hazard[]>();
  for (const h of hazards.values()) {
    if (h.rectifiedAt !== null) continue;
    const list = byEnterprise.get(h.enterpriseId) ?? [];
    list.push(h);
    byEnterprise.set(h.enterpriseId, list);
  }
  for (const list of byEnterprise.values()) list.sort((a, b) => a.deadline.localeCompare(b.deadline));
  return byEnterprise;
});

export function selectOpenHazardsOf(data: LiveData, enterpriseId: string): Hazard[] {
  return hazardsByEnterprise(data.hazards).get(enterpriseId) ?? [];
}

/** Open cases by cell, kept from each delta (a list is replaced, not changed, when its cell's cases do). */
const openByCell = new Map<string, readonly Case[]>();
const followOpenByCell = followMap<Case>({
  reset: (cases) => {
    openByCell.clear();
    for (const c of cases.values()) {
      if (!isCaseOpen(c.state)) continue;
      const list = openByCell.get(c.cellCode) as Case[] | undefined;
      if (list) list.push(c);
      else openByCell.set(c.cellCode, [c]);
    }
  },
  change: (was, now) => {
    if (was && isCaseOpen(was.state)) {
      openByCell.set(
        was.cellCode,
        (openByCell.get(was.cellCode) ?? []).filter((c) => c.id !== was.id),
      );
    }
    if (now && isCaseOpen(now.state)) {
      openByCell.set(now.cellCode, [...(openByCell.get(now.cellCode) ?? []), now]);
    }
  },
});

export function selectOpenCasesInCell(data: LiveData, cellCode: string): readonly Case[] {
  followOpenByCell(data.cases);
  return openByCell.get(cellCode) ?? [];
}
