// Makes the straight edges between neighbouring parts of a partition meander, the same way on
// both sides, so the parts still fit together exactly while looking less like a Voronoi diagram.
import { kinks, polygon as turfPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { type Area, distanceM, polygonsOf, roundPosition } from './geometry';
import { seedFrom } from './random';
import { meander } from './shapes';

const key = (p: Position) => `${p[0]},${p[1]}`;

export interface MeanderOptions {
  /** Edges shorter than this (metres) stay straight. */
  minLengthM: number;
  amplitude: number;
  levels: number;
}

/** Replace every edge shared by two parts with the same meandering polyline in both. */
export function meanderSharedEdges(parts: Area[], options: MeanderOptions): Area[] {
  const owners = new Map<string, number>();
  parts.forEach((part, index) => {
    for (const polygon of polygonsOf(part))
      for (const ring of polygon)
        for (let i = 0; i + 1 < ring.length; i++)
          owners.set(`${key(ring[i] as Position)}|${key(ring[i + 1] as Position)}`, index);
  });
  const cache = new Map<string, Position[]>();
  // The inner points of the meandering line from a to b, computed once per edge in a canonical direction.
  const innerPoints = (a: Position, b: Position): Position[] => {
    const forward = key(a) < key(b);
    const [from, to] = forward ? [a, b] : [b, a];
    const id = `${key(from)}|${key(to)}`;
    let inner = cache.get(id);
    if (!inner) {
      inner = meander([from, to], seedFrom(id), options.levels, options.amplitude)
        .slice(1, -1)
        .map(roundPosition);
      cache.set(id, inner);
    }
    return forward ? inner : inner.toReversed();
  };
  return parts.map((part, index) => {
    const result = mapAreaRings(part, (ring) => {
      const out: Position[] = [];
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        out.push(a);
        const other = owners.get(`${key(b)}|${key(a)}`);
        if (other !== undefined && other !== index && distanceM(a, b) >= options.minLengthM) {
          out.push(...innerPoints(a, b));
        }
      }
      out.push(ring[ring.length - 1] as Position);
      return out;
    });
    for (const polygon of polygonsOf(result)) {
      if (kinks(turfPolygon(polygon)).features.length > 0)
        throw new Error(`meander made part ${index} self-intersect`);
    }
    return result;
  });
}

function mapAreaRings(area: Area, fn: (ring: Position[]) => Position[]): Area {
  const mapPolygon = (rings: Position[][]) => rings.map(fn);
  return area.type === 'Polygon'
    ? { type: 'Polygon', coordinates: mapPolygon(area.coordinates) }
    : { type: 'MultiPolygon', coordinates: area.coordinates.map(mapPolygon) };
}
