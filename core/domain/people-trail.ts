// Today's trail of a person: the fixes of one Shanghai day, thinned as they come (one point a
// minute unless the person moved) and bounded (halved when full), so a day of fixes every few
// seconds stays small. Only today's is kept: a fix of a new day starts a new trail.
import { shanghaiDayKey } from './time';

/** [lon, lat, atMs] */
export type TrailPoint = [number, number, number];

export interface Trail {
  day: string; // yyyymmdd, Shanghai
  points: TrailPoint[];
}

export const TRAIL_LIMITS = {
  /** A fix this soon after the last kept point is kept only if the person moved this far. */
  minIntervalMs: 60_000,
  minMoveM: 30,
  /** Past this many points, every second point of the trail is dropped. */
  maxPoints: 720,
} as const;

const M_PER_DEG_LAT = 111_320;

/** Metres between two nearby points on a local flat plane (a trail's steps are short). */
function stepM(a: TrailPoint, lon: number, lat: number): number {
  const dy = (lat - a[1]) * M_PER_DEG_LAT;
  const dx = (lon - a[0]) * M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

/** Keeps the first and the last point and every second one between. */
export function halveTrail(points: readonly TrailPoint[]): TrailPoint[] {
  const last = points.length - 1;
  return points.filter((_, i) => i % 2 === 0 || i === last);
}

/**
 * The trail after a fix (changed in place when it is today's; a new one for a new day). Fixes
 * must come in time order (the projection ignores older ones).
 */
export function appendToTrail(trail: Trail | undefined, lon: number, lat: number, atMs: number): Trail {
  const day = shanghaiDayKey(atMs);
  const point: TrailPoint = [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6, atMs];
  if (!trail || trail.day !== day) return { day, points: [point] };
  const last = trail.points.at(-1);
  if (
    last &&
    atMs - last[2] < TRAIL_LIMITS.minIntervalMs &&
    stepM(last, point[0], point[1]) < TRAIL_LIMITS.minMoveM
  )
    return trail;
  trail.points.push(point);
  if (trail.points.length > TRAIL_LIMITS.maxPoints) trail.points = halveTrail(trail.points);
  return trail;
}
