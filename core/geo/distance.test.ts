import { describe, expect, it } from 'vitest';
import { haversineM, offsetM } from './distance';

describe('haversineM', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineM({ lon: 120.57, lat: 31 }, { lon: 120.57, lat: 32 })).toBeCloseTo(111_195, -1);
  });

  it('is zero for one point and symmetric', () => {
    const a = { lon: 120.57, lat: 31.47 };
    const b = { lon: 120.58, lat: 31.48 };
    expect(haversineM(a, a)).toBe(0);
    expect(haversineM(a, b)).toBeCloseTo(haversineM(b, a), 9);
  });

  it('inverts offsetM', () => {
    const a = { lon: 120.57, lat: 31.47 };
    for (const bearing of [0, 45, 90, 200]) {
      expect(haversineM(a, offsetM(a, 250, bearing))).toBeCloseTo(250, 0);
    }
  });
});
