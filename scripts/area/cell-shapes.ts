// Cell geometry: each community is split into dedicated cells (enterprise parks, the school),
// carved out where they stand against the community's edge, and basic cells (Voronoi cells of
// relaxed seeds) covering the rest. Cells of a community partition it exactly.
import type { Position } from 'geojson';
import type { CellKind, DedicatedFor } from '../../core/domain/area';
import type { CommunityArea } from './communities';
import { type Area, areaCentroid, geodesicAreaM2, polygonsOf, toLocal, toLonLat } from './geometry';
import { intersectAreas, relaxSeeds, samplePoints, subtractArea, voronoiPartition } from './partition';
import { rngFor } from './random';
import { makeBlob } from './shapes';

export interface DedicatedDef {
  name: string; // 漕湖学校 / the park's name
  nameEn: string;
  dedicatedFor: DedicatedFor;
  community: string; // community number
  /** Where it should stand: the nearest point of the community's edge to this target. */
  target: Position;
  radiusXM: number;
  radiusYM: number;
  rotationDeg: number;
}

// Park names are estimates (plausible names for the zone's industrial clusters).
// prettier-ignore
export const DEDICATED_DEFS: readonly DedicatedDef[] = [
  { name: '漕湖学校', nameEn: 'Caohu School', dedicatedFor: 'school', community: '003', target: [120.5745, 31.4735], radiusXM: 300, radiusYM: 230, rotationDeg: 10 },
  { name: '漕湖高端装备产业园', nameEn: 'Caohu Advanced Equipment Park', dedicatedFor: 'enterprise-park', community: '005', target: [120.591, 31.441], radiusXM: 900, radiusYM: 600, rotationDeg: 12 },
  { name: '漕湖汽车零部件产业园', nameEn: 'Caohu Auto Parts Park', dedicatedFor: 'enterprise-park', community: '008', target: [120.6045, 31.476], radiusXM: 750, radiusYM: 850, rotationDeg: 0 },
  { name: '下堡新材料产业园', nameEn: 'Xiabao New Materials Park', dedicatedFor: 'enterprise-park', community: '006', target: [120.557, 31.4515], radiusXM: 650, radiusYM: 520, rotationDeg: -20 },
];

/** Basic cells per community: small dense cells in the town, large ones in the villages. */
// prettier-ignore
export const BASIC_CELL_COUNTS: Readonly<Record<string, number>> = {
  '001': 11, '002': 10, '003': 10, '004': 9, '005': 9, '006': 8, '007': 10, '008': 10,
};

export interface CellShape {
  communityNumber: string;
  kind: CellKind;
  dedicated?: DedicatedDef;
  area: Area;
}

function nearestEdgePoint(area: Area, target: Position): Position {
  const [tx, ty] = toLocal(target) as [number, number];
  let best: Position = target;
  let bestD = Infinity;
  for (const ring of polygonsOf(area).map((p) => p[0] ?? [])) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = toLocal(ring[i] as Position) as [number, number];
      const [bx, by] = toLocal(ring[i + 1] as Position) as [number, number];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, ((tx - ax) * dx + (ty - ay) * dy) / (dx * dx + dy * dy || 1)));
      const d = Math.hypot(tx - ax - t * dx, ty - ay - t * dy);
      if (d < bestD) [best, bestD] = [[ax + t * dx, ay + t * dy], d];
    }
  }
  return toLonLat(best);
}

function carveDedicated(community: Area, def: DedicatedDef): Area {
  // Centre the site a little inside the community from its nearest edge point, so it touches
  // the edge (no hole is left in the basic cells) and lies mostly inside.
  const edge = toLocal(nearestEdgePoint(community, def.target)) as [number, number];
  const [cx, cy] = toLocal(areaCentroid(community)) as [number, number];
  const away = Math.hypot(cx - edge[0], cy - edge[1]) || 1;
  const shift = 0.55 * Math.min(def.radiusXM, def.radiusYM);
  const centre = toLonLat([
    edge[0] + ((cx - edge[0]) / away) * shift,
    edge[1] + ((cy - edge[1]) / away) * shift,
  ]);
  const blob = makeBlob(
    {
      centre,
      radiusXM: def.radiusXM,
      radiusYM: def.radiusYM,
      rotationDeg: def.rotationDeg,
      roughness: 0.12,
      vertices: 14,
    },
    rngFor(`cells/dedicated/${def.name}`),
  );
  const site = intersectAreas(community, blob);
  if (site?.type !== 'Polygon') throw new Error(`dedicated cell ${def.name} is not a single polygon`);
  return site;
}

/** All cell shapes of one community: dedicated cells, then basic cells (not yet numbered). */
export function buildCommunityCells(community: CommunityArea): CellShape[] {
  const number = community.def.number;
  const dedicatedDefs = DEDICATED_DEFS.filter((d) => d.community === number);
  let rest: Area | undefined = community.area;
  const dedicated: CellShape[] = dedicatedDefs.map((def) => {
    const area = carveDedicated(community.area, def);
    rest = rest ? subtractArea(rest, area) : undefined;
    return { communityNumber: number, kind: 'dedicated', dedicated: def, area };
  });
  if (!rest) throw new Error(`community ${number}: nothing left for basic cells`);
  const count = BASIC_CELL_COUNTS[number] ?? 0;
  const rng = rngFor(`cells/basic/${number}`);
  const seeds = relaxSeeds(rest, samplePoints(rest, count, rng), rng, 25, 4000);
  const basic: CellShape[] = voronoiPartition(rest, seeds).map((area) => ({
    communityNumber: number,
    kind: 'basic',
    area,
  }));
  for (const cell of [...basic, ...dedicated]) {
    const km2 = geodesicAreaM2(cell.area) / 1e6;
    if (km2 < 0.05)
      throw new Error(`community ${number}: a ${cell.kind} cell of ${km2.toFixed(3)} km² is a sliver`);
  }
  return [...basic, ...dedicated];
}
