import { kinks, polygon as turfPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { CellProps, CommunityProps } from '../../core/domain/area';
import { type Area, areaCentroid, geodesicAreaM2, polygonsOf } from './geometry';
import { ROW_HEIGHT_DEG, ROW_ORIGIN_LAT, sortCells } from './numbering';
import { expectPartition, readAreaFile } from './test-support';

const communities = readAreaFile<Area, CommunityProps>('communities').features;
const cells = readAreaFile<Area, CellProps>('cells').features;
const basic = cells.filter((c) => c.properties.kind === 'basic');
const dedicated = cells.filter((c) => c.properties.kind === 'dedicated');
const km2 = (c: { geometry: Area }) => geodesicAreaM2(c.geometry) / 1e6;

describe('grid-cells.geojson', () => {
  it('has 60-120 basic cells and dedicated cells for parks and the school', () => {
    expect(basic.length).toBeGreaterThanOrEqual(60);
    expect(basic.length).toBeLessThanOrEqual(120);
    expect(dedicated.length).toBeGreaterThanOrEqual(3);
    expect(dedicated.filter((c) => c.properties.dedicatedFor === 'school')).toHaveLength(1);
    const parks = dedicated.filter((c) => c.properties.dedicatedFor === 'enterprise-park');
    expect(parks.length).toBeGreaterThanOrEqual(2);
    expect(parks.length).toBeLessThanOrEqual(3);
    expect(dedicated.find((c) => c.properties.dedicatedFor === 'school')?.properties.name).toBe(
      '漕湖学校专属网格',
    );
    for (const c of parks) expect(c.properties.name).toMatch(/产业园专属网格$/);
    for (const c of basic) expect(c.properties.dedicatedFor).toBeUndefined();
  });

  it('has unique 15-digit codes that start with their community code', () => {
    const codes = cells.map((c) => c.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    const communityCodes = new Set(communities.map((c) => c.properties.code));
    for (const c of cells) {
      expect(c.properties.code).toMatch(/^\d{15}$/);
      expect(c.properties.code.slice(0, 12)).toBe(c.properties.communityCode);
      expect(communityCodes.has(c.properties.communityCode)).toBe(true);
    }
  });

  it('numbers cells by the rule: basic first, rows north to south, west to east in a row', () => {
    for (const community of communities) {
      const own = cells.filter((c) => c.properties.communityCode === community.properties.code);
      const ordered = sortCells(
        own.map((c) => ({ kind: c.properties.kind, area: c.geometry, cell: c })),
        community.properties.kind,
      );
      ordered.forEach(({ cell }, i) => {
        const number = String(i + 1).padStart(3, '0');
        expect(cell.properties.code, community.properties.name).toBe(community.properties.code + number);
        if (cell.properties.kind === 'basic') {
          expect(cell.properties.name).toBe(`${community.properties.name}第${i + 1}网格`);
        }
      });
      // The rule spelled out: by code, basic before dedicated, then (row, longitude) ascending.
      const byCode = own.toSorted((a, b) => a.properties.code.localeCompare(b.properties.code));
      const height = ROW_HEIGHT_DEG[community.properties.kind];
      const keys = byCode.map((c) => {
        const [lon, lat] = areaCentroid(c.geometry) as [number, number];
        return [c.properties.kind === 'basic' ? 0 : 1, Math.floor((ROW_ORIGIN_LAT - lat) / height), lon];
      });
      for (let k = 1; k < keys.length; k++) {
        const [a, b] = [keys[k - 1]!, keys[k]!];
        const ordered =
          a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)));
        expect(ordered, `${byCode[k]!.properties.code} after ${byCode[k - 1]!.properties.code}`).toBe(true);
      }
    }
  });

  it('partitions each community exactly', () => {
    communities.forEach((community, i) => {
      const own = cells.filter((c) => c.properties.communityCode === community.properties.code);
      expectPartition(community.geometry, own, {
        tolerance: 0.0001,
        maxOverlapM2: 1000,
        samples: 400,
        seed: 100 + i,
        label: community.properties.name,
      });
    });
  });

  it('has no slivers, multipolygons or self-intersections', () => {
    for (const c of cells) {
      expect(c.geometry.type, c.properties.name).toBe('Polygon');
      expect(km2(c), c.properties.name).toBeGreaterThanOrEqual(0.05);
      for (const polygon of polygonsOf(c.geometry))
        expect(kinks(turfPolygon(polygon)).features).toHaveLength(0);
    }
  });

  it('has about 50,000 residents, 2.6 per household, dense in the town, few in parks', () => {
    const population = cells.reduce((s, c) => s + c.properties.population, 0);
    const households = cells.reduce((s, c) => s + c.properties.households, 0);
    expect(Math.abs(population - 50_000) / 50_000).toBeLessThan(0.02);
    expect(population / households).toBeGreaterThan(2.4);
    expect(population / households).toBeLessThan(2.8);
    const isResidential = (c: (typeof cells)[number]) => Number(c.properties.communityCode.slice(9)) <= 3;
    const density = (c: (typeof cells)[number]) => c.properties.population / km2(c);
    const townBasic = basic.filter(isResidential);
    const villageBasic = basic.filter((c) => !isResidential(c));
    const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    expect(median(townBasic.map(density))).toBeGreaterThan(5 * median(villageBasic.map(density)));
    expect(median(townBasic.map(km2))).toBeLessThan(median(villageBasic.map(km2)) / 3);
    for (const c of dedicated.filter((d) => d.properties.dedicatedFor === 'enterprise-park')) {
      expect(c.properties.population).toBeLessThan(600);
    }
    for (const community of communities) {
      const own = cells.filter((c) => c.properties.communityCode === community.properties.code);
      expect(community.properties.population).toBe(own.reduce((s, c) => s + c.properties.population, 0));
      expect(community.properties.households).toBe(own.reduce((s, c) => s + c.properties.households, 0));
    }
  });

  it('gives every cell one or two grid workers with a name and a fictional phone number', () => {
    const ids = new Set<string>();
    for (const c of cells) {
      const workers = c.properties.workers;
      expect(workers.length).toBeGreaterThanOrEqual(1);
      expect(workers.length).toBeLessThanOrEqual(2);
      workers.forEach((w, k) => {
        expect(w.id).toBe(`GW${c.properties.code}${k === 0 ? '' : `-${k + 1}`}`);
        expect(w.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
        expect(w.phone).toMatch(/^139-0000-\d{4}$/);
        ids.add(w.id);
      });
    }
    expect(ids.size).toBe(cells.reduce((s, c) => s + c.properties.workers.length, 0));
    expect(cells.some((c) => c.properties.workers.length === 2)).toBe(true);
  });
});
