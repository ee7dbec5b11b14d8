import { describe, expect, it } from 'vitest';
import type { CommunityCollection } from '../../../../core/domain/area';
import { DAY_MS } from '../../../../core/domain/time';
import { RECTIFIED_HAZARD_SHOWN_DAYS } from '../../../../core/domain/views';
import { makeEnterprise, makeHazard } from '../../test-support/fixtures';
import {
  communityRows,
  inspectionsThisMonth,
  openHazardsTrend,
  startOfShanghaiMonth,
  TREND_DAYS,
} from './wall-figures';

const now = Date.parse('2025-06-10T12:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();

describe('openHazardsTrend', () => {
  it('spans exactly the days the snapshot keeps rectified hazards', () => {
    expect(TREND_DAYS).toBe(RECTIFIED_HAZARD_SHOWN_DAYS);
  });

  it('counts hazards open at each sample time over the window, ending now', () => {
    const hazards = [
      makeHazard('H1', { foundAt: iso(now - 5 * DAY_MS), rectifiedAt: iso(now - 2 * DAY_MS) }),
      makeHazard('H2', { foundAt: iso(now - 3 * DAY_MS) }),
    ];
    const trend = openHazardsTrend(hazards, now);
    expect(trend[0]).toEqual({ at: now - TREND_DAYS * DAY_MS, open: 0 });
    expect(trend.at(-1)).toEqual({ at: now, open: 1 });
    expect(trend.find((p) => p.at === now - 2.5 * DAY_MS)?.open).toBe(2);
    expect(Math.max(...trend.map((p) => p.open))).toBe(2);
  });
});

describe('calendar month', () => {
  it('starts the month at 00:00 Shanghai time', () => {
    expect(startOfShanghaiMonth(now)).toBe(Date.parse('2025-06-01T00:00:00+08:00'));
    // 31 May 17:00 UTC is already 1 June in Shanghai.
    expect(startOfShanghaiMonth(Date.parse('2025-05-31T17:00:00Z'))).toBe(
      Date.parse('2025-06-01T00:00:00+08:00'),
    );
  });

  it('counts enterprises inspected and hazards found this month', () => {
    const result = inspectionsThisMonth(
      [
        makeEnterprise('E1', { lastInspectionAt: '2025-06-02T09:00:00+08:00' }),
        makeEnterprise('E2', { lastInspectionAt: '2025-05-31T23:00:00+08:00' }),
        makeEnterprise('E3'),
      ],
      [
        makeHazard('H1', { foundAt: '2025-06-02T09:00:00+08:00' }),
        makeHazard('H2', { foundAt: '2025-05-20T09:00:00+08:00' }),
      ],
      now,
    );
    expect(result).toEqual({ enterprisesInspected: 1, hazardsFound: 1 });
  });
});

describe('community rows', () => {
  it('shows every community in number order, zero included', () => {
    const feature = (code: string, number: string) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [] },
      properties: {
        code,
        number,
        name: code,
        nameEn: code,
        kind: 'community' as const,
        households: 0,
        population: 0,
      },
    });
    const communities: CommunityCollection = {
      type: 'FeatureCollection',
      features: [feature('X2', '002'), feature('X1', '001')],
    };
    expect(communityRows(communities, { X2: 3 })).toEqual([
      { code: 'X1', open: 0 },
      { code: 'X2', open: 3 },
    ]);
  });
});
