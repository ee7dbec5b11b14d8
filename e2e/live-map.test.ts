// The live map in a real browser: it draws, a report posted to the feed API appears within two
// seconds, the page asks nothing of any host but its own, and its live data comes over a WebSocket.
import { readFileSync } from 'node:fs';
import { bbox, centroid, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCollection, CommunityCollection, EnterpriseCollection } from '../core/domain/area';
import { communityLabelPoints } from '../client/src/map/label-points';
import { ENTERPRISE_STATUS_COLOUR } from '../client/src/map/palette';
import { newSignedInPage } from './support/accounts';
import { launchBrowser } from './support/browser';
import { librariesLoaded } from './support/libraries';
import { waitForSteadyFrames } from './support/frames';
import { countColourPixels, countDistinctColours, countWhitePixels } from './support/pixels';
import { postIncidents, postInspections, startServer, type RunningServer } from './support/server';
import type {} from '../client/src/state/test-hook'; // window.__caohu

const readArea = <T>(name: string) => JSON.parse(readFileSync(`data/area/${name}.geojson`, 'utf8')) as T;
const cells = readArea<CellCollection>('grid-cells');
type Points = { features: Array<{ geometry: { coordinates: number[] } }> };
const enterprises = readArea<EnterpriseCollection>('enterprises');
const names = communityLabelPoints(readArea<CommunityCollection>('communities')).features;
const things = [...enterprises.features, ...readArea<Points>('cameras').features];

/**
 * The first of the candidates (lon, lat) that the map places on its canvas (not under a panel) with
 * no drawn point but itself within `radius` px, and its place on the page.
 */
async function clearPlace(page: Page, candidates: number[][], obstacles: number[][], radius: number) {
  const placed = await page.evaluate(
    ({ candidates, obstacles, radius }) => {
      const hook = window.__caohu!;
      const points = obstacles.map(([lon, lat]) => hook.pagePoint(lon!, lat!)!);
      return candidates.map(([lon, lat]) => {
        const [x, y] = hook.pagePoint(lon!, lat!)!;
        const near = points.filter(([px, py]) => {
          const d = Math.hypot(px - x, py - y);
          return d > 0 && d < radius;
        });
        return { x, y, clear: near.length === 0 && document.elementFromPoint(x, y)?.tagName === 'CANVAS' };
      });
    },
    { candidates, obstacles, radius },
  );
  const index = placed.findIndex((p) => p.clear);
  expect(index).toBeGreaterThanOrEqual(0);
  return { index, x: placed[index]!.x, y: placed[index]!.y };
}

describe('live map in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const framesSent: string[] = [];
  /** Where the reports of these tests are: drawn as points above the cells. */
  const reported: [number, number][] = [];
  /** Every point drawn on the map: the enterprises, the cameras and the reports. */
  const obstacles = () => [...things.map((t) => t.geometry.coordinates), ...reported];

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
    // deck.gl's canvas draws points and text, which smooth their own edges: no multisampling, which
    // a software rasteriser pays for on every pixel of every frame.
    await page.locator('#deckgl-overlay').waitFor({ state: 'attached' });
    const deckAntialias = await page.evaluate(
      "document.getElementById('deckgl-overlay')?.getContext('webgl2')?.getContextAttributes()?.antialias",
    );
    expect(deckAntialias).toBe(false);
  });

  it('shows a report posted to the feed API within two seconds', async () => {
    const cell = cells.features.find((feature) => feature.properties.kind === 'basic')!;
    const [lon, lat] = pointOnFeature(cell).geometry.coordinates as [number, number];
    reported.push([lon, lat]);
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

  it('fetches MapLibre but no deck.gl before the street is on screen', async () => {
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('caohu:layers-shown').length), {
        timeout: 30_000,
      })
      .toBe(1);
    const before = await librariesLoaded(page, 'caohu:basemap-drawn');
    expect(before.has('maplibre-gl')).toBe(true);
    expect([...before].filter((name) => /deck\.gl|luma\.gl/.test(name))).toEqual([]);
    // …and deck.gl after it, for the cases.
    const all = await librariesLoaded(page);
    expect(all.has('@deck.gl/core')).toBe(true);
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

  it('names the grid cell under the pointer, and outlines it in white while it is selected', async () => {
    // A place inside a cell, clear of every point drawn above the cells and of the panels over the
    // map: candidates from Node, placed on the page by the map itself.
    const candidates = cells.features.flatMap((cell) =>
      [centroid(cell), pointOnFeature(cell)]
        .filter((p) => booleanPointInPolygon(p, cell))
        .map((p) => ({ cell, lonLat: p.geometry.coordinates as [number, number] })),
    );
    // Every case drawn is a report of these tests (no simulator), so `reported` places them all.
    const cases = await page.evaluate(() => window.__caohu!.drawnCaseIds().length);
    expect(cases).toBe(reported.length);
    const { index, x, y } = await clearPlace(
      page,
      candidates.map((c) => c.lonLat),
      obstacles(),
      40,
    );
    const { cell } = candidates[index]!;
    const name = cell.properties.name;

    const tooltip = page.getByRole('tooltip');
    await page.mouse.move(x, y);
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain(name);

    // The cell's box on the page, for counting the outline's white pixels.
    const [west, south, east, north] = bbox(cell);
    const [[left, top], [right, bottom]] = await page.evaluate(
      ([w, s, e, n]) => [window.__caohu!.pagePoint(w!, n!)!, window.__caohu!.pagePoint(e!, s!)!],
      [west, south, east, north],
    );
    const clip = { x: left - 4, y: top - 4, width: right - left + 8, height: bottom - top + 8 };
    const white = async () => countWhitePixels(await page.screenshot({ clip }));
    const away = async () => page.mouse.move(1, 1); // no tooltip over the cell
    await away();
    await expect.poll(() => tooltip.count(), { timeout: 10_000 }).toBe(0); // left the map: named no more
    const before = await white();

    await page.mouse.click(x, y);
    const details = page.getByTestId('details');
    await expect.poll(() => details.getAttribute('data-kind'), { timeout: 10_000 }).toBe('cell');
    expect(await details.textContent()).toContain(name);
    await away();
    await expect.poll(white, { timeout: 10_000 }).toBeGreaterThan(before + 50);

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await expect.poll(white, { timeout: 10_000 }).toBeLessThanOrEqual(before + 10);

    // With the cells hidden (the legend's toggle) the same place names nothing.
    await page.getByTestId('layer-toggle-cells').click();
    try {
      const tooltipsAt = async () => {
        await page.mouse.move(x + 1, y);
        await page.mouse.move(x, y);
        return tooltip.count();
      };
      await expect.poll(tooltipsAt, { timeout: 10_000 }).toBe(0);
    } finally {
      await page.getByTestId('layer-toggle-cells').click();
    }
  });

  it('names the enterprise under the pointer, and redraws its marker when an inspection changes its status', async () => {
    // An enterprise without a risk frame, its marker clear of every other point and of the panels.
    const candidates = enterprises.features.filter(
      (f) => f.properties.risk !== 'red' && f.properties.risk !== 'orange',
    );
    const places = candidates.map((f) => f.geometry.coordinates);
    const { index, x, y } = await clearPlace(page, places, obstacles(), 30);
    const { id, name } = candidates[index]!.properties;

    const tooltip = page.getByRole('tooltip');
    await page.mouse.move(x, y);
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain(name);
    await page.mouse.click(x, y);
    const details = page.getByTestId('details');
    await expect.poll(() => details.getAttribute('data-kind'), { timeout: 10_000 }).toBe('enterprise');
    expect(await details.textContent()).toContain(name);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await page.mouse.move(1, 1);

    // A major hazard found: the marker turns the major hazard's colour.
    const clip = { x: x - 15, y: y - 15, width: 30, height: 30 };
    const hazardColour = async () =>
      countColourPixels(await page.screenshot({ clip }), ENTERPRISE_STATUS_COLOUR['major-hazard'], 8);
    expect(await hazardColour()).toBe(0);
    const now = Date.now();
    const response = await postInspections(server.url, {
      type: 'inspection',
      sourceRef: `e2e-map-inspection-${now}`,
      enterpriseId: id,
      at: new Date(now - 60_000).toISOString(),
      inspector: '检查员乙',
      hazards: [
        {
          ref: `e2e-map-hazard-${now}`,
          level: 'major',
          description: '危化品存放不规范',
          deadline: new Date(now + 86_400_000).toISOString(),
        },
      ],
    });
    expect(response.status).toBe(200);
    await expect.poll(hazardColour, { timeout: 10_000 }).toBeGreaterThan(40);

    // With the enterprises hidden (the legend's toggle) the marker goes, and the place names it no more.
    await page.getByTestId('layer-toggle-enterprises').click();
    try {
      await expect.poll(hazardColour, { timeout: 10_000 }).toBe(0);
      const namedThere = async () => {
        await page.mouse.move(x + 1, y);
        await page.mouse.move(x, y);
        return (await tooltip.count()) > 0 && (await tooltip.textContent())!.includes(name);
      };
      await expect.poll(namedThere, { timeout: 10_000 }).toBe(false);
    } finally {
      await page.getByTestId('layer-toggle-enterprises').click();
    }
  });

  it('names each community over the map, at its place, and moves the names with the map', async () => {
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.community-names > span')].map((el) => {
          const box = el.getBoundingClientRect();
          return { text: el.textContent, x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }),
      );
    const places = () =>
      page.evaluate(
        (points) => points.map(([lon, lat]) => window.__caohu!.pagePoint(lon!, lat!)!),
        names.map((f) => f.geometry.coordinates),
      );
    const texts = async () => (await shown()).map((n) => n.text);
    await expect.poll(texts, { timeout: 30_000 }).toEqual(names.map((f) => f.properties.name));
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.community-names')?.hidden);
    const before = await shown();
    const expectAtTheirPlaces = async () => {
      const at = await places();
      const now = await shown();
      now.forEach((n, i) => {
        expect(Math.abs(n.x - at[i]![0])).toBeLessThanOrEqual(2);
        expect(Math.abs(n.y - at[i]![1])).toBeLessThanOrEqual(40); // nudged apart where they would overlap
      });
      return now;
    };
    await expectAtTheirPlaces();

    // Dragged 120 px left and 60 px up, the names go with the street.
    const [x, y] = [500, 800];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y - 30, { steps: 4 });
    await page.mouse.move(x - 120, y - 60, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(async () => (await shown())[0]!.x, { timeout: 10_000 })
      .toBeLessThan(before[0]!.x - 100);
    const after = await expectAtTheirPlaces();
    expect(after[0]!.x - before[0]!.x).toBeCloseTo(-120, -1);
  });
});
