// Facts about the area, copied from shared/area/caohu-reference.json so that the generator runs
// from the repository alone. The two boundary edges are derived from OpenStreetMap data
// (© OpenStreetMap contributors, ODbL 1.0).
import type { Position } from 'geojson';

export const STREET = {
  code: '320507006',
  name: '漕湖街道',
  nameEn: 'Caohu Street',
  areaKm2: 47.6,
  population: 50_000,
} as const;

/** Shared edge with 黄埭镇 (OSM relation 7763011), west to east. */
// prettier-ignore
export const SOUTH_EDGE: readonly Position[] = [
  [120.5319, 31.4701], [120.534, 31.4642], [120.5359, 31.4545], [120.547, 31.4595], [120.5545, 31.459],
  [120.5518, 31.449], [120.561, 31.4469], [120.5702, 31.4433], [120.5834, 31.4385], [120.5937, 31.4368],
  [120.6033, 31.4386],
];

/** Shared edge with Wuxi (outer ring of 相城区, OSM relation 4591881), south to north. */
// prettier-ignore
export const WEST_NORTH_WEST_EDGE: readonly Position[] = [
  [120.5319, 31.4701], [120.5438, 31.4764], [120.55, 31.48], [120.5487, 31.4833], [120.5391, 31.4898],
  [120.5441, 31.4962], [120.5395, 31.5002], [120.5453, 31.503], [120.55, 31.5106], [120.5507, 31.5121],
  [120.5615, 31.5124], [120.5872, 31.533],
];

/** Probable south-east shore of 漕湖 (Caohu lake); the open water lies west of it. */
// prettier-ignore
export const LAKE_SHORE: readonly Position[] = [
  [120.4922, 31.4539], [120.5068, 31.46], [120.5113, 31.4655], [120.5199, 31.4702], [120.5264, 31.469],
  [120.5393, 31.4724], [120.55, 31.48],
];

export const OSM_RELATIONS = { huangdai: 7763011, xiangchengOuter: 4591881 } as const;

/** The estimate of the street's centroid from the reference. */
export const ESTIMATED_CENTROID: Position = [120.573, 31.475];

export const PUBLISHED_2021 = {
  enterprisesPassedLevel2StandardizationReview: 6,
  rentedPlantsStandardized: 12,
  residentialCompoundsWithClosurePlans: 14,
} as const;
