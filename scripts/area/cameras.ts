// 平安前哨 sentinel cameras: mostly at residential entrances, corridors and squares, some at
// village centres, park gates and the school gate. Positions are synthetic.
import type { Polygon, Position } from 'geojson';
import type { CameraProps } from '../../core/domain/area';
import { CATEGORY_IDS, type CategoryId } from '../../core/domain/categories';
import type { CellRecord } from './cells';
import { areaCentroid, distanceM, polygonsOf } from './geometry';
import { type PlaceOptions, placePoint } from './placement';
import { rngFor } from './random';
import { COMMUNITY_DEFS } from './communities';

export interface CameraRecord {
  props: CameraProps;
  point: Position;
}

type Site = 'corridor' | 'entrance' | 'square' | 'village' | 'gate';

/** Every camera recognises the four core categories; some sites add street-scene ones. */
const CORE: readonly CategoryId[] = [
  'high-altitude-throwing',
  'ebike-in-corridor',
  'fire-smoke',
  'crowd-gathering',
];
const EXTRA: Readonly<Record<Site, readonly CategoryId[]>> = {
  corridor: [],
  entrance: ['illegal-parking'],
  square: ['street-vending', 'garbage-overflow'],
  village: ['garbage-overflow'],
  gate: ['illegal-parking'],
};
const RESIDENTIAL_CAMERAS = 40;

function detects(site: Site): string[] {
  const wanted = new Set<CategoryId>([...CORE, ...EXTRA[site]]);
  return CATEGORY_IDS.filter((id) => wanted.has(id));
}

const communityOf = (code: string) => COMMUNITY_DEFS.find((d) => code.endsWith(d.number));

/** The English of the places' words, for the cameras' English names. */
const EN: Readonly<Record<string, string>> = {
  东: 'east',
  南: 'south',
  西: 'west',
  北: 'north',
  门: 'gate',
  二门: 'second gate',
  侧门: 'side gate',
  中心广场: 'central square',
  文体广场: 'culture and sports square',
  邻里中心: 'neighbourhood centre',
  健身广场: 'fitness square',
  菜场入口: 'market entrance',
  村委会: 'village committee',
  文化广场: 'culture square',
  校门: 'school gate',
  东门: 'east gate',
  西门: 'west gate',
};

interface CameraName {
  name: string;
  nameEn: string;
}

export function buildCameras(cells: CellRecord[], water: Polygon[]): CameraRecord[] {
  const rng = rngFor('cameras');
  const taken: Position[] = [];
  const options: PlaceOptions = { minEdgeM: 15, minSpacingM: 60, avoid: water, taken };
  const out: (CameraName & { site: Site; point: Position; cell: CellRecord })[] = [];
  const usedNames = new Set<string>();
  const uniqueName = (make: () => CameraName) => {
    for (;;) {
      const name = make();
      if (!usedNames.has(name.name)) return (usedNames.add(name.name), name);
    }
  };

  const residential = cells.filter(
    (c) => c.props.kind === 'basic' && Number(c.props.communityCode.slice(9)) <= 3,
  );
  const sites: Site[] = ['corridor', 'entrance', 'corridor', 'square'];
  for (let k = 0; k < RESIDENTIAL_CAMERAS; k++) {
    const cell = residential[k % residential.length] as CellRecord;
    const site = sites[k % sites.length] as Site;
    const placed = placePoint([cell], rng, options);
    const community = communityOf(cell.props.communityCode);
    const [base, baseEn] = [community?.name ?? '', community?.nameEn ?? ''];
    const { name, nameEn } = uniqueName(() => {
      if (site === 'corridor') {
        const block = rng.int(1, 68);
        return { name: `${base}${block}幢楼道`, nameEn: `${baseEn}, block ${block} stairwell` };
      }
      if (site === 'entrance') {
        const side = rng.pick(['东', '南', '西', '北']);
        const gate = rng.pick(['门', '二门', '侧门']);
        return { name: `${base}${side}${gate}`, nameEn: `${baseEn}, ${EN[side]} ${EN[gate]}` };
      }
      const spot = rng.pick(['中心广场', '文体广场', '邻里中心', '健身广场', '菜场入口']);
      return { name: `${base}${spot}`, nameEn: `${baseEn}, ${EN[spot]}` };
    });
    out.push({ name: `${name}平安前哨`, nameEn: `${nameEn} sentinel camera`, site, ...placed });
  }

  for (const def of COMMUNITY_DEFS.filter((d) => d.kind === 'village')) {
    const inVillage = cells.filter(
      (c) => c.props.kind === 'basic' && c.props.communityCode.endsWith(def.number),
    );
    // The village centre: the middle of its most central basic cell.
    const mean = inVillage
      .map((c) => areaCentroid(c.area))
      .reduce(
        (a, p) => [
          (a[0] ?? 0) + (p[0] ?? 0) / inVillage.length,
          (a[1] ?? 0) + (p[1] ?? 0) / inVillage.length,
        ],
        [0, 0],
      );
    const centre = inVillage.toSorted(
      (a, b) => distanceM(areaCentroid(a.area), mean) - distanceM(areaCentroid(b.area), mean),
    )[0] as CellRecord;
    for (const spot of ['村委会', '文化广场']) {
      out.push({
        name: `${def.name}${spot}平安前哨`,
        nameEn: `${def.nameEn}, ${EN[spot]} sentinel camera`,
        site: 'village',
        ...placePoint([centre], rng, options),
      });
    }
  }

  for (const cell of cells.filter((c) => c.props.kind === 'dedicated')) {
    const ring = polygonsOf(cell.area)[0]?.[0] ?? [];
    const gates = cell.props.dedicatedFor === 'school' ? ['校门'] : ['东门', '西门'];
    gates.forEach((gate, i) => {
      // Gates stand near the edge: around a vertex on the east or west side of the site.
      const xs = ring.map((p) => p[0] ?? 0);
      const vertex = ring[i === 0 ? xs.indexOf(Math.max(...xs)) : xs.indexOf(Math.min(...xs))] as Position;
      const near = { centre: gate === '校门' ? areaCentroid(cell.area) : vertex, radiusM: 250 };
      out.push({
        name: `${cell.dedicatedName}${gate}平安前哨`,
        nameEn: `${cell.dedicatedNameEn}, ${EN[gate]} sentinel camera`,
        site: 'gate',
        ...placePoint([cell], rng, options, near),
      });
    });
  }

  return out.map((c, i) => ({
    props: {
      id: `CAM${String(i + 1).padStart(3, '0')}`,
      name: c.name,
      nameEn: c.nameEn,
      cellCode: c.cell.props.code,
      communityCode: c.cell.props.communityCode,
      detects: detects(c.site),
    },
    point: c.point,
  }));
}
