import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  lastYearRange,
  parseBriefView,
  previousRange,
  rangeOf,
  writeBriefView,
  yearEarlier,
} from './brief-view';

describe('brief view in the URL', () => {
  it('a plain /brief is the default view, and the default writes no query', () => {
    expect(parseBriefView('')).toEqual(DEFAULT_VIEW);
    expect(writeBriefView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips every choice', () => {
    const view = {
      ...DEFAULT_VIEW,
      range: 'custom' as const,
      from: Date.parse('2026-11-01T00:00:00Z'),
      to: Date.parse('2026-11-08T00:00:00Z'),
      community: '320507006001',
      at: Date.parse('2026-11-03T12:00:00Z'),
      window: 'window' as const,
      windowHours: 6,
      speed: 24 as const,
      map: 'heatmap' as const,
      camera: { lon: 120.56789, lat: 31.47123, zoom: 13.5 },
    };
    expect(parseBriefView(writeBriefView(view))).toEqual(view);
  });

  it('ignores what it does not understand', () => {
    const view = parseBriefView('?range=90d&community=x;drop&map=3d&speed=7&hours=-1&lon=a&lat=1&z=2');
    expect(view).toEqual(DEFAULT_VIEW);
  });
});

describe('ranges', () => {
  const now = Date.parse('2026-11-23T16:00:00Z'); // 24 Nov 00:00 in Shanghai
  it('today starts at midnight in Shanghai', () => {
    const { fromMs } = rangeOf({ ...DEFAULT_VIEW, range: 'today' }, now + 3_600_000);
    expect(new Date(fromMs).toISOString()).toBe('2026-11-23T16:00:00.000Z');
  });
  it('the previous period has the same length and ends where the range starts', () => {
    const { fromMs, toMs } = rangeOf({ ...DEFAULT_VIEW, range: '30d' }, now);
    const prev = previousRange(fromMs, toMs);
    expect(prev.toMs).toBe(fromMs);
    expect(prev.toMs - prev.fromMs).toBe(30 * 86_400_000);
  });

  it('同比 compares the same Shanghai dates a year earlier', () => {
    // 1 March 2026 00:00 in Shanghai is still 28 February in UTC: the year is taken in Shanghai.
    const from = Date.parse('2026-03-01T00:00:00+08:00');
    const to = Date.parse('2026-03-08T00:00:00+08:00');
    expect(lastYearRange(from, to)).toEqual({
      fromMs: Date.parse('2025-03-01T00:00:00+08:00'),
      toMs: Date.parse('2025-03-08T00:00:00+08:00'),
    });
    expect(yearEarlier(Date.parse('2028-02-29T09:30:00+08:00'))).toBe(
      Date.parse('2027-02-28T09:30:00+08:00'),
    );
    expect(yearEarlier(Date.parse('2027-01-01T07:59:00+08:00'))).toBe(
      Date.parse('2026-01-01T07:59:00+08:00'),
    );
  });
});
