// Small planar and geodesic helpers. Shapes are built in a local metric plane around the street
// (an equirectangular projection: a linear map, so straight edges stay straight and partitions
// stay exact) and stored in WGS84 lon/lat rounded to 6 decimals (about 0.1 m).
import * as geographiclibModule from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';

// The package is CommonJS without named ESM exports: take the default export where there is one.
const geographiclib =
  (geographiclibModule as unknown as { default?: typeof geographiclibModule }).default ?? geographiclibModule;

export type Area = Polygon | MultiPolygon;

const ORIGIN_LON = 120.57;
const ORIGIN_LAT = 31.48;
const WGS84_A = 6378137;
const WGS84_E2 = 0.00669437999014;
const PHI = (ORIGIN_LAT * Math.PI) / 180;
const W = Math.sqrt(1 - WGS84_E2 * Math.sin(PHI) ** 2);
/** Metres per degree of longitude and latitude at the origin (WGS84 ellipsoid). */
export const M_PER_DEG_LON = ((Math.PI / 180) * WGS84_A * Math.cos(PHI)) / W;
export const M_PER_DEG_LAT = ((Math.PI / 180) * WGS84_A * (1 - WGS84_E2)) / W ** 3;

export function toLocal(p: Position): Position {
  return [((p[0] ?? 0) - ORIGIN_LON) * M_PER_DEG_LON, ((p[1] ?? 0) - ORIGIN_LAT) * M_PER_DEG_LAT];
}

export function toLonLat(p: Position): Position {
  return [ORIGIN_LON + (p[0] ?? 0) / M_PER_DEG_LON, ORIGIN_LAT + (p[1] ?? 0) / M_PER_DEG_LAT];
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function roundPosition(p: Position): Position {
  return [round6(p[0] ?? 0), round6(p[1] ?? 0)];
}

export function polygonsOf(area: Area): Position[][][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/** Apply a function to every position of an area. */
export function mapArea(area: Area, fn: (p: Position) => Position): Area {
  const mapPolygon = (rings: Position[][]) => rings.map((ring) => ring.map(fn));
  return area.type === 'Polygon'
    ? { type: 'Polygon', coordinates: mapPolygon(area.coordinates) }
    : { type: 'MultiPolygon', coordinates: area.coordinates.map(mapPolygon) };
}

/** Twice the signed planar area of a closed ring (positive when counter-clockwise). */
export function ringSignedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/** Drop repeated consecutive positions and orient rings as RFC 7946 asks (outer CCW, holes CW). */
export function cleanPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const out: Position[] = [];
    for (const p of ring) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const ccw = ringSignedArea2(out) > 0;
    return ccw === (index === 0) ? out : out.reverse();
  });
}

/** Ellipsoidal (WGS84) area in square metres, computed with GeographicLib. */
export function geodesicAreaM2(area: Area): number {
  let total = 0;
  for (const polygon of polygonsOf(area)) {
    polygon.forEach((ring, index) => {
      const pa = geographiclib.Geodesic.WGS84.Polygon(false);
      for (let i = 0; i + 1 < ring.length; i++) pa.AddPoint(ring[i]?.[1] ?? 0, ring[i]?.[0] ?? 0);
      const ringArea = Math.abs(pa.Compute(false, true).area ?? 0);
      total += index === 0 ? ringArea : -ringArea;
    });
  }
  return total;
}

/** Area centroid of the largest polygon (planar, in lon/lat): the representative point of a cell. */
export function areaCentroid(area: Area): Position {
  let best: Position = [0, 0];
  let bestArea = -1;
  for (const polygon of polygonsOf(area)) {
    const ring = polygon[0] ?? [];
    const [x0, y0] = ring[0] ?? [0, 0];
    let a2 = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = (ring[i]?.[0] ?? 0) - (x0 ?? 0);
      const ay = (ring[i]?.[1] ?? 0) - (y0 ?? 0);
      const bx = (ring[i + 1]?.[0] ?? 0) - (x0 ?? 0);
      const by = (ring[i + 1]?.[1] ?? 0) - (y0 ?? 0);
      const cross = ax * by - bx * ay;
      a2 += cross;
      cx += (ax + bx) * cross;
      cy += (ay + by) * cross;
    }
    if (Math.abs(a2) > bestArea) {
      bestArea = Math.abs(a2);
      best = [(x0 ?? 0) + cx / (3 * a2), (y0 ?? 0) + cy / (3 * a2)];
    }
  }
  return best;
}

/** Distance in metres from a point to the nearest edge of an area (inside or outside). */
export function distanceToEdgesM(point: Position, area: Area): number {
  const [px, py] = toLocal(point) as [number, number];
  let best = Infinity;
  for (const polygon of polygonsOf(area)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = toLocal(ring[i] as Position) as [number, number];
        const [bx, by] = toLocal(ring[i + 1] as Position) as [number, number];
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
      }
    }
  }
  return best;
}

/** Planar distance in metres between two lon/lat points (accurate to well under 1% here). */
export function distanceM(a: Position, b: Position): number {
  const [ax, ay] = toLocal(a) as [number, number];
  const [bx, by] = toLocal(b) as [number, number];
  return Math.hypot(ax - bx, ay - by);
}
