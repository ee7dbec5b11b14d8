// The wall (/wall) in Chromium at 3840×2160 and 1920×1080: no text under the size floor, no
// panel over another, nothing overflowing its box, every count equal to the server's snapshot
// summarised by core's rule; then the server stops (the stale banner shows within five seconds)
// and starts again (the banner clears, the same page, no reload).
import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCollection, EnterpriseCollection } from '../core/domain/area';
import { summarize } from '../core/domain/indicators';
import type { Snapshot } from '../core/protocol/sync';
import { createDisplayToken } from './support/accounts';
import { launchBrowser } from './support/browser';
import { waitForSteadyFrames } from './support/frames';
import { postIncidents, postInspections, startServer, type RunningServer } from './support/server';
import type {} from '../client/src/state/test-hook'; // window.__caohu

declare global {
  interface Window {
    __wallMarker?: string;
  }
}

const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8')) as CellCollection;
const enterprises = JSON.parse(readFileSync('data/area/enterprises.geojson', 'utf8')) as EnterpriseCollection;
const risks = enterprises.features.map((f) => ({ id: f.properties.id, risk: f.properties.risk }));

const SCREENS = [
  { width: 3840, height: 2160, floorPx: 28 },
  { width: 1920, height: 1080, floorPx: 14 },
] as const;

const CATEGORIES = ['garbage-overflow', 'fire-smoke', 'illegal-parking', 'noise', 'road-damage'] as const;

async function seed(url: string): Promise<void> {
  const now = Date.now();
  const basic = cells.features.filter((f) => f.properties.kind === 'basic');
  const reports = basic.slice(0, 14).map((cell, i) => {
    const [lon, lat] = pointOnFeature(cell).geometry.coordinates as [number, number];
    return {
      source: 'resident',
      sourceRef: `wall-e2e-${i}`,
      category: CATEGORIES[i % CATEGORIES.length],
      at: new Date(now - (i + 1) * 7 * 60_000).toISOString(),
      location: { lon, lat },
    };
  });
  expect((await postIncidents(url, reports)).status).toBe(200);
  const inspection = {
    type: 'inspection',
    sourceRef: 'wall-e2e-inspection',
    enterpriseId: enterprises.features[0]!.properties.id,
    at: new Date(now - 3_600_000).toISOString(),
    inspector: '检查员甲',
    hazards: [1, 2, 3].map((n) => ({
      ref: `wall-e2e-hazard-${n}`,
      level: n === 1 ? 'major' : 'general',
      description: '消防通道堵塞',
      deadline: new Date(now + n * 86_400_000).toISOString(),
    })),
  };
  expect((await postInspections(url, inspection)).status).toBe(200);
}

async function openWall(
  browser: Browser,
  url: string,
  token: string,
  width: number,
  height: number,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${url}/wall?token=${encodeURIComponent(token)}`);
  await page.waitForFunction(() => window.__caohu?.seq != null, null, { timeout: 60_000 });
  await page.getByTestId('wall-community').first().waitFor();
  // The map is up once it draws the seeded cases (software GL is slow to start: let it settle).
  await page.waitForFunction(() => (window.__caohu?.drawnCaseIds().length ?? 0) > 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1500);
  return page;
}

/** The smallest computed font size of any visible text, with the few smallest for the message. */
async function smallestText(page: Page): Promise<{ min: number; samples: string[] }> {
  return page.evaluate(() => {
    const found: { px: number; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (parent.getClientRects().length === 0) continue;
      found.push({ px: parseFloat(style.fontSize), text: `${text.slice(0, 20)} (${parent.className})` });
    }
    found.sort((a, b) => a.px - b.px);
    return { min: found[0]?.px ?? 0, samples: found.slice(0, 5).map((f) => `${f.px}px ${f.text}`) };
  });
}

/** Pairs of panels that overlap, panels outside the screen, and elements wider than their box
 * (but for text that ends in an ellipsis). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const panels = [...document.querySelectorAll<HTMLElement>('[data-wall-panel]')].map((el) => ({
      id: el.dataset.wallPanel ?? '?',
      box: el.getBoundingClientRect(),
    }));
    if (panels.length < 10) problems.push(`only ${panels.length} panels`);
    for (const [i, a] of panels.entries()) {
      const { box } = a;
      if (box.left < 0 || box.top < 0 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) {
        problems.push(`${a.id} leaves the screen`);
      }
      for (const b of panels.slice(i + 1)) {
        const w = Math.min(box.right, b.box.right) - Math.max(box.left, b.box.left);
        const h = Math.min(box.bottom, b.box.bottom) - Math.max(box.top, b.box.top);
        if (w > 0.5 && h > 0.5) problems.push(`${a.id} overlaps ${b.id}`);
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="wall"] *')) {
      if (el.closest('.maplibregl-canvas-container, canvas, svg')) continue;
      // Text cut short on purpose ends in an ellipsis; anything else wider than its box spills.
      const cut = getComputedStyle(el).textOverflow === 'ellipsis';
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !cut) {
        problems.push(`${el.tagName}.${el.className} overflows: ${el.scrollWidth} > ${el.clientWidth}`);
      }
      if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY === 'auto') {
        problems.push(`${el.tagName}.${el.className} scrolls`);
      }
    }
    if (
      document.documentElement.scrollHeight > innerHeight ||
      document.documentElement.scrollWidth > innerWidth
    ) {
      problems.push('the page scrolls');
    }
    return problems;
  });
}

async function serverSummary(url: string, token: string, page: Page) {
  const res = await fetch(`${url}/api/v1/snapshot`, { headers: { authorization: `Bearer ${token}` } });
  const snapshot = (await res.json()) as Snapshot;
  await page.waitForFunction((seq) => window.__caohu?.seq === seq, snapshot.seq, { timeout: 10_000 });
  return { snapshot, summary: summarize(snapshot, risks, Date.parse(snapshot.serverTime)) };
}

const textOf = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).trim();

describe('the wall in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    server = await startServer();
    await seed(server.url);
    token = await createDisplayToken(server.url);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const screen of SCREENS) {
    describe(`at ${screen.width}×${screen.height}`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await openWall(browser, server.url, token, screen.width, screen.height);
      });
      afterAll(async () => page?.close());

      it(`has no text smaller than ${screen.floorPx} px`, async () => {
        const { min, samples } = await smallestText(page);
        console.log(`wall ${screen.width}×${screen.height}: smallest text ${min} px`, samples);
        expect(min, samples.join('\n')).toBeGreaterThanOrEqual(screen.floorPx);
      });

      it('has no panel over another, nothing overflowing its box, no scrolling', async () => {
        expect(await layoutProblems(page)).toEqual([]);
      });

      it("shows the server's counts, summarised by core's rule", async () => {
        const { snapshot, summary } = await serverSummary(server.url, token, page);
        expect(summary.cases.open).toBeGreaterThan(0);
        expect(summary.hazards.open).toBeGreaterThan(0);
        expect(await textOf(page, 'wall-open-cases')).toBe(String(summary.cases.open));
        expect(await textOf(page, 'wall-new-today')).toBe(String(summary.cases.newToday));
        expect(await textOf(page, 'wall-urgent')).toBe(String(summary.cases.bySeverity[1]));
        expect(await textOf(page, 'wall-open-hazards')).toBe(String(summary.hazards.open));
        expect(await textOf(page, 'wall-overdue-hazards')).toBe(String(summary.hazards.overdue));
        expect(await textOf(page, 'wall-major-hazards')).toBe(String(summary.hazards.major));
        // Every case of this workflow is still 上报 (reported): the "awaiting" phase.
        expect(await textOf(page, 'wall-phase-awaiting')).toBe(String(summary.cases.byState.reported));
        for (const risk of ['red', 'orange', 'yellow', 'blue'] as const) {
          expect(await textOf(page, `wall-risk-${risk}`)).toBe(String(summary.enterprises.byRisk[risk]));
        }
        const shown = await page
          .getByTestId('wall-community')
          .evaluateAll((rows) =>
            rows.map((r) => [
              r.getAttribute('data-code'),
              r.querySelector('[data-testid="wall-community-open"]')?.textContent,
            ]),
          );
        expect(shown).toHaveLength(8);
        for (const [code, value] of shown)
          expect(value).toBe(String(summary.cases.byCommunity[code ?? ''] ?? 0));
        expect(snapshot.cases.length).toBeGreaterThan(0);
      });

      it('in English too: the longer names and words fit their boxes', async () => {
        const english = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
        try {
          await english.addInitScript(() => localStorage.setItem('caohu.lang', 'en'));
          await english.goto(`${server.url}/wall?token=${encodeURIComponent(token)}`);
          await english.getByTestId('wall-community').first().waitFor();
          await english.waitForFunction(() => document.documentElement.lang === 'en');
          await english.waitForTimeout(1000);
          expect(await layoutProblems(english)).toEqual([]);
        } finally {
          await english.close();
        }
      });
    });
  }

  it('flies to a new urgent case and shows its callout', async () => {
    const page = await openWall(browser, server.url, token, 1920, 1080);
    try {
      // A cell far from the seeded cases, so the report opens a case of its own (no merge).
      const cell = cells.features
        .filter((f) => f.properties.kind === 'basic' && f.properties.workers.length > 0)
        .at(-1)!;
      const [lon, lat] = pointOnFeature(cell).geometry.coordinates as [number, number];
      const response = await postIncidents(server.url, {
        source: 'camera',
        sourceRef: `wall-e2e-urgent-${Date.now()}`,
        category: 'fire-smoke',
        at: new Date().toISOString(),
        location: { lon, lat },
      });
      const body = (await response.json()) as {
        results: Array<{ status: string; caseId?: string; merged?: boolean }>;
      };
      expect(body.results[0]).toMatchObject({ status: 'accepted' });
      expect(body.results[0]?.merged).not.toBe(true);
      const caseId = body.results[0]?.caseId ?? '';
      const callout = page.getByTestId('wall-callout');
      // Attached, not "visible": the map is flying (software GL keeps the page busy meanwhile).
      await callout.waitFor({ state: 'attached', timeout: 20_000 }); // software GL on a busy CI machine
      expect(await callout.getAttribute('data-case-id')).toBe(caseId);
      expect(await callout.innerText()).toContain('火情烟雾');
      expect(await callout.innerText()).toContain(cell.properties.name);
    } finally {
      await page.close();
    }
  });

  it('says at once when the server is gone, and recovers when it is back, without a reload', async () => {
    const page = await openWall(browser, server.url, token, 1920, 1080);
    try {
      await page.evaluate(() => (window.__wallMarker = 'same-page'));
      expect(await page.getByTestId('stale-banner').count()).toBe(0);
      // "At once" is timed from a page that is drawing steadily, not from one still in its first
      // draws (seconds of shader compiles in software GL).
      await waitForSteadyFrames(page);

      await server.kill();
      const stopped = Date.now();
      await page.getByTestId('stale-banner').waitFor({ state: 'visible', timeout: 5_000 });
      expect(Date.now() - stopped).toBeLessThan(5_000);
      expect(await page.getByTestId('stale-banner').innerText()).toContain('实时数据中断');

      await server.restart();
      await page.getByTestId('stale-banner').waitFor({ state: 'detached', timeout: 30_000 });
      expect(await page.evaluate(() => window.__wallMarker)).toBe('same-page');

      // The same page follows the restarted server: a new report shows in the ticker.
      const cell = cells.features.find((f) => f.properties.kind === 'basic')!;
      const [lon, lat] = pointOnFeature(cell).geometry.coordinates as [number, number];
      const response = await postIncidents(server.url, {
        source: 'hotline',
        sourceRef: `wall-e2e-after-restart-${Date.now()}`,
        category: 'noise',
        at: new Date().toISOString(),
        location: { lon, lat },
      });
      const caseId = ((await response.json()) as { results: Array<{ caseId?: string }> }).results[0]?.caseId;
      await page
        .locator(`[data-testid="wall-ticker-case"][data-case-id="${caseId}"]`)
        .waitFor({ timeout: 5_000 });
      expect(await page.evaluate(() => window.__wallMarker)).toBe('same-page');
    } finally {
      await page.close();
    }
  });
});
