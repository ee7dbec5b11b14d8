// `npm run soak -- --minutes=30`: the wall (/wall) at 3840×2160 in headless Chromium for a long run
// against the production build (`npm run build` first) with the simulator at a high speed and extra
// reports posted through the HTTP feed. Every minute it samples the page's heap after a forced GC,
// its DOM nodes and listeners and its long tasks, then prints the table, start against end and the
// slopes. Not part of `npm test`. Options: --minutes=30 --speed=20 (SIMULATOR_SPEED) --rate=5
// (extra reports a second) --width=3840 --height=2160 --json=FILE (the samples as JSON).
import fs from 'node:fs';
import { launchBrowser } from '../../e2e/support/browser';
import { createDisplayToken } from '../../e2e/support/accounts';
import { postIncidents, startServer } from '../../e2e/support/server';
import { reportsOverCells } from '../bench/reports';
import { openProbe, slopeOf, takeSample, watchLongTasks, type SoakSample } from './soak-probe';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const minutes = option('minutes', 30);
const speed = option('speed', 20);
const rate = option('rate', 5);
const width = option('width', 3840);
const height = option('height', 2160);
const jsonFile = process.argv.find((a) => a.startsWith('--json='))?.slice(7);

if (!fs.existsSync('dist/server/main.js') || !fs.existsSync('dist/client/index.html')) {
  console.error('no production build: run `npm run build` first');
  process.exit(2);
}

const server = await startServer({
  SIMULATOR: 'on',
  SIMULATOR_SPEED: String(speed),
  SIMULATOR_BACKFILL_HOURS: '2',
});
const browser = await launchBrowser();
let posting: ReturnType<typeof setInterval> | null = null;
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await watchLongTasks(page);
  await page.goto(`${server.url}/wall?token=${await createDisplayToken(server.url, 'soak')}`);
  await page.getByTestId('wall').waitFor({ timeout: 60_000 });
  const cdp = await openProbe(page);

  // Extra reports: a batch every second, spread over the cells (most open a case of their own).
  let sent = 0;
  let failed = 0;
  const prefix = `SOAK${Date.now()}`;
  posting = setInterval(() => {
    const batch = reportsOverCells(rate, prefix, sent);
    sent += batch.length;
    postIncidents(server.url, batch).then(
      (res) => void (res.ok || (failed += 1)),
      () => (failed += 1),
    );
  }, 1000);

  await page.waitForTimeout(10_000); // the first snapshot, the map and its layers settle
  const samples: SoakSample[] = [await takeSample(page, cdp, 0)];
  const started = Date.now();
  for (let minute = 1; minute <= minutes; minute++) {
    const wait = started + minute * 60_000 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    const sample = await takeSample(page, cdp, minute);
    samples.push(sample);
    console.log(row(sample));
  }
  clearInterval(posting);
  posting = null;
  report(samples, { sent, failed });
  const warnings = server
    .output()
    .split('\n')
    .filter((line) => / (warn|error) /.test(line));
  console.log(`server warnings and errors: ${warnings.length}`);
  for (const line of warnings.slice(0, 20)) console.log(`  ${line}`);
  if (jsonFile)
    fs.writeFileSync(
      jsonFile,
      JSON.stringify({ minutes, speed, rate, width, height, sent, failed, samples }, null, 2),
    );
} finally {
  if (posting) clearInterval(posting);
  await browser.close();
  await server.stop();
}

function row(s: SoakSample): string {
  const cells = [
    String(s.minute).padStart(4),
    s.heapUsedMb.toFixed(1).padStart(8),
    s.heapTotalMb.toFixed(1).padStart(8),
    String(s.nodes).padStart(7),
    String(s.listeners).padStart(9),
    String(s.documents).padStart(4),
    String(s.longTasks).padStart(6),
    s.longestTaskMs.toFixed(0).padStart(8),
    String(s.cases).padStart(6),
    String(s.seq ?? '-').padStart(8),
    s.stale ? ' stale' : '',
  ];
  return cells.join(' ');
}

function report(samples: SoakSample[], posted: { sent: number; failed: number }): void {
  const header = ' min  heap MB  total MB   nodes listeners docs  long  longest  cases      seq';
  const stale = samples.filter((s) => s.stale).length;
  console.log(
    `\nwall soak: ${minutes} min at ${width}×${height}, SIMULATOR_SPEED=${speed}, +${rate} reports/s`,
  );
  console.log(`extra reports posted: ${posted.sent} (${posted.failed} requests failed)\n`);
  console.log(header);
  for (const s of samples) console.log(row(s));
  const first = samples[0]!;
  const last = samples.at(-1)!;
  // The slope over the second half: the first minutes include the page filling up with the live picture.
  const half = samples.filter((s) => s.minute >= minutes / 2);
  const perHour = (pick: (s: SoakSample) => number, from: SoakSample[]) =>
    slopeOf(from.map((s) => ({ x: s.minute / 60, y: pick(s) })));
  const line = (name: string, pick: (s: SoakSample) => number, digits: number) =>
    `${name.padEnd(16)} start ${pick(first).toFixed(digits).padStart(9)}  end ${pick(last)
      .toFixed(digits)
      .padStart(9)}  slope ${perHour(pick, samples).toFixed(digits).padStart(8)}/h  (second half ${perHour(
      pick,
      half,
    ).toFixed(digits)}/h)`;
  console.log('');
  console.log(line('heap used MB', (s) => s.heapUsedMb, 1));
  console.log(line('DOM nodes', (s) => s.nodes, 0));
  console.log(line('listeners', (s) => s.listeners, 0));
  console.log(line('cases drawn', (s) => s.cases, 0));
  const tasks = samples.slice(1);
  const longest = Math.max(0, ...tasks.map((s) => s.longestTaskMs));
  console.log(`stale banner     up in ${stale} of ${samples.length} samples`);
  console.log(
    `long tasks        ${tasks.reduce((n, s) => n + s.longTasks, 0)} in ${minutes} min, longest ${longest.toFixed(0)} ms`,
  );
}
