import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import type { CellCollection, CellFeature } from '../domain/area';
import { createCellIndex } from './cell-index';

const box = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

function cell(code: string, geometry: Polygon | MultiPolygon): CellFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      code,
      communityCode: code.slice(0, 12),
      name: code,
      nameEn: code,
      kind: 'basic',
      workers: [],
      households: 0,
      population: 0,
    },
  };
}

// A 2x2 block of 0.01-degree squares; C has a hole that E (a school cell) fills; D is a multipolygon
// with a detached islet in the east.
const cells: CellCollection = {
  type: 'FeatureCollection',
  features: [
    cell('320507006002001', {
      type: 'Polygon',
      coordinates: [box(120.55, 31.47, 120.56, 31.48), box(120.553, 31.473, 120.557, 31.477)],
    }),
    cell('320507006001002', { type: 'Polygon', coordinates: [box(120.56, 31.46, 120.57, 31.47)] }),
    cell('320507006001001', { type: 'Polygon', coordinates: [box(120.55, 31.46, 120.56, 31.47)] }),
    cell('320507006001003', {
      type: 'MultiPolygon',
      coordinates: [[box(120.56, 31.47, 120.57, 31.48)], [box(120.58, 31.47, 120.585, 31.475)]],
    }),
    cell('320507006002002', { type: 'Polygon', coordinates: [box(120.553, 31.473, 120.557, 31.477)] }),
  ],
};
const index = createCellIndex(cells);
const codeAt = (lon: number, lat: number) => index.lookup(lon, lat)?.code ?? null;

describe('createCellIndex', () => {
  it('finds the cell of an inside point', () => {
    expect(codeAt(120.555, 31.465)).toBe('320507006001001');
    expect(codeAt(120.565, 31.465)).toBe('320507006001002');
    expect(codeAt(120.551, 31.479)).toBe('320507006002001');
  });

  it('gives a point on a shared edge to the lowest code, whatever the order of the data', () => {
    expect(codeAt(120.56, 31.465)).toBe('320507006001001'); // A|B
    expect(codeAt(120.565, 31.47)).toBe('320507006001002'); // B|D
    expect(codeAt(120.555, 31.473)).toBe('320507006002001'); // C's hole edge | E
  });

  it('gives a shared vertex to the lowest code', () => {
    expect(codeAt(120.56, 31.47)).toBe('320507006001001'); // A, B, C and D meet here
  });

  it('keeps a point on the outer edge in its only cell', () => {
    expect(codeAt(120.55, 31.465)).toBe('320507006001001');
  });

  it('returns null outside the street and for non-finite input', () => {
    expect(codeAt(120.54, 31.465)).toBeNull();
    expect(codeAt(120.575, 31.472)).toBeNull(); // between D's two parts
    expect(codeAt(Number.NaN, 31.47)).toBeNull();
  });

  it('finds the cell in a polygon hole, and a multipolygon part', () => {
    expect(codeAt(120.555, 31.475)).toBe('320507006002002');
    expect(codeAt(120.582, 31.472)).toBe('320507006001003');
    const withoutE = createCellIndex({ ...cells, features: cells.features.slice(0, 4) });
    expect(withoutE.lookup(120.555, 31.475)).toBeNull();
  });

  it('agrees with turf booleanPointInPolygon on random points', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const sorted = [...cells.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
    for (let i = 0; i < 5000; i++) {
      const lon = 120.545 + random() * 0.045;
      const lat = 31.455 + random() * 0.03;
      const expected =
        sorted.find((f) => booleanPointInPolygon(point([lon, lat]), f))?.properties.code ?? null;
      expect(codeAt(lon, lat)).toBe(expected);
    }
  });

  it('handles an empty collection', () => {
    expect(createCellIndex({ type: 'FeatureCollection', features: [] }).lookup(120.56, 31.47)).toBeNull();
  });
});
