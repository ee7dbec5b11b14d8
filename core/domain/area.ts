// Shapes of the area data in data/area/. The files are GeoJSON FeatureCollections in WGS84;
// these are the `properties` of their features. Client, server and the generator share them.
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

export const STREET_CODE = '320507006';

export type CommunityKind = 'community' | 'village';
export type CellKind = 'basic' | 'dedicated';
/** What a dedicated cell covers. */
export type DedicatedFor = 'enterprise-park' | 'school';
export type RiskColour = 'red' | 'orange' | 'yellow' | 'blue';
export type StandardizationGrade = '1' | '2' | '3' | 'small' | 'none';

export interface BoundaryProps {
  code: string; // 320507006
  name: string; // 漕湖街道
  nameEn: string;
  areaKm2: number; // geodesic area of the polygon
}

export interface CommunityProps {
  code: string; // 12 digits: street code + 3-digit community number
  number: string; // the 3-digit community number, "001".."008"
  name: string;
  nameEn: string;
  kind: CommunityKind;
  households: number;
  population: number;
}

export interface GridWorker {
  id: string; // "GW" + cell code, plus "-2" for a second worker
  name: string;
  phone: string;
}

export interface CellProps {
  code: string; // 15 digits: street code + community number + 3-digit cell number
  communityCode: string;
  name: string; // e.g. 漕湖花园一社区第3网格 / 漕湖学校专属网格
  nameEn: string; // e.g. Caohu Garden Community No. 1, cell 3 / Caohu School cell
  kind: CellKind;
  dedicatedFor?: DedicatedFor;
  workers: GridWorker[];
  households: number;
  population: number;
}

/** Fire-safety venue categories of the "9+1" campaign where an enterprise is one. */
export type FireVenueCategory =
  | 'small-workshop' // 小生产加工
  | 'small-warehouse' // 小仓储
  | 'small-shop' // 小商店
  | 'small-restaurant' // 小餐饮
  | 'small-hotel' // 小旅馆
  | 'small-entertainment' // 小歌舞娱乐
  | 'small-clinic' // 小医疗
  | 'small-school' // 小学校（培训）
  | 'small-elderly-care' // 小养老
  | 'rental-housing'; // 出租房（群租）

export interface EnterpriseProps {
  id: string; // "E0001"
  creditCode: string; // 18 characters, GB 32100 check character
  name: string;
  industry: string; // Chinese industry name, e.g. 汽车零部件制造
  cellCode: string;
  communityCode: string;
  risk: RiskColour;
  standardization: StandardizationGrade;
  rentedPlant: boolean;
  rentedPlantStandardized: boolean; // 标准化出租厂房 (only where rentedPlant)
  fireVenue: FireVenueCategory | null;
  park: string | null; // name of the enterprise park it stands in
  named: boolean; // one of the enterprises named in public sources
}

export interface CameraProps {
  id: string; // "CAM001"
  name: string;
  nameEn: string;
  cellCode: string;
  communityCode: string;
  detects: string[]; // incident category ids it recognises
}

export type RoadClass = 'expressway' | 'primary' | 'secondary' | 'tertiary' | 'residential';
export interface RoadProps {
  name: string;
  /** The name in pinyin, for the English map. */
  nameEn: string;
  class: RoadClass;
  estimated: boolean;
}

export interface WaterProps {
  name: string;
  /** The name in pinyin, for the English map. */
  nameEn: string;
  kind: 'lake' | 'river' | 'canal' | 'pond';
  estimated: boolean;
}

export type BoundaryCollection = FeatureCollection<Polygon, BoundaryProps>;
export type CommunityCollection = FeatureCollection<Polygon | MultiPolygon, CommunityProps>;
export type CellCollection = FeatureCollection<Polygon | MultiPolygon, CellProps>;
export type EnterpriseCollection = FeatureCollection<Point, EnterpriseProps>;
export type CameraCollection = FeatureCollection<Point, CameraProps>;
export type RoadCollection = FeatureCollection<LineString, RoadProps>;
export type WaterCollection = FeatureCollection<Polygon | MultiPolygon | LineString, WaterProps>;
export type CellFeature = Feature<Polygon | MultiPolygon, CellProps>;

/** File names under data/area/ (served at /data/area/<file>). */
export const AREA_FILES = {
  boundary: 'boundary.geojson',
  communities: 'communities.geojson',
  cells: 'grid-cells.geojson',
  enterprises: 'enterprises.geojson',
  cameras: 'cameras.geojson',
  roads: 'roads.geojson',
  water: 'water.geojson',
} as const;
export type AreaFileKey = keyof typeof AREA_FILES;
