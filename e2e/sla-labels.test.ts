// The map's time-left labels in a real browser: a case's label is drawn, where the labels of a
// row of cases would overlap only the most urgent is, so no two run into each other, and a label
// that would run into a community's name is not drawn. Limits of three seconds make every
// registered case overdue by the time the page opens.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCollection, CommunityCollection } from '../core/domain/area';
import type { CategoryId } from '../core/domain/categories';
import { CSRF_HEADER } from '../core/protocol/auth';
import { CASE_ACTIONS_PATH } from '../core/protocol/case-actions';
import { communityLabelPoints } from '../client/src/map/label-points';
import { createUser, newSignedInPage, signInApi } from './support/accounts';
import { launchBrowser } from './support/browser';
import { postIncidents, startServer, type RunningServer } from './support/server';

const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8')) as CellCollection;
const names = communityLabelPoints(
  JSON.parse(readFileSync('data/area/communities.geojson', 'utf8')) as CommunityCollection,
).features.map((f) => f.geometry.coordinates as [number, number]);

/** Well clear of every community's name at the first view (about 9,000 px a degree of longitude). */
const clearOfNames = ([lon, lat]: [number, number]) =>
  names.every(([x, y]) => Math.abs(lon - x) > 0.025 || Math.abs(lat - y) > 0.005);

/** The shipped rules with every limit three seconds around the clock. */
function rulesOfSeconds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caohu-rules-'));
  for (const file of readdirSync('data/rules')) copyFileSync(join('data/rules', file), join(dir, file));
  const rules = JSON.parse(readFileSync('data/rules/time-limits.json', 'utf8')) as {
    limits: Record<string, unknown>;
  };
  for (const id of Object.keys(rules.limits)) {
    rules.limits[id] = { clock: 'around-the-clock', amount: 0.05, unit: 'minutes' };
  }
  writeFileSync(join(dir, 'time-limits.json'), JSON.stringify(rules));
  return dir;
}

/** Map colours that are not red, so that red on the map is the overdue labels' text. */
const ROW: CategoryId[] = [
  'road-damage',
  'facility-damage',
  'illegal-parking',
  'street-vending',
  'illegal-construction',
];
/** About 10 px apart at the page's first view: each label is several times as wide. */
const ROW_STEP_DEG = 0.0012;

interface InkGroup {
  minX: number;
  maxX: number;
  pixels: number;
}

/**
 * Red text that toggling the incidents off takes away, in groups of pixels no more than 8 px apart:
 * one group per label, or per run of labels drawn into each other.
 */
function labelInk(on: Buffer, off: Buffer): InkGroup[] {
  const a = PNG.sync.read(on);
  const b = PNG.sync.read(off);
  const CELL = 8;
  const cols = Math.ceil(a.width / CELL);
  const cellsHit = new Map<number, { minX: number; maxX: number; pixels: number }>();
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const [r, g, bl] = [a.data[i]!, a.data[i + 1]!, a.data[i + 2]!];
      const changed =
        Math.abs(r - b.data[i]!) + Math.abs(g - b.data[i + 1]!) + Math.abs(bl - b.data[i + 2]!) > 60;
      if (!changed || r < 200 || g > 100 || bl > 100) continue;
      const key = Math.floor(y / CELL) * cols + Math.floor(x / CELL);
      const cell = cellsHit.get(key) ?? { minX: x, maxX: x, pixels: 0 };
      cell.minX = Math.min(cell.minX, x);
      cell.maxX = Math.max(cell.maxX, x);
      cell.pixels += 1;
      cellsHit.set(key, cell);
    }
  }
  // Flood over neighbouring cells.
  const groups: InkGroup[] = [];
  const seen = new Set<number>();
  for (const start of cellsHit.keys()) {
    if (seen.has(start)) continue;
    const group = { minX: Infinity, maxX: -Infinity, pixels: 0 };
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const key = stack.pop()!;
      const cell = cellsHit.get(key)!;
      group.minX = Math.min(group.minX, cell.minX);
      group.maxX = Math.max(group.maxX, cell.maxX);
      group.pixels += cell.pixels;
      const [cy, cx] = [Math.floor(key / cols), key % cols];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const next = (cy + dy) * cols + cx + dx;
          if (cx + dx >= 0 && cx + dx < cols && cellsHit.has(next) && !seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
      }
    }
    groups.push(group);
  }
  return groups.filter((g) => g.pixels >= 20).sort((p, q) => p.minX - q.minX);
}

describe('time-left labels in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ RULES_DIR: rulesOfSeconds() });
    const points = cells.features
      .filter((f) => f.properties.kind === 'basic')
      .map((f) => pointOnFeature(f).geometry.coordinates as [number, number])
      .filter(clearOfNames);
    const [rowLon, rowLat] = points[0]!;
    // A cell far from the row's, so its label stands alone.
    const alone = points.sort(
      (p, q) => Math.hypot(q[0] - rowLon, q[1] - rowLat) - Math.hypot(p[0] - rowLon, p[1] - rowLat),
    )[0]!;
    const reports = [
      ...ROW.map((category, i) => ({ category, lon: rowLon + i * ROW_STEP_DEG, lat: rowLat })),
      { category: 'noise' as CategoryId, lon: alone[0], lat: alone[1] },
      // On a community's name: its label would cover the name's right half.
      { category: 'road-damage' as CategoryId, lon: names[0]![0], lat: names[0]![1] },
    ];
    const ids: string[] = [];
    for (const [i, r] of reports.entries()) {
      const response = await postIncidents(server.url, {
        source: 'resident',
        sourceRef: `sla-${i}`,
        category: r.category,
        at: new Date().toISOString(),
        location: { lon: r.lon, lat: r.lat },
        description: '时限标注',
      });
      const body = (await response.json()) as { results: { status: string; caseId?: string }[] };
      expect(body.results[0]?.status).toBe('accepted');
      ids.push(body.results[0]!.caseId!);
    }
    const who = await createUser(server.url, 'dispatcher');
    const api = await signInApi(server.url, who.username, who.password);
    for (const action of ['verify', 'register']) {
      const response = await fetch(`${server.url}${CASE_ACTIONS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: api.cookie, [CSRF_HEADER]: api.csrfToken },
        body: JSON.stringify(ids.map((caseId) => ({ caseId, action }))),
      });
      expect(((await response.json()) as { accepted: number }).accepted).toBe(ids.length);
    }
    await new Promise((r) => setTimeout(r, 3500)); // past every limit
    browser = await launchBrowser();
    page = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'dispatcher',
    });
    await page.goto(server.url);
    await page.waitForFunction(() => (window.__caohu?.drawnCaseIds().length ?? 0) >= 7, null, {
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the lone label, of the row only as much as one label, and none over a name', async () => {
    const map = page.getByTestId('map');
    const toggle = page.getByTestId('layer-toggle-incidents');
    let groups: InkGroup[] = [];
    for (let attempt = 0; attempt < 20 && groups.length < 2; attempt++) {
      await page.waitForTimeout(500);
      const on = await map.screenshot();
      await toggle.click();
      await page.waitForTimeout(700);
      const off = await map.screenshot();
      await toggle.click();
      groups = labelInk(on, off);
    }
    expect(groups).toHaveLength(2);
    const [a, b] = groups.map((g) => g.maxX - g.minX) as [number, number];
    // Drawn into each other, five labels 10 px apart would run some 40 px wider than one.
    expect(Math.abs(a - b)).toBeLessThanOrEqual(8);
  });
});
