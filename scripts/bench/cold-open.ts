// The cold open of a page: a new browser context (an empty cache) signed in, the page opened, and
// the performance marks that client/src/map/first-frames.ts and map-controller.ts set on its first
// frames read, with the JavaScript fetched before the first frame (resource timing). The budgets
// are read when a frame has reached the screen (`caohu:…-shown`), not at its draw calls
// (`caohu:…-drawn`). `performance` is the global one: the page's callbacks use the same name, and
// a module import would be rewritten inside them by vitest.
import type { Browser, Page } from 'playwright-core';
import { signInContext } from '../../e2e/support/accounts';
import { E2E_ADMIN } from '../../e2e/support/server';
import { measureFiles, sizeRows } from './bundle-size';
import { quantile, type BenchResult } from './measure';
import type {} from '../../client/src/state/test-hook'; // window.__caohu

const MARKS = [
  'caohu:basemap-drawn',
  'caohu:basemap-shown',
  'caohu:basemap-complete',
  'caohu:basemap-complete-shown',
  'caohu:layers-drawn',
  'caohu:layers-shown',
] as const;

/** Every mark set. Polls with evaluate (the page's CSP forbids the eval that waitForFunction would need). */
export async function waitForDrawn(page: Page): Promise<void> {
  const until = performance.now() + 60_000;
  const drawn = () =>
    page.evaluate(
      (names) => names.every((name) => performance.getEntriesByName(name).length > 0),
      [...MARKS],
    );
  while (!(await drawn())) {
    if (performance.now() > until)
      throw new Error('the page did not draw its basemap and layers within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ColdOpen {
  marks: Record<(typeof MARKS)[number], number>;
  /** Built files (paths under dist/client) of the JavaScript fetched before the first frame. */
  firstFrameJs: string[];
  /** Their bytes as transferred (brotli), from resource timing. */
  firstFrameJsBytes: number;
  /** Open cases drawn on the map once every layer was on screen. */
  cases: number;
}

export async function openCold(browser: Browser, url: string, path: string): Promise<ColdOpen> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } }); // empty cache
  try {
    await signInContext(context, url, E2E_ADMIN.username, E2E_ADMIN.password);
    const page = await context.newPage();
    await page.goto(new URL(path, url).href);
    await waitForDrawn(page);
    return await page.evaluate(
      (names) => {
        const marks = Object.fromEntries(
          names.map((name) => [name, performance.getEntriesByName(name)[0]!.startTime]),
        ) as ColdOpen['marks'];
        // Fetches started before the first frame's draw calls: what it needed (the worker is an
        // `other` resource of the page).
        const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (e) => /\.m?js$/.test(new URL(e.name).pathname) && e.startTime < marks['caohu:basemap-drawn'],
        );
        return {
          marks,
          firstFrameJs: js.map((e) => new URL(e.name).pathname.slice(1)),
          firstFrameJsBytes: js.reduce((sum, e) => sum + e.encodedBodySize, 0),
          cases: window.__caohu?.drawnCaseIds().length ?? 0,
        };
      },
      [...MARKS],
    );
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => quantile(xs, 0.5);

/** The rows of cold opens of `path`; `street` says what the street held. */
export function coldOpenRows(opens: ColdOpen[], path: string, street: string): BenchResult[] {
  const mark = (name: (typeof MARKS)[number]) => opens.map((o) => o.marks[name]);
  const all = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  const row = (name: string, xs: number[], budget: number | null): BenchResult => ({
    name: `${name} (median of ${xs.length}: ${all(xs)} ms)`,
    operations: xs.length,
    ms: median(xs),
    perSecond: 0,
    budget: budget === null ? 'no budget' : `≤ ${budget.toLocaleString('en-US')} ms`,
    ok: budget === null || median(xs) <= budget,
  });
  const of = `${path}, ${street} (${opens[0]!.cases.toLocaleString('en-US')} cases drawn)`;
  const allLayers = opens.map((o) =>
    Math.max(o.marks['caohu:layers-shown'], o.marks['caohu:basemap-complete-shown']),
  );
  return [
    row(`first basemap frame (the street) on screen, cold open of ${of}`, mark('caohu:basemap-shown'), 1500),
    row('  its draw calls issued', mark('caohu:basemap-drawn'), null),
    row('basemap complete (MapLibre load: every source and label)', mark('caohu:basemap-complete'), null),
    row('  on screen', mark('caohu:basemap-complete-shown'), null),
    // Every layer: deck.gl's first frame of live data and the basemap's complete frame, the later.
    row(`all layers with live data on screen, cold open of ${of}`, allLayers, 3000),
    row("  deck.gl's layers on screen", mark('caohu:layers-shown'), null),
    row('  their draw calls issued', mark('caohu:layers-drawn'), null),
  ];
}

/** The JavaScript that a cold open fetched before its first frame: files, bytes as built and sent. */
export function firstFrameJsRows(open: ColdOpen): BenchResult[] {
  const sizes = sizeRows(
    `JS fetched before the first frame (resource timing), ${open.firstFrameJs.length} files`,
    open.firstFrameJs.length,
    measureFiles(open.firstFrameJs),
  );
  sizes[0]!.name += `; transferred ${(open.firstFrameJsBytes / 1024).toFixed(1)} KB`;
  return sizes;
}
