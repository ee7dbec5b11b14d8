import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-points';

describe('labelPoint', () => {
  it('uses the centroid of a convex polygon', () => {
    const square: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(labelPoint(square)).toEqual([1, 1]);
  });

  it('stays inside a U-shaped polygon whose centroid falls outside', () => {
    const u: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const [x, y] = labelPoint(u);
    const insideLeftArm = x > 0 && x < 1;
    const insideRightArm = x > 2 && x < 3;
    expect(y > 1 ? insideLeftArm || insideRightArm : true).toBe(true);
  });

  it('labels the largest part of a multipolygon', () => {
    const multi: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [10, 10],
            [10.1, 10],
            [10.1, 10.1],
            [10, 10.1],
            [10, 10],
          ],
        ],
        [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
        ],
      ],
    };
    expect(labelPoint(multi)).toEqual([2, 2]);
  });
});
