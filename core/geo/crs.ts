// Coordinate conversion at the edge: feeds may send GCJ-02 (AMap, Tencent) or BD-09 (Baidu);
// everything is stored in WGS84. CGCS2000 differs from WGS84 by centimetres here: taken as equal.
import gcoord from 'gcoord';
import type { CrsId } from '../protocol/feeds';
import type { LonLat } from '../domain/model';

const GCOORD_CRS = {
  WGS84: gcoord.WGS84,
  CGCS2000: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
} as const;

/** A location in `crs`, converted to WGS84. */
export function toWgs84(location: LonLat & { crs: CrsId }): LonLat {
  return convertLonLat(location, location.crs, 'WGS84');
}

/** A location converted between two of the CRS a feed may use (the simulator sends GCJ-02). */
export function convertLonLat(location: LonLat, from: CrsId, to: CrsId): LonLat {
  if (GCOORD_CRS[from] === GCOORD_CRS[to]) return { lon: location.lon, lat: location.lat };
  const [lon, lat] = gcoord.transform([location.lon, location.lat], GCOORD_CRS[from], GCOORD_CRS[to]);
  return { lon: lon as number, lat: lat as number };
}
