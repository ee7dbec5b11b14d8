// Partitions of an area into parts with no gaps or overlaps: Voronoi cells of seed points
// (relaxed towards equal sizes by Lloyd's algorithm), clipped to the area, computed in the local
// metric plane. Neighbouring parts share their edge vertices, so the partition is exact up to
// the 6-decimal rounding of the stored coordinates.
import {
  booleanPointInPolygon,
  difference,
  featureCollection,
  intersect,
  point,
  union,
  voronoi,
} from '@turf/turf';
import type { Feature, Position } from 'geojson';
import {
  type Area,
  cleanPolygon,
  geodesicAreaM2,
  mapArea,
  polygonsOf,
  roundPosition,
  toLocal,
  toLonLat,
} from './geometry';
import type { Random } from './random';

const feature = (geometry: Area): Feature<Area> => ({ type: 'Feature', properties: {}, geometry });

/** Round to storage precision and tidy rings; undefined when nothing of area is left. */
export function normalizeArea(area: Area | null | undefined): Area | undefined {
  if (!area) return undefined;
  const polygons = polygonsOf(mapArea(area, roundPosition))
    .map(cleanPolygon)
    .filter(
      (rings) => (rings[0]?.length ?? 0) >= 4 && geodesicAreaM2({ type: 'Polygon', coordinates: rings }) > 1,
    );
  if (polygons.length === 0) return undefined;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

const local = (area: Area) => mapArea(area, toLocal);
const lonLat = (area: Area | undefined) => (area ? mapArea(area, toLonLat) : undefined);

export function intersectAreas(a: Area, b: Area): Area | undefined {
  return normalizeArea(
    lonLat(intersect(featureCollection([feature(local(a)), feature(local(b))]))?.geometry),
  );
}

export function subtractArea(a: Area, b: Area): Area | undefined {
  return normalizeArea(
    lonLat(difference(featureCollection([feature(local(a)), feature(local(b))]))?.geometry),
  );
}

export function unionAreas(a: Area, b: Area): Area | undefined {
  return normalizeArea(lonLat(union(featureCollection([feature(local(a)), feature(local(b))]))?.geometry));
}

export function isInside(p: Position, area: Area): boolean {
  return booleanPointInPolygon(point(p), area);
}

/** Uniform random points inside an area (rejection sampling in its local bounding box). */
export function samplePoints(
  area: Area,
  count: number,
  rng: Random,
  accept?: (p: Position) => boolean,
): Position[] {
  const ring = polygonsOf(area).flatMap((polygon) => polygon[0] ?? []);
  const xs = ring.map((p) => toLocal(p)[0] ?? 0);
  const ys = ring.map((p) => toLocal(p)[1] ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const out: Position[] = [];
  for (let tries = 0; out.length < count; tries++) {
    if (tries > count * 2000) throw new Error('samplePoints: area too small for the constraints');
    const p = toLonLat([rng.between(x0, x1), rng.between(y0, y1)]);
    if (isInside(p, area) && (!accept || accept(p))) out.push(p);
  }
  return out;
}

/** Lloyd's relaxation on samples: seeds move to the mean of the samples nearest to them. */
export function relaxSeeds(
  area: Area,
  seeds: Position[],
  rng: Random,
  iterations = 12,
  samples = 3000,
): Position[] {
  const pts = samplePoints(area, samples, rng).map(toLocal);
  let current = seeds.map(toLocal);
  for (let it = 0; it < iterations; it++) {
    const sums = current.map(() => [0, 0, 0]);
    for (const [px, py] of pts as [number, number][]) {
      let best = 0;
      let bestD = Infinity;
      current.forEach(([sx, sy], i) => {
        const d = (px - (sx ?? 0)) ** 2 + (py - (sy ?? 0)) ** 2;
        if (d < bestD) [best, bestD] = [i, d];
      });
      const s = sums[best] as number[];
      s[0] = (s[0] ?? 0) + px;
      s[1] = (s[1] ?? 0) + py;
      s[2] = (s[2] ?? 0) + 1;
    }
    current = current.map((seed, i) => {
      const [sx, sy, n] = sums[i] as [number, number, number];
      return n > 0 ? [sx / n, sy / n] : seed;
    });
  }
  return current.map(toLonLat);
}

/**
 * Split an area into the Voronoi cells of the seeds, clipped to it; one part per seed, in the
 * seeds' order. A cell that the area's shape cuts into pieces keeps its largest piece and gives
 * the others to a neighbour they touch, so parts stay single polygons where possible.
 */
export function voronoiPartition(area: Area, seeds: Position[]): Area[] {
  const localSeeds = seeds.map(toLocal);
  const xs = localSeeds.map((p) => p[0] ?? 0);
  const ys = localSeeds.map((p) => p[1] ?? 0);
  const margin = 50_000;
  const bbox: [number, number, number, number] = [
    Math.min(...xs) - margin,
    Math.min(...ys) - margin,
    Math.max(...xs) + margin,
    Math.max(...ys) + margin,
  ];
  const cells = voronoi(featureCollection(localSeeds.map((p) => point(p))), { bbox }).features;
  const parts: (Area | undefined)[] = cells.map((cell) =>
    cell ? intersectAreas(area, mapArea(cell.geometry, toLonLat)) : undefined,
  );
  parts.forEach((part, i) => {
    if (part?.type !== 'MultiPolygon') return;
    const pieces = part.coordinates.toSorted(
      (a, b) =>
        geodesicAreaM2({ type: 'Polygon', coordinates: b }) -
        geodesicAreaM2({ type: 'Polygon', coordinates: a }),
    );
    parts[i] = { type: 'Polygon', coordinates: pieces[0] as Position[][] };
    for (const piece of pieces.slice(1)) {
      const stray: Area = { type: 'Polygon', coordinates: piece };
      const target = parts.findIndex((other, j) => {
        if (j === i || !other) return false;
        const merged = unionAreas(other, stray);
        return merged?.type === 'Polygon';
      });
      const merged = target >= 0 ? unionAreas(parts[target] as Area, stray) : undefined;
      if (merged) parts[target] = merged;
      else parts[i] = unionAreas(parts[i] as Area, stray);
    }
  });
  return parts.map((part, i) => {
    if (!part) throw new Error(`voronoiPartition: seed ${i} has no part in the area`);
    return part;
  });
}
