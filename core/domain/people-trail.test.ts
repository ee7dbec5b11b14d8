import { describe, expect, it } from 'vitest';
import { appendToTrail, halveTrail, TRAIL_LIMITS, type Trail, type TrailPoint } from './people-trail';

const T0 = Date.parse('2026-03-04T09:00:00+08:00');
const LON = 120.57;
const LAT = 31.47;
const NORTH_10M = 10 / 111_320;

describe("today's trail", () => {
  it('keeps one point a minute while standing, every point while moving', () => {
    let trail: Trail | undefined;
    for (let s = 0; s <= 300; s += 10) trail = appendToTrail(trail, LON, LAT, T0 + s * 1000);
    expect(trail!.points.map((p) => (p[2] - T0) / 1000)).toEqual([0, 60, 120, 180, 240, 300]);

    let walking: Trail | undefined;
    for (let i = 0; i <= 10; i++)
      walking = appendToTrail(walking, LON, LAT + i * 4 * NORTH_10M, T0 + i * 10_000);
    expect(walking!.points).toHaveLength(11); // 40 m every 10 s
  });

  it('starts again on a new day (Shanghai midnight)', () => {
    const before = appendToTrail(undefined, LON, LAT, Date.parse('2026-03-04T23:59:00+08:00'));
    const after = appendToTrail(before, LON, LAT, Date.parse('2026-03-05T00:00:30+08:00'));
    expect(after.day).toBe('20260305');
    expect(after.points).toHaveLength(1);
  });

  it('stays bounded over a day of fixes every 10 s, keeping the first and the latest', () => {
    let trail: Trail | undefined;
    const n = 10 * 360; // ten hours
    for (let i = 0; i < n; i++)
      trail = appendToTrail(trail, LON, LAT + (i % 2) * 5 * NORTH_10M, T0 + i * 10_000);
    expect(trail!.points.length).toBeLessThanOrEqual(TRAIL_LIMITS.maxPoints);
    expect(trail!.points.length).toBeGreaterThan(TRAIL_LIMITS.maxPoints / 2);
    expect(trail!.points[0]![2]).toBe(T0);
    expect(trail!.points.at(-1)![2]).toBe(T0 + (n - 1) * 10_000);
    const times = trail!.points.map((p) => p[2]);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('halves by dropping every second point but the last', () => {
    const pts = [0, 1, 2, 3, 4, 5].map((i): TrailPoint => [i, i, i]);
    expect(halveTrail(pts).map((p) => p[2])).toEqual([0, 2, 4, 5]);
  });
});
