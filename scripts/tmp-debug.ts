import { pointOnFeature } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { createDisplayToken } from '../e2e/support/accounts';
import { launchBrowser } from '../e2e/support/browser';
import { postIncidents, startServer } from '../e2e/support/server';
const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const token = await createDisplayToken(server.url);
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${server.url}/wall?token=${encodeURIComponent(token)}`);
  await page.waitForFunction(() => (window as any).__caohu?.seq != null, null, { timeout: 60_000 });
  await page.waitForTimeout(8000);
  const cell = cells.features.filter((f: any) => f.properties.kind === 'basic' && f.properties.workers.length > 0).at(-1);
  const [lon, lat] = pointOnFeature(cell).geometry.coordinates;
  const r = await postIncidents(server.url, { source: 'camera', sourceRef: `dbg-${Date.now()}`, category: 'fire-smoke', at: new Date().toISOString(), location: { lon, lat } });
  console.log(r.status, JSON.stringify(await r.json()));
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(1000);
    console.log(i, await page.evaluate(() => ({ seq: (window as any).__caohu?.seq, callout: !!document.querySelector('[data-testid=wall-callout]'), url: location.href })));
  }
  await page.screenshot({ path: '/tmp/dbg-wall.png' });
} finally {
  await browser.close();
  await server.stop();
}
