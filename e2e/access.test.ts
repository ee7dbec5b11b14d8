// Access in a real browser: a page signed in through the API reads the live state; a wall opened
// with a display token follows the live state until the token is revoked, then hears
// session-ended, is disconnected, and its token is refused; a page with no session gets nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PATHS } from '../core/protocol/auth';
import { createDisplayToken, newSignedInPage, signInApi } from './support/accounts';
import { launchBrowser } from './support/browser';
import { E2E_ADMIN, startServer, type RunningServer } from './support/server';

declare global {
  interface Window {
    __ended?: string;
  }
}

describe('access in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a signed-in leader reads the live state; a page with no session is refused it', async () => {
    const page = await newSignedInPage(browser, server.url, {
      viewport: { width: 1280, height: 800 },
      as: 'leader',
    });
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => window.__caohu?.seq != null, null, { timeout: 60_000 });
      const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
      expect(me.user.role).toBe('leader');
    } finally {
      await page.close();
    }
    const anonymous = await browser.newPage();
    try {
      await anonymous.goto(server.url);
      const status = await anonymous.evaluate(async () => (await fetch('/api/v1/snapshot')).status);
      expect(status).toBe(401);
    } finally {
      await anonymous.close();
    }
  });

  it('a wall with a revoked display token hears session-ended, is disconnected and refused', async () => {
    const token = await createDisplayToken(server.url, '二号大屏');
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    try {
      await page.goto(`${server.url}/wall?token=${encodeURIComponent(token)}`);
      await page.waitForFunction(() => window.__caohu?.seq != null, null, { timeout: 60_000 });
      await page.evaluate(() =>
        window.addEventListener('caohu:session-ended', (e) => {
          window.__ended = (e as CustomEvent<{ reason: string }>).detail.reason;
        }),
      );
      const admin = await signInApi(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
      const list = await fetch(`${server.url}${ADMIN_PATHS.displayTokens}`, {
        headers: { cookie: admin.cookie },
      });
      const { tokens } = (await list.json()) as { tokens: { id: string; label: string }[] };
      const id = tokens.find((t) => t.label === '二号大屏')!.id;
      const revoked = await fetch(`${server.url}${ADMIN_PATHS.displayTokens}/${id}`, {
        method: 'DELETE',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      });
      expect(revoked.status).toBe(204);
      // The page renders software GL on a shared machine: its main thread may be busy for a while.
      await page.waitForFunction(() => window.__ended === 'revoked', null, { timeout: 30_000 });
      // The page's own requests (with its token) are refused from now on.
      const status = await page.evaluate(
        async (t) => (await fetch('/api/v1/snapshot', { headers: { authorization: `Bearer ${t}` } })).status,
        token,
      );
      expect(status).toBe(401);
    } finally {
      await page.close();
    }
  });
});
