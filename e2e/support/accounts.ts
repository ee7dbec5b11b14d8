// Accounts for browser tests: a server started with a first admin, users created through the admin
// API, and Playwright contexts signed in through the login API (the session cookie lands in the
// context, as a real sign-in would leave it).
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import type { UserRole } from '../../core/domain/model';
import { startServer, type RunningServer } from './server';

export const E2E_ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password-0123' } as const;
export const E2E_PASSWORD = 'e2e-user-password-0123';

export interface AuthServer extends RunningServer {
  /** The admin's session cookie and CSRF token, for the admin API. */
  admin: { cookie: string; csrfToken: string };
}

async function login(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new Error(`login ${username}: HTTP ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken: body.csrfToken };
}

export async function startAuthServer(env: Record<string, string> = {}): Promise<AuthServer> {
  const server = await startServer({
    ADMIN_USERNAME: E2E_ADMIN.username,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    ...env,
  });
  return Object.assign(server, { admin: await login(server.url, E2E_ADMIN.username, E2E_ADMIN.password) });
}

export async function createUser(
  server: AuthServer,
  user: { username: string; name: string; role: UserRole; personId?: string; password?: string },
): Promise<void> {
  const response = await fetch(`${server.url}/api/v1/admin/users`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: server.admin.cookie,
      'x-csrf-token': server.admin.csrfToken,
    },
    body: JSON.stringify({ password: E2E_PASSWORD, ...user }),
  });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`create ${user.username}: HTTP ${response.status} ${await response.text()}`);
}

/** A new browser context signed in as `username` (its session cookie set by the login answer). */
export async function signIn(
  browser: Browser,
  server: RunningServer,
  username: string,
  options: BrowserContextOptions = {},
  password = E2E_PASSWORD,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const response = await context.request.post(`${server.url}/api/v1/auth/login`, {
    data: { username, password },
  });
  if (response.status() !== 200) throw new Error(`sign in ${username}: HTTP ${response.status()}`);
  return context;
}
