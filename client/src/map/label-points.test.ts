import { describe, expect, it } from 'vitest';
import { labelPoint, separateLabels, worldPixel } from './label-points';

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

describe('separateLabels', () => {
  const box = (x: number, y: number, width = 100, height = 20) => ({ x, y, width, height });
  const placed = (boxes: ReturnType<typeof box>[], dy: number[]) =>
    boxes.map((b, i) => ({ ...b, y: b.y + dy[i]! }));
  const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

  it('leaves labels apart where they are', () => {
    expect(separateLabels([box(0, 0), box(150, 0), box(0, 40)])).toEqual([0, 0, 0]);
  });

  it('pulls two overlapping labels apart vertically, half each way, the lower one down', () => {
    const boxes = [box(0, 10), box(60, 0)];
    const dy = separateLabels(boxes, 2);
    expect(dy[0]).toBeCloseTo(6);
    expect(dy[1]).toBeCloseTo(-6);
    const [a, b] = placed(boxes, dy);
    expect(a!.y - b!.y).toBeCloseTo(22);
  });

  it('parts a crowd of three so that no two overlap, none moving more than its height', () => {
    const boxes = [box(0, 0), box(30, 8), box(-20, 14)];
    const dy = separateLabels(boxes, 2);
    const after = placed(boxes, dy);
    for (let i = 0; i < after.length; i++) {
      expect(Math.abs(dy[i]!)).toBeLessThanOrEqual(20);
      for (let j = i + 1; j < after.length; j++) expect(overlap(after[i]!, after[j]!)).toBe(false);
    }
  });

  it('places points on MapLibre’s pixel plane, twice as far apart one zoom in', () => {
    const [x0, y0] = worldPixel([0, 0], 0);
    expect([x0, y0]).toEqual([256, 256]);
    const a = worldPixel([120.5, 31.4], 12);
    const b = worldPixel([120.6, 31.5], 12);
    const c = worldPixel([120.5, 31.4], 13);
    const d = worldPixel([120.6, 31.5], 13);
    expect(d[0] - c[0]).toBeCloseTo(2 * (b[0] - a[0]));
    expect(d[1] - c[1]).toBeCloseTo(2 * (b[1] - a[1]));
    expect(b[1]).toBeLessThan(a[1]); // north is up
  });
});
