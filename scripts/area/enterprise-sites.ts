// Where the enterprises stand and what they are: the four named in public sources and synthetic
// ones in the parks, the industrial south and east, village workshops and warehouses, and shops in
// the town centre. Every site is placed in a cell and the cell is recorded from the geometry.
import type { Polygon, Position } from 'geojson';
import type { FireVenueCategory } from '../../core/domain/area';
import type { CellRecord } from './cells';
import { areaCentroid, geodesicAreaM2 } from './geometry';
import { INDUSTRIES, type IndustryKey, MIX, TOWN_VENUE } from './industries';
import { companyName } from './names';
import { type PlaceOptions, placePoint } from './placement';
import type { Random } from './random';

export type SiteGroup = 'named' | 'park' | 'industrial' | 'workshop' | 'warehouse' | 'town';

export interface EnterpriseSite {
  name: string;
  industry: IndustryKey;
  group: SiteGroup;
  point: Position;
  cell: CellRecord;
  park: string | null;
  fireVenue: FireVenueCategory | null;
}

const NAMED: readonly { name: string; industry: IndustryKey; park: string | null }[] = [
  { name: '海鹰空天材料研究院（苏州）有限责任公司', industry: 'materials', park: '漕湖高端装备产业园' },
  { name: '苏州美的清洁电器股份有限公司', industry: 'appliances', park: '漕湖高端装备产业园' },
  { name: '福耀玻璃（苏州）有限公司', industry: 'auto', park: '漕湖汽车零部件产业园' },
  { name: '卡士乳业（苏州）有限公司', industry: 'food', park: null },
];

const GROUP_VENUE: Partial<Record<SiteGroup, FireVenueCategory>> = {
  workshop: 'small-workshop',
  warehouse: 'small-warehouse',
};

/** How many enterprises of each kind besides the named ones. */
const COUNTS = { park: 186, industrial: 96, workshop: 34, warehouse: 12, town: 22 } as const;

function pickIndustry(mix: readonly [IndustryKey, number][], rng: Random): IndustryKey {
  let r = rng.next() * mix.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of mix) if ((r -= w) < 0) return key;
  return mix[0]?.[0] ?? 'machinery';
}

export function placeEnterpriseSites(cells: CellRecord[], water: Polygon[], rng: Random): EnterpriseSite[] {
  const taken: Position[] = [];
  const options = (minSpacingM: number): PlaceOptions => ({ minEdgeM: 25, minSpacingM, avoid: water, taken });
  const parks = cells.filter((c) => c.props.dedicatedFor === 'enterprise-park');
  const villageBasic = cells.filter(
    (c) => c.props.kind === 'basic' && Number(c.props.communityCode.slice(9)) > 3,
  );
  const townBasic = cells.filter(
    (c) => c.props.kind === 'basic' && Number(c.props.communityCode.slice(9)) <= 3,
  );
  // The industrial south and east: 汤浜村, 下堡村 and the southern half of 倪汇村.
  const industrial = villageBasic.filter((c) => {
    const n = c.props.communityCode.slice(9);
    return n === '005' || n === '006' || (n === '008' && (areaCentroid(c.area)[1] ?? 0) < 31.49);
  });
  const usedNames = new Set<string>(NAMED.map((n) => n.name));
  const drafts: EnterpriseSite[] = [];
  const add = (
    group: SiteGroup,
    industry: IndustryKey,
    placed: { point: Position; cell: CellRecord },
    name?: string,
  ) => {
    const small = group === 'workshop' || group === 'warehouse' || group === 'town';
    const fireVenue = group === 'town' ? (TOWN_VENUE[industry] ?? null) : (GROUP_VENUE[group] ?? null);
    drafts.push({
      name: name ?? companyName(INDUSTRIES[industry].words, small, rng, usedNames),
      industry,
      group,
      ...placed,
      park: placed.cell.props.dedicatedFor === 'enterprise-park' ? placed.cell.dedicatedName : null,
      fireVenue,
    });
  };

  for (const named of NAMED) {
    const where = named.park
      ? parks.filter((c) => c.dedicatedName === named.park)
      : industrial.filter((c) => c.props.communityCode.endsWith('005'));
    add('named', named.industry, placePoint(where, rng, options(150)), named.name);
  }
  const parkArea = parks.map((p) => geodesicAreaM2(p.area));
  const totalParkArea = parkArea.reduce((a, b) => a + b, 0);
  let parkLeft = COUNTS.park;
  parks.forEach((park, i) => {
    const count =
      i === parks.length - 1 ? parkLeft : Math.round((COUNTS.park * (parkArea[i] ?? 0)) / totalParkArea);
    parkLeft -= count;
    const mix = MIX[park.dedicatedName ?? ''] ?? MIX.industrial ?? [];
    for (let k = 0; k < count; k++) add('park', pickIndustry(mix, rng), placePoint([park], rng, options(55)));
  });
  for (let k = 0; k < COUNTS.industrial; k++)
    add('industrial', pickIndustry(MIX.industrial ?? [], rng), placePoint(industrial, rng, options(90)));
  const villages = [...new Set(villageBasic.map((c) => c.props.communityCode))];
  for (let k = 0; k < COUNTS.workshop + COUNTS.warehouse; k++) {
    const village = villages[k % villages.length] as string;
    const inVillage = villageBasic.filter((c) => c.props.communityCode === village);
    const group: SiteGroup = k < COUNTS.workshop ? 'workshop' : 'warehouse';
    add(group, pickIndustry(MIX[group] ?? [], rng), placePoint(inVillage, rng, options(80)));
  }
  for (let k = 0; k < COUNTS.town; k++)
    add('town', pickIndustry(MIX.town ?? [], rng), placePoint(townBasic, rng, options(60)));
  return drafts;
}
