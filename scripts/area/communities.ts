// The eight communities: three residential communities sharing an estimated town centre in the
// south of the street, and five villages sharing the rest. Polygons are estimates (not public).
import type { Polygon, Position } from 'geojson';
import type { CommunityKind } from '../../core/domain/area';
import { meanderSharedEdges } from './edges';
import type { Area } from './geometry';
import { intersectAreas, relaxSeeds, subtractArea, voronoiPartition } from './partition';
import { rngFor } from './random';
import { makeBlob } from './shapes';

export interface CommunityDef {
  number: string;
  name: string;
  nameEn: string;
  kind: CommunityKind;
  /** Where the Voronoi seed starts (lon/lat) before relaxation. */
  seed: Position;
}

// Residential communities first, so they are 001-003.
// prettier-ignore
export const COMMUNITY_DEFS: readonly CommunityDef[] = [
  { number: '001', name: '漕湖花园一社区', nameEn: 'Caohu Garden Community No. 1', kind: 'community', seed: [120.566, 31.461] },
  { number: '002', name: '漕湖花园二社区', nameEn: 'Caohu Garden Community No. 2', kind: 'community', seed: [120.58, 31.459] },
  { number: '003', name: '永昌泾社区', nameEn: 'Yongchangjing Community', kind: 'community', seed: [120.574, 31.469] },
  { number: '004', name: '卫星村', nameEn: 'Weixing Village', kind: 'village', seed: [120.574, 31.512] },
  { number: '005', name: '汤浜村', nameEn: 'Tangbang Village', kind: 'village', seed: [120.594, 31.456] },
  { number: '006', name: '下堡村', nameEn: 'Xiabao Village', kind: 'village', seed: [120.549, 31.466] },
  { number: '007', name: '上浜村', nameEn: 'Shangbang Village', kind: 'village', seed: [120.556, 31.493] },
  { number: '008', name: '倪汇村', nameEn: 'Nihui Village', kind: 'village', seed: [120.591, 31.488] },
];

/** The estimated built-up town centre that the three residential communities share. */
export function townCentre(boundary: Polygon): Area {
  const blob = makeBlob(
    {
      centre: [120.5735, 31.4628],
      radiusXM: 1450,
      radiusYM: 1100,
      rotationDeg: 15,
      roughness: 0.2,
      vertices: 14,
    },
    rngFor('communities/town'),
  );
  const town = intersectAreas(boundary, blob);
  if (!town) throw new Error('town centre outside the boundary');
  return town;
}

export interface CommunityArea {
  def: CommunityDef;
  area: Area;
}

/** Partition the boundary into the eight community areas (same order as COMMUNITY_DEFS). */
export function buildCommunityAreas(boundary: Polygon): CommunityArea[] {
  const town = townCentre(boundary);
  const rural = subtractArea(boundary, town);
  if (!rural) throw new Error('no rural area left');
  const residential = COMMUNITY_DEFS.filter((d) => d.kind === 'community');
  const villages = COMMUNITY_DEFS.filter((d) => d.kind === 'village');
  const rng = rngFor('communities/seeds');
  const townSeeds = relaxSeeds(
    town,
    residential.map((d) => d.seed),
    rng,
    10,
  );
  // Villages keep their hand-placed seeds, relaxed only a little so each keeps its side of the map.
  const villageSeeds = relaxSeeds(
    rural,
    villages.map((d) => d.seed),
    rng,
    2,
  );
  const townParts = voronoiPartition(town, townSeeds);
  const villageParts = voronoiPartition(rural, villageSeeds);
  const areas = meanderSharedEdges([...townParts, ...villageParts], {
    minLengthM: 150,
    amplitude: 0.07,
    levels: 3,
  });
  return [...residential, ...villages].map((def, i) => ({ def, area: areas[i] as Area }));
}
