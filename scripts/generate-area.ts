// Generates data/area/: boundary, communities, grid cells, enterprises, cameras, roads and water
// (GeoJSON, WGS84) and SOURCES.md. Deterministic: the same files on every run.
//   npx tsx scripts/generate-area.ts   (npm run data)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Polygon } from 'geojson';
import { AREA_FILES, type CommunityProps } from '../core/domain/area';
import { buildBoundary } from './area/boundary';
import { buildCameras } from './area/cameras';
import { buildCells } from './area/cells';
import { buildCommunityAreas } from './area/communities';
import { buildEnterprises } from './area/enterprises';
import type { Area } from './area/geometry';
import { featureCollectionText } from './area/output';
import { unionAreas } from './area/partition';
import { STREET } from './area/reference';
import { buildRoads } from './area/roads';
import { buildSourcesMarkdown } from './area/sources';
import { buildWater, waterSurfaces } from './area/water';

export const AREA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'area');

/** The contents of every file of data/area/, by file name. */
export function buildAreaFiles(): Record<string, string> {
  const boundary = buildBoundary();
  const communityAreas = buildCommunityAreas(boundary.polygon);
  const cells = buildCells(communityAreas);
  const town = communityAreas
    .filter((c) => c.def.kind === 'community')
    .map((c) => c.area)
    .reduce<Area | undefined>((acc, a) => (acc ? unionAreas(acc, a) : a), undefined);
  if (!town) throw new Error('no town centre');
  const water = buildWater(boundary.polygon, cells);
  const surfaces: Polygon[] = waterSurfaces(water);
  const enterprises = buildEnterprises(cells, surfaces);
  const cameras = buildCameras(cells, surfaces);
  const roads = buildRoads(boundary.polygon, town);

  const communities = communityAreas.map(({ def, area }) => {
    const code = STREET.code + def.number;
    const own = cells.filter((c) => c.props.communityCode === code);
    const properties: CommunityProps = {
      code,
      number: def.number,
      name: def.name,
      nameEn: def.nameEn,
      kind: def.kind,
      households: own.reduce((sum, c) => sum + c.props.households, 0),
      population: own.reduce((sum, c) => sum + c.props.population, 0),
    };
    return { properties, geometry: area };
  });

  const files: Record<string, string> = {
    [AREA_FILES.boundary]: featureCollectionText([
      {
        properties: {
          code: STREET.code,
          name: STREET.name,
          nameEn: STREET.nameEn,
          areaKm2: Math.round(boundary.areaKm2 * 1e4) / 1e4,
        },
        geometry: boundary.polygon,
      },
    ]),
    [AREA_FILES.communities]: featureCollectionText(communities),
    [AREA_FILES.cells]: featureCollectionText(cells.map((c) => ({ properties: c.props, geometry: c.area }))),
    [AREA_FILES.enterprises]: featureCollectionText(
      enterprises.map((e) => ({ properties: e.props, geometry: { type: 'Point', coordinates: e.point } })),
    ),
    [AREA_FILES.cameras]: featureCollectionText(
      cameras.map((c) => ({ properties: c.props, geometry: { type: 'Point', coordinates: c.point } })),
    ),
    [AREA_FILES.roads]: featureCollectionText(
      roads.map((r) => ({ properties: r.props, geometry: r.geometry })),
    ),
    [AREA_FILES.water]: featureCollectionText(
      water.map((w) => ({ properties: w.props, geometry: w.geometry })),
    ),
  };
  files['SOURCES.md'] = buildSourcesMarkdown({
    areaKm2: boundary.areaKm2,
    communities: communities.map((c) => c.properties),
    cells: cells.map((c) => c.props),
    enterprises: enterprises.map((e) => e.props),
    cameras: cameras.length,
    roads: roads.length,
    water: water.map((w) => w.props),
  });
  return files;
}

function main(): void {
  mkdirSync(AREA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(buildAreaFiles())) {
    writeFileSync(join(AREA_DIR, name), text);
    console.log(`${name.padEnd(22)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(7)} KB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
