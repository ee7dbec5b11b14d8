// Irregular shapes drawn for the estimated parts of the map (the town centre, parks, ponds, the lake).
import type { Polygon, Position } from 'geojson';
import { cleanPolygon, roundPosition, toLocal, toLonLat } from './geometry';
import { createRandom, type Random } from './random';

export interface BlobSpec {
  centre: Position; // lon/lat
  radiusXM: number; // half-width in metres before rotation
  radiusYM: number;
  rotationDeg?: number;
  /** Relative radius noise, 0 for an ellipse. */
  roughness?: number;
  vertices?: number;
}

/** A closed, star-shaped, slightly irregular polygon (an ellipse with smooth radial noise). */
export function makeBlob(spec: BlobSpec, rng: Random): Polygon {
  const n = spec.vertices ?? 24;
  const roughness = spec.roughness ?? 0.12;
  const rot = ((spec.rotationDeg ?? 0) * Math.PI) / 180;
  // Two low-frequency harmonics with random phases: smooth bumps, never a spike.
  const harmonics = [2, 3, 5].map((k) => ({
    k,
    phase: rng.between(0, 2 * Math.PI),
    amp: rng.between(0.4, 1) / k,
  }));
  const [cx, cy] = toLocal(spec.centre) as [number, number];
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    const noise = harmonics.reduce((sum, h) => sum + h.amp * Math.sin(h.k * t + h.phase), 0);
    const r = 1 + roughness * noise;
    const x = spec.radiusXM * r * Math.cos(t);
    const y = spec.radiusYM * r * Math.sin(t);
    ring.push(
      roundPosition(
        toLonLat([cx + x * Math.cos(rot) - y * Math.sin(rot), cy + x * Math.sin(rot) + y * Math.cos(rot)]),
      ),
    );
  }
  ring.push(ring[0] as Position);
  return { type: 'Polygon', coordinates: cleanPolygon([ring]) };
}

/** A point at a distance (metres) and bearing (degrees clockwise from north) from another. */
export function offsetPoint(from: Position, distanceM: number, bearingDeg: number): Position {
  const [x, y] = toLocal(from) as [number, number];
  const b = (bearingDeg * Math.PI) / 180;
  return toLonLat([x + distanceM * Math.sin(b), y + distanceM * Math.cos(b)]);
}

/**
 * Subdivide a polyline, displacing midpoints sideways (by up to `amplitude` times the segment
 * length) so a straight line meanders like a field edge. The ends stay where they are.
 */
export function meander(
  line: readonly Position[],
  seed: number,
  levels: number,
  amplitude: number,
): Position[] {
  let points = line.map(toLocal);
  const rng = createRandom(seed);
  for (let level = 0; level < levels; level++) {
    const next: Position[] = [points[0] as Position];
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i] as [number, number];
      const [bx, by] = points[i + 1] as [number, number];
      const len = Math.hypot(bx - ax, by - ay);
      const offset = (rng.next() * 2 - 1) * amplitude * len;
      next.push([(ax + bx) / 2 - (offset * (by - ay)) / len, (ay + by) / 2 + (offset * (bx - ax)) / len]);
      next.push([bx, by]);
    }
    points = next;
  }
  return points.map(toLonLat);
}
