// Takes the screenshots in docs/: the production build with the simulator's backfill, the live
// overview at a desk (1920×1080, and its header with the page switcher) and on a wall screen
// (3840×2160), the wall mode (/wall) at both sizes, the leaders' briefing (/brief) on a projector,
// the login page and the admin screen. Run with `npm run screenshots`; `-- --only=wall` (or
// overview, brief, login, admin) takes one set, `--en` the English ones.
import type { Browser, Page } from 'playwright-core';
import { createDisplayToken, createUser, newSignedInPage } from '../e2e/support/accounts';
import { launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

type Shot = { path: string; width: number; height: number; file: string };

const shots: Shot[] = [
  { path: '/', width: 1920, height: 1080, file: 'docs/screenshot-1920x1080.png' },
  { path: '/', width: 3840, height: 2160, file: 'docs/screenshot-3840x2160.png' },
  { path: '/wall', width: 3840, height: 2160, file: 'docs/screenshot-wall-3840x2160.png' },
  { path: '/wall', width: 1920, height: 1080, file: 'docs/screenshot-wall-1920x1080.png' },
  { path: '/brief', width: 1920, height: 1080, file: 'docs/screenshot-brief-1920x1080.png' },
  { path: '/login', width: 1920, height: 1080, file: 'docs/screenshot-login-1920x1080.png' },
  { path: '/admin', width: 1920, height: 1080, file: 'docs/screenshot-admin-1920x1080.png' },
];
const HEADER_FILE = 'docs/screenshot-header-1920x1080.png';
const modeOf = (path: string) => (path === '/' ? 'overview' : path.slice(1));
const lang = process.argv.includes('--en') ? 'en' : 'zh-CN';
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wanted = shots.filter((s) => !only || modeOf(s.path) === only);
const named = (file: string) => (lang === 'en' ? file.replace('.png', '-en.png') : file);

/** A street's accounts, so the admin screen shows real-looking users rather than one admin. */
async function seedAccounts(url: string): Promise<void> {
  await createUser(url, 'leader', { username: 'wang.zhuren', name: '王建国' });
  await createUser(url, 'dispatcher', { username: 'li.diaodu', name: '李敏' });
  await createUser(url, 'dispatcher', { username: 'zhou.diaodu', name: '周婷' });
  await createUser(url, 'grid-worker', { username: 'chen.wangge', name: '陈晓东', personId: 'CH-W-001' });
}

/** The wall as a wall screen (display token), login signed out, the rest as the people who use them. */
async function openShot(browser: Browser, url: string, shot: Shot, token: string): Promise<Page> {
  const viewport = { width: shot.width, height: shot.height };
  const signedOut = shot.path === '/wall' || shot.path === '/login';
  const as = shot.path === '/brief' ? 'leader' : shot.path === '/admin' ? 'admin' : 'dispatcher';
  const page = signedOut
    ? await browser.newPage({ viewport })
    : await newSignedInPage(browser, url, { viewport, as });
  await page.addInitScript((language) => localStorage.setItem('caohu.lang', language), lang);
  await page.goto(`${url}${shot.path}${shot.path === '/wall' ? `?token=${encodeURIComponent(token)}` : ''}`);
  if (shot.path === '/login') await page.getByTestId('login').waitFor();
  else if (shot.path === '/admin') await page.locator('[data-testid="user-row"]').first().waitFor();
  else {
    await page.waitForFunction(
      () => (window as { __caohu?: { seq: number | null } }).__caohu?.seq != null,
      null,
      {
        timeout: 60_000,
      },
    );
    // The briefing reads its history after the live sync: wait until it has.
    // and its map has drawn (the exports wait for that).
    if (shot.path === '/brief') {
      await page.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid="brief-export-pdf"]:not([disabled])').waitFor({ timeout: 60_000 });
    }
    // The live map's layers and its complete basemap on screen (software GL takes seconds), then
    // time for labels to settle.
    if (shot.path === '/' || shot.path === '/wall') {
      await page.waitForFunction(
        () =>
          ['caohu:layers-shown', 'caohu:basemap-complete-shown'].every(
            (name) => performance.getEntriesByName(name).length > 0,
          ),
        null,
        { timeout: 60_000, polling: 250 },
      );
    }
    await page.waitForTimeout(shot.path === '/brief' ? 8000 : 3000);
  }
  return page;
}

const server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12' });
// The browser in the screenshot's language, as on the street's desktops: its own controls (the
// briefing's and the desk's date fields) are drawn in it.
const browser = await launchBrowser({ language: lang === 'en' ? 'en-US' : 'zh-CN' });
try {
  const token = await createDisplayToken(server.url);
  if (wanted.some((s) => s.path === '/admin')) await seedAccounts(server.url);
  for (const shot of wanted) {
    const page = await openShot(browser, server.url, shot, token);
    await page.screenshot({ path: named(shot.file) });
    console.log(`wrote ${named(shot.file)}`);
    if (shot.path === '/' && shot.width === 1920) {
      await page.getByTestId('header').screenshot({ path: named(HEADER_FILE) });
      console.log(`wrote ${named(HEADER_FILE)}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
