// Which grid cell a point lies in: Flatbush over the cells' bounding boxes, then an exact
// point-in-polygon test (robust predicates; points on an edge are reported as such).
import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import type { Position } from 'geojson';
import type { CellCollection, CellProps } from '../domain/area';

export interface CellIndex {
  /** The cell containing the point; on a shared edge or vertex the lowest code wins; null outside. */
  lookup(lon: number, lat: number): CellProps | null;
  readonly size: number;
}

interface IndexedCell {
  props: CellProps;
  polygons: Position[][][];
}

/** true = inside, 0 = on the boundary, false = outside; for a polygon with holes or a multipolygon. */
function locate(point: Position, polygons: Position[][][]): boolean | 0 {
  let onEdge = false;
  for (const rings of polygons) {
    const result = pointInPolygon(point, rings);
    if (result === true) return true;
    if (result === 0) onEdge = true;
  }
  return onEdge ? 0 : false;
}

export function createCellIndex(cells: CellCollection): CellIndex {
  // Sorted by code so that "first match" means "lowest code".
  const items: IndexedCell[] = cells.features
    .map((f) => ({
      props: f.properties,
      polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    }))
    .sort((a, b) => (a.props.code < b.props.code ? -1 : a.props.code > b.props.code ? 1 : 0));
  if (items.length === 0) return { lookup: () => null, size: 0 };

  const index = new Flatbush(items.length);
  for (const item of items) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const rings of item.polygons) {
      for (const [x, y] of rings[0] ?? []) {
        minX = Math.min(minX, x as number);
        minY = Math.min(minY, y as number);
        maxX = Math.max(maxX, x as number);
        maxY = Math.max(maxY, y as number);
      }
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();

  return {
    size: items.length,
    lookup(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
      const candidates = index.search(lon, lat, lon, lat).sort((a, b) => a - b);
      let onEdgeOf: IndexedCell | null = null;
      for (const i of candidates) {
        const item = items[i] as IndexedCell;
        const where = locate([lon, lat], item.polygons);
        // Strictly inside wins over an edge (only possible with overlapping data).
        if (where === true) return item.props;
        if (where === 0 && onEdgeOf === null) onEdgeOf = item;
      }
      return onEdgeOf?.props ?? null;
    },
  };
}
