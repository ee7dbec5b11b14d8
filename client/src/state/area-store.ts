// The static area data (boundary, communities, cells, enterprises, cameras, roads, water), loaded
// once at start, with the look-ups the panels need.
import { create } from 'zustand';
import type { Feature, Point } from 'geojson';
import type {
  BoundaryCollection,
  CameraCollection,
  CameraProps,
  CellCollection,
  CellFeature,
  CommunityCollection,
  CommunityProps,
  EnterpriseCollection,
  EnterpriseProps,
  RiskColour,
  RoadCollection,
  WaterCollection,
} from '../../../core/domain/area';

export interface AreaData {
  boundary: BoundaryCollection;
  communities: CommunityCollection;
  cells: CellCollection;
  enterprises: EnterpriseCollection;
  cameras: CameraCollection;
  roads: RoadCollection;
  water: WaterCollection;
}

export interface AreaIndex extends AreaData {
  communityByCode: ReadonlyMap<string, CommunityProps>;
  cellByCode: ReadonlyMap<string, CellFeature>;
  enterpriseById: ReadonlyMap<string, Feature<Point, EnterpriseProps>>;
  cameraById: ReadonlyMap<string, Feature<Point, CameraProps>>;
  riskById: ReadonlyMap<string, RiskColour>;
  /** [west, south, east, north] of the street boundary. */
  bounds: [number, number, number, number];
}

export function boundsOf(boundary: BoundaryCollection): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const feature of boundary.features) {
    for (const ring of feature.geometry.coordinates) {
      for (const [lon = 0, lat = 0] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  // The reference estimate, should the file be empty.
  return Number.isFinite(west) ? [west, south, east, north] : [120.53, 31.435, 120.61, 31.515];
}

export function indexArea(data: AreaData): AreaIndex {
  return {
    ...data,
    communityByCode: new Map(data.communities.features.map((f) => [f.properties.code, f.properties])),
    cellByCode: new Map(data.cells.features.map((f) => [f.properties.code, f])),
    enterpriseById: new Map(data.enterprises.features.map((f) => [f.properties.id, f])),
    cameraById: new Map(data.cameras.features.map((f) => [f.properties.id, f])),
    riskById: new Map(data.enterprises.features.map((f) => [f.properties.id, f.properties.risk])),
    bounds: boundsOf(data.boundary),
  };
}

export type AreaStatus = 'loading' | 'ready' | 'error';

export interface AreaStore {
  status: AreaStatus;
  area: AreaIndex | null;
  setArea: (data: AreaData) => void;
  setFailed: () => void;
}

export const useAreaStore = create<AreaStore>()((set) => ({
  status: 'loading',
  area: null,
  setArea: (data) => set({ status: 'ready', area: indexArea(data) }),
  setFailed: () => set((s) => ({ status: s.area ? 'ready' : 'error' })),
}));
