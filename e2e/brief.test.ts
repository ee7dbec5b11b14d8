// The leaders' briefing in a real browser, over twelve hours of simulated traffic: it loads and shows
// the figures, playback to a past moment shows that moment's cases (the count equals the server's
// snapshot?at= for that moment), the address restores the view, and the map exports as a PNG.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../core/protocol/sync';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { createDisplayToken, newSignedInPage } from './support/accounts';
import { launchBrowser } from './support/browser';
import { countDistinctColours } from './support/pixels';
import { startServer, type RunningServer } from './support/server';

const HOUR_MS = 3_600_000;

async function snapshotCountAt(url: string, atMs: number): Promise<number> {
  const at = new Date(atMs).toISOString();
  const response = await fetch(`${url}/api/v1/snapshot?at=${encodeURIComponent(at)}`, {
    headers: { authorization: `Bearer ${await createDisplayToken(url, 'brief-check')}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as Snapshot).cases.length;
}

/** Moves the slider as a person would: its value changes and an input event follows. */
async function moveSlider(page: Page, atMs: number): Promise<void> {
  await page.getByTestId('brief-slider').evaluate((element, value) => {
    const input = element as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, atMs);
  await page.waitForFunction(
    (value) =>
      document.querySelector('[data-testid="brief-moment"]')?.getAttribute('data-at') === String(value),
    atMs,
  );
}

async function shownCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('brief-shown').getAttribute('data-count'));
}

describe('briefing in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12' });
    browser = await launchBrowser();
    page = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'leader',
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.url}/brief`);
    await page.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the figures table for the range', async () => {
    await expect(page.getByTestId('brief-figures').locator('tbody tr').count()).resolves.toBe(8);
    const registered = Number(await page.getByTestId('brief-value-registered').textContent());
    expect(registered).toBeGreaterThan(0);
    await expect(page.getByTestId('brief-value-closeRate').textContent()).resolves.toMatch(/^\d+\.\d%$/);
    await expect(page.getByTestId('brief-by-community').locator('button').count()).resolves.toBeGreaterThan(
      0,
    );
    // Twelve hours of log cannot cover the previous seven days: no 环比 rather than a partial one.
    await expect(page.getByTestId('brief-mom-note').count()).resolves.toBe(1);
  });

  it('played back to a past moment, the map shows that moment’s cases', async () => {
    const slider = page.getByTestId('brief-slider');
    const toMs = Number(await slider.getAttribute('max'));
    for (const hoursBack of [9, 4, 0.5]) {
      const at = toMs - hoursBack * HOUR_MS;
      await moveSlider(page, at);
      const expected = await snapshotCountAt(server.url, at);
      expect(expected).toBeGreaterThan(0);
      expect(await shownCount(page)).toBe(expected);
    }
  });

  it('restores the view from its address', async () => {
    const slider = page.getByTestId('brief-slider');
    const at = Number(await slider.getAttribute('max')) - 3 * HOUR_MS;
    await moveSlider(page, at);
    const community = page.getByTestId('brief-by-community').locator('button').first();
    const code = (await community.getAttribute('data-testid'))!.replace('brief-community-', '');
    await community.click();
    await page.getByTestId('brief-map-heatmap').click();
    await page.getByTestId('brief-range-30d').click();
    await page.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
    // Zoom the map in (the wheel over its middle): its position goes into the address too.
    const box = (await page.getByTestId('brief-map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7);
    await page.mouse.wheel(0, -400);
    const camera = page.locator('[data-testid="brief-map"] [data-camera]');
    await camera.waitFor();
    await moveSlider(page, at);
    // The address is written a moment after the last change: wait for this one.
    await page.waitForFunction(
      (iso) =>
        new URLSearchParams(location.search).get('at') === iso &&
        Number(new URLSearchParams(location.search).get('z')) > 12.5, // the wheel's zoom has ended
      new Date(at).toISOString(),
    );
    const filtered = await page.getByTestId('brief-filter').textContent();
    const shown = await shownCount(page);
    const address = page.url();
    expect(address).toContain(`community=${code}`);
    expect(address).toContain('range=30d');

    const other = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'leader',
    });
    await other.goto(address);
    await other.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
    await expect(other.getByTestId('brief-filter').textContent()).resolves.toBe(filtered);
    await expect(other.getByTestId('brief-map-heatmap').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(other.getByTestId('brief-range-30d').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(other.getByTestId('brief-moment').getAttribute('data-at')).resolves.toBe(String(at));
    expect(await shownCount(other)).toBe(shown);
    // The map stands where the address says (as the map itself reports it after a move).
    const q = new URL(address).searchParams;
    const where = `${Number(q.get('lon')).toFixed(4)},${Number(q.get('lat')).toFixed(4)},${Number(q.get('z')).toFixed(1)}`;
    expect(Number(q.get('z'))).toBeGreaterThan(12.5); // zoomed in from the fitted street (~12.2)
    await expect(
      other.locator('[data-testid="brief-map"] [data-camera]').getAttribute('data-camera'),
    ).resolves.toBe(where);
    await other.close();
  });

  it('exports the map with its legend as a PNG', async () => {
    await page.getByTestId('brief-map-points').click();
    await page.waitForTimeout(1500); // the points are drawn on the next frames
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('brief-export-png').click(),
    ]);
    const file = readFileSync((await download.path())!);
    const png = PNG.sync.read(file);
    const box = (await page.getByTestId('brief-map').boundingBox())!;
    expect(png.width).toBe(Math.round(box.width));
    expect(png.height).toBe(Math.round(box.height));
    // The legend alone has many colours (antialiased text): count those of the map's lower half,
    // below the legend, where the basemap, the street and the cases are (text alone gives ~30).
    const lower = new PNG({ width: png.width, height: Math.floor(png.height / 2) });
    PNG.bitblt(png, lower, 0, png.height - lower.height, png.width, lower.height, 0, 0);
    expect(countDistinctColours(PNG.sync.write(lower))).toBeGreaterThanOrEqual(150);
  });
});
