import { describe, expect, it } from 'vitest';
import { FEED_EXPECTATIONS, activeMsBetween, feedHealthOf, isFeedQuiet } from './feed-health';
import { HOUR_MS } from './time';

// Wednesday 5 March 2025; Shanghai = UTC+8.
const sh = (day: number, hour: number) =>
  Date.parse(`2025-03-${String(day).padStart(2, '0')}T00:00:00Z`) + (hour - 8) * HOUR_MS;
const iso = (ms: number) => new Date(ms).toISOString();

describe('feed health', () => {
  it('counts only active hours', () => {
    const gridWorker = FEED_EXPECTATIONS['grid-worker'];
    expect(activeMsBetween(sh(5, 7), sh(5, 9), gridWorker)).toBe(HOUR_MS); // 08-09
    expect(activeMsBetween(sh(5, 17), sh(6, 9), gridWorker)).toBe(2 * HOUR_MS); // 17-18, 08-09
    expect(activeMsBetween(sh(5, 9), sh(5, 8), gridWorker)).toBe(0);
  });

  it('skips weekends for working-day feeds', () => {
    const inspection = FEED_EXPECTATIONS.inspection;
    // Friday 17:00 to Monday 9:30: half an hour on Friday, an hour on Monday.
    expect(activeMsBetween(sh(7, 17), sh(10, 9.5), inspection)).toBe(1.5 * HOUR_MS);
  });

  it('is quiet only when the active silence exceeds the interval', () => {
    const gridWorker = FEED_EXPECTATIONS['grid-worker'];
    expect(isFeedQuiet(iso(sh(5, 17)), sh(6, 8.5), gridWorker)).toBe(false); // a night is not silence
    expect(isFeedQuiet(iso(sh(5, 17)), sh(6, 9.5), gridWorker)).toBe(true); // 2.5 h of working time
    expect(isFeedQuiet(iso(sh(5, 10)), sh(5, 11.9), gridWorker)).toBe(false);
    expect(isFeedQuiet(null, sh(5, 10), gridWorker)).toBe(true);
  });

  it('treats round-the-clock feeds by elapsed time', () => {
    expect(feedHealthOf('camera', iso(sh(5, 2)), sh(5, 4.9)).quiet).toBe(false);
    expect(feedHealthOf('camera', iso(sh(5, 2)), sh(5, 5.1))).toEqual({
      source: 'camera',
      lastHeardAt: iso(sh(5, 2)),
      expectedIntervalSec: 3 * 3600,
      quiet: true,
    });
  });
});
