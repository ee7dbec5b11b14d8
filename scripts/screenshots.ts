// Takes the screenshots in docs/: the production build with the simulator's backfill, at a desk
// (1920×1080) and on a wall screen (3840×2160). Run with `npm run screenshots`.
import { launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

const sizes = [
  { width: 1920, height: 1080, file: 'docs/screenshot-1920x1080.png' },
  { width: 3840, height: 2160, file: 'docs/screenshot-3840x2160.png' },
];
const lang = process.argv.includes('--en') ? 'en' : 'zh-CN';

const server = await startServer({ SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '12' });
const browser = await launchBrowser();
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.addInitScript((language) => localStorage.setItem('caohu.lang', language), lang);
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as { __caohu?: { seq: number | null } }).__caohu?.seq != null,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(8000); // software GL: let tiles, layers and labels settle
    const file = lang === 'en' ? size.file.replace('.png', '-en.png') : size.file;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
