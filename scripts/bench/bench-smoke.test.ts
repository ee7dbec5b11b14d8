// The benchmarks run small in every test run, so they cannot rot: each must finish and measure
// something. Their figures are not judged here (budgets are not timed tests).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../e2e/support/browser';
import { benchBriefHistory } from './brief-history';
import { benchBrowser, canRunBrowser, describeBlocked, messagesInTasks, topPlaces } from './browser';
import { benchBundleSize, hasBuild } from './bundle-size';
import { benchCaseClocks } from './case-clocks';
import { benchCaseHeap } from './case-heap';
import { benchDeltaCodec } from './delta-codec';
import { benchCellLookup } from './cell-lookup';
import { benchIngest, benchStartup } from './event-log';
import { benchFeedLatency } from './feed-latency';
import { benchIncidentLayer } from './incident-layer';
import { benchLayerFrames, drawnFrameCosts } from './layer-frames';
import { benchLiveMaps } from './live-maps';
import { quantile, type BenchResult } from './measure';
import { benchPeople } from './people';
import { benchSnapshot } from './snapshot';
import { benchSocketMemory } from './socket-memory';

function expectMeasured(results: BenchResult[], rows = 2): void {
  expect(results.length).toBeGreaterThanOrEqual(rows); // the fast way and the naive way, where there is one
  for (const result of results) {
    expect(result.operations).toBeGreaterThan(0);
    expect(result.ms).toBeGreaterThan(0);
    expect(Number.isFinite(result.perSecond)).toBe(true);
  }
}

describe('benchmark smoke', { timeout: 60_000 }, () => {
  it('cell lookup agrees with turf and measures both', () => expectMeasured(benchCellLookup(2_000)));
  it('people: the point index agrees with the plain sort, and fixes are applied', () =>
    expectMeasured(benchPeople(200, 50, 2_000), 3));
  it('durable ingest measures batched and per-report commits', async () =>
    expectMeasured(await benchIngest(500)));
  it('start-up measures replay, checkpoint and snapshot?at=', async () =>
    expectMeasured(await benchStartup(2_000)));
  it('snapshot measures the served, revalidated and naive routes', async () =>
    expectMeasured(await benchSnapshot(50, 100)));
  it('live maps: a delta shared and copied, a shard copied two ways, a pass and lookups on both', async () =>
    expectMeasured(await benchLiveMaps(2_000, 10, 3), 8));
  it('the time-limit tick is measured moved on and afresh, for cases with and without limits', () =>
    expectMeasured(benchCaseClocks(500, 3), 8));
  it('case heap holds cases as decoded and with equal values shared, and reads both the same', () =>
    expectMeasured(benchCaseHeap(500, 2, 1)));
  it('delta codec encodes and decodes deltas and a snapshot with JSON and msgpack, and both read as sent', () =>
    expectMeasured(benchDeltaCodec(200, 1), 4));
  it('brief history weighs the events read in full, filtered and gzipped', async () =>
    expectMeasured(await benchBriefHistory(0.25, 1), 3));
  it('socket memory connects synced screens and reads the server heap', async () =>
    expectMeasured(await benchSocketMemory(20), 1));
  // Needs the client build (npm test builds first; a bare vitest run may not have one).
  it.skipIf(!hasBuild())('bundle size reads the build and splits app code from libraries', () =>
    expectMeasured(benchBundleSize()),
  );
  it.skipIf(!canRunBrowser())(
    'browser figures open the page and watch long tasks on the wall',
    { timeout: 120_000 },
    async () => {
      const rows = await benchBrowser({ opens: 1, seconds: 1, ratePerSecond: 200, page: '/wall' });
      expectMeasured(rows, 3);
      // A frame reaches the screen after its draw calls: the budgets are read at the screen.
      const at = (name: string) => rows.find((r) => r.name.startsWith(name))?.ms ?? NaN;
      expect(at('first basemap frame (the street) on screen')).toBeGreaterThan(at('  its draw calls'));
      expect(at('all layers with live data on screen')).toBeGreaterThan(at('  their draw calls'));
      // All layers: the later of deck.gl's layers and the basemap's complete frame, on screen.
      expect(at('all layers with live data on screen')).toBeGreaterThanOrEqual(at('  on screen'));
      expect(at('all layers with live data on screen')).toBeGreaterThanOrEqual(
        at("  deck.gl's layers on screen"),
      );
      expect(at('  on screen')).toBeGreaterThan(at('basemap complete'));
      // The street is opened empty and on a day with cases, which the page drew.
      const drawn = rows
        .map((r) => /cold open of \/wall, (.+) \((\d+) cases drawn\)/.exec(r.name))
        .filter(Boolean);
      expect(drawn.map((m) => m![1])).toContain('an empty street');
      expect(Math.max(...drawn.map((m) => Number(m![2])))).toBeGreaterThan(0);
      // The trace found the page's main thread busy, and counted its garbage collections (a
      // second's run may have none).
      const thread = rows
        .map((r) => /the main thread: busy ([\d.]+) s .* minor: \d+/.exec(r.name))
        .find(Boolean);
      expect(Number(thread?.[1])).toBeGreaterThan(0);
      // The page's DOM changed as the reports came (the ticker, the figures).
      const dom = rows
        .map((r) => /the page's DOM: (\d+) nodes .*, (\d+) attributes/.exec(r.name))
        .find(Boolean);
      expect(Number(dom?.[1]) + Number(dom?.[2])).toBeGreaterThan(0);
      expect(rows.some((r) => /the page's DOM: .*; most in: \.[\w-]+ \d+/.test(r.name))).toBe(true);
      // The page's 25 ms timer ran while the reports came.
      const timer = rows
        .map((r) => /the page's responsiveness: .* \((\d+) runs\)/.exec(r.name))
        .find(Boolean);
      expect(Number(timer?.[1])).toBeGreaterThan(0);
      // The page's heaps were sampled: JavaScript's and Blink's hold something.
      const heaps = rows
        .map((r) => /the page's heaps .*: JavaScript (\d+) MB .*; Blink (\d+) MB/.exec(r.name))
        .find(Boolean);
      expect(Number(heaps?.[1])).toBeGreaterThan(0);
      expect(Number(heaps?.[2])).toBeGreaterThan(0);
    },
  );
  it.skipIf(!canRunBrowser())(
    'layer frames show each layer alone and time the frames that drew',
    { timeout: 120_000 },
    async () => {
      const rows = await benchLayerFrames({ cases: 200, seconds: 1, ratePerSecond: 200 });
      expect(rows.map((r) => /^frames with (.+?), \d+ open cases/.exec(r.name)?.[1])).toEqual([
        'all layers',
        'no layer (the community names only)',
        ...['boundary', 'cells', 'enterprises', 'incidents', 'cameras'].map((l) => `${l} alone`),
      ]);
      expect(rows[0]!.name).toMatch(/, [1-9]\d* open cases/);
      expectMeasured(rows.slice(0, 1), 1); // the reports redraw the map with every layer shown
    },
  );
  it('a quantile is the item at ⌊q·n⌋ in order, and none of nothing', () => {
    expect(quantile([30, 10, 20], 0.5)).toBe(20);
    expect(quantile([5, 1, 4, 2, 3, 10, 9, 8, 7, 6], 0.99)).toBe(10);
    expect(quantile([5, 1, 4, 2, 3, 10, 9, 8, 7, 6], 0.9)).toBe(10);
    expect(quantile([5, 1, 4, 2, 3, 10, 9, 8, 7, 6], 0.5)).toBe(6);
    expect(quantile([], 0.5)).toBeNaN();
  });
  it('a frame that drew costs the time to the next frame', () =>
    expect(
      drawnFrameCosts({ at: [0, 17, 34, 150, 167, 180], drew: [false, true, true, false, true, false] }),
    ).toEqual([17, 116, 13]));
  it.skipIf(!fs.existsSync(CHROMIUM_PATH))(
    'incident layer times one case change with fixed slots and by rebuilding',
    { timeout: 120_000 },
    async () => expectMeasured(await benchIncidentLayer({ incidents: 2_000, changes: 5 })),
  );
  it('the browser run names the places whose DOM changed most, most first', () => {
    expect(topPlaces({ clock__time: 3, recent__list: 40, 'bar-row__bar': 7 })).toBe(
      '.recent__list 40, .bar-row__bar 7, .clock__time 3',
    );
    expect(topPlaces({})).toBe('nothing');
  });
  it('the browser run tells the time in long tasks and how late a timer ran', () => {
    const tasks: [number, number][] = [[0, 300], [1_000, 100]]; // prettier-ignore
    expect(describeBlocked(tasks, [0, 0, 1, 2, 50, 275], 2_000)).toBe(
      '0.4 s of 2 in long tasks (20 %); a 25 ms timer late by p50 2, p90 275, p99 275 ms (6 runs)',
    );
  });
  it('the browser run tells the messages read in long tasks, the largest and the snapshots', () => {
    const reading = messagesInTasks(
      [[0, 80], [200, 30], [300, 60]], // prettier-ignore
      [
        [10, 100, 'delta'],
        [20, 9_000, 'snapshot'],
        [210, 50, 'delta'],
        [500, 4_000, 'snapshot'],
        [510, 1, ''],
      ],
    );
    expect(reading).toEqual({
      long: 2,
      withMessages: 1,
      mostMessages: 2,
      mostBytes: 9_100,
      largest: 9_000,
      largestEvent: 'snapshot',
      snapshots: 2,
      snapshotBytes: 13_000,
      count: 5,
    });
  });
  it('feed latency times reports from the feed to the screens', async () =>
    expectMeasured(await benchFeedLatency({ screens: 10, sampled: 3, ratePerSecond: 50, seconds: 0.5 }), 1));
});
