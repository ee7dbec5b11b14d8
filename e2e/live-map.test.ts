// The live map in a real browser: it draws, a report posted to the feed API appears within two
// seconds, the page asks nothing of any host but its own, and its live data comes over a WebSocket.
import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCollection } from '../core/domain/area';
import { newSignedInPage } from './support/accounts';
import { launchBrowser } from './support/browser';
import { waitForSteadyFrames } from './support/frames';
import { countDistinctColours } from './support/pixels';
import { postIncidents, startServer, type RunningServer } from './support/server';

declare global {
  interface Window {
    __caohu?: { seq: number | null; drawnCaseIds: () => string[] };
  }
}

const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8')) as CellCollection;

describe('live map in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const framesSent: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'dispatcher',
    });
    page.on('request', (request) => requested.push(request.url()));
    page.on('websocket', (socket) => {
      requested.push(socket.url());
      socket.on('framesent', ({ payload }) => framesSent.push(String(payload)));
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__caohu?.seq != null, null, { timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the map (the canvas is not blank)', async () => {
    const map = page.getByTestId('map');
    await map.waitFor();
    let colours = 0;
    for (let attempt = 0; attempt < 60 && colours < 12; attempt++) {
      await page.waitForTimeout(500);
      colours = countDistinctColours(await map.screenshot());
    }
    expect(colours).toBeGreaterThanOrEqual(12);
  });

  it('shows a report posted to the feed API within two seconds', async () => {
    const cell = cells.features.find((feature) => feature.properties.kind === 'basic')!;
    const [lon, lat] = pointOnFeature(cell).geometry.coordinates as [number, number];
    await page.getByTestId('connection-state').and(page.locator('[data-state="live"]')).waitFor();
    // "Within two seconds" is timed from a page drawing steadily, not from one still in its first
    // layer frames (seconds of shader compiles in software GL).
    await waitForSteadyFrames(page);

    const started = Date.now();
    const response = await postIncidents(server.url, {
      source: 'resident',
      sourceRef: `e2e-${started}`,
      category: 'garbage-overflow',
      at: new Date().toISOString(),
      location: { lon, lat },
      description: '小区门口垃圾桶满溢',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: Array<{ status: string; caseId?: string }> };
    expect(body.results[0]?.status).toBe('accepted');
    const caseId = body.results[0]?.caseId ?? '';
    expect(caseId).not.toBe('');

    await page.waitForFunction((id) => window.__caohu?.drawnCaseIds().includes(id), caseId, {
      timeout: 2000,
    });
    await page.locator(`[data-case-id="${caseId}"]`).first().waitFor({ timeout: 2000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2000);
  });

  it('requests nothing from any host but its own', async () => {
    expect(requested.length).toBeGreaterThan(0);
    const foreign = requested.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).host !== `127.0.0.1:${server.port}`;
    });
    expect(foreign).toEqual([]);
  });

  it('takes its live data over one WebSocket, with no long-polling first', () => {
    const socketIo = requested.filter((url) => new URL(url).pathname.startsWith('/socket.io/'));
    expect(socketIo.filter((url) => url.startsWith('ws://'))).toHaveLength(1);
    expect(socketIo.filter((url) => url.includes('transport=polling'))).toEqual([]);
  });

  it('tells the server what it has applied (flow control), up to the seq it shows', async () => {
    const seqOf = (frame: string) => /^42\["sync:ack",\{"seq":(\d+)\}\]$/.exec(frame)?.[1];
    await page.waitForFunction(() => window.__caohu?.seq != null);
    const shown = await page.evaluate(() => window.__caohu!.seq!);
    // The acknowledgement is a timer 250 ms after the data; under software GL the page's first
    // layer frames can hold its main thread for seconds, and the timer waits behind them.
    await expect
      .poll(() => framesSent.map(seqOf).filter(Boolean).map(Number).at(-1), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(shown);
  });
});
