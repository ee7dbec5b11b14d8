// Report → cell lookup: the Flatbush index with an exact test, against a loop of turf's
// booleanPointInPolygon over every cell (the naive way), on the same random points.
import { readFileSync } from 'node:fs';
import { bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { CellCollection } from '../../core/domain/area';
import { createCellIndex } from '../../core/geo/cell-index';
import { createRandom } from '../../core/random/seeded-random';
import { timeIt, type BenchResult } from './measure';

export function benchCellLookup(pointCount = 200_000): BenchResult[] {
  const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8')) as CellCollection;
  const [minX, minY, maxX, maxY] = bbox(cells);
  const rng = createRandom(7);
  const xs = new Float64Array(pointCount);
  const ys = new Float64Array(pointCount);
  for (let i = 0; i < pointCount; i++) {
    xs[i] = minX + (maxX - minX) * rng.next();
    ys[i] = minY + (maxY - minY) * rng.next();
  }

  const index = createCellIndex(cells);
  const indexed: (string | null)[] = [];
  const fast = timeIt('cell lookup: Flatbush + exact test', pointCount, () => {
    for (let i = 0; i < pointCount; i++) indexed[i] = index.lookup(xs[i]!, ys[i]!)?.code ?? null;
  });

  const naiveCount = Math.min(pointCount, 20_000);
  let disagreements = 0;
  const naive = timeIt('cell lookup: turf loop over all cells', naiveCount, () => {
    for (let i = 0; i < naiveCount; i++) {
      const p = point([xs[i]!, ys[i]!]);
      const hit = cells.features.find((cell) => booleanPointInPolygon(p, cell));
      if ((hit?.properties.code ?? null) !== indexed[i]) disagreements++;
    }
  });
  if (disagreements > 0) throw new Error(`index and turf disagree on ${disagreements} points`);
  return [
    { ...fast, budget: '≥ 1,000,000 /s', ok: fast.perSecond >= 1_000_000 },
    { ...naive, budget: 'naive', ok: true },
  ];
}
