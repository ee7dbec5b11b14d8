import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { booleanIntersects, buffer, intersect, featureCollection } from '@turf/turf';
import type { Feature, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  AREA_FILES,
  type BoundaryProps,
  type CameraProps,
  type CellProps,
  type RoadProps,
  type WaterProps,
} from '../../core/domain/area';
import { buildAreaFiles } from '../generate-area';
import { type Area, geodesicAreaM2, ringSignedArea2 } from './geometry';
import { LAKE_SHORE } from './reference';
import { AREA_DIR, locate, readAreaFile } from './test-support';

const boundary = readAreaFile<Polygon, BoundaryProps>('boundary').features[0]!;
const roads = readAreaFile<LineString, RoadProps>('roads').features;
const water = readAreaFile<Area | LineString, WaterProps>('water').features;

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      throw new Error(`unexpected ${geometry.type}`);
  }
}

describe('data/area files', () => {
  it('are current and deterministic: the generator reproduces them byte for byte', () => {
    const first = buildAreaFiles();
    const second = buildAreaFiles();
    expect(second).toEqual(first);
    expect(Object.keys(first).sort()).toEqual([...Object.values(AREA_FILES), 'SOURCES.md'].sort());
    for (const [name, text] of Object.entries(first)) {
      expect(readFileSync(join(AREA_DIR, name), 'utf8') === text, `${name} is stale: run npm run data`).toBe(
        true,
      );
    }
  }, 60_000);

  it('are small, with coordinates of at most 6 decimals and RFC 7946 ring orientation', () => {
    for (const file of Object.values(AREA_FILES)) {
      expect(statSync(join(AREA_DIR, file)).size, file).toBeLessThan(600 * 1024);
      const collection = JSON.parse(readFileSync(join(AREA_DIR, file), 'utf8')) as {
        features: { geometry: Geometry }[];
      };
      expect(collection.features.length, file).toBeGreaterThan(0);
      for (const { geometry } of collection.features) {
        for (const p of positionsOf(geometry)) {
          expect(p).toHaveLength(2);
          for (const v of p) expect(Math.abs(v * 1e6 - Math.round(v * 1e6)), file).toBeLessThan(1e-6);
        }
        const polygons =
          geometry.type === 'Polygon'
            ? [geometry.coordinates]
            : geometry.type === 'MultiPolygon'
              ? geometry.coordinates
              : [];
        for (const rings of polygons) {
          rings.forEach((ring, i) => {
            expect(ring[0]).toEqual(ring[ring.length - 1]);
            expect(ringSignedArea2(ring) > 0, `${file}: ring ${i} orientation`).toBe(i === 0);
          });
        }
      }
    }
  });
});

describe('English names', () => {
  it('every cell and camera has one, each distinct, in Latin letters', () => {
    const cells = readAreaFile<Area, CellProps>('cells').features.map((f) => f.properties);
    const cameras = readAreaFile<Point, CameraProps>('cameras').features.map((f) => f.properties);
    for (const named of [cells, cameras]) {
      for (const p of named) expect(p.nameEn, p.name).toMatch(/^[A-Z][A-Za-z0-9 .,]+$/);
      expect(new Set(named.map((p) => p.nameEn)).size).toBe(named.length);
    }
  });
});

describe('roads.geojson', () => {
  it('has an expressway, primary and secondary roads and residential streets, all near the street', () => {
    const classes = new Set(roads.map((r) => r.properties.class));
    for (const c of ['expressway', 'primary', 'secondary', 'residential'])
      expect(classes.has(c as never), c).toBe(true);
    expect(roads.filter((r) => r.properties.class === 'primary').length).toBeGreaterThanOrEqual(2);
    const near = buffer(boundary, 0.2, { units: 'kilometers' })!;
    for (const r of roads) {
      expect(r.geometry.type).toBe('LineString');
      expect(r.properties.name).toMatch(/[\u4e00-\u9fff]/);
      expect(r.properties.nameEn, r.properties.name).toMatch(/^[A-Z][A-Za-z ]+$/);
      for (const p of r.geometry.coordinates)
        expect(locate(p, near.geometry as Area), r.properties.name).toBe(true);
    }
  });
});

describe('water.geojson', () => {
  it('has 漕湖 mostly outside the street, west of its south-east shore', () => {
    const lake = water.find((w) => w.properties.kind === 'lake' && w.properties.name === '漕湖')!;
    expect(lake.geometry.type).toBe('Polygon');
    for (const w of water) expect(w.properties.nameEn, w.properties.name).toMatch(/^[A-Z][A-Za-z ]+$/);
    const lakeArea = geodesicAreaM2(lake.geometry as Area);
    expect(lakeArea / 1e6).toBeGreaterThan(2);
    expect(lakeArea / 1e6).toBeLessThan(12);
    const lakeFeature: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: lake.geometry as Polygon,
    };
    const inside = intersect(featureCollection<Polygon>([{ ...boundary, properties: {} }, lakeFeature]));
    expect((inside ? geodesicAreaM2(inside.geometry) : 0) / lakeArea).toBeLessThan(0.05);
    for (const p of LAKE_SHORE) expect(locate(p, lake.geometry as Area)).toBe(0);
    // Beyond the shore to the south-east is land; beyond it to the north-west is water.
    expect(locate([120.515, 31.462], lake.geometry as Area)).toBe(false);
    expect(locate([120.51, 31.472], lake.geometry as Area)).toBe(true);
  });

  it('has 望虞河 west of the street and canals and ponds inside it', () => {
    const river = water.filter((w) => w.properties.name === '望虞河');
    expect(river.length).toBeGreaterThan(0);
    for (const r of river) expect(booleanIntersects(r, boundary), 'river stays outside').toBe(false);
    const canals = water.filter((w) => w.properties.kind === 'canal');
    const ponds = water.filter((w) => w.properties.kind === 'pond');
    expect(canals.length).toBeGreaterThanOrEqual(2);
    expect(ponds.length).toBeGreaterThanOrEqual(1);
    for (const p of ponds)
      for (const q of positionsOf(p.geometry)) expect(locate(q, boundary.geometry)).toBe(true);
    expect(water.every((w) => w.properties.estimated)).toBe(true);
  });
});
