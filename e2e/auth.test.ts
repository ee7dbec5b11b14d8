// Signing in, pages by role and display tokens in Chromium against the production build: a wrong
// password then the right one, the switcher of a leader and a dispatcher, a viewer refused the
// briefing, logout (the snapshot API then answers 401), and a wall signed in by a display token an
// admin creates in the UI, then revokes (the wall says so); a made-up token is refused.
import { pointOnFeature } from '@turf/turf';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCollection } from '../core/domain/area';
import { PENDING_MODES } from '../client/src/modes/routes';
import { launchBrowser } from './support/browser';
import { librariesLoaded } from './support/libraries';
import { createUser } from './support/accounts';
import { E2E_ADMIN, postIncidents, startServer, type RunningServer } from './support/server';
import type {} from '../client/src/state/test-hook'; // window.__caohu

const cells = JSON.parse(readFileSync('data/area/grid-cells.geojson', 'utf8')) as CellCollection;

let server: RunningServer;
let browser: Browser;
const passwords: Record<string, string> = {};

/** Fills the login form the page shows and submits it. */
async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function report(ref: string): Promise<void> {
  const cell = cells.features.find((f) => f.properties.kind === 'basic')!;
  const [lon, lat] = pointOnFeature(cell).geometry.coordinates as [number, number];
  const body = {
    source: 'resident',
    sourceRef: ref,
    category: 'noise',
    at: new Date().toISOString(),
    location: { lon, lat },
  };
  expect((await postIncidents(server.url, body)).status).toBe(200);
}

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}${path}`);
  return page;
}

async function signedIn(path: string, username: string): Promise<Page> {
  const page = await openPage(path);
  await submitLogin(page, username, passwords[username]!);
  await page.getByTestId('user-badge').waitFor();
  return page;
}

/** The libraries in the JavaScript a page loaded, from the build's source maps. */
const switcherModes = (page: Page) =>
  page
    .locator('[data-testid="mode-switcher"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-mode')));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  passwords[E2E_ADMIN.username] = E2E_ADMIN.password;
  for (const [username, name, role] of [
    ['leader1', '王主任', 'leader'],
    ['dispatch1', '李调度', 'dispatcher'],
    ['viewer1', '值班屏', 'viewer'],
  ] as const)
    passwords[username] = (await createUser(server.url, role, { username, name })).password;
  await report('auth-e2e-1');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('signing in', () => {
  it('refuses a wrong password with a clear error, then signs in and returns where the user wanted to go', async () => {
    const page = await openPage('/brief');
    await page.getByTestId('login').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    // The login page is light: React and the socket client, no map engines.
    const libraries = await librariesLoaded(page);
    expect(libraries.has('react-dom')).toBe(true);
    expect([...libraries].filter((name) => /maplibre|deck\.gl|luma\.gl/.test(name))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/brief');
    await submitLogin(page, 'leader1', 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.getAttribute('data-kind')).toBe('invalidCredentials');
    expect(await error.textContent()).toContain('用户名或密码错误');
    await submitLogin(page, 'leader1', passwords.leader1!);
    await page.getByTestId('brief').waitFor();
    expect(new URL(page.url()).pathname).toBe('/brief');
    await page.close();
  });

  it('shows a leader and a dispatcher only the pages of their role, with their name and role', async () => {
    const leader = await signedIn('/', 'leader1');
    await leader.getByTestId('mode-switcher').waitFor();
    expect(await switcherModes(leader)).toEqual(['overview', 'wall', 'brief']);
    expect(await leader.getByTestId('user-badge').textContent()).toContain('王主任');
    expect(await leader.getByTestId('user-badge').textContent()).toContain('领导');
    await leader.close();
    const dispatcher = await signedIn('/', 'dispatch1');
    await dispatcher.getByTestId('mode-switcher').waitFor();
    // The desk is offered once its screen exists.
    const desk = PENDING_MODES.has('dispatch') ? [] : ['dispatch'];
    expect(await switcherModes(dispatcher)).toEqual(['overview', 'wall', 'brief', ...desk]);
    // The switcher moves between pages in place.
    await dispatcher.locator('[data-testid="mode-switcher"] a[data-mode="brief"]').click();
    await dispatcher.getByTestId('brief').waitFor();
    await dispatcher.close();
  });

  it('refuses a viewer the briefing with a link to a permitted page', async () => {
    const page = await signedIn('/', 'viewer1');
    await page.goto(`${server.url}/brief`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('forbidden').textContent()).toContain('无权访问');
    await page.getByTestId('forbidden-home').click();
    await page.getByTestId('header').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('logs out to /login, after which the snapshot API answers 401', async () => {
    const page = await signedIn('/', 'leader1');
    const before = await page.evaluate(() => fetch('/api/v1/snapshot').then((r) => r.status));
    expect(before).toBe(200);
    await page.getByTestId('logout').click();
    await page.getByTestId('login').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    const after = await page.evaluate(() => fetch('/api/v1/snapshot').then((r) => r.status));
    expect(after).toBe(401);
    await page.close();
  });
});

describe('display tokens', () => {
  it('an admin creates one in the UI, a wall signs in with it and shows live data, then it is revoked', async () => {
    const admin = await signedIn('/admin', E2E_ADMIN.username);
    await admin.getByTestId('admin-tab-tokens').click();
    await admin.getByTestId('token-label').fill('指挥中心主屏');
    await admin.getByTestId('token-create').click();
    const wallUrl = (await admin.getByTestId('new-wall-url').textContent()) ?? '';
    expect(wallUrl).toMatch(/\/wall\?token=/);
    await admin.getByTestId('secret-close').click();

    const wallContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const wall = await wallContext.newPage();
    await wall.goto(wallUrl);
    await wall.getByTestId('wall').waitFor();
    await wall.waitForFunction(() => window.__caohu?.seq != null, null, { timeout: 60_000 });
    expect(new URL(wall.url()).searchParams.has('token')).toBe(false); // the secret leaves the address bar
    const seq = await wall.evaluate(() => window.__caohu!.seq!);
    await report('auth-e2e-2');
    await wall.waitForFunction((old) => (window.__caohu?.seq ?? 0) > old, seq, { timeout: 30_000 });

    await admin.reload(); // the list shows the wall's last use
    const row = admin.locator('[data-testid="token-row"][data-label="指挥中心主屏"]');
    await row.waitFor();
    expect(await row.textContent()).not.toContain('从未');
    await row.getByTestId('token-revoke').click();
    await admin.getByTestId('confirm-yes').click();
    await wall.getByTestId('token-invalid').waitFor({ timeout: 30_000 });
    expect(await wall.getByTestId('token-invalid').textContent()).toContain('此显示令牌已失效');
    // Reopened, the revoked token is refused at once.
    await wall.reload();
    await wall.getByTestId('token-invalid').waitFor();
    await wallContext.close();
    await admin.close();
  });

  it('refuses a made-up token with the same screen', async () => {
    const context = await browser.newContext();
    const wall = await context.newPage();
    await wall.goto(`${server.url}/wall?token=not-a-real-token-0123456789`);
    await wall.getByTestId('token-invalid').waitFor();
    expect(await wall.evaluate(() => window.__caohu?.seq ?? null)).toBeNull();
    await context.close();
  });
});
