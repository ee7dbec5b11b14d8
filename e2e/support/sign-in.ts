// Accounts for browser tests: an admin session over HTTP to create users (as the admin API
// does), and signing a page in through the login form.
import type { BrowserContext, Page } from 'playwright-core';
import type { UserRole } from '../../core/domain/model';

export const E2E_ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password-0123' } as const;
/** The environment that makes the server create the first admin on start. */
export const E2E_ADMIN_ENV = { ADMIN_USERNAME: E2E_ADMIN.username, ADMIN_PASSWORD: E2E_ADMIN.password };

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

export async function signInApi(url: string, username: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: HTTP ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Creates a user through the admin API; returns its password. */
export async function createUser(
  url: string,
  admin: ApiSession,
  user: { username: string; name: string; role: UserRole; personId?: string },
): Promise<string> {
  const password = `${user.username}-password-0123`;
  const res = await fetch(`${url}/api/v1/admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
    body: JSON.stringify({ ...user, password }),
  });
  if (res.status !== 201)
    throw new Error(`creating ${user.username}: HTTP ${res.status} ${await res.text()}`);
  return password;
}

/** Fills the login form the page shows and submits it. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs a browser context in over the API (the session cookie lands in its cookie jar). */
export async function signInContext(
  context: BrowserContext,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  const res = await context.request.post(`${url}/api/v1/auth/login`, { data: { username, password } });
  if (res.status() !== 200) throw new Error(`sign-in of ${username}: ${res.status()} ${await res.text()}`);
}
