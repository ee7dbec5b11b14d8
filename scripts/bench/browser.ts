// Browser figures from headless Chromium (software GL) against the production build
// (dist/server/main.js serving dist/client; `npm run build` first), read from the page's own
// instrumentation: the cold opens (cold-open.ts: the first frames' performance marks and the
// JavaScript fetched before the first frame), then long tasks from a PerformanceObserver while
// reports arrive through the HTTP feed, split by a Chromium trace into our work and the wait for
// the software rasteriser (main-thread-trace.ts). `performance` is the global one: the page's
// callbacks use the same name, and a module import would be rewritten inside them by vitest.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser, type Compositor } from '../../e2e/support/browser';
import { signInContext } from '../../e2e/support/accounts';
import { E2E_ADMIN, startServer, type RunningServer } from '../../e2e/support/server';
import { coldOpenRows, firstFrameJsRows, openCold, waitForDrawn, type ColdOpen } from './cold-open';
import { describeThread, startMainThreadTrace, summariseTasks } from './main-thread-trace';
import { describeHeaps, summariseHeaps, watchPageHeaps } from './page-heaps';
import { quantile, type BenchResult } from './measure';
import { feedReports } from './reports';

export const KEYS = Array.from({ length: 4 }, (_, i) => `bench-browser-key-${i}-0123456789`);

export function canRunBrowser(): boolean {
  return (
    fs.existsSync('dist/server/main.js') &&
    fs.existsSync('dist/client/index.html') &&
    fs.existsSync(CHROMIUM_PATH)
  );
}

/** When (page time), bytes, and the socket.io event ('delta', 'snapshot', …; '' for engine.io's own). */
export type BenchMessage = [number, number, string];

declare global {
  interface Window {
    /** Long tasks seen: start and duration (ms, page time). */
    __benchTasks?: [number, number][];
    /** WebSocket messages as the page dispatched them: when, their size in bytes, and their event. */
    __benchMessages?: BenchMessage[];
    /** How late each run of a 25 ms timer came: what a click or a message waits for the main thread. */
    __benchLate?: number[];
    /** The page's DOM changes: nodes added or removed, attributes and texts changed. */
    __benchDom?: { nodes: number; changes: number; byPlace: Record<string, number> };
  }
}

/** Before the page's own code: every long task, and every WebSocket message as it is dispatched. */
const WATCH_PAGE = `
  window.__benchTasks = [];
  window.__benchMessages = [];
  window.__benchDom = { nodes: 0, changes: 0, byPlace: {} };
  window.__benchLate = [];
  let due = performance.now() + 25;
  setInterval(() => {
    const now = performance.now();
    window.__benchLate.push(Math.max(0, now - due));
    due = now + 25;
  }, 25);
  // Where a change fell: the first class of the nearest element that has one.
  const placeOf = (node) => {
    let e = node.nodeType === 1 ? node : node.parentElement;
    while (e && !(typeof e.className === 'string' && e.className)) e = e.parentElement;
    return e ? e.className.split(' ')[0] : '(page)';
  };
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((list) => {
      const dom = window.__benchDom;
      for (const m of list) {
        const n = m.type === 'childList' ? m.addedNodes.length + m.removedNodes.length : 1;
        if (m.type === 'childList') dom.nodes += n;
        else dom.changes += 1;
        const place = placeOf(m.target);
        dom.byPlace[place] = (dom.byPlace[place] ?? 0) + n;
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const PageWebSocket = window.WebSocket;
  window.WebSocket = class extends PageWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const text = typeof e.data === 'string';
        const size = text ? e.data.length : (e.data.byteLength ?? e.data.size ?? 0);
        const event = text ? (/^4\\d*\\["([^"]+)"/.exec(e.data.slice(0, 40))?.[1] ?? '') : '';
        window.__benchMessages.push([performance.now(), size, event]);
      });
    }
  };
`;

/** What the WebSocket brought during the long tasks over 50 ms: is a task reading messages? */
export function messagesInTasks(tasks: [number, number][], messages: BenchMessage[]) {
  const long = tasks.filter(([, duration]) => duration > 50);
  let withMessages = 0;
  let mostMessages = 0;
  let mostBytes = 0;
  for (const [start, duration] of long) {
    const inside = messages.filter(([at]) => at >= start && at <= start + duration);
    if (inside.length > 0) withMessages += 1;
    mostMessages = Math.max(mostMessages, inside.length);
    mostBytes = Math.max(
      mostBytes,
      inside.reduce((sum, [, bytes]) => sum + bytes, 0),
    );
  }
  const largest = messages.reduce<BenchMessage>((max, m) => (m[1] > max[1] ? m : max), [0, 0, '']);
  const snapshots = messages.filter(([, , event]) => event === 'snapshot');
  return {
    long: long.length,
    withMessages,
    mostMessages,
    mostBytes,
    largest: largest[1],
    largestEvent: largest[2],
    snapshots: snapshots.length,
    snapshotBytes: snapshots.reduce((sum, [, bytes]) => sum + bytes, 0),
    count: messages.length,
  };
}

/**
 * The page's JavaScript CPU profile (`BENCH_PAGE_PROF=DIR`: where the long tasks' time goes) or
 * its allocation profile (`BENCH_PAGE_ALLOC=DIR`: which code allocates what the GC then collects,
 * sampled every 32 KB, garbage included).
 */
async function startPageProfile(
  page: Page,
  kind: 'cpu' | 'alloc',
): Promise<{ stopInto: (dir: string) => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  if (kind === 'cpu') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  } else {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 32 * 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  return {
    stopInto: async (dir) => {
      const profile =
        kind === 'cpu'
          ? (await cdp.send('Profiler.stop')).profile
          : (await cdp.send('HeapProfiler.stopSampling')).profile;
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `page-${Date.now()}.${kind === 'cpu' ? 'cpuprofile' : 'heapprofile'}`);
      fs.writeFileSync(file, JSON.stringify(profile));
      console.error(`page ${kind === 'cpu' ? 'CPU' : 'allocation'} profile: ${file}`);
      await cdp.detach();
    },
  };
}

async function longTaskRows(
  browser: Browser,
  url: string,
  o: { seconds: number; ratePerSecond: number; page: string },
  serverOutput: () => string,
): Promise<BenchResult[]> {
  // Long tasks while reports arrive: 10 requests a second, each with a tenth of a second's reports.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await signInContext(context, url, E2E_ADMIN.username, E2E_ADMIN.password);
  await context.addInitScript(WATCH_PAGE);
  const page = await context.newPage();
  let sockets = 0; // more than one: the page lost its connection and started over
  page.on('websocket', () => (sockets += 1));
  await page.goto(new URL(o.page, url).href);
  await waitForDrawn(page);
  if (process.env.BENCH_PAGE_CSS) await page.addStyleTag({ content: process.env.BENCH_PAGE_CSS });
  await page.waitForTimeout(1_000); // the start-up's last frames are measured above, not here
  const watching = await page.evaluate(() => {
    if (!window.__benchTasks || !window.__benchMessages || !window.__benchDom || !window.__benchLate)
      return false;
    window.__benchTasks.length = 0;
    window.__benchLate.length = 0;
    window.__benchMessages.length = 0;
    window.__benchDom = { nodes: 0, changes: 0, byPlace: {} };
    return true;
  });
  if (!watching) throw new Error('the page watch did not run (a script error?)');
  const trace = await startMainThreadTrace(browser);
  const heaps = await watchPageHeaps(page);
  const logFrom = serverOutput().length;
  const profileDir = process.env.BENCH_PAGE_PROF ?? process.env.BENCH_PAGE_ALLOC;
  const profile = profileDir
    ? await startPageProfile(page, process.env.BENCH_PAGE_PROF ? 'cpu' : 'alloc')
    : null;
  const { sent, ms } = await feedReports(url, KEYS, o);
  await page.waitForTimeout(500);
  const heapSamples = await heaps.stop();
  const seen = await page.evaluate(() => ({
    tasks: window.__benchTasks,
    messages: window.__benchMessages,
    dom: window.__benchDom,
    late: window.__benchLate,
  }));
  if (!seen.tasks || !seen.messages || !seen.dom || !seen.late)
    throw new Error('the page watch went missing');
  const dom = seen.dom;
  const observed = seen.tasks.map(([, duration]) => duration);
  const reading = messagesInTasks(seen.tasks, seen.messages);
  const traced = await trace.stop();
  const split = summariseTasks(traced.tasks);
  if (profile) await profile.stopInto(profileDir!);
  const events = socketEvents(serverOutput().slice(logFrom)); // before the page's own close
  await context.close();
  const longest = observed.length ? Math.max(...observed) : 0;
  const base = { operations: sent, ms, perSecond: (sent / ms) * 1000 };
  const what = `${sent} reports in ${(ms / 1000).toFixed(0)} s (${o.ratePerSecond}/s) on ${o.page}, ${sockets} socket${sockets === 1 ? '' : 's'}${events}`;
  return [
    {
      name: `long tasks as observed (PerformanceObserver), ${what}`,
      ...base,
      budget: `none over 50 ms: ${observed.length} long tasks, longest ${longest.toFixed(0)} ms`,
      ok: observed.every((d) => d <= 50),
    },
    {
      name: `  the page's responsiveness: ${describeBlocked(seen.tasks, seen.late, ms)}`,
      ...base,
      budget: 'no budget',
      ok: true,
    },
    {
      name: `  WebSocket messages: ${reading.count}, largest ${(reading.largest / 1024).toFixed(1)} KB (${reading.largestEvent || 'engine.io'}), snapshots ${reading.snapshots} (${(reading.snapshotBytes / 1024).toFixed(0)} KB); long tasks that dispatched some: ${reading.withMessages} of ${reading.long}, at most ${reading.mostMessages} messages (${(reading.mostBytes / 1024).toFixed(1)} KB) in one`,
      ...base,
      budget: 'no budget',
      ok: true,
    },
    {
      name: `  of which ours: the same less the wait for the software rasteriser (${(split.gpuWaitShare * 100).toFixed(0)} % of long-task time; trace saw ${split.observed.count}, longest ${split.observed.longest.toFixed(0)} ms)`,
      ...base,
      budget: `none over 50 ms: ${split.lessGpuWait.count} over, longest ${split.lessGpuWait.longest.toFixed(0)} ms`,
      ok: split.lessGpuWait.count === 0,
    },
    {
      name: '  of which ours, main-thread CPU time (not counting time the busy machine did not run it)',
      ...base,
      budget: `none over 50 ms: ${split.cpu.count} over, longest ${split.cpu.longest.toFixed(0)} ms`,
      ok: split.cpu.count === 0,
    },
    {
      name: `  the page's DOM: ${dom.nodes} nodes added or removed (${((dom.nodes / ms) * 1000).toFixed(0)}/s), ${dom.changes} attributes and texts changed (${((dom.changes / ms) * 1000).toFixed(0)}/s); most in: ${topPlaces(dom.byPlace)}`,
      ...base,
      budget: 'no budget',
      ok: true,
    },
    {
      name: `  the page's heaps (median, peak, and what their samples fell by: garbage let go): ${describeHeaps(summariseHeaps(heapSamples), ms / 1000)}`,
      ...base,
      budget: 'no budget',
      ok: true,
    },
    {
      name: `  the main thread: ${describeThread(traced.thread)}`,
      ...base,
      budget: 'no budget',
      ok: true,
    },
  ];
}

/** The share of the run inside long tasks, and how late a 25 ms timer ran (quantiles). */
export function describeBlocked(tasks: [number, number][], late: number[], ms: number): string {
  const inTasks = tasks.reduce((sum, [, duration]) => sum + duration, 0);
  const q = (p: number) => quantile(late, p).toFixed(0);
  return `${(inTasks / 1000).toFixed(1)} s of ${(ms / 1000).toFixed(0)} in long tasks (${((inTasks / ms) * 100).toFixed(0)} %); a 25 ms timer late by p50 ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)} ms (${late.length} runs)`;
}

/** The five places of the page whose DOM changed most, with their changes. */
export function topPlaces(byPlace: Record<string, number>): string {
  const top = Object.entries(byPlace)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  return top.length ? top.map(([place, n]) => `.${place} ${n}`).join(', ') : 'nothing';
}

/** Why the page's sockets closed, and snapshots sent for lack of retention, from the server's log. */
export function socketEvents(log: string): string {
  const reasons = [...log.matchAll(/disconnected: (.+)$/gm)].map((m) => m[1]!);
  const snapshots = [...log.matchAll(/past the retention: snapshot/g)].length;
  const parts = [
    ...reasons,
    ...(snapshots > 0 ? [`${snapshots} catch-up snapshot${snapshots === 1 ? '' : 's'}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/**
 * Runs `measure` against the production server (with the bench's feed keys) and a browser, and
 * marks every row when the frames are composited in the GPU process.
 */
export async function withBenchBrowser(
  compositor: Compositor | undefined,
  measure: (server: RunningServer, browser: Browser) => Promise<BenchResult[]>,
): Promise<BenchResult[]> {
  const server = await startServer({ FEED_KEYS: KEYS.map((k, i) => `b${i}:${k}`).join(',') });
  const browser = await launchBrowser({ compositor });
  try {
    const rows = await measure(server, browser);
    if (compositor !== 'gpu-process') return rows;
    // Not the budget's setting (that is every test's `--disable-gpu`): say so on every row.
    return rows.map((r) => ({ ...r, name: `[compositor in the GPU process] ${r.name}` }));
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** What a wall finds when it opens on an ordinary day: the built-in simulator's backfill, one seed. */
const STREET_DAY = { SIMULATOR: 'on', SIMULATOR_SEED: '7' };

export function benchBrowser(o: {
  opens: number;
  seconds: number;
  ratePerSecond: number;
  /** The page opened cold and watched while reports arrive: `/` (the overview) or `/wall`. */
  page: string;
  /** Where frames are composited (e2e/support/browser.ts); `software` unless given. */
  compositor?: Compositor;
}): Promise<BenchResult[]> {
  return withBenchBrowser(o.compositor, async (server, browser) => {
    const coldOpens = async (url: string) => {
      const opens: ColdOpen[] = [];
      for (let i = 0; i < o.opens; i++) opens.push(await openCold(browser, url, o.page));
      return opens;
    };
    const empty = await coldOpens(server.url);
    const day = await startServer(STREET_DAY);
    const dayOpens = await coldOpens(day.url).finally(() => day.stop());
    return [
      ...coldOpenRows(empty, o.page, 'an empty street'),
      ...firstFrameJsRows(empty[0]!),
      ...coldOpenRows(dayOpens, o.page, "a day of the street (the simulator's last 12 hours)"),
      ...(await longTaskRows(browser, server.url, o, server.output)),
    ];
  });
}
