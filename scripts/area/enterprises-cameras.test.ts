import type { LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CameraProps, CellProps, EnterpriseProps, WaterProps } from '../../core/domain/area';
import { CATEGORY_IDS } from '../../core/domain/categories';
import { hasValidOrganizationCode, isValidCreditCode } from '../../core/domain/credit-code';
import { type Area, distanceToEdgesM } from './geometry';
import { locate, readAreaFile } from './test-support';

const cells = readAreaFile<Area, CellProps>('cells').features;
const enterprises = readAreaFile<Point, EnterpriseProps>('enterprises').features;
const cameras = readAreaFile<Point, CameraProps>('cameras').features;
const water = readAreaFile<Area | LineString, WaterProps>('water').features.flatMap((w) =>
  w.geometry.type === 'LineString' ? [] : [{ properties: w.properties, geometry: w.geometry }],
);

/** The codes of the cells that contain a point, recomputed from the geometry. */
const containingCells = (p: Point) =>
  cells.filter((c) => locate(p.coordinates, c.geometry) === true).map((c) => c.properties.code);

describe('enterprises.geojson', () => {
  const props = enterprises.map((e) => e.properties);
  const count = (test: (e: EnterpriseProps) => boolean) => props.filter(test).length;

  it('has at least 300 enterprises with sequential ids', () => {
    expect(enterprises.length).toBeGreaterThanOrEqual(300);
    expect(enterprises.length).toBeLessThanOrEqual(400);
    props.forEach((e, i) => expect(e.id).toBe(`E${String(i + 1).padStart(4, '0')}`));
    expect(new Set(props.map((e) => e.name)).size).toBe(props.length);
  });

  it('includes the four enterprises named in public sources', () => {
    for (const name of ['海鹰空天', '美的清洁', '福耀', '卡士']) {
      expect(
        props.filter((e) => e.named && e.name.includes(name)),
        name,
      ).toHaveLength(1);
    }
    expect(count((e) => e.named)).toBe(4);
  });

  it('has valid, unique credit codes of companies, mostly registered in 相城区', () => {
    for (const e of props) {
      expect(isValidCreditCode(e.creditCode), e.creditCode).toBe(true);
      expect(hasValidOrganizationCode(e.creditCode), e.creditCode).toBe(true);
      expect(e.creditCode.slice(0, 2)).toBe('91');
    }
    expect(new Set(props.map((e) => e.creditCode)).size).toBe(props.length);
    expect(count((e) => e.creditCode.slice(2, 8) === '320507') / props.length).toBeGreaterThan(0.8);
  });

  it('matches the published 2021 counts: 6 at level 2, 12 standardized rented plants', () => {
    expect(count((e) => e.standardization === '2')).toBe(6);
    expect(count((e) => e.rentedPlantStandardized)).toBe(12);
    expect(count((e) => e.rentedPlantStandardized && !e.rentedPlant)).toBe(0);
    expect(count((e) => e.standardization === '3')).toBeGreaterThan(0);
    expect(count((e) => e.standardization === '1')).toBe(0);
    const rentedShare = count((e) => e.rentedPlant) / props.length;
    expect(rentedShare).toBeGreaterThan(0.15);
    expect(rentedShare).toBeLessThan(0.25);
  });

  it('has all four risk colours in realistic shares, chemicals riskier than average', () => {
    for (const colour of ['red', 'orange', 'yellow', 'blue'])
      expect(count((e) => e.risk === colour)).toBeGreaterThan(0);
    expect(count((e) => e.risk === 'red') / props.length).toBeLessThan(0.04);
    expect(count((e) => e.risk === 'blue') / props.length).toBeGreaterThan(0.4);
    const high = (e: EnterpriseProps) => e.risk === 'red' || e.risk === 'orange';
    const chemicals = props.filter((e) => e.industry === '化工');
    expect(chemicals.length).toBeGreaterThan(0);
    expect(chemicals.filter(high).length / chemicals.length).toBeGreaterThan(count(high) / props.length);
  });

  it('stands inside its stated cell, away from cell edges and off the water', () => {
    for (const e of enterprises) {
      expect(containingCells(e.geometry), e.properties.id).toEqual([e.properties.cellCode]);
      const cell = cells.find((c) => c.properties.code === e.properties.cellCode)!;
      expect(e.properties.communityCode).toBe(cell.properties.communityCode);
      expect(distanceToEdgesM(e.geometry.coordinates, cell.geometry)).toBeGreaterThanOrEqual(20);
      for (const w of water)
        expect(locate(e.geometry.coordinates, w.geometry), w.properties.name).toBe(false);
    }
  });

  it('names its park exactly when it stands in a park cell; fire venues only for small places', () => {
    for (const e of enterprises) {
      const cell = cells.find((c) => c.properties.code === e.properties.cellCode)!;
      const inPark = cell.properties.dedicatedFor === 'enterprise-park';
      expect(e.properties.park !== null).toBe(inPark);
      if (inPark) expect(`${e.properties.park}专属网格`).toBe(cell.properties.name);
    }
    const venues = props.filter((e) => e.fireVenue !== null);
    expect(venues.length).toBeGreaterThan(20);
    expect(venues.every((e) => !e.named && e.park === null && e.standardization !== '2')).toBe(true);
    expect(count((e) => e.park !== null) / props.length).toBeGreaterThan(0.4);
  });
});

describe('cameras.geojson', () => {
  it('has 40-80 cameras inside their stated cells, mostly in residential communities', () => {
    expect(cameras.length).toBeGreaterThanOrEqual(40);
    expect(cameras.length).toBeLessThanOrEqual(80);
    for (const c of cameras) {
      expect(containingCells(c.geometry), c.properties.id).toEqual([c.properties.cellCode]);
      expect(c.properties.communityCode).toBe(c.properties.cellCode.slice(0, 12));
      for (const w of water) expect(locate(c.geometry.coordinates, w.geometry)).toBe(false);
    }
    const residential = cameras.filter((c) => Number(c.properties.communityCode.slice(9)) <= 3);
    expect(residential.length / cameras.length).toBeGreaterThan(0.5);
    expect(new Set(cameras.map((c) => c.properties.id)).size).toBe(cameras.length);
    expect(new Set(cameras.map((c) => c.properties.name)).size).toBe(cameras.length);
  });

  it('detects only known incident categories, the four core ones always', () => {
    const known = new Set<string>(CATEGORY_IDS);
    for (const c of cameras) {
      for (const id of c.properties.detects) expect(known.has(id), id).toBe(true);
      for (const id of ['high-altitude-throwing', 'ebike-in-corridor', 'fire-smoke', 'crowd-gathering']) {
        expect(c.properties.detects).toContain(id);
      }
    }
    expect(cameras.some((c) => c.properties.detects.includes('illegal-parking'))).toBe(true);
  });
});
