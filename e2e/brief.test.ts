// The leaders' briefing in a real browser, over twelve hours of simulated traffic: it loads and shows
// the figures, playback to a past moment shows that moment's cases (the count equals the server's
// snapshot?at= for that moment), the address restores the view, the map exports as a PNG, and the
// briefing as a one-page PDF (read back with poppler: one A4 page, the map, the figures as shown).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../core/protocol/sync';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { createDisplayToken, newSignedInPage } from './support/accounts';
import { FIGURE_ROWS } from '../client/src/modes/brief/brief-format';
import { FONT } from '../client/src/modes/brief/export-png';
import { ACCENT, INK } from '../client/src/modes/brief/pdf/draw-sheet';
import { PAGE, SHEET, tableCell, VALUE_TEXT } from '../client/src/modes/brief/pdf/sheet-layout';
import { launchBrowser } from './support/browser';
import {
  crop,
  firstImage,
  greys,
  inkDifference,
  inkPixels,
  pdfImages,
  pdfInfo,
  renderPage,
  type Box,
} from './support/pdf';
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

/** Texts drawn by the page's browser as the PDF sheet draws them, on white, one greyscale image each. */
async function drawnTexts(
  page: Page,
  box: Box,
  o: { texts: string[]; font: string; colour: string; x: number; baseline: number; align: 'left' | 'right' },
): Promise<number[][]> {
  const rgba = await page.evaluate(
    ({ w, h, o }) =>
      o.texts.map((text) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#ffffff';
        g.fillRect(0, 0, w, h);
        g.font = o.font;
        g.fillStyle = o.colour;
        g.textAlign = o.align;
        g.fillText(text, o.x, o.baseline);
        return Array.from(g.getImageData(0, 0, w, h).data);
      }),
    { w: box.w, h: box.h, o },
  );
  return rgba.map(greys);
}

/** Another text of the same kind: every digit moved on by one ("—" becomes "0"). */
const otherText = (text: string) =>
  /\d/.test(text) ? text.replace(/\d/g, (d) => String((Number(d) + 1) % 10)) : '0';

async function shownCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('brief-shown').getAttribute('data-count'));
}

/** Panels cut off by their column or holding more than they show, and text wider than its box (but
 * for an ellipsis). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const panel of document.querySelectorAll<HTMLElement>('.brief__column > .brief-panel')) {
      const column = panel.parentElement!.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      if (box.bottom > column.bottom + 0.5 || panel.scrollHeight > panel.clientHeight + 1) {
        problems.push(`${panel.dataset.testid ?? '?'} is cut off`);
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="brief"] *')) {
      if (el.closest('.maplibregl-map, canvas, svg')) continue;
      const cut = getComputedStyle(el).textOverflow === 'ellipsis';
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !cut) {
        problems.push(`${el.tagName}.${el.className} overflows: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return problems;
  });
}

describe('briefing in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const eventRequests: string[] = [];

  beforeAll(async () => {
    server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12' });
    browser = await launchBrowser();
    page = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'leader',
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error('page console:', message.text());
    });
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/events')) eventRequests.push(request.url());
    });
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
    // Nor can it reach back a year: 同比 is "—", and the tooltip and the note say why.
    for (const row of FIGURE_ROWS) {
      const cell = page.getByTestId(`brief-yoy-${row}`);
      await expect(cell.textContent()).resolves.toBe('—');
      await expect(cell.getAttribute('title')).resolves.toMatch(
        /^去年同期（\d{4}-\d{2}-\d{2} .+）早于事件日志的起点/,
      );
    }
    await expect(page.getByTestId('brief-yoy-note').count()).resolves.toBe(1);
    // Only the case events were asked for, without their free text.
    expect(eventRequests.length).toBeGreaterThan(0);
    for (const url of eventRequests) {
      const q = new URL(url).searchParams;
      expect(q.get('types')).toBe('report.accepted,case.transitioned');
      expect(q.get('detail')).toBe('summary');
    }
  });

  it('fits its screen in Chinese and in English: no panel cut off, no text spilling', async () => {
    expect(await layoutProblems(page)).toEqual([]);
    const english = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'leader',
    });
    try {
      await english.addInitScript(() => localStorage.setItem('caohu.lang', 'en'));
      await english.goto(`${server.url}/brief`);
      await english.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
      await english.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await layoutProblems(english)).toEqual([]);
      // Whole names, not "Caohu Garden Community N…" twice (No. 1 and No. 2).
      const cutNames = await english
        .getByTestId('brief-by-community')
        .locator('.brief-bars__label')
        .evaluateAll((labels) =>
          labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
        );
      expect(cutNames).toEqual([]);
    } finally {
      await english.close();
    }
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
    // The community's name once the area data is in (its code until then).
    await expect
      .poll(() => other.getByTestId('brief-filter').textContent(), { timeout: 15_000 })
      .toBe(filtered);
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

  it('exports a one-page PDF briefing in Chinese with the map and the figures as shown', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('brief-export-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^caohu-brief-\d{12}\.pdf$/);
    const file = (await download.path())!;
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    // A4 landscape (841.89 × 595.28 pt) as poppler names it, to within a tenth of a point.
    expect(info.pageSize).toMatch(/ pts \(A4\)$/);
    const [width, height] = info.pageSize
      .split(' ')
      .filter((_, i) => i !== 1)
      .map(Number);
    expect(Math.abs(width! - 841.89)).toBeLessThan(0.1);
    expect(Math.abs(height! - 595.28)).toBeLessThan(0.1);

    // One image, the whole page at 150 dpi, stored losslessly; read it as stored.
    expect(pdfImages(file).filter((i) => i.type === 'image')).toEqual([
      { type: 'image', width: PAGE.w, height: PAGE.h },
    ]);
    const sheet = firstImage(file);
    // And as a reader draws it, to look at.
    mkdirSync('var', { recursive: true });
    writeFileSync(
      'var/e2e-brief-pdf.png',
      PNG.sync.write(renderPage(file, { width: PAGE.w, height: PAGE.h })),
    );
    // The map image: the basemap, the street and the cases (a blank or flat box has a handful).
    expect(countDistinctColours(PNG.sync.write(crop(sheet, SHEET.map)))).toBeGreaterThanOrEqual(150);

    // Each figure as the screen shows it, drawn by this browser in the sheet's font at the cell's
    // place, matches the PDF image's pixels there (lossless: the same pixels); other digits do not.
    for (const [i, row] of FIGURE_ROWS.entries()) {
      const shown = (await page.getByTestId(`brief-value-${row}`).textContent())!;
      const cell = tableCell(i, 1);
      const [right, wrong] = await drawnTexts(page, cell, {
        texts: [shown, otherText(shown)],
        font: `${VALUE_TEXT.weight} ${VALUE_TEXT.size}px ${FONT}`,
        colour: INK,
        x: cell.w - VALUE_TEXT.padRight,
        baseline: VALUE_TEXT.baseline,
        align: 'right',
      });
      const inPdf = greys(crop(sheet, cell).data);
      expect(inkPixels(inPdf), `${row} has ink`).toBeGreaterThan(20);
      const same = inkDifference(inPdf, right!);
      const other = inkDifference(inPdf, wrong!);
      console.log(
        'FIGCHECK',
        row,
        shown,
        same.toFixed(1),
        other.toFixed(1),
        inkPixels(inPdf),
        inkPixels(right!),
      );
      expect(same, `${row} "${shown}" matches`).toBeLessThan(4);
      expect(other, `${row} differs from "${otherText(shown)}"`).toBeGreaterThan(20);
    }
    // The title is Chinese, drawn with the system's CJK font.
    const titleBox = { x: SHEET.header.x, y: SHEET.header.y, w: 900, h: 60 };
    const [title, notTitle] = await drawnTexts(page, titleBox, {
      texts: ['漕湖街道城市运行态势 · 领导简报', 'Caohu Street live picture · Briefing'],
      font: `700 42px ${FONT}`,
      colour: ACCENT,
      x: 0,
      baseline: 48,
      align: 'left',
    });
    const titleInPdf = greys(crop(sheet, titleBox).data);
    expect(inkPixels(titleInPdf)).toBeGreaterThan(1000);
    expect(inkDifference(titleInPdf, title!)).toBeLessThan(4);
    expect(inkDifference(titleInPdf, notTitle!)).toBeGreaterThan(20);
  });
});
