// One case change in a layer of N incidents, in headless Chromium (software GL): the page
// (layer-page/) holds the live map's incidents layer alone and times, for each change, our update
// plus deck.gl's layer update (performance.now around both, and deck.gl's 'Update Attributes'
// stat), the fixed-slot way against rebuilding the layer's data from the cases. The page is built
// with Vite into var/bench-layer-page and served from 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../../e2e/support/browser';
import { quantile, type BenchResult } from './measure';

const OUT = path.resolve('var/bench-layer-page');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
};

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Cases changed in one update for the scattered row: a second of a bad day's changes. */
const SCATTERED = 200;
const median = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);

export async function benchIncidentLayer(o: { incidents: number; changes: number }): Promise<BenchResult[]> {
  await build({
    configFile: false,
    root: path.resolve('scripts/bench/layer-page'),
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true, chunkSizeWarningLimit: 5_000 },
  });
  const site = await serve(OUT);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(site.url);
    const run = (way: 'slots' | 'rebuild', changes: number, perUpdate = 1) =>
      page.evaluate(([n, k, w, m]) => window.__layerBench!.measure(n, k, w, m), [
        o.incidents,
        changes,
        way,
        perUpdate,
      ] as const);
    const slots = await run('slots', o.changes);
    const scattered = await run('slots', o.changes, SCATTERED);
    const rebuild = await run('rebuild', Math.max(3, Math.round(o.changes / 5))); // slow: fewer
    const slotsMs = median(slots.updateMs);
    const rebuildMs = median(rebuild.updateMs);
    const n = o.incidents.toLocaleString('en-US');
    const row = (name: string, t: typeof slots, budget: string, ok: boolean): BenchResult => ({
      name: `${name}: median ${median(t.updateMs).toFixed(2)} ms, p95 ${p95(t.updateMs).toFixed(2)} ms (the delta into the live data ${median(t.applyMs).toFixed(2)} ms, against ${median(t.copyMs).toFixed(2)} ms copying every case; deck.gl attributes ${median(t.deckAttributesMs).toFixed(2)} ms; then drawing ${median(t.drawMs).toFixed(2)} ms)`,
      operations: t.updateMs.length,
      ms: t.updateMs.reduce((a, b) => a + b, 0),
      perSecond: (t.updateMs.length / t.updateMs.reduce((a, b) => a + b, 0)) * 1000,
      budget,
      ok,
    });
    return [
      row(
        `one case change in ${n} incidents, fixed slots`,
        slots,
        `≤ 2 ms: ${slotsMs.toFixed(2)} ms, ${(rebuildMs / slotsMs).toFixed(0)}× less than rebuilding`,
        slotsMs <= 2,
      ),
      row(`the same, rebuilding the layer's data (naive)`, rebuild, '—', true),
      row(
        `${SCATTERED} changes spread over the layer in one update (a slow frame on a bad day), fixed slots`,
        scattered,
        `no budget: ${(rebuildMs / median(scattered.updateMs)).toFixed(0)}× less than rebuilding`,
        true,
      ),
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
