// Valid incident reports spread over the street's cells (a grid of points about 120 m apart, the
// categories in turn), so that most of them open a case of their own rather than merging.
import { bbox } from '@turf/turf';
import { CATEGORY_IDS } from '../../core/domain/categories';
import { createCellIndex } from '../../core/geo/cell-index';
import { loadArea } from '../../server/src/area/load-area';

let points: [number, number][] | null = null;

function pointsInCells(): [number, number][] {
  if (points) return points;
  const area = loadArea('data/area');
  const cells = createCellIndex(area.cells);
  const [west, south, east, north] = bbox(area.cells);
  points = [];
  for (let lat = south; lat < north; lat += 0.0011) {
    for (let lon = west; lon < east; lon += 0.0013) {
      if (cells.lookup(lon, lat)) points.push([lon, lat]);
    }
  }
  return points;
}

export interface BenchReport {
  source: 'camera';
  sourceRef: string;
  category: string;
  at: string;
  location: { lon: number; lat: number };
  description?: string;
}

/** `count` reports; report i gets sourceRef `${prefix}-${i}`. */
export function reportsOverCells(count: number, prefix: string, offset = 0): BenchReport[] {
  const all = pointsInCells();
  return Array.from({ length: count }, (_, j) => {
    const i = j + offset;
    const [lon, lat] = all[i % all.length]!;
    return {
      source: 'camera',
      sourceRef: `${prefix}-${i}`,
      category: CATEGORY_IDS[i % CATEGORY_IDS.length]!,
      at: new Date().toISOString(),
      location: { lon, lat },
    };
  });
}
