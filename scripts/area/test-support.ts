// Helpers for the tests of data/area: read the committed files and check partitions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox, booleanIntersects, difference, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import pointInPolygon from 'point-in-polygon-hao';
import { expect } from 'vitest';
import { AREA_FILES, type AreaFileKey } from '../../core/domain/area';
import { type Area, geodesicAreaM2, polygonsOf } from './geometry';
import { createRandom } from './random';

export const AREA_DIR = join(import.meta.dirname, '..', '..', 'data', 'area');

export function readAreaFile<G extends Geometry, P>(key: AreaFileKey): FeatureCollection<G, P> {
  return JSON.parse(readFileSync(join(AREA_DIR, AREA_FILES[key]), 'utf8')) as FeatureCollection<G, P>;
}

/** true inside, false outside, 0 on an edge (point-in-polygon-hao, independent of turf). */
export function locate(point: Position, area: Area): boolean | 0 {
  let result: boolean | 0 = false;
  for (const polygon of polygonsOf(area)) {
    const r = pointInPolygon(point as number[], polygon as number[][][]);
    if (r === 0) return 0;
    if (r) result = true;
  }
  return result;
}

/** Uniform random points inside an area (seeded, so a failure can be reproduced). */
export function randomPointsIn(area: Area, count: number, seed: number): Position[] {
  const [x0, y0, x1, y1] = bbox(area);
  const rng = createRandom(seed);
  const out: Position[] = [];
  while (out.length < count) {
    const p = [rng.between(x0, x1), rng.between(y0, y1)];
    if (locate(p, area) === true) out.push(p);
  }
  return out;
}

/**
 * Expect `parts` to partition `whole`: the areas add up (within `tolerance`, relative), no two parts
 * overlap by more than `maxOverlapM2`, their union leaves no more than that uncovered, and each of
 * `samples` random points of the whole lies in exactly one part (points exactly on a shared edge aside).
 */
export function expectPartition(
  whole: Area,
  parts: readonly Feature<Area>[],
  options: { tolerance: number; maxOverlapM2: number; samples: number; seed: number; label: string },
): void {
  const wholeArea = geodesicAreaM2(whole);
  const sum = parts.reduce((s, p) => s + geodesicAreaM2(p.geometry), 0);
  expect(Math.abs(sum - wholeArea) / wholeArea, `${options.label}: area sum`).toBeLessThan(options.tolerance);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i] as Feature<Area>;
      const b = parts[j] as Feature<Area>;
      if (!booleanIntersects(a, b)) continue;
      const overlap = intersect(featureCollection([a, b]));
      const overlapM2 = overlap ? geodesicAreaM2(overlap.geometry) : 0;
      expect(overlapM2, `${options.label}: overlap of parts ${i} and ${j}`).toBeLessThan(
        options.maxOverlapM2,
      );
    }
  }
  const covered = union(featureCollection(parts.map((p) => ({ ...p, properties: {} }))));
  const gap = covered
    ? difference(featureCollection([{ type: 'Feature', properties: {}, geometry: whole }, covered]))
    : null;
  expect(gap ? geodesicAreaM2(gap.geometry) : 0, `${options.label}: area not covered`).toBeLessThan(
    options.maxOverlapM2,
  );
  for (const p of randomPointsIn(whole, options.samples, options.seed)) {
    const hits = parts.map((part) => locate(p, part.geometry));
    if (hits.includes(0)) continue;
    expect(hits.filter((h) => h === true).length, `${options.label}: parts containing ${p.join(',')}`).toBe(
      1,
    );
  }
}
