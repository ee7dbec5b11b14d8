// Placing points (enterprises, cameras) inside cells: never near a cell edge, never on water,
// not on top of each other. The cell a point lies in is computed, never assumed.
import type { Polygon, Position } from 'geojson';
import type { CellRecord } from './cells';
import { distanceM, distanceToEdgesM, geodesicAreaM2, roundPosition } from './geometry';
import { isInside, samplePoints } from './partition';
import type { Random } from './random';
import { offsetPoint } from './shapes';

export interface PlaceOptions {
  /** Minimum distance from the containing cell's edges. */
  minEdgeM: number;
  /** Minimum distance from the points already taken. */
  minSpacingM: number;
  /** Surfaces to stay out of (water), by at least minEdgeM. */
  avoid: readonly Polygon[];
  /** Points already placed; the new one is added. */
  taken: Position[];
}

export interface Placed {
  point: Position;
  cell: CellRecord;
}

/** The cell containing a point, or undefined (outside the street). */
export function findCell(point: Position, cells: readonly CellRecord[]): CellRecord | undefined {
  return cells.find((cell) => isInside(point, cell.area));
}

/**
 * A point in one of the candidate cells (chosen by area), or, with `near`, within a radius of a
 * centre, that satisfies the options.
 */
export function placePoint(
  candidates: readonly CellRecord[],
  rng: Random,
  options: PlaceOptions,
  near?: { centre: Position; radiusM: number },
): Placed {
  const areas = candidates.map((c) => geodesicAreaM2(c.area));
  const total = areas.reduce((a, b) => a + b, 0);
  for (let tries = 0; tries < 20_000; tries++) {
    let raw: Position;
    if (near) {
      raw = offsetPoint(near.centre, near.radiusM * Math.sqrt(rng.next()), rng.between(0, 360));
    } else {
      let r = rng.next() * total;
      const index = areas.findIndex((a) => (r -= a) < 0);
      raw = samplePoints((candidates[index] ?? candidates[0])!.area, 1, rng)[0] as Position;
    }
    const point = roundPosition(raw);
    const cell = findCell(point, candidates);
    if (!cell || distanceToEdgesM(point, cell.area) < options.minEdgeM) continue;
    if (options.avoid.some((w) => isInside(point, w) || distanceToEdgesM(point, w) < options.minEdgeM))
      continue;
    if (options.taken.some((t) => distanceM(t, point) < options.minSpacingM)) continue;
    options.taken.push(point);
    return { point, cell };
  }
  throw new Error('placePoint: no room left in the candidate cells');
}
