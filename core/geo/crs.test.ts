import { describe, expect, it } from 'vitest';
import { convertLonLat, toWgs84 } from './crs';

describe('toWgs84', () => {
  it('keeps WGS84 and CGCS2000 as they are', () => {
    expect(toWgs84({ lon: 120.57, lat: 31.47, crs: 'WGS84' })).toEqual({ lon: 120.57, lat: 31.47 });
    expect(toWgs84({ lon: 120.57, lat: 31.47, crs: 'CGCS2000' })).toEqual({ lon: 120.57, lat: 31.47 });
  });

  it("matches gcoord's documented GCJ-02 pair", () => {
    // gcoord README: transform([123, 45], GCJ02, WGS84) -> [122.99395597, 44.99804071]
    const p = toWgs84({ lon: 123, lat: 45, crs: 'GCJ02' });
    expect(p.lon).toBeCloseTo(122.99395597, 6);
    expect(p.lat).toBeCloseTo(44.99804071, 6);
  });

  it("matches gcoord's documented BD-09 pair", () => {
    // gcoord README: transform([116.403988, 39.914266], WGS84, BD09) -> [116.41661560068297, 39.92196580126834]
    const p = toWgs84({ lon: 116.41661560068297, lat: 39.92196580126834, crs: 'BD09' });
    expect(p.lon).toBeCloseTo(116.403988, 5);
    expect(p.lat).toBeCloseTo(39.914266, 5);
  });

  it('shifts a Suzhou point by the published GCJ-02 offset (about +0.0042 lon, -0.0021 lat)', () => {
    const wgs = { lon: 120.57, lat: 31.47 };
    const gcj = convertLonLat(wgs, 'WGS84', 'GCJ02');
    expect(gcj.lon - wgs.lon).toBeCloseTo(0.0042, 3);
    expect(gcj.lat - wgs.lat).toBeCloseTo(-0.0021, 3);
  });

  it.each(['GCJ02', 'BD09'] as const)('round-trips WGS84 -> %s -> WGS84 within 1e-5 degrees', (crs) => {
    for (const wgs of [
      { lon: 120.57, lat: 31.47 },
      { lon: 120.535, lat: 31.44 },
      { lon: 120.605, lat: 31.51 },
    ]) {
      const back = toWgs84({ ...convertLonLat(wgs, 'WGS84', crs), crs });
      expect(Math.abs(back.lon - wgs.lon)).toBeLessThan(1e-5);
      expect(Math.abs(back.lat - wgs.lat)).toBeLessThan(1e-5);
    }
  });
});
