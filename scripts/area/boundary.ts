// The street boundary: the two edges known from OpenStreetMap, closed by an estimated east and
// north edge (towards 北桥街道) whose eastward reach is solved so the geodesic area is 47.6 km².
import { kinks, polygon as turfPolygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { geodesicAreaM2, roundPosition } from './geometry';
import { seedFrom } from './random';
import { SOUTH_EDGE, STREET, WEST_NORTH_WEST_EDGE } from './reference';
import { meander } from './shapes';

/** Control points of the estimated edges, from the south edge's east end round to the north tip. */
function estimatedControls(reach: number): Position[] {
  const [startLon] = SOUTH_EDGE[SOUTH_EDGE.length - 1] as [number, number];
  // [latitude, share of the reach, fixed wiggle in degrees of longitude]
  const east: [number, number, number][] = [
    [31.4502, 0.4, 0.0012],
    [31.4638, 0.75, -0.0008],
    [31.4774, 1.0, 0.0014],
    [31.4903, 0.98, -0.001],
    [31.5008, 0.88, 0.0006],
  ];
  const points: Position[] = east.map(([lat, share, wiggle]) => [startLon + reach * share + wiggle, lat]);
  const corner = points[points.length - 1] as [number, number];
  // The north edge runs west-north-west to the northern tip of the known edge, with a few bends.
  const [tipLon, tipLat] = WEST_NORTH_WEST_EDGE[WEST_NORTH_WEST_EDGE.length - 1] as [number, number];
  const along: [number, number][] = [
    [0.24, 0.0012],
    [0.5, -0.0009],
    [0.76, 0.001],
  ];
  for (const [t, bend] of along) {
    points.push([corner[0] + (tipLon - corner[0]) * t, corner[1] + (tipLat - corner[1]) * t + bend]);
  }
  return points;
}

function ringFor(reach: number): Position[] {
  const start = SOUTH_EDGE[SOUTH_EDGE.length - 1] as Position;
  const tip = WEST_NORTH_WEST_EDGE[WEST_NORTH_WEST_EDGE.length - 1] as Position;
  const estimated = meander([start, ...estimatedControls(reach), tip], seedFrom('boundary/meander'), 2, 0.09);
  const ring = [
    ...SOUTH_EDGE,
    ...estimated.slice(1, -1).map(roundPosition),
    ...WEST_NORTH_WEST_EDGE.toReversed(),
  ];
  return ring;
}

export interface BoundaryResult {
  polygon: Polygon;
  areaKm2: number;
  /** How far (degrees of longitude) the estimated east edge reaches beyond the south edge's end. */
  reach: number;
}

/** Solve the eastward reach by bisection so the geodesic area is the published 47.6 km². */
export function buildBoundary(): BoundaryResult {
  const target = STREET.areaKm2 * 1e6;
  const areaFor = (reach: number) => geodesicAreaM2({ type: 'Polygon', coordinates: [ringFor(reach)] });
  let lo = -0.01;
  let hi = 0.04;
  if (areaFor(lo) > target || areaFor(hi) < target) throw new Error('boundary: target area not bracketed');
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (areaFor(mid) < target) lo = mid;
    else hi = mid;
  }
  const reach = (lo + hi) / 2;
  const polygon: Polygon = { type: 'Polygon', coordinates: [ringFor(reach)] };
  if (kinks(turfPolygon(polygon.coordinates)).features.length > 0)
    throw new Error('boundary intersects itself');
  return { polygon, areaKm2: geodesicAreaM2(polygon) / 1e6, reach };
}
