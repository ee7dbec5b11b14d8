// Where simulated things happen: cells by the kind of community they lie in, random points
// inside a cell (rejection sampling), cameras and enterprises from the area data.
import pointInPolygon from 'point-in-polygon-hao';
import type { Position } from 'geojson';
import type { CameraProps, CellProps, CommunityKind, EnterpriseProps } from '../../../core/domain/area';
import type { LonLat } from '../../../core/domain/model';
import type { CellIndex } from '../../../core/geo/cell-index';
import type { Area } from '../area/load-area';
import type { Random } from '../../../core/random/seeded-random';

export interface SimCell {
  props: CellProps;
  communityKind: CommunityKind;
  polygons: Position[][][];
  bbox: [number, number, number, number];
}

export interface Places {
  cells: SimCell[];
  residential: SimCell[]; // basic cells in communities (compounds)
  village: SimCell[]; // basic cells in villages
  cameras: { props: CameraProps; at: LonLat }[];
  enterprises: { props: EnterpriseProps; at: LonLat }[];
  index: CellIndex;
}

function bboxOf(polygons: Position[][][]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      b[0] = Math.min(b[0], x as number);
      b[1] = Math.min(b[1], y as number);
      b[2] = Math.max(b[2], x as number);
      b[3] = Math.max(b[3], y as number);
    }
  }
  return b;
}

export function preparePlaces(area: Area, index: CellIndex): Places {
  const kindOf = new Map(area.communities.features.map((f) => [f.properties.code, f.properties.kind]));
  const cells: SimCell[] = area.cells.features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return {
      props: f.properties,
      communityKind: kindOf.get(f.properties.communityCode) ?? 'community',
      polygons,
      bbox: bboxOf(polygons),
    };
  });
  const basic = cells.filter((c) => c.props.kind === 'basic');
  const residential = basic.filter((c) => c.communityKind === 'community');
  const village = basic.filter((c) => c.communityKind === 'village');
  const lonLat = (p: Position): LonLat => ({ lon: p[0] as number, lat: p[1] as number });
  return {
    cells,
    residential: residential.length ? residential : basic.length ? basic : cells,
    village: village.length ? village : basic.length ? basic : cells,
    cameras: area.cameras.features.map((f) => ({ props: f.properties, at: lonLat(f.geometry.coordinates) })),
    enterprises: area.enterprises.features.map((f) => ({
      props: f.properties,
      at: lonLat(f.geometry.coordinates),
    })),
    index,
  };
}

function inside(point: Position, polygons: Position[][][]): boolean {
  return polygons.some((rings) => pointInPolygon(point, rings) === true);
}

/** A uniform random point strictly inside the cell (rejection sampling in its box). */
export function randomPointInCell(cell: SimCell, random: Random): LonLat {
  const [x0, y0, x1, y1] = cell.bbox;
  for (let i = 0; i < 200; i++) {
    const p = [random.between(x0, x1), random.between(y0, y1)];
    if (inside(p, cell.polygons)) return { lon: p[0] as number, lat: p[1] as number };
  }
  // A sliver of a cell: fall back to the middle of its first edge's neighbourhood.
  const ring = cell.polygons[0]?.[0] ?? [];
  const a = ring[0] ?? [x0, y0];
  const b = ring[Math.floor(ring.length / 2)] ?? [x1, y1];
  return { lon: ((a[0] as number) + (b[0] as number)) / 2, lat: ((a[1] as number) + (b[1] as number)) / 2 };
}
