// Screenshots of the dispatcher's desk and the field page (docs/screenshots/): the production build
// with the simulator's backfill, /dispatch at 1920×1080 (zh-CN and en) with the most urgent case
// open and its recommended people, and /field at 390×844 signed in as the grid worker holding the
// most cases. Run after `npm run build`: `npx tsx scripts/screenshots-desk.ts`.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Snapshot } from '../core/protocol/sync';
import { createUser, signInApi, signInContext } from '../e2e/support/accounts';
import { launchBrowser } from '../e2e/support/browser';
import { E2E_ADMIN, startServer, type RunningServer } from '../e2e/support/server';

type AuthServer = RunningServer;
const passwords = new Map<string, string>();

async function signIn(
  browser: Browser,
  server: AuthServer,
  username: string,
  options: BrowserContextOptions,
) {
  const context = await browser.newContext(options);
  await signInContext(context, server.url, username, passwords.get(username) ?? '');
  return context;
}

const DIR = 'docs/screenshots';

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as { __caohu?: { seq: number | null } }).__caohu?.seq != null,
    null,
    {
      timeout: 60_000,
    },
  );
}

async function shootDesk(browser: Browser, server: AuthServer, lang: 'zh-CN' | 'en'): Promise<void> {
  const context = await signIn(browser, server, 'shot-desk', { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript((language) => localStorage.setItem('caohu.lang', language), lang);
  await page.goto(`${server.url}/dispatch`);
  await waitForLive(page);
  await page.waitForTimeout(3000);
  // The first case that may be dispatched: its recommendations are the point of the picture.
  const row = page.locator(
    '[data-testid="queue-row"][data-state="registered"], [data-testid="queue-row"][data-state="returned"]',
  );
  if ((await row.count()) > 0) await row.first().click();
  else {
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
  }
  await page.waitForTimeout(8000); // software GL: the flight, tiles and layers settle
  const file = `${DIR}/dispatch-1920x1080${lang === 'en' ? '-en' : ''}.png`;
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await context.close();
}

async function shootField(browser: Browser, server: AuthServer): Promise<void> {
  const admin = await signInApi(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
  const response = await fetch(`${server.url}/api/v1/snapshot`, { headers: { cookie: admin.cookie } });
  const snapshot = (await response.json()) as Snapshot;
  const load = new Map<string, number>();
  for (const c of snapshot.cases)
    if (c.assignee?.role === 'grid-worker' && ['dispatched', 'in-progress'].includes(c.state))
      load.set(c.assignee.id, (load.get(c.assignee.id) ?? 0) + 1);
  const [personId] = [...load.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!personId) throw new Error('no grid worker holds a case yet');
  const name = snapshot.people.find((p) => p.id === personId)?.name ?? personId;
  const field = await createUser(server.url, 'grid-worker', { username: 'shot-field', name, personId });
  passwords.set(field.username, field.password);
  const context = await signIn(browser, server, 'shot-field', {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/field`);
  await waitForLive(page);
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${DIR}/field-390x844.png` });
  await page.getByTestId('field-card').first().click();
  await page.locator('[data-action="navigate"]').click();
  await page.waitForTimeout(6000);
  await page.screenshot({ path: `${DIR}/field-case-390x844.png` });
  console.log(`wrote ${DIR}/field-390x844.png, ${DIR}/field-case-390x844.png`);
  await context.close();
}

mkdirSync(DIR, { recursive: true });
const server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12' });
const browser = await launchBrowser({ language: 'zh-CN' }); // as on the street's desktops
try {
  const desk = await createUser(server.url, 'dispatcher', { username: 'shot-desk', name: '李娜' });
  passwords.set(desk.username, desk.password);
  await shootDesk(browser, server, 'zh-CN');
  await shootDesk(browser, server, 'en');
  await shootField(browser, server);
} finally {
  await browser.close();
  await server.stop();
}
