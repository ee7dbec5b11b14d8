// What a frame of the live map costs with each of its layers alone, while reports arrive at
// 200/s: which layer makes the frames long. Headless Chromium against the production build (as
// `browser`), the overview `/` at 1920×1080. The street is first given `cases` open cases; the
// reports that follow take the places and categories of the first ones, so they merge into those
// cases and every phase draws the same number of them. A phase shows one set of layers (the
// legend's toggles, test ids `layer-toggle-KEY`) for `seconds`. A frame is an animation frame in
// which a WebGL canvas drew; its cost is the time to the next animation frame (with
// `--disable-gpu` that includes the wait for the software rasteriser). No budget: a diagnostic
// beside `browser`'s long-task rows.
import type { Compositor } from '../../e2e/support/browser';
import { signInContext } from '../../e2e/support/accounts';
import { E2E_ADMIN } from '../../e2e/support/server';
import { LAYER_KEYS } from '../../client/src/state/ui-store';
import { KEYS, withBenchBrowser } from './browser';
import { waitForDrawn } from './cold-open';
import { startMainThreadTrace, summariseTasks } from './main-thread-trace';
import { quantile, type BenchResult } from './measure';
import { feedReports } from './reports';

declare global {
  interface Window {
    /** Animation frames: when each began, and whether a WebGL canvas drew in it. */
    __benchFrames?: { at: number[]; drew: boolean[] };
  }
}

// Before the page's own code: an animation-frame clock, and a mark on the frame of every draw call.
const WATCH_FRAMES = `
  const frames = (window.__benchFrames = { at: [], drew: [] });
  const tick = (t) => { frames.at.push(t); frames.drew.push(false); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
    const draw = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      if (frames.drew.length > 0) frames.drew[frames.drew.length - 1] = true;
      return draw.apply(this, args);
    };
  }
`;

/** The cost of each frame that drew: the time from its start to the next frame's. */
export function drawnFrameCosts(frames: { at: number[]; drew: boolean[] }): number[] {
  const costs: number[] = [];
  for (let i = 0; i + 1 < frames.at.length; i++) {
    if (frames.drew[i]) costs.push(frames.at[i + 1]! - frames.at[i]!);
  }
  return costs;
}

export function benchLayerFrames(o: {
  cases: number;
  seconds: number;
  ratePerSecond: number;
  compositor?: Compositor;
}): Promise<BenchResult[]> {
  return withBenchBrowser(o.compositor, async (server, browser) => {
    // The cases first, before the page opens (it starts from their snapshot).
    await feedReports(server.url, KEYS, { seconds: o.cases / 2_000, ratePerSecond: 2_000 });
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await signInContext(context, server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    await context.addInitScript(WATCH_FRAMES);
    const page = await context.newPage();
    await page.goto(new URL('/', server.url).href);
    await waitForDrawn(page);
    const phases: [string, readonly string[]][] = [
      ['all layers', LAYER_KEYS],
      ['no layer (the community names only)', []],
      ...LAYER_KEYS.map((layer): [string, readonly string[]] => [`${layer} alone`, [layer]]),
    ];
    const shown = new Set<string>(LAYER_KEYS);
    const rows: BenchResult[] = [];
    let offset = o.cases;
    for (const [label, layers] of phases) {
      for (const layer of LAYER_KEYS) {
        if (shown.has(layer) === layers.includes(layer)) continue;
        await page.click(`[data-testid=layer-toggle-${layer}]`);
        if (shown.has(layer)) shown.delete(layer);
        else shown.add(layer);
      }
      await page.waitForTimeout(1_500);
      await page.evaluate(() => {
        window.__benchFrames!.at.length = 0;
        window.__benchFrames!.drew.length = 0;
      });
      const trace = await startMainThreadTrace(browser);
      const { sent, ms } = await feedReports(server.url, KEYS, { ...o, offset, cycle: o.cases });
      offset += sent;
      const frames = await page.evaluate(() => window.__benchFrames!); // before the trace's end
      const split = summariseTasks((await trace.stop()).tasks);
      const open = await page.$$eval('[data-testid^=kpi-phase-] .kpi-tile__value', (els) =>
        els.reduce((sum, el) => sum + Number(el.textContent), 0),
      );
      const costs = drawnFrameCosts(frames);
      const over = costs.filter((c) => c > 50).length;
      rows.push({
        name: `frames with ${label}, ${open} open cases, ${o.ratePerSecond} reports/s: median ${quantile(costs, 0.5).toFixed(0)} ms, p90 ${quantile(costs, 0.9).toFixed(0)} ms, ${over} of ${costs.length} over 50 ms; of the long tasks' time ${(split.gpuWaitShare * 100).toFixed(0)} % waiting on the rasteriser, the longest in CPU time ${split.cpu.longest.toFixed(0)} ms`,
        operations: costs.length,
        ms,
        perSecond: (costs.length / ms) * 1000,
        budget: 'no budget',
        ok: true,
      });
    }
    await context.close();
    return rows;
  });
}
