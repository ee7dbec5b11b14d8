// Takes the screenshots in docs/: the production build with the simulator's backfill, the live
// overview at a desk (1920×1080) and on a wall screen (3840×2160), the wall mode (/wall) at
// both sizes and the leaders' briefing (/brief) on a projector. Run with `npm run screenshots`;
// `-- --only=wall` (or overview, brief) takes one set, `--en` the English ones.
import { launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

const shots = [
  { path: '/', width: 1920, height: 1080, file: 'docs/screenshot-1920x1080.png' },
  { path: '/', width: 3840, height: 2160, file: 'docs/screenshot-3840x2160.png' },
  { path: '/wall', width: 3840, height: 2160, file: 'docs/screenshot-wall-3840x2160.png' },
  { path: '/wall', width: 1920, height: 1080, file: 'docs/screenshot-wall-1920x1080.png' },
  { path: '/brief', width: 1920, height: 1080, file: 'docs/screenshot-brief-1920x1080.png' },
];
const modeOf = (path: string) => (path === '/' ? 'overview' : path.slice(1));
const lang = process.argv.includes('--en') ? 'en' : 'zh-CN';
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wanted = shots.filter((s) => !only || modeOf(s.path) === only);

const server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12' });
const browser = await launchBrowser();
try {
  for (const shot of wanted) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.addInitScript((language) => localStorage.setItem('caohu.lang', language), lang);
    await page.goto(`${server.url}${shot.path}`);
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
    await page.waitForTimeout(8000); // software GL: let tiles, layers and labels settle
    const file = lang === 'en' ? shot.file.replace('.png', '-en.png') : shot.file;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
