// How often each feed is expected to be heard, and whether it has gone quiet. Feeds that only
// work in the day (grid workers, drones, the hotline) are not "quiet" at night: only the time
// inside their active hours counts.
import { SOURCES, type ReportSource } from '../protocol/feed-vocabulary';
import type { FeedHealth } from './model';
import { DAY_MS, HOUR_MS, MINUTE_MS, isWorkingDay, startOfShanghaiDay, toMs } from './time';

export const FEED_SOURCES = [...SOURCES, 'inspection'] as const;
export type FeedSource = ReportSource | 'inspection';

export interface FeedExpectation {
  /** Quiet when not heard for this long, counting only active time. */
  intervalMin: number;
  /** Active hours in Shanghai time, [from, to); null = around the clock. */
  hours: readonly [number, number] | null;
  workingDaysOnly: boolean;
}

export const FEED_EXPECTATIONS: Readonly<Record<FeedSource, FeedExpectation>> = {
  // Detections thin out at night: three hours without one is an anomaly, one hour is not.
  camera: { intervalMin: 180, hours: null, workingDaysOnly: false },
  drone: { intervalMin: 180, hours: [9, 17], workingDaysOnly: false },
  'grid-worker': { intervalMin: 120, hours: [8, 18], workingDaysOnly: false },
  resident: { intervalMin: 180, hours: [7, 22], workingDaysOnly: false },
  hotline: { intervalMin: 120, hours: [8, 20], workingDaysOnly: false },
  police: { intervalMin: 3 * 24 * 60, hours: null, workingDaysOnly: false },
  inspection: { intervalMin: 240, hours: [8.5, 17.5], workingDaysOnly: true },
};

export function isFeedSource(value: string): value is FeedSource {
  return Object.hasOwn(FEED_EXPECTATIONS, value);
}

/** Milliseconds of active time (by the expectation's hours and days) between two moments. */
export function activeMsBetween(fromMs: number, toMs: number, expectation: FeedExpectation): number {
  if (toMs <= fromMs) return 0;
  const { hours, workingDaysOnly } = expectation;
  // Beyond a month, every feed is quiet whatever its hours: skip the day-by-day walk.
  if ((hours === null && !workingDaysOnly) || toMs - fromMs > 31 * DAY_MS) return toMs - fromMs;
  let total = 0;
  for (let day = startOfShanghaiDay(fromMs); day < toMs; day += DAY_MS) {
    if (workingDaysOnly && !isWorkingDay(day + HOUR_MS * 12)) continue;
    const open = hours ? day + hours[0] * HOUR_MS : day;
    const close = hours ? day + hours[1] * HOUR_MS : day + DAY_MS;
    total += Math.max(0, Math.min(close, toMs) - Math.max(open, fromMs));
  }
  return total;
}

export function isFeedQuiet(
  lastHeardAt: string | null,
  nowMs: number,
  expectation: FeedExpectation,
): boolean {
  if (lastHeardAt === null) return true;
  return activeMsBetween(toMs(lastHeardAt), nowMs, expectation) > expectation.intervalMin * MINUTE_MS;
}

export function feedHealthOf(source: FeedSource, lastHeardAt: string | null, nowMs: number): FeedHealth {
  const expectation = FEED_EXPECTATIONS[source];
  return {
    source,
    lastHeardAt,
    expectedIntervalSec: expectation.intervalMin * 60,
    quiet: isFeedQuiet(lastHeardAt, nowMs, expectation),
  };
}
