// Counts for the briefing's bar charts: the cases first reported in the range, by category, by
// community and by Shanghai day. Pure.
import type { Case } from '../../../../core/domain/model';
import { DAY_MS, shanghaiDayKey, startOfShanghaiDay, toMs } from '../../../../core/domain/time';

export interface Bar {
  key: string;
  count: number;
}

export interface BriefCharts {
  total: number;
  byCategory: Bar[];
  byCommunity: Bar[];
  byDay: Bar[]; // every day of the range, oldest first, zeros included
  byCell: Bar[]; // the busiest grid cells first
}

function sortedBars(counts: Map<string, number>): Bar[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function openedInRange(cases: Iterable<Case>, fromMs: number, toMs_: number): Case[] {
  const out: Case[] = [];
  for (const c of cases) {
    const opened = toMs(c.openedAt);
    if (opened >= fromMs && opened < toMs_) out.push(c);
  }
  return out;
}

/** The charts of the cases opened in [from, to); `community` counts only that community's cases, except in byCommunity. */
export function buildCharts(
  cases: Iterable<Case>,
  fromMs: number,
  toMs_: number,
  community: string | null,
): BriefCharts {
  const byCategory = new Map<string, number>();
  const byCommunity = new Map<string, number>();
  const byDay = new Map<string, number>();
  const byCell = new Map<string, number>();
  for (let day = startOfShanghaiDay(fromMs); day < toMs_; day += DAY_MS) byDay.set(shanghaiDayKey(day), 0);
  let total = 0;
  for (const c of openedInRange(cases, fromMs, toMs_)) {
    byCommunity.set(c.communityCode, (byCommunity.get(c.communityCode) ?? 0) + 1);
    if (community !== null && c.communityCode !== community) continue;
    total += 1;
    byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
    byCell.set(c.cellCode, (byCell.get(c.cellCode) ?? 0) + 1);
    const day = shanghaiDayKey(toMs(c.openedAt));
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return {
    total,
    byCategory: sortedBars(byCategory),
    byCommunity: sortedBars(byCommunity),
    byDay: [...byDay].map(([key, count]) => ({ key, count })),
    byCell: sortedBars(byCell),
  };
}
