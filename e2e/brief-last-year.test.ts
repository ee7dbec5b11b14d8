// 同比 against a log that reaches back a year: the log is written first by the server's own code
// running on a clock set back (four cases registered a year ago: one before last year's period,
// three inside it; five in the last hours), then the built server starts on it. The briefing's
// 立案数 must compare five with three (+66.7%), and its tooltip must name last year's three.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from '../core/domain/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearEarlier } from '../client/src/modes/brief/brief-view';
import { createApp } from '../server/src/app';
import { createConfig } from '../server/src/config';
import { reportsOverCells } from '../scripts/bench/reports';
import { newSignedInPage } from './support/accounts';
import { launchBrowser } from './support/browser';
import { E2E_ADMIN, startServer, type RunningServer } from './support/server';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DISPATCHER: Actor = { kind: 'user', id: 'D-E2E', name: '王敏', role: 'dispatcher' };

/**
 * Writes one registered case a report into the log in `dataDir`, each at its own moment with the
 * server's clock there (each report at its own point of the street's grid, so none merges).
 */
async function writeLogAt(dataDir: string, reports: { atMs: number; index: number }[]): Promise<void> {
  let now = reports[0]!.atMs;
  const app = await createApp({
    config: createConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      AREA_DIR: 'data/area',
      SIMULATOR: 'off',
      LOG_LEVEL: 'silent',
      ADMIN_USERNAME: E2E_ADMIN.username,
      ADMIN_PASSWORD: E2E_ADMIN.password,
    }),
    clock: () => now,
  });
  try {
    for (const { atMs, index } of reports) {
      now = atMs;
      const [report] = reportsOverCells(1, 'SEED', index);
      const result = await app.ingest.incidents([{ ...report!, at: new Date(atMs).toISOString() }], {
        kind: 'system',
        name: 'e2e',
      });
      expect(result.results[0]).toMatchObject({ status: 'accepted', merged: false });
      // 立案 is what the briefing counts: a dispatcher verifies the case and registers it.
      const caseId = result.results[0]!.status === 'accepted' ? result.results[0]!.caseId : '';
      for (const action of ['verify', 'register'] as const) {
        const done = await app.cases.perform([{ caseId, action }], DISPATCHER);
        expect(done.accepted, `${action} ${caseId}: ${JSON.stringify(done.results)}`).toBe(1);
      }
    }
  } finally {
    await app.close();
  }
}

describe('briefing 同比 over a year of log', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caohu-e2e-lastyear-'));
    const now = Date.now();
    const yearAgo = yearEarlier(now);
    // One report well before last year's period (so the log reaches back over it), three inside it,
    // and five in the last hours (the briefing's range ends at the last whole minute).
    await writeLogAt(dataDir, [
      { atMs: yearAgo - 30 * DAY_MS, index: 0 },
      ...[3, 2, 1].map((h, i) => ({ atMs: yearAgo - h * HOUR_MS, index: 3 * (i + 1) })),
      ...[5, 4, 3, 2, 1].map((h, i) => ({ atMs: now - h * HOUR_MS, index: 3 * (i + 4) })),
    ]);
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchBrowser();
    page = await newSignedInPage(browser, server.url, {
      viewport: { width: 1920, height: 1080 },
      as: 'leader',
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));

    await page.goto(`${server.url}/brief?range=7d`);
    await page.locator('[data-testid="brief"][data-status="ready"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('compares the period with the same period last year', async () => {
    await expect(page.getByTestId('brief-value-registered').textContent()).resolves.toBe('5');
    const cell = page.getByTestId('brief-yoy-registered');
    await expect(cell.textContent()).resolves.toBe('+66.7%');
    await expect(cell.getAttribute('title')).resolves.toMatch(/^去年同期 .+: 3$/);
    // The log reaches back over both bases: no note says a comparison is missing.
    await expect(page.getByTestId('brief-yoy-note').count()).resolves.toBe(0);
    await expect(page.getByTestId('brief-mom-note').count()).resolves.toBe(0);
  });
});
