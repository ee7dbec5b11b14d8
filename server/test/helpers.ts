// Test helpers: a real server on port 0 with a temp DATA_DIR, a feed client, and a screen that
// applies snapshots and deltas by the protocol's rule (a delta only when fromSeq === its seq).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll } from 'vitest';
import type { Case, EnterpriseState, FeedHealth, Hazard, UserRole } from '../../core/domain/model';
import {
  ADMIN_PATHS,
  AUTH_PATHS,
  CSRF_HEADER,
  SESSION_COOKIE,
  type AuthUser,
  type MeResponse,
} from '../../core/protocol/auth';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type Delta,
  type ServerToClientEvents,
  type Snapshot,
} from '../../core/protocol/sync';
import { createApp, type App, type AppDeps } from '../src/app';
import { toAuthUser } from '../src/accounts/users';
import { createConfig } from '../src/config';

export const FEED_KEY = 'test-key-0123456789abcdef';
export const AREA_DIR = path.join(import.meta.dirname, 'fixtures', 'area');
export const ADMIN = { username: 'admin', password: 'test-admin-password-1' } as const;
/** The events a new test server's start logs: its first admin's creation, in the audit trail. */
export const BOOT_EVENTS = 1;

/** How a test client proves who it is: a session (cookie + CSRF token) or a display token. */
export type Auth = { cookie: string; csrfToken: string; user: AuthUser } | { token: string };

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  /** The admin's session, signed in at start. */
  admin: Auth & { cookie: string };
  close(): Promise<void>;
}

/** The admin session of each running test server, so that helpers given only a url can read. */
const adminByUrl = new Map<string, Auth>();

export function authHeaders(auth: Auth | null | undefined): Record<string, string> {
  if (!auth) return {};
  if ('token' in auth) return { authorization: `Bearer ${auth.token}` };
  return { cookie: auth.cookie, [CSRF_HEADER]: auth.csrfToken };
}

export async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: string; csrfToken: string; user: AuthUser }> {
  const res = await fetch(`${url}${AUTH_PATHS.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as MeResponse;
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken: body.csrfToken!, user: body.user };
}

/**
 * A session made straight in the accounts database, as a fixture: unlike a sign-in it appends no
 * audit event, so that tests counting seqs see only their own events.
 */
export function openSession(
  app: App,
  username: string,
): { cookie: string; csrfToken: string; user: AuthUser } {
  const user = app.accounts.users.byUsername(username);
  if (!user) throw new Error(`no user ${username}`);
  const { id, session } = app.accounts.sessions.create(user.id);
  return { cookie: `${SESSION_COOKIE}=${id}`, csrfToken: session.csrfToken, user: toAuthUser(user) };
}

/** Calls the API as `auth` (JSON in and out). */
export async function api(
  url: string,
  auth: Auth | null,
  method: string,
  route: string,
  body?: unknown,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, checked by the tests
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: { ...authHeaders(auth), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

let userCounter = 0;
/** Creates a user of `role` through the admin API and signs them in. */
export async function createUser(
  server: TestServer,
  role: UserRole,
  over: { username?: string; password?: string; name?: string } = {},
) {
  userCounter += 1;
  const username = over.username ?? `${role}-${userCounter}`;
  const password = over.password ?? `password-of-${username}`;
  const personId = role === 'grid-worker' || role === 'responder' ? `P-${userCounter}` : undefined;
  const created = await api(server.url, server.admin, 'POST', ADMIN_PATHS.users, {
    username,
    name: over.name ?? username,
    role,
    password,
    ...(personId ? { personId } : {}),
  });
  if (created.status !== 201) throw new Error(`create ${username}: ${JSON.stringify(created.body)}`);
  return { ...(await signIn(server.url, username, password)), password, id: created.body.user.id as string };
}

/** A new display token (role viewer) from the admin API: `{ token }` is an Auth. */
export async function createDisplayToken(server: TestServer, label = 'wall') {
  const created = await api(server.url, server.admin, 'POST', ADMIN_PATHS.displayTokens, { label });
  if (created.status !== 201) throw new Error(`display token: ${JSON.stringify(created.body)}`);
  return { token: created.body.secret as string, id: created.body.token.id as string };
}

const tempDirs: string[] = [];
// Registered when a test file imports this module: cleans that file's temp dirs at its end.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caohu-test-'));
  tempDirs.push(dir);
  return dir;
}

export async function startServer(
  opts: { dataDir?: string; env?: Record<string, string> } & Omit<Partial<AppDeps>, 'config'> = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDir();
  const config = createConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    AREA_DIR,
    CLIENT_DIR: path.join(dataDir, 'no-client'),
    SIMULATOR: 'off',
    FEED_KEYS: `test:${FEED_KEY}`,
    TICK_MS: '20',
    LOG_LEVEL: 'silent',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    ...opts.env,
  });
  const { env: _env, dataDir: _d, ...deps } = opts;
  // A lower password cost: tests make many accounts (the stored hash records its cost).
  const app = await createApp({ scryptN: 2 ** 12, ...deps, config });
  const { url } = await app.listen();
  const admin = openSession(app, ADMIN.username);
  adminByUrl.set(url, admin);
  return {
    app,
    url,
    dataDir,
    admin,
    close: async () => {
      adminByUrl.delete(url);
      await app.close();
    },
  };
}

export async function postFeed(
  url: string,
  kind: 'incidents' | 'inspections',
  body: unknown,
  key: string | null = FEED_KEY,
) {
  const res = await fetch(`${url}/api/v1/feeds/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { results: Record<string, unknown>[] },
  };
}

/** The live snapshot as `auth` sees it (by default the server's admin: unmasked). */
export async function getSnapshot(
  url: string,
  auth: Auth | null = adminByUrl.get(url) ?? null,
): Promise<Snapshot> {
  const res = await fetch(`${url}/api/v1/snapshot`, { headers: authHeaders(auth) });
  if (res.status !== 200) throw new Error(`snapshot: ${res.status} ${await res.text()}`);
  return (await res.json()) as Snapshot;
}

/** Authenticated GET of an API path as the server's admin. */
export function adminFetch(url: string, route: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${url}${route}`, {
    ...init,
    headers: { ...authHeaders(adminByUrl.get(url)), ...(init.headers as Record<string, string>) },
  });
}

/** A snapshot without its serverTime, entity lists sorted by id: for comparing states. */
export function comparable(s: Pick<Snapshot, 'seq' | 'cases' | 'hazards' | 'enterprises' | 'feeds'>) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return {
    seq: s.seq,
    cases: byId(s.cases),
    hazards: byId(s.hazards),
    enterprises: byId(s.enterprises),
    feeds: [...s.feeds].sort((a, b) => a.source.localeCompare(b.source)),
  };
}

let refCounter = 0;
/** A valid incident report in cell 320507006001001 (community 320507006001). */
export function incident(over: Record<string, unknown> = {}) {
  refCounter += 1;
  return {
    source: 'grid-worker',
    sourceRef: `T-${process.pid}-${refCounter}`,
    category: 'road-damage',
    at: new Date().toISOString(),
    location: { lon: 120.568, lat: 31.47 },
    description: '路面坑洼',
    ...over,
  };
}

/** A screen: applies snapshots, and deltas only in order; counts gaps. */
export class TestScreen {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  seq: number | null = null;
  cases = new Map<string, Case>();
  hazards = new Map<string, Hazard>();
  enterprises = new Map<string, EnterpriseState>();
  feeds = new Map<string, FeedHealth>();
  snapshots = 0;
  deltas: Delta[] = [];
  gaps = 0;

  endedReason: string | null = null;

  /** As `auth` (by default the server's admin, who sees everything unmasked). */
  constructor(
    url: string,
    readonly auth: Auth | null = adminByUrl.get(url) ?? null,
  ) {
    this.socket = this.connect(url);
  }

  /** A new connection that keeps what the screen holds (as after a network drop). */
  connect(url: string): Socket<ServerToClientEvents, ClientToServerEvents> {
    this.socket = connectSocket(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(this.auth && 'token' in this.auth ? { auth: { token: this.auth.token } } : {}),
      ...(this.auth && 'cookie' in this.auth ? { extraHeaders: { cookie: this.auth.cookie } } : {}),
    });
    this.socket.on('session-ended', (e) => (this.endedReason = e.reason));
    this.socket.on('snapshot', (s) => this.applySnapshot(s));
    this.socket.on('delta', (d) => this.applyDelta(d));
    return this.socket;
  }

  sync(): void {
    this.socket.emit('sync', { protocol: PROTOCOL_VERSION, lastSeq: this.seq });
  }

  /** Says what it has applied (flow control): after this the server expects it to keep saying so. */
  ack(): void {
    if (this.seq !== null) this.socket.emit('sync:ack', { seq: this.seq });
  }

  applySnapshot(s: Snapshot): void {
    this.snapshots += 1;
    this.seq = s.seq;
    this.cases = new Map(s.cases.map((c) => [c.id, c]));
    this.hazards = new Map(s.hazards.map((h) => [h.id, h]));
    this.enterprises = new Map(s.enterprises.map((e) => [e.id, e]));
    this.feeds = new Map(s.feeds.map((f) => [f.source, f]));
  }

  applyDelta(d: Delta): void {
    if (d.fromSeq !== this.seq) {
      this.gaps += 1;
      return;
    }
    this.deltas.push(d);
    for (const c of d.cases) this.cases.set(c.id, c);
    for (const h of d.hazards) this.hazards.set(h.id, h);
    for (const e of d.enterprises) this.enterprises.set(e.id, e);
    for (const f of d.feeds) this.feeds.set(f.source, f);
    for (const id of d.removed?.cases ?? []) this.cases.delete(id);
    for (const id of d.removed?.hazards ?? []) this.hazards.delete(id);
    this.seq = d.seq;
  }

  state() {
    return comparable({
      seq: this.seq ?? -1,
      cases: [...this.cases.values()],
      hazards: [...this.hazards.values()],
      enterprises: [...this.enterprises.values()],
      feeds: [...this.feeds.values()],
    });
  }

  close(): void {
    this.socket.disconnect();
  }
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until the screen holds exactly the server's state (GET /api/v1/snapshot). */
export async function waitInSync(screen: TestScreen, url: string): Promise<void> {
  let last: unknown;
  const until = Date.now() + 5000;
  for (;;) {
    const server = comparable(await getSnapshot(url));
    if (JSON.stringify(server) === JSON.stringify(screen.state())) return;
    last = server;
    if (Date.now() > until) {
      throw new Error(
        `screen not in sync: screen seq ${screen.seq}, server seq ${(last as { seq: number }).seq}`,
      );
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
