// Everything the panels and layers read from the stores goes through here.
import { isCaseOpen, type Case, type Hazard } from '../../../core/domain/model';
import type { LiveData } from './apply-sync';
import { useAreaStore, type AreaIndex } from './area-store';
import { openedMs } from './case-phase';
import { createIndicatorCounter, type LiveIndicators } from './indicators';
import { serverNowMs, useLiveStore } from './live-store';
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

/**
 * The `limit` newest cases, newest first (ties in the map's order), in one pass that keeps only
 * those: sorting every case on every delta costs n log n where a panel shows a dozen.
 */
export function newestCases(cases: Iterable<Case>, limit: number): Case[] {
  const top: Case[] = [];
  if (limit <= 0) return top;
  for (const c of cases) {
    const t = openedMs(c);
    if (top.length === limit && t <= openedMs(top[limit - 1]!)) continue;
    let i = top.length;
    while (i > 0 && openedMs(top[i - 1]!) < t) i -= 1;
    top.splice(i, 0, c);
    if (top.length > limit) top.pop();
  }
  return top;
}

const newestByLimit = new Map<number, (cases: LiveData['cases'], limit: number) => Case[]>();

export function selectRecentCases(data: LiveData, limit: number): Case[] {
  let select = newestByLimit.get(limit); // one memo per list length (the wall has two lists)
  if (!select) {
    select = memoizeLast((cases: LiveData['cases'], n: number) => newestCases(cases.values(), n));
    newestByLimit.set(limit, select);
  }
  return select(data.cases, limit);
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

const openCasesByCellList = memoizeLast((cases: LiveData['cases']) => {
  const byCell = new Map<string, Case[]>();
  for (const c of cases.values()) {
    if (!isCaseOpen(c.state)) continue;
    const list = byCell.get(c.cellCode) ?? [];
    list.push(c);
    byCell.set(c.cellCode, list);
  }
  return byCell;
});

export function selectOpenCasesInCell(data: LiveData, cellCode: string): Case[] {
  return openCasesByCellList(data.cases).get(cellCode) ?? [];
}
