// Loads the static area data the server needs from AREA_DIR: grid cells (the cell index),
// enterprises (status and inspections), cameras and communities (the simulator).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  AREA_FILES,
  type CameraCollection,
  type CellCollection,
  type CommunityCollection,
  type EnterpriseCollection,
} from '../../../core/domain/area';

export interface Area {
  dir: string;
  cells: CellCollection;
  enterprises: EnterpriseCollection;
  cameras: CameraCollection;
  communities: CommunityCollection;
}

export class AreaDataError extends Error {
  override name = 'AreaDataError';
}

const position = z.array(z.number().finite()).min(2);
const ring = z.array(position).min(4);
const polygonal = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const pointGeometry = z.object({ type: z.literal('Point'), coordinates: position });

const collection = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.looseObject({ type: z.literal('Feature'), geometry, properties })),
  });

const schemas = {
  cells: collection(
    polygonal,
    z.looseObject({
      code: z.string().min(1),
      communityCode: z.string().min(1),
      kind: z.enum(['basic', 'dedicated']),
    }),
  ),
  enterprises: collection(
    pointGeometry,
    z.looseObject({ id: z.string().min(1), risk: z.enum(['red', 'orange', 'yellow', 'blue']) }),
  ),
  cameras: collection(pointGeometry, z.looseObject({ id: z.string().min(1), detects: z.array(z.string()) })),
  communities: collection(
    polygonal,
    z.looseObject({ code: z.string().min(1), kind: z.enum(['community', 'village']) }),
  ),
};

function readCollection(dir: string, key: keyof typeof schemas, required: boolean): unknown {
  const file = path.join(dir, AREA_FILES[key]);
  if (!fs.existsSync(file)) {
    if (required)
      throw new AreaDataError(
        `${file} is missing: generate the area data first (npm run data) or set AREA_DIR`,
      );
    return { type: 'FeatureCollection', features: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AreaDataError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schemas[key].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AreaDataError(
      `${file} does not look like ${key} data: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return json;
}

/** Cells and enterprises are required; cameras and communities only feed the simulator. */
export function loadArea(dir: string): Area {
  return {
    dir,
    cells: readCollection(dir, 'cells', true) as CellCollection,
    enterprises: readCollection(dir, 'enterprises', true) as EnterpriseCollection,
    cameras: readCollection(dir, 'cameras', false) as CameraCollection,
    communities: readCollection(dir, 'communities', false) as CommunityCollection,
  };
}
