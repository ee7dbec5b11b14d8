// The dispatcher's desk and the field page in Chromium, end to end: a resident's report posted to
// the feed appears in the queue, is verified, registered and dispatched to the recommended grid
// worker with the keyboard alone; the grid worker accepts it on /field and marks it handled with a
// photo; a third person checks and closes it on /dispatch, and today's figures move. Two
// dispatchers dispatching one case at once: one of them is told of the conflict.
import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCollection, CellFeature } from '../core/domain/area';
import { launchBrowser } from './support/browser';
import { createUser, signInContext } from './support/accounts';
import { postIncidents, postPositions, startServer, type RunningServer } from './support/server';

const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8')) as CellCollection;
/** Basic cells with one grid worker each: the own-cell recommendation is unambiguous. */
const ONE_WORKER = cells.features.filter(
  (f) => f.properties.kind === 'basic' && f.properties.workers.length === 1,
);

function pointIn(cell: CellFeature): [number, number] {
  return pointOnFeature(cell).geometry.coordinates as [number, number];
}

/** A small real PNG (a 24×16 gradient), as a phone's gallery would hand it over. */
function smallPng(): Buffer {
  const png = new PNG({ width: 24, height: 16 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = (i / 4) % 256;
    png.data[i + 1] = 120;
    png.data[i + 2] = 200;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

async function postReport(url: string, cell: CellFeature, ref: string, description: string): Promise<string> {
  const [lon, lat] = pointIn(cell);
  const response = await postIncidents(url, {
    source: 'resident',
    sourceRef: ref,
    category: 'garbage-overflow',
    at: new Date().toISOString(),
    location: { lon, lat },
    description,
    reporter: { name: '张建国', phone: '13812345678' },
  });
  const body = (await response.json()) as { results: { status: string; caseId?: string }[] };
  expect(body.results[0]?.status).toBe('accepted');
  return body.results[0]!.caseId!;
}

/** Heard from just now, next to the case: the worker is on the map and not offline. */
async function reportPosition(url: string, personId: string, cell: CellFeature): Promise<void> {
  const [lon, lat] = pointIn(cell);
  const response = await postPositions(url, {
    personId,
    at: new Date().toISOString(),
    lon: lon + 0.001,
    lat,
  });
  expect(response.status).toBe(200);
}

async function openDesk(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${url}/dispatch`);
  await page.getByTestId('dispatch').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.__caohu?.seq != null, null, { timeout: 60_000 });
  return page;
}

/** Keyboard only: search for the case, move to it, open it. */
async function openByKeyboard(page: Page, caseId: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(caseId);
  await page.keyboard.press('Escape');
  await page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`).waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid="open-case"][data-case-id="${caseId}"]`).waitFor();
}

const stateOf = (page: Page, caseId: string, state: string) =>
  page.locator(`[data-testid="open-case"][data-case-id="${caseId}"][data-state="${state}"]`).waitFor();

type ContextOptions = Parameters<Browser['newContext']>[0];

describe('dispatch desk and field page in Chromium', () => {
  let server: RunningServer;
  const passwords = new Map<string, string>();
  /** A new browser context signed in as one of the users made below. */
  const signIn = async (username: string, options: ContextOptions) => {
    const context = await browser.newContext(options);
    await signInContext(context, server.url, username, passwords.get(username) ?? '');
    return context;
  };
  const addUser = async (...args: Parameters<typeof createUser>) => {
    const { username, password } = await createUser(...args);
    passwords.set(username, password);
  };
  let browser: Browser;
  const cell = ONE_WORKER[3]!;
  const worker = cell.properties.workers[0]!;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await addUser(server.url, 'dispatcher', { username: 'desk-li', name: '李娜' });
    await addUser(server.url, 'dispatcher', { username: 'desk-wang', name: '王敏' });
    await addUser(server.url, 'dispatcher', { username: 'desk-zhao', name: '赵强' });
    await addUser(server.url, 'grid-worker', { username: 'gw-one', name: worker.name, personId: worker.id });
    await reportPosition(server.url, worker.id, cell);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes a report from the feed to closure: keyboard at the desk, photo in the field, figures move', async () => {
    const desk = await signIn('desk-li', { viewport: { width: 1920, height: 1080 } });
    const page = await openDesk(desk, server.url);
    const closedBefore = await page.getByTestId('figure-closed').locator('b').innerText();

    const caseId = await postReport(
      server.url,
      cell,
      `e2e-desk-${Date.now()}`,
      '小区东门垃圾桶满溢，异味明显',
    );
    await page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`).waitFor({ timeout: 20_000 });

    await openByKeyboard(page, caseId);
    // The dispatcher sees the resident's name and phone as reported (masked for everyone else).
    await expect(page.getByTestId('reporter').first().innerText()).resolves.toContain('13812345678');
    await page.keyboard.press('v');
    await stateOf(page, caseId, 'verified');
    await page.keyboard.press('r');
    await stateOf(page, caseId, 'registered');
    // The cell's own grid worker is recommended first, and on the map.
    const first = page.getByTestId('recommended-person').first();
    await expect(first.getAttribute('data-person-id')).resolves.toBe(worker.id);
    await page.keyboard.press('1');
    await stateOf(page, caseId, 'dispatched');

    // The grid worker, on a phone.
    const phone = await signIn('gw-one', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const field = await phone.newPage();
    await field.goto(`${server.url}/field`);
    await field.locator(`[data-testid="field-card"][data-case-id="${caseId}"]`).click({ timeout: 60_000 });
    await field.locator('[data-action="accept"]').click();
    await field.locator(`[data-testid="field-case"][data-state="in-progress"]`).waitFor();
    await field.locator('[data-action="handle"]').click();
    await field.getByTestId('handle-note').fill('已清运，桶体清洗完毕');
    await field
      .getByTestId('photo-input')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: smallPng() });
    await field.locator('[data-testid="photo"]:not([data-ref=""])').waitFor({ timeout: 20_000 });
    await field.getByTestId('handle-submit').click();
    await field.locator(`[data-testid="field-case"][data-state="handled"]`).waitFor();

    // A third person checks and closes it.
    const checker = await signIn('desk-zhao', { viewport: { width: 1920, height: 1080 } });
    const third = await openDesk(checker, server.url);
    await openByKeyboard(third, caseId);
    await expect(third.getByTestId('case-history').innerText()).resolves.toContain('已清运');
    await third.keyboard.press('p');
    await stateOf(third, caseId, 'checked');
    await third.keyboard.press('c');
    await stateOf(third, caseId, 'closed');
    await third
      .getByTestId('figure-closed')
      .locator('b', { hasText: String(Number(closedBefore) + 1) })
      .waitFor({ timeout: 10_000 });
    await expect(third.getByTestId('figure-closeRate').locator('b').innerText()).resolves.not.toBe('—');
    await Promise.all([desk.close(), phone.close(), checker.close()]);
  });

  it('tells one of two dispatchers dispatching a case at once that the other was first', async () => {
    const caseId = await postReport(server.url, cell, `e2e-conflict-${Date.now()}`, '路口垃圾堆放');
    const [a, b] = await Promise.all([
      signIn('desk-li', { viewport: { width: 1920, height: 1080 } }),
      signIn('desk-wang', { viewport: { width: 1920, height: 1080 } }),
    ]);
    const pageA = await openDesk(a, server.url);
    const pageB = await openDesk(b, server.url);
    await openByKeyboard(pageA, caseId);
    await pageA.keyboard.press('v');
    await stateOf(pageA, caseId, 'verified');
    await pageA.keyboard.press('r');
    await stateOf(pageA, caseId, 'registered');
    await openByKeyboard(pageB, caseId);
    await stateOf(pageB, caseId, 'registered');
    // Presence: each sees that the other has the case open.
    await pageB.getByTestId('case-presence').filter({ hasText: '李娜' }).waitFor({ timeout: 20_000 });
    await pageA.getByTestId('case-presence').filter({ hasText: '王敏' }).waitFor({ timeout: 20_000 });

    await Promise.all([pageA.keyboard.press('1'), pageB.keyboard.press('1')]);
    // Exactly one of them wins; the other is told who was first and what the case is now. The
    // winner's "done" line fades after a few seconds: it is counted as it is seen, while waiting.
    const noticesOf = async (kind: 'conflict' | 'done') => [
      ...(await pageA.getByTestId(`notice-${kind}`).allInnerTexts()),
      ...(await pageB.getByTestId(`notice-${kind}`).allInnerTexts()),
    ];
    let doneSeen = 0;
    await expect
      .poll(
        async () => {
          doneSeen = Math.max(doneSeen, (await noticesOf('done')).filter((t) => t.includes('派遣')).length);
          return [(await noticesOf('conflict')).length, doneSeen];
        },
        { timeout: 20_000 },
      )
      .toEqual([1, 1]);
    const [text] = await noticesOf('conflict');
    expect(text).toMatch(/李娜|王敏/);
    expect(text).toContain('派遣');
    await stateOf(pageA, caseId, 'dispatched');
    await stateOf(pageB, caseId, 'dispatched');
    await Promise.all([a.close(), b.close()]);
  });
});
