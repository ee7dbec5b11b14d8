// Browser figures from headless Chromium (software GL) against the production build
// (dist/server/main.js serving dist/client; `npm run build` first), read from the page's own
// instrumentation: the performance marks client/src/map/map-controller.ts sets when MapLibre's
// 'load' fires (first basemap frame) and when deck.gl first renders with live data (all layers
// drawn), and long tasks from a PerformanceObserver while reports arrive through the HTTP feed.
// `performance` is the global one: the page's callbacks use the same name, and a module import
// would be rewritten inside them by vitest.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../../e2e/support/browser';
import { signInContext } from '../../e2e/support/accounts';
import { E2E_ADMIN, startServer } from '../../e2e/support/server';
import type { BenchResult } from './measure';
import { reportsOverCells } from './reports';

const KEYS = Array.from({ length: 4 }, (_, i) => `bench-browser-key-${i}-0123456789`);

export function canRunBrowser(): boolean {
  return (
    fs.existsSync('dist/server/main.js') &&
    fs.existsSync('dist/client/index.html') &&
    fs.existsSync(CHROMIUM_PATH)
  );
}

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

/** Both marks set. Polls with evaluate (the page's CSP forbids the eval that waitForFunction would need). */
async function waitForDrawn(page: Page): Promise<void> {
  const until = performance.now() + 60_000;
  const drawn = () =>
    page.evaluate(
      () =>
        performance.getEntriesByName('caohu:layers-drawn').length > 0 &&
        performance.getEntriesByName('caohu:basemap-drawn').length > 0,
    );
  while (!(await drawn())) {
    if (performance.now() > until)
      throw new Error('the page did not draw its basemap and layers within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function openCold(browser: Browser, url: string): Promise<{ basemap: number; layers: number }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } }); // empty cache
  try {
    await signInContext(context, url, E2E_ADMIN.username, E2E_ADMIN.password);
    const page = await context.newPage();
    await page.goto(url);
    await waitForDrawn(page);
    return await page.evaluate(() => ({
      basemap: performance.getEntriesByName('caohu:basemap-drawn')[0]?.startTime ?? NaN,
      layers: performance.getEntriesByName('caohu:layers-drawn')[0]!.startTime,
    }));
  } finally {
    await context.close();
  }
}

export async function benchBrowser(o: {
  opens: number;
  seconds: number;
  ratePerSecond: number;
}): Promise<BenchResult[]> {
  const server = await startServer({ FEED_KEYS: KEYS.map((k, i) => `b${i}:${k}`).join(',') });
  const browser = await launchBrowser();
  try {
    const opens: { basemap: number; layers: number }[] = [];
    for (let i = 0; i < o.opens; i++) opens.push(await openCold(browser, server.url));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const basemap = median(opens.map((x) => x.basemap));
    const layers = median(opens.map((x) => x.layers));
    const all = (key: 'basemap' | 'layers') => opens.map((x) => Math.round(x[key])).join(', ');

    // Long tasks while reports arrive: 10 requests a second, each with a tenth of a second's reports.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await signInContext(context, server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    await context.addInitScript(`
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    `);
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForDrawn(page);
    await page.evaluate(() => (window.__longTasks = [])); // start-up is measured above, not here
    const perRequest = Math.max(1, Math.round(o.ratePerSecond / 10));
    const requests = Math.round(o.seconds * 10);
    const started = performance.now();
    let sent = 0;
    for (let i = 0; i < requests; i++) {
      const wait = started + i * 100 - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const res = await fetch(`${server.url}/api/v1/feeds/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS[i % KEYS.length]}` },
        body: JSON.stringify(reportsOverCells(perRequest, `BR${Date.now()}`, i * perRequest)),
      });
      if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${await res.text()}`);
      sent += perRequest;
    }
    const ms = performance.now() - started;
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(() => window.__longTasks ?? []);
    await context.close();
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    return [
      {
        name: `first basemap frame, cold open (median of ${o.opens}: ${all('basemap')} ms)`,
        operations: o.opens,
        ms: basemap,
        perSecond: 0,
        budget: '≤ 1,500 ms',
        ok: basemap <= 1500,
      },
      {
        name: `all layers drawn with live data (median of ${o.opens}: ${all('layers')} ms)`,
        operations: o.opens,
        ms: layers,
        perSecond: 0,
        budget: '≤ 3,000 ms',
        ok: layers <= 3000,
      },
      {
        name: `long tasks, ${sent} reports in ${(ms / 1000).toFixed(0)} s (${o.ratePerSecond}/s)`,
        operations: sent,
        ms,
        perSecond: (sent / ms) * 1000,
        budget: `none over 50 ms: ${longTasks.length} long tasks, longest ${longest.toFixed(0)} ms`,
        ok: longTasks.every((d) => d <= 50),
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
