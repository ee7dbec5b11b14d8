// `npm run bench [-- NAME…]`: runs the benchmarks (all, or those whose name contains NAME) and
// prints one table. `--smoke` runs them small so CI can check that they still work.
import { benchBriefHistory } from './brief-history';
import { benchBrowser } from './browser';
import { benchBundleSize } from './bundle-size';
import { benchCaseClocks } from './case-clocks';
import { benchCaseHeap } from './case-heap';
import { benchDeltaCodec } from './delta-codec';
import { benchCellLookup } from './cell-lookup';
import { benchIngest, benchStartup } from './event-log';
import { benchFeedLatency } from './feed-latency';
import { benchIncidentLayer } from './incident-layer';
import { benchLayerFrames } from './layer-frames';
import { benchLiveMaps } from './live-maps';
import { printTable, type BenchResult } from './measure';
import { benchPeople } from './people';
import { benchSnapshot } from './snapshot';
import { benchSocketMemory } from './socket-memory';

const smoke = process.argv.includes('--smoke');
/** `--NAME=N`: a positive number, or undefined when not given. */
/** `--NAME=VALUE`: the value, or undefined when not given. */
function stringOption(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
function numberOption(name: string): number | undefined {
  const arg = stringOption(name);
  if (arg === undefined) return undefined;
  const value = Number(arg);
  if (!(value > 0)) throw new Error(`--${name} wants a positive number, not ${arg}`);
  return value;
}
/** `--seconds=600`: how long the browser's long-task run lasts (60 s by default; the budget is 10 min). */
const seconds = numberOption('seconds') ?? 60;
/** `--page=/wall`: the page the cold opens and the long-task run take (the overview, `/`, by default). */
const page = stringOption('page') ?? '/';
/** `--compositor=gpu-process`: the browser run with its frames composited in the GPU process. */
const compositor = stringOption('compositor');
if (compositor !== undefined && compositor !== 'software' && compositor !== 'gpu-process')
  throw new Error(`--compositor wants software or gpu-process, not ${compositor}`);
const names = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const benches: Record<string, () => BenchResult[] | Promise<BenchResult[]>> = {
  'cell-lookup': () => benchCellLookup(smoke ? 2_000 : 200_000),
  people: () => (smoke ? benchPeople(200, 50, 2_000) : benchPeople(5_000, 2_000, 100_000)),
  'durable-ingest': () => benchIngest(smoke ? 500 : 20_000),
  'startup-100k': () => benchStartup(smoke ? 2_000 : 100_000),
  'startup-1m': () => benchStartup(smoke ? 4_000 : 1_000_000),
  'socket-memory': () => benchSocketMemory(smoke ? 20 : 1_000),
  'feed-latency': () =>
    benchFeedLatency(
      smoke
        ? { screens: 10, sampled: 3, ratePerSecond: 50, seconds: 0.5 }
        : { screens: 1_000, sampled: 20, ratePerSecond: 200, seconds: 10, tickMs: numberOption('tick') }, // --tick=50: the server's TICK_MS
    ),
  'bundle-size': () => benchBundleSize(), // reads dist/client: `npm run build:client` first
  // Needs `npm run build` (the production server and client) and /usr/bin/chromium.
  browser: () =>
    benchBrowser(
      smoke
        ? { opens: 1, seconds: 1, ratePerSecond: 200, page, compositor }
        : { opens: numberOption('opens') ?? 3, seconds, ratePerSecond: 200, page, compositor }, // --opens=8: cold opens to take the median of
    ),
  // The frame with each layer alone (needs the build and Chromium, as `browser`); --phase-seconds=N.
  'layer-frames': () =>
    benchLayerFrames(
      smoke
        ? { cases: 200, seconds: 0.5, ratePerSecond: 200, compositor }
        : { cases: 4_000, seconds: numberOption('phase-seconds') ?? 10, ratePerSecond: 200, compositor },
    ),
  // Builds a page of its own (Vite) and needs /usr/bin/chromium.
  'incident-layer': () =>
    benchIncidentLayer(smoke ? { incidents: 2_000, changes: 5 } : { incidents: 100_000, changes: 50 }),
  'live-maps': () => (smoke ? benchLiveMaps(2_000, 10, 3) : benchLiveMaps(50_000, 10, 50)),
  'case-heap': () => (smoke ? benchCaseHeap(500, 2) : benchCaseHeap(50_000, 15)),
  'delta-codec': () => (smoke ? benchDeltaCodec(200, 1) : benchDeltaCodec(50_000, 5)),
  'case-clocks': () => (smoke ? benchCaseClocks(500, 3) : benchCaseClocks(50_000, 20)),
  'brief-history': () => benchBriefHistory(smoke ? 0.25 : 30, smoke ? 1 : 3),
  snapshot: () => (smoke ? benchSnapshot(50, 100) : benchSnapshot(3_000, 5_000)),
};

const chosen = Object.keys(benches).filter(
  (name) => names.length === 0 || names.some((n) => name.includes(n)),
);
if (chosen.length === 0) {
  console.error(`no benchmark matches ${names.join(', ')}; there are: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
const results: BenchResult[] = [];
for (const name of chosen) results.push(...(await benches[name]!()));
printTable(results);
