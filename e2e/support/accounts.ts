// Accounts for browser tests, screenshots and benchmarks: users made through the admin API, a
// browser context signed in through the API (its cookie jar then holds the session), and display
// tokens for wall screens.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { UserRole } from '../../core/domain/model';
import { ADMIN_PATHS, AUTH_PATHS, CSRF_HEADER, type MeResponse } from '../../core/protocol/auth';
import { E2E_ADMIN } from './server';

export interface ApiSession {
  cookie: string;
  csrfToken: string;
}

export async function signInApi(url: string, username: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${url}${AUTH_PATHS.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as MeResponse;
  return {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrfToken: body.csrfToken ?? '',
  };
}

const adminSessions = new Map<string, Promise<ApiSession>>();
const adminOf = (url: string) => {
  let s = adminSessions.get(url);
  if (!s) adminSessions.set(url, (s = signInApi(url, E2E_ADMIN.username, E2E_ADMIN.password)));
  return s;
};

async function adminPost(url: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const admin = await adminOf(url);
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie, [CSRF_HEADER]: admin.csrfToken },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

let counter = 0;
/** Creates a user of `role`; returns the credentials. */
export async function createUser(
  url: string,
  role: UserRole,
  over: { username?: string; name?: string; personId?: string } = {},
): Promise<{ username: string; password: string }> {
  counter += 1;
  const username = over.username ?? `${role}-${counter}`;
  const password = `password-of-${username}`;
  const field = role === 'grid-worker' || role === 'responder';
  await adminPost(url, ADMIN_PATHS.users, {
    username,
    name: over.name ?? username,
    role,
    password,
    ...(field ? { personId: over.personId ?? `P-${counter}` } : {}),
  });
  return { username, password };
}

/** A display token for a wall screen (open `/wall?token=<token>`). */
export async function createDisplayToken(url: string, label = '指挥中心大屏'): Promise<string> {
  const created = await adminPost(url, ADMIN_PATHS.displayTokens, { label });
  return created.secret as string;
}

/** Signs a browser context in (the session cookie lands in its cookie jar). */
export async function signInContext(
  context: BrowserContext,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  const res = await context.request.post(`${url}${AUTH_PATHS.login}`, { data: { username, password } });
  if (res.status() !== 200) throw new Error(`sign-in of ${username}: ${res.status()} ${await res.text()}`);
}

/**
 * A page in a new context signed in as `as` (a role: a new user of it; `admin`: the first admin),
 * at `viewport`.
 */
export async function newSignedInPage(
  browser: Browser,
  url: string,
  opts: { viewport: { width: number; height: number }; as?: UserRole },
): Promise<Page> {
  const context = await browser.newContext({ viewport: opts.viewport });
  const role = opts.as ?? 'admin';
  const creds = role === 'admin' ? E2E_ADMIN : await createUser(url, role);
  await signInContext(context, url, creds.username, creds.password);
  const page = await context.newPage();
  // Closing the page closes its context too, as with browser.newPage().
  page.once('close', () => void context.close().catch(() => undefined)); // the browser may be gone first
  return page;
}
