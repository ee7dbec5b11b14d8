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

/**
 * `count` reports; report i gets sourceRef `${prefix}-${i}`. With `cycle`, report i takes the
 * place and category of report i % cycle, so that it merges into the case that one opened.
 */
export function reportsOverCells(count: number, prefix: string, offset = 0, cycle = Infinity): BenchReport[] {
  const all = pointsInCells();
  return Array.from({ length: count }, (_, j) => {
    const i = j + offset;
    const k = i % cycle;
    const [lon, lat] = all[k % all.length]!;
    return {
      source: 'camera',
      sourceRef: `${prefix}-${i}`,
      category: CATEGORY_IDS[k % CATEGORY_IDS.length]!,
      at: new Date().toISOString(),
      location: { lon, lat },
    };
  });
}

/**
 * Posts reports through the HTTP feed at `ratePerSecond` for `seconds`: ten requests a second, each
 * a tenth of a second's reports, over the feed keys in turn, each waited for. Throws on a non-200.
 */
export async function feedReports(
  url: string,
  keys: readonly string[],
  o: { seconds: number; ratePerSecond: number; offset?: number; cycle?: number },
): Promise<{ sent: number; ms: number }> {
  const perRequest = Math.max(1, Math.round(o.ratePerSecond / 10));
  const requests = Math.round(o.seconds * 10);
  const offset = o.offset ?? 0;
  const started = performance.now();
  let sent = 0;
  for (let i = 0; i < requests; i++) {
    const wait = started + i * 100 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const res = await fetch(`${url}/api/v1/feeds/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[i % keys.length]}` },
      body: JSON.stringify(reportsOverCells(perRequest, `BR${Date.now()}`, offset + i * perRequest, o.cycle)),
    });
    if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${await res.text()}`);
    sent += perRequest;
  }
  return { sent, ms: performance.now() - started };
}
