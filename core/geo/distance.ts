// Great-circle distance; at the scale of a street (a few km) the sphere is exact enough (< 0.5 %).
import type { LonLat } from '../domain/model';

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

export function haversineM(a: LonLat, b: LonLat): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point `metres` away from `origin` towards `bearingDeg` (0 = north), on a local flat plane. */
export function offsetM(origin: LonLat, metres: number, bearingDeg: number): LonLat {
  const b = bearingDeg * RAD;
  const dLat = (metres * Math.cos(b)) / (EARTH_RADIUS_M * RAD);
  const dLon = (metres * Math.sin(b)) / (EARTH_RADIUS_M * RAD * Math.cos(origin.lat * RAD));
  return { lon: origin.lon + dLon, lat: origin.lat + dLat };
}
