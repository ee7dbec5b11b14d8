// The wall's own figures, from the live data and the area data. The counts themselves (open
// cases, new today, open hazards…) come from core's summarize through useIndicators; these are
// the views around them that only the wall shows.
import type { CommunityCollection } from '../../../../core/domain/area';
import type { EnterpriseState, Hazard } from '../../../../core/domain/model';
import { isHazardOpenAt } from '../../../../core/domain/enterprise-status';
import { DAY_MS, HOUR_MS, SHANGHAI_OFFSET_MS, toMs } from '../../../../core/domain/time';
import { RECTIFIED_HAZARD_SHOWN_DAYS } from '../../../../core/domain/views';
import type { AreaIndex } from '../../state/area-store';
import type { Bounds } from '../../state/map-focus';

/**
 * The "dynamic zero" window: the snapshot keeps rectified hazards for this many days, so over it
 * the count of hazards open at each moment is exact (older ones rectified earlier are gone, but
 * were not open then).
 */
/** As far back as the snapshot still holds rectified hazards. */
export const TREND_DAYS = RECTIFIED_HAZARD_SHOWN_DAYS;
const SAMPLES_PER_DAY = 4;

export interface TrendPoint {
  at: number;
  open: number;
}

/** Hazards open at each sample time over the last TREND_DAYS, oldest first, the last one now. */
export function openHazardsTrend(hazards: Iterable<Hazard>, nowMs: number): TrendPoint[] {
  const list = [...hazards];
  const step = DAY_MS / SAMPLES_PER_DAY;
  const points: TrendPoint[] = [];
  for (let i = TREND_DAYS * SAMPLES_PER_DAY; i >= 0; i--) {
    const at = nowMs - i * step;
    const open = list.filter((h) => isHazardOpenAt(h, at)).length;
    points.push({ at, open });
  }
  return points;
}

/** The moment the Shanghai calendar month containing `ms` began. */
export function startOfShanghaiMonth(ms: number): number {
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - SHANGHAI_OFFSET_MS;
}

export interface MonthInspections {
  /** Enterprises whose latest inspection falls in this month. */
  enterprisesInspected: number;
  /** Hazards found this month still in the live picture (open, or rectified in the last days). */
  hazardsFound: number;
}

export function inspectionsThisMonth(
  enterprises: Iterable<EnterpriseState>,
  hazards: Iterable<Hazard>,
  nowMs: number,
): MonthInspections {
  const from = startOfShanghaiMonth(nowMs);
  let enterprisesInspected = 0;
  for (const e of enterprises)
    if (e.lastInspectionAt !== null && toMs(e.lastInspectionAt) >= from) enterprisesInspected += 1;
  let hazardsFound = 0;
  for (const h of hazards) if (toMs(h.foundAt) >= from) hazardsFound += 1;
  return { enterprisesInspected, hazardsFound };
}

export interface CommunityRow {
  code: string;
  open: number;
}

/** Every community, in the order of its number, with its open cases (zero included). */
export function communityRows(
  communities: CommunityCollection,
  openByCommunity: Readonly<Record<string, number>>,
): CommunityRow[] {
  return communities.features
    .map((f) => f.properties)
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((p) => ({ code: p.code, open: openByCommunity[p.code] ?? 0 }));
}

export function gridWorkerCount(area: AreaIndex): number {
  let n = 0;
  for (const cell of area.cells.features) n += cell.properties.workers.length;
  return n;
}

export function communityBounds(communities: CommunityCollection): { code: string; bounds: Bounds }[] {
  return communities.features
    .slice()
    .sort((a, b) => a.properties.number.localeCompare(b.properties.number))
    .map((f) => {
      const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons)
        for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
          b[0] = Math.min(b[0], lon);
          b[1] = Math.min(b[1], lat);
          b[2] = Math.max(b[2], lon);
          b[3] = Math.max(b[3], lat);
        }
      return { code: f.properties.code, bounds: b };
    });
}

/** Hour-aligned "now", so memoised figures move once an hour, not every render. */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}
