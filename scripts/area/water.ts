// Water: 漕湖 (Caohu lake) west of its known south-east shore, 望虞河 (the Wangyu River) along the
// Wuxi border, and a few canals and ponds inside the street. All drawn as estimates.
import { buffer, featureCollection } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import type { WaterProps } from '../../core/domain/area';
import type { CellRecord } from './cells';
import { type Area, cleanPolygon, roundPosition } from './geometry';
import { clipLine } from './lines';
import { isInside } from './partition';
import { rngFor } from './random';
import { LAKE_SHORE } from './reference';
import { makeBlob, meander } from './shapes';

export interface WaterFeature {
  props: WaterProps;
  geometry: Polygon | LineString;
}

/** The lake: the known shore (south-west to north-east), then round the open water to the north-west. */
function lakePolygon(): Polygon {
  // prettier-ignore
  const northWest: Position[] = [
    [120.547, 31.4823], [120.54, 31.484], [120.532, 31.4846], [120.523, 31.4843], [120.515, 31.4828],
    [120.508, 31.4795], [120.502, 31.4745], [120.4975, 31.468], [120.494, 31.4608],
  ];
  const arc = meander(northWest, 0x1a4e, 2, 0.06).map(roundPosition);
  return { type: 'Polygon', coordinates: cleanPolygon([[...LAKE_SHORE, ...arc, LAKE_SHORE[0] as Position]]) };
}

// prettier-ignore
const RIVER_REACHES: Position[][] = [
  // South-west of the lake, towards 太湖.
  [[120.452, 31.428], [120.466, 31.4365], [120.479, 31.4452], [120.4925, 31.4572]],
  // North-east of the lake, outside the street along the Wuxi border.
  [[120.5155, 31.4828], [120.5262, 31.4985], [120.5378, 31.5102], [120.5512, 31.5168], [120.5655, 31.5205],
   [120.5778, 31.5312], [120.5858, 31.5392], [120.5962, 31.5495]],
];

// prettier-ignore
const CANALS: { name: string; nameEn: string; line: Position[] }[] = [
  { name: '永昌泾', nameEn: 'Yongchangjing', line: [[120.5752, 31.441], [120.5768, 31.4555], [120.5781, 31.4705], [120.5772, 31.4862], [120.5801, 31.5043]] },
  { name: '冶长泾', nameEn: 'Yezhangjing', line: [[120.541, 31.4915], [120.5565, 31.4898], [120.5713, 31.4905], [120.5872, 31.4878], [120.608, 31.4862]] },
  { name: '汤浜', nameEn: 'Tangbang', line: [[120.5832, 31.4541], [120.5925, 31.4562], [120.6003, 31.4603], [120.609, 31.4617]] },
  { name: '下堡港', nameEn: 'Xiabaogang', line: [[120.5362, 31.4652], [120.5455, 31.4628], [120.5552, 31.4652], [120.5638, 31.4642]] },
];

// prettier-ignore
const PONDS: { name: string; nameEn: string; centre: Position; rx: number; ry: number }[] = [
  { name: '卫星荡', nameEn: 'Weixingdang', centre: [120.5792, 31.5178], rx: 190, ry: 120 },
  { name: '上浜塘', nameEn: 'Shangbangtang', centre: [120.5538, 31.4948], rx: 150, ry: 105 },
  { name: '倪汇塘', nameEn: 'Nihuitang', centre: [120.5912, 31.4928], rx: 130, ry: 95 },
];

export function buildWater(boundary: Polygon, cells: CellRecord[]): WaterFeature[] {
  const nearBoundary = buffer(
    featureCollection([{ type: 'Feature', properties: {}, geometry: boundary }]),
    0.05,
    {
      units: 'kilometers',
    },
  )?.features[0]?.geometry as Area;
  const rng = rngFor('water/ponds');
  const ponds = PONDS.map((p) => {
    const geometry = makeBlob(
      {
        centre: p.centre,
        radiusXM: p.rx,
        radiusYM: p.ry,
        rotationDeg: rng.between(-40, 40),
        roughness: 0.15,
        vertices: 12,
      },
      rng,
    );
    // A pond lies in one basic cell: village ponds are not in parks or across cell edges.
    const cell = cells.find((c) => isInside(p.centre, c.area));
    if (!cell || cell.props.kind !== 'basic') throw new Error(`pond ${p.name} is not in a basic cell`);
    return {
      props: { name: p.name, nameEn: p.nameEn, kind: 'pond', estimated: true } as WaterProps,
      geometry,
    };
  });
  return [
    { props: { name: '漕湖', nameEn: 'Caohu Lake', kind: 'lake', estimated: true }, geometry: lakePolygon() },
    ...RIVER_REACHES.map((line) => ({
      props: { name: '望虞河', nameEn: 'Wangyu River', kind: 'river', estimated: true } as WaterProps,
      geometry: {
        type: 'LineString',
        coordinates: meander(line, 0x3e1, 1, 0.04).map(roundPosition),
      } as LineString,
    })),
    ...CANALS.flatMap((canal) =>
      clipLine(meander(canal.line, canal.name.charCodeAt(0), 2, 0.05), nearBoundary).map((coordinates) => ({
        props: { name: canal.name, nameEn: canal.nameEn, kind: 'canal', estimated: true } as WaterProps,
        geometry: { type: 'LineString', coordinates } as LineString,
      })),
    ),
    ...ponds,
  ];
}

/** Water surfaces (lake and ponds) that points such as enterprises must stay out of. */
export function waterSurfaces(water: WaterFeature[]): Polygon[] {
  return water.flatMap((w) => (w.geometry.type === 'Polygon' ? [w.geometry] : []));
}
