// Facts about the area, read from scripts/area/caohu-reference.json (a copy of the project's
// reference, kept in the repository so that the generator runs from it alone). The boundary
// edges are derived from OpenStreetMap data (© OpenStreetMap contributors, ODbL 1.0).
import type { Position } from 'geojson';
import reference from './caohu-reference.json' with { type: 'json' };

export const STREET = {
  code: reference.street.code,
  name: reference.street.name,
  nameEn: reference.street.nameEn,
  areaKm2: reference.street.areaKm2,
  population: reference.street.population,
} as const;

const edge = (coordinates: number[][]): readonly Position[] => coordinates;

/** Shared edge with 黄埭镇 (OSM relation 7763011), west to east. */
export const SOUTH_EDGE = edge(reference.knownEdges.south.coordinates);

/** Shared edge with Wuxi (outer ring of 相城区, OSM relation 4591881), south to north. */
export const WEST_NORTH_WEST_EDGE = edge(reference.knownEdges.westNorthWest.coordinates);

/** Probable south-east shore of 漕湖 (Caohu lake); the open water lies west of it. */
export const LAKE_SHORE = edge(reference.knownEdges.lakeShore.coordinates);

export const OSM_RELATIONS = { huangdai: 7763011, xiangchengOuter: 4591881 } as const;

/** The estimate of the street's centroid from the reference. */
export const ESTIMATED_CENTROID: Position = reference.estimate.centroid;

export const PUBLISHED_2021 = {
  enterprisesPassedLevel2StandardizationReview:
    reference.publishedFigures2021.enterprisesPassedLevel2StandardizationReview,
  rentedPlantsStandardized: reference.publishedFigures2021.rentedPlantsStandardized,
  residentialCompoundsWithClosurePlans: reference.publishedFigures2021.residentialCompoundsWithClosurePlans,
} as const;
