// Grid cells with their people: numbering and names, residents and households, grid workers.
import type { CellProps, GridWorker } from '../../core/domain/area';
import { buildCommunityCells, type CellShape } from './cell-shapes';
import type { CommunityArea } from './communities';
import { type Area, geodesicAreaM2 } from './geometry';
import { personName } from './names';
import { sortCells } from './numbering';
import { rngFor } from './random';
import { STREET } from './reference';

export interface CellRecord {
  props: CellProps;
  area: Area;
  /** The park's or school's name for a dedicated cell. */
  dedicatedName: string | null;
  dedicatedNameEn: string | null;
}

const RESIDENTIAL_POPULATION = 31_200;
const DEDICATED_POPULATION = { 'enterprise-park': [160, 420], school: [0, 0] } as const;

/** Split a total over weights into integers that add up to it (largest remainders). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const index = order[k]?.[1] ?? 0;
    out[index] = (out[index] ?? 0) + 1;
  }
  return out;
}

interface Numbered extends CellShape {
  code: string;
  name: string;
  nameEn: string;
  communityName: string;
  village: boolean;
}

export function buildCells(communities: CommunityArea[]): CellRecord[] {
  const cells: Numbered[] = communities.flatMap((community) => {
    const communityCode = STREET.code + community.def.number;
    return sortCells(buildCommunityCells(community), community.def.kind).map((shape, index) => {
      const number = index + 1;
      const name = shape.dedicated
        ? `${shape.dedicated.name}专属网格`
        : `${community.def.name}第${number}网格`;
      const nameEn = shape.dedicated
        ? `${shape.dedicated.nameEn} cell`
        : `${community.def.nameEn}, cell ${number}`;
      const code = communityCode + String(number).padStart(3, '0');
      return {
        ...shape,
        code,
        name,
        nameEn,
        communityName: community.def.name,
        village: community.def.kind === 'village',
      };
    });
  });

  const rng = rngFor('cells/people');
  const dedicatedPopulation = cells.map((c) => {
    const range = c.dedicated ? DEDICATED_POPULATION[c.dedicated.dedicatedFor] : [0, 0];
    return rng.int(range[0], range[1]);
  });
  const villagePopulation =
    STREET.population - RESIDENTIAL_POPULATION - dedicatedPopulation.reduce((a, b) => a + b, 0);
  const weight = (c: Numbered) =>
    (geodesicAreaM2(c.area) / 1e6) * (c.village ? rng.between(0.6, 1.5) : rng.between(0.8, 1.25));
  const weights = cells.map((c) => (c.kind === 'basic' ? weight(c) : 0));
  const residential = apportion(
    RESIDENTIAL_POPULATION,
    weights.map((w, i) => (cells[i]?.village ? 0 : w)),
  );
  const rural = apportion(
    villagePopulation,
    weights.map((w, i) => (cells[i]?.village ? w : 0)),
  );

  const usedNames = new Set<string>();
  let phone = 0;
  return cells.map((cell, i) => {
    const population =
      cell.kind === 'basic' ? (residential[i] ?? 0) + (rural[i] ?? 0) : (dedicatedPopulation[i] ?? 0);
    const perHousehold = cell.dedicated
      ? rng.between(1.5, 2.2)
      : cell.village
        ? rng.between(2.7, 3.1)
        : rng.between(2.4, 2.7);
    const households = Math.round(population / perHousehold);
    const areaKm2 = geodesicAreaM2(cell.area) / 1e6;
    const workerCount = population >= 1200 || areaKm2 >= 1.15 ? 2 : 1;
    const workers: GridWorker[] = Array.from({ length: workerCount }, (_, k) => {
      phone += 1;
      return {
        id: `GW${cell.code}${k === 0 ? '' : `-${k + 1}`}`,
        name: personName(rng, usedNames),
        // A block of numbers that is obviously fictional.
        phone: `139-0000-${String(phone).padStart(4, '0')}`,
      };
    });
    const props: CellProps = {
      code: cell.code,
      communityCode: cell.code.slice(0, 12),
      name: cell.name,
      nameEn: cell.nameEn,
      kind: cell.kind,
      ...(cell.dedicated ? { dedicatedFor: cell.dedicated.dedicatedFor } : {}),
      workers,
      households,
      population,
    };
    return {
      props,
      area: cell.area,
      dedicatedName: cell.dedicated?.name ?? null,
      dedicatedNameEn: cell.dedicated?.nameEn ?? null,
    };
  });
}
