// Test helpers: a real server on port 0 with a temp DATA_DIR, a feed client, and a screen that
// applies snapshots and deltas by the protocol's rule (a delta only when fromSeq === its seq).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll } from 'vitest';
import type { Case, EnterpriseState, FeedHealth, Hazard } from '../../core/domain/model';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type Delta,
  type ServerToClientEvents,
  type Snapshot,
} from '../../core/protocol/sync';
import { createApp, type App, type AppDeps } from '../src/app';
import { createConfig } from '../src/config';
import { TEST_AUTHENTICATE } from './sign-in';

export const FEED_KEY = 'test-key-0123456789abcdef';
export const AREA_DIR = path.join(import.meta.dirname, 'fixtures', 'area');

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  close(): Promise<void>;
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
    ...opts.env,
  });
  const { env: _env, dataDir: _d, ...deps } = opts;
  const app = await createApp({ authenticate: TEST_AUTHENTICATE, ...deps, config });
  const { url } = await app.listen();
  return { app, url, dataDir, close: () => app.close() };
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

export async function getSnapshot(url: string): Promise<Snapshot> {
  const res = await fetch(`${url}/api/v1/snapshot`);
  return (await res.json()) as Snapshot;
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

  constructor(url: string) {
    this.socket = this.connect(url);
  }

  /** A new connection that keeps what the screen holds (as after a network drop). */
  connect(url: string): Socket<ServerToClientEvents, ClientToServerEvents> {
    this.socket = connectSocket(url, { transports: ['websocket'], reconnection: false, forceNew: true });
    this.socket.on('snapshot', (s) => this.applySnapshot(s));
    this.socket.on('delta', (d) => this.applyDelta(d));
    return this.socket;
  }

  sync(): void {
    this.socket.emit('sync', { protocol: PROTOCOL_VERSION, lastSeq: this.seq });
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
