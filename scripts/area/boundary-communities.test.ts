import { area as sphericalArea, kinks, polygon as turfPolygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BoundaryProps, CommunityProps } from '../../core/domain/area';
import { type Area, geodesicAreaM2, polygonsOf, ringSignedArea2 } from './geometry';
import { ESTIMATED_CENTROID, LAKE_SHORE, SOUTH_EDGE, WEST_NORTH_WEST_EDGE } from './reference';
import { expectPartition, locate, readAreaFile } from './test-support';

const boundaryFile = readAreaFile<Polygon, BoundaryProps>('boundary');
const boundary = boundaryFile.features[0]!;
const communities = readAreaFile<Area, CommunityProps>('communities').features;

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

describe('boundary.geojson', () => {
  it('is one valid polygon: closed, counter-clockwise, not self-intersecting', () => {
    expect(boundaryFile.features).toHaveLength(1);
    expect(boundary.geometry.type).toBe('Polygon');
    const ring = boundary.geometry.coordinates[0]!;
    expect(boundary.geometry.coordinates).toHaveLength(1);
    expect(same(ring[0]!, ring[ring.length - 1]!)).toBe(true);
    expect(ringSignedArea2(ring)).toBeGreaterThan(0);
    expect(kinks(turfPolygon(boundary.geometry.coordinates)).features).toHaveLength(0);
  });

  it('has the geodesic area of 47.6 km² (within 0.2%) and records it', () => {
    const km2 = geodesicAreaM2(boundary.geometry) / 1e6;
    expect(Math.abs(km2 - 47.6) / 47.6).toBeLessThan(0.002);
    expect(boundary.properties.areaKm2).toBeCloseTo(km2, 3);
    // The spherical area of turf agrees to within the ellipsoid's effect.
    expect(Math.abs(sphericalArea(boundary) / 1e6 - km2) / km2).toBeLessThan(0.005);
    expect(boundary.properties).toMatchObject({ code: '320507006', name: '漕湖街道' });
  });

  it('contains the estimated centroid', () => {
    expect(locate(ESTIMATED_CENTROID, boundary.geometry)).toBe(true);
  });

  it('keeps the OpenStreetMap edges as runs of its vertices, in order', () => {
    const ring = boundary.geometry.coordinates[0]!.slice(0, -1);
    const expectRun = (edge: readonly Position[]) => {
      const start = ring.findIndex((p) => same(p, edge[0]!));
      expect(start).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < edge.length; k++) expect(ring[(start + k) % ring.length]).toEqual(edge[k]);
    };
    expectRun(SOUTH_EDGE);
    // The ring is counter-clockwise, so it runs down the west-north-west edge from north to south.
    expectRun(WEST_NORTH_WEST_EDGE.toReversed());
  });

  it('takes its edges from the reference: both start at one point, the lake shore ends on the west edge', () => {
    expect(SOUTH_EDGE[0]).toEqual(WEST_NORTH_WEST_EDGE[0]);
    expect(WEST_NORTH_WEST_EDGE).toContainEqual(LAKE_SHORE.at(-1));
    expect(SOUTH_EDGE).toHaveLength(11);
    expect(WEST_NORTH_WEST_EDGE).toHaveLength(12);
  });
});

describe('communities.geojson', () => {
  it('has the eight communities of the reference, residential first, with their codes', () => {
    // prettier-ignore
    expect(communities.map((c) => c.properties.name)).toEqual([
      '漕湖花园一社区', '漕湖花园二社区', '永昌泾社区', '卫星村', '汤浜村', '下堡村', '上浜村', '倪汇村',
    ]);
    communities.forEach((c, i) => {
      const number = String(i + 1).padStart(3, '0');
      expect(c.properties.number).toBe(number);
      expect(c.properties.code).toBe(`320507006${number}`);
      expect(c.properties.kind).toBe(i < 3 ? 'community' : 'village');
      expect(c.properties.nameEn).toMatch(i < 3 ? /Community/ : /Village$/);
    });
  });

  it('partitions the boundary with no gaps or overlaps', () => {
    expectPartition(boundary.geometry, communities, {
      tolerance: 0.0001,
      maxOverlapM2: 1000,
      samples: 2000,
      seed: 7,
      label: 'communities',
    });
  });

  it('are single valid polygons; residential ones compact and dense', () => {
    for (const c of communities) {
      expect(c.geometry.type, c.properties.name).toBe('Polygon');
      for (const polygon of polygonsOf(c.geometry))
        expect(kinks(turfPolygon(polygon)).features).toHaveLength(0);
    }
    const density = (c: (typeof communities)[number]) => c.properties.population / geodesicAreaM2(c.geometry);
    const residential = communities.filter((c) => c.properties.kind === 'community');
    const villages = communities.filter((c) => c.properties.kind === 'village');
    const largestResidential = Math.max(...residential.map((c) => geodesicAreaM2(c.geometry)));
    const smallestVillage = Math.min(...villages.map((c) => geodesicAreaM2(c.geometry)));
    expect(largestResidential).toBeLessThan(smallestVillage);
    expect(Math.min(...residential.map(density))).toBeGreaterThan(3 * Math.max(...villages.map(density)));
  });
});
