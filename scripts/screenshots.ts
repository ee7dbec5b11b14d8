// Takes the screenshots in docs/: the production build with the simulator's backfill, the live
// overview at a desk (1920×1080) and on a wall screen (3840×2160), the wall mode (/wall) at
// both sizes, the leaders' briefing (/brief) on a projector, the login page and the admin screen.
// Run with `npm run screenshots`; `-- --only=wall` (or overview, brief, login, admin) takes one
// set, `--en` the English ones. Pages are signed in as the first admin (ADMIN_USERNAME).
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';
import { createUser, E2E_ADMIN, E2E_ADMIN_ENV, signInApi, signInContext } from '../e2e/support/sign-in';

type Shot = { path: string; width: number; height: number; file: string; signedIn: boolean };

const shots: Shot[] = [
  { path: '/', width: 1920, height: 1080, file: 'docs/screenshot-1920x1080.png', signedIn: true },
  { path: '/', width: 3840, height: 2160, file: 'docs/screenshot-3840x2160.png', signedIn: true },
  { path: '/wall', width: 3840, height: 2160, file: 'docs/screenshot-wall-3840x2160.png', signedIn: true },
  { path: '/wall', width: 1920, height: 1080, file: 'docs/screenshot-wall-1920x1080.png', signedIn: true },
  { path: '/brief', width: 1920, height: 1080, file: 'docs/screenshot-brief-1920x1080.png', signedIn: true },
  { path: '/login', width: 1920, height: 1080, file: 'docs/screenshot-login-1920x1080.png', signedIn: false },
  { path: '/admin', width: 1920, height: 1080, file: 'docs/screenshot-admin-1920x1080.png', signedIn: true },
];
const modeOf = (path: string) => (path === '/' ? 'overview' : path.slice(1));
const lang = process.argv.includes('--en') ? 'en' : 'zh-CN';
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wanted = shots.filter((s) => !only || modeOf(s.path) === only);

/** A few accounts, so the admin screen shows a street's users rather than an empty table. */
async function seedAccounts(url: string): Promise<void> {
  const admin = await signInApi(url, E2E_ADMIN.username, E2E_ADMIN.password);
  const people = [
    { username: 'wang.zhuren', name: '王建国', role: 'leader' },
    { username: 'li.diaodu', name: '李敏', role: 'dispatcher' },
    { username: 'zhou.diaodu', name: '周婷', role: 'dispatcher' },
    { username: 'wall-main', name: '指挥中心值守', role: 'viewer' },
    { username: 'chen.wangge', name: '陈晓东', role: 'grid-worker', personId: 'CH-W-001' },
  ] as const;
  for (const person of people) await createUser(url, admin, person);
}

async function openShot(browser: Browser, url: string, shot: Shot): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height } });
  if (shot.signedIn) await signInContext(context, url, E2E_ADMIN.username, E2E_ADMIN.password);
  const page = await context.newPage();
  await page.addInitScript((language) => localStorage.setItem('caohu.lang', language), lang);
  await page.goto(`${url}${shot.path}`);
  if (shot.path === '/login') {
    await page.getByTestId('login').waitFor();
    return page;
  }
  if (shot.path === '/admin') {
    await page.locator('[data-testid="user-row"]').first().waitFor();
    return page;
  }
  await page.waitForFunction(
    () => (window as { __caohu?: { seq: number | null } }).__caohu?.seq != null,
    null,
    {
      timeout: 60_000,
    },
  );
  // The briefing reads its history after the live sync: wait until it has.
  if (shot.path === '/brief')
    await page.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(8000); // software GL: let tiles, layers and labels settle
  return page;
}

const server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12', ...E2E_ADMIN_ENV });
const browser = await launchBrowser();
try {
  await seedAccounts(server.url);
  for (const shot of wanted) {
    const page = await openShot(browser, server.url, shot);
    const file = lang === 'en' ? shot.file.replace('.png', '-en.png') : shot.file;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.stop();
}
