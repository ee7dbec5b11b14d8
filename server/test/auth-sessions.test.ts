// Signing in and out: the session cookie, CSRF, throttling and lockout, expiry, password changes,
// disabled users, the first admin, and the audit trail of all of it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PATHS, AUTH_PATHS, type AuditPage } from '../../core/protocol/auth';
import {
  ADMIN,
  api,
  createUser,
  incident,
  openSession,
  postFeed,
  signIn,
  startServer,
  TestScreen,
  tempDir,
  waitFor,
  waitInSync,
  type TestServer,
} from './helpers';

const LOGIN = { windowMs: 60_000, maxPerUser: 3, maxPerIp: 50, lockMs: 60_000 };
let now = Date.parse('2026-03-05T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    authClock: () => now,
    loginPolicy: LOGIN,
    socketCheckEveryMs: 50,
    env: { SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' },
  });
});
afterAll(() => server.close());

/** Moves the sessions' clock; the admin's fixture session is renewed, as an admin at work would. */
function advance(ms: number) {
  now += ms;
  Object.assign(server.admin, openSession(server.app, ADMIN.username));
}

const login = (username: string, password: string) =>
  api(server.url, null, 'POST', AUTH_PATHS.login, { username, password });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and answers the user and a CSRF token', async () => {
    const res = await fetch(`${server.url}${AUTH_PATHS.login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^caohu_sid=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const body = await res.json();
    expect(body.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(body.user.passwordHash).toBeUndefined();
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const session = { cookie: cookie.split(';')[0]!, csrfToken: body.csrfToken, user: body.user };
    expect((await api(server.url, session, 'GET', AUTH_PATHS.me)).body).toEqual(body);
  });

  it('answers 401 for a wrong password and an unknown user alike, 400 naming the field of a bad body', async () => {
    expect(await login('admin', 'not-the-password')).toMatchObject({
      status: 401,
      body: { error: 'invalid-credentials' },
    });
    expect(await login('nobody-here', 'whatever-password')).toMatchObject({
      status: 401,
      body: { error: 'invalid-credentials' },
    });
    expect(await api(server.url, null, 'POST', AUTH_PATHS.login, { username: 'admin' })).toMatchObject({
      status: 400,
      body: { error: 'bad-request', field: 'password' },
    });
    expect((await api(server.url, null, 'GET', AUTH_PATHS.me)).status).toBe(401);
  });

  it('locks a username after repeated failures, even for the right password, until the lock passes', async () => {
    const user = await createUser(server, 'leader');
    for (let i = 0; i < LOGIN.maxPerUser; i++) {
      expect((await login(user.user.username, 'wrong-password-x')).status).toBe(401);
    }
    const locked = await login(user.user.username, user.password);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: 'locked', retryAfterSec: 60 });
    // Another name from the same address is not locked by it.
    expect((await login(ADMIN.username, ADMIN.password)).status).toBe(200);
    advance(LOGIN.lockMs + 1000);
    expect((await login(user.user.username, user.password)).status).toBe(200);
  });

  it('keeps a lock across a restart of the server', async () => {
    const dataDir = tempDir();
    const opts = { dataDir, authClock: () => now, loginPolicy: LOGIN };
    let other = await startServer(opts);
    try {
      const user = await createUser(other, 'leader');
      const loginThere = (password: string) =>
        api(other.url, null, 'POST', AUTH_PATHS.login, { username: user.user.username, password });
      for (let i = 0; i < LOGIN.maxPerUser; i++)
        expect((await loginThere('wrong-password-x')).status).toBe(401);
      await other.close();
      other = await startServer(opts);
      expect(await loginThere(user.password)).toMatchObject({ status: 429, body: { error: 'locked' } });
    } finally {
      await other.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses a state-changing cookie request without the session token, and changes nothing', async () => {
    const admin = await signIn(server.url, ADMIN.username, ADMIN.password);
    const before = (await api(server.url, admin, 'GET', ADMIN_PATHS.displayTokens)).body.tokens.length;
    for (const csrf of [null, 'forged-token-value-1234567890']) {
      const res = await fetch(`${server.url}${ADMIN_PATHS.displayTokens}`, {
        method: 'POST',
        headers: {
          cookie: admin.cookie,
          'content-type': 'application/json',
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
        },
        body: JSON.stringify({ label: 'sneaky' }),
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'csrf' });
    }
    expect((await api(server.url, admin, 'GET', ADMIN_PATHS.displayTokens)).body.tokens.length).toBe(before);
    expect((await api(server.url, admin, 'POST', ADMIN_PATHS.displayTokens, { label: 'ok' })).status).toBe(
      201,
    );
  });
});

describe('sessions end', () => {
  it('on sign-out: the cookie stops working and its sockets hear session-ended and are disconnected', async () => {
    const user = await createUser(server, 'dispatcher');
    const screen = new TestScreen(server.url, user);
    await waitFor(() => screen.socket.connected, 'socket');
    const out = await api(server.url, user, 'POST', AUTH_PATHS.logout);
    expect(out.status).toBe(204);
    await waitFor(() => screen.endedReason === 'logged-out' && !screen.socket.connected, 'session-ended');
    expect((await api(server.url, user, 'GET', AUTH_PATHS.me)).status).toBe(401);
  });

  it('when idle too long: requests get 401 and sockets are disconnected', async () => {
    const user = await createUser(server, 'leader');
    const screen = new TestScreen(server.url, user);
    await waitFor(() => screen.socket.connected, 'socket');
    advance(31 * 60_000);
    await waitFor(() => screen.endedReason === 'expired' && !screen.socket.connected, 'expiry');
    expect((await api(server.url, user, 'GET', AUTH_PATHS.me)).status).toBe(401);
  });

  it('when the user is disabled (and the last admin cannot be)', async () => {
    const admin = await signIn(server.url, ADMIN.username, ADMIN.password);
    const user = await createUser(server, 'viewer');
    const screen = new TestScreen(server.url, user);
    await waitFor(() => screen.socket.connected, 'socket');
    const off = await api(server.url, admin, 'PATCH', `${ADMIN_PATHS.users}/${user.id}`, { disabled: true });
    expect(off.status).toBe(200);
    await waitFor(() => screen.endedReason === 'disabled' && !screen.socket.connected, 'disabled');
    expect((await api(server.url, user, 'GET', AUTH_PATHS.me)).status).toBe(401);
    expect((await login(user.user.username, user.password)).status).toBe(401);
    const last = await api(server.url, admin, 'PATCH', `${ADMIN_PATHS.users}/${admin.user.id}`, {
      role: 'leader',
    });
    expect(last).toMatchObject({ status: 409, body: { error: 'last-admin' } });
  });

  it('for the other sessions of a user who changes their password', async () => {
    const first = await createUser(server, 'leader');
    const second = await signIn(server.url, first.user.username, first.password);
    const wrong = await api(server.url, first, 'POST', AUTH_PATHS.password, {
      current: 'not-it-at-all',
      next: 'a-new-password-1',
    });
    expect(wrong).toMatchObject({ status: 403, body: { field: 'current' } });
    const changed = await api(server.url, first, 'POST', AUTH_PATHS.password, {
      current: first.password,
      next: 'a-new-password-1',
    });
    expect(changed.status).toBe(204);
    expect((await api(server.url, first, 'GET', AUTH_PATHS.me)).status).toBe(200);
    expect((await api(server.url, second, 'GET', AUTH_PATHS.me)).status).toBe(401);
    expect((await login(first.user.username, 'a-new-password-1')).status).toBe(200);
  });
});

describe('audit trail', () => {
  it('records sign-ins, failures, sign-outs and changes with their actor, without secrets', async () => {
    const admin = await signIn(server.url, ADMIN.username, ADMIN.password);
    const page = await api(server.url, admin, 'GET', `${ADMIN_PATHS.audit}?limit=1000`);
    expect(page.status).toBe(200);
    const audit = page.body as AuditPage;
    const types = new Set(audit.events.map((e) => e.type));
    for (const t of ['auth.logged-in', 'auth.login-failed', 'auth.logged-out', 'auth.password-changed']) {
      expect(types).toContain(t);
    }
    for (const t of ['user.created', 'user.updated', 'display-token.created']) expect(types).toContain(t);
    const failed = audit.events.find((e) => e.type === 'auth.login-failed')!;
    expect(failed.actor).toMatchObject({ kind: 'anonymous' });
    const text = JSON.stringify(audit);
    expect(text).not.toMatch(/scrypt\$|password-of-|a-new-password|not-the-password/);
    // Paged with a cursor.
    const first = await api(server.url, admin, 'GET', `${ADMIN_PATHS.audit}?limit=2`);
    expect(first.body.events).toHaveLength(2);
    const next = await api(
      server.url,
      admin,
      'GET',
      `${ADMIN_PATHS.audit}?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(next.body.events[0].seq).toBeGreaterThan(first.body.events[1].seq);
    // Not in the case history.
    const events = await api(
      server.url,
      admin,
      'GET',
      `/api/v1/events?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z`,
    );
    expect(events.body.events.filter((e: { type: string }) => e.type.startsWith('auth.'))).toEqual([]);
  });

  it('moves the seq without breaking the screens: they stay in sync with no gap', async () => {
    const screen = new TestScreen(server.url);
    screen.socket.on('connect', () => screen.sync());
    await waitFor(() => screen.seq !== null, 'snapshot');
    const seq = screen.seq!;
    await login(ADMIN.username, 'wrong-password-y'); // an audit event, nothing shown changes
    await postFeed(server.url, 'incidents', incident());
    await login(ADMIN.username, ADMIN.password);
    await waitFor(() => screen.seq! >= seq + 3, 'the seq to move');
    await waitInSync(screen, server.url);
    expect(screen.gaps).toBe(0);
    screen.close();
  });
});

describe('the first admin', () => {
  it('gets a generated one-time password, written 0600, that works and is forgotten once changed', async () => {
    const dataDir = tempDir();
    const fresh = await startServer({ dataDir, env: { ADMIN_USERNAME: '', ADMIN_PASSWORD: '' } });
    try {
      const generated = fresh.app.firstAdmin!;
      expect(generated.username).toBe('admin');
      const file = path.join(dataDir, 'initial-admin-password');
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(generated.generatedPassword);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const session = await signIn(fresh.url, 'admin', generated.generatedPassword!);
      const res = await api(fresh.url, session, 'POST', AUTH_PATHS.password, {
        current: generated.generatedPassword,
        next: 'my-own-password-1',
      });
      expect(res.status).toBe(204);
      expect(fs.existsSync(file)).toBe(false);
      // In the audit trail, by the system, without the password.
      const page = await api(fresh.url, session, 'GET', `${ADMIN_PATHS.audit}?limit=1000`);
      const created = (page.body as AuditPage).events.filter((e) => e.type === 'user.created');
      expect(created).toEqual([
        expect.objectContaining({
          actor: { kind: 'system', name: 'first-admin' },
          user: expect.objectContaining({ username: 'admin', role: 'admin' }),
          changes: ['name', 'role', 'password'],
        }),
      ]);
      expect(JSON.stringify(page.body)).not.toContain(generated.generatedPassword);
    } finally {
      await fresh.close();
    }
    // A second start finds its admin: nothing generated.
    const again = await startServer({ dataDir, env: { ADMIN_USERNAME: '', ADMIN_PASSWORD: '' } });
    expect(again.app.firstAdmin).toBeNull();
    await again.close();
  });

  it('set from the environment on a log the simulator backfills: audited after the backfill', async () => {
    const server = await startServer({
      env: { SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: '1', SIMULATOR_SEED: '3', SIMULATOR_SPEED: '1' },
    });
    try {
      const state = server.app.projection.state;
      expect(state.cases.size).toBeGreaterThan(0); // the backfill ran: the log was empty at start
      const admin = await signIn(server.url, ADMIN.username, ADMIN.password);
      const page = await api(server.url, admin, 'GET', `${ADMIN_PATHS.audit}?limit=1000`);
      const created = (page.body as AuditPage).events.find((e) => e.type === 'user.created')!;
      expect(created).toMatchObject({ actor: { kind: 'system', name: 'first-admin' } });
      expect(created.seq).toBeGreaterThan(1); // after the backfill's events, so times go forward
    } finally {
      await server.close();
    }
  });
});
