// Hostile input at every feed and action endpoint: more than 10,000 malformed, oversized, wrongly
// typed and hostile payloads from a seeded generator. Nothing answers 5xx, every refusal is JSON
// with a reason and no stack trace, the server stays up, and the state (its hash) is unchanged:
// every payload is invalid, so every item must be rejected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../core/random/seeded-random';
import { PROTOCOL_VERSION } from '../../core/protocol/sync';
import { hashLiveState } from '../src/store/state-hash';
import { hostileBody, type Json } from './auth/hostile';
import { authHeaders, FEED_KEY, startServer, TestScreen, waitFor, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    rateLimits: { feedPerMinute: 100_000, actionsPerMinute: 100_000 },
    timings: { clockRefreshMs: 3_600_000 }, // no clock-only change while the hash is compared
  });
});
afterAll(() => server.close());

const at = '2026-03-05T08:00:00+08:00';
interface Target {
  method: string;
  path: string;
  template: Record<string, Json>;
  batch: boolean;
  limitBytes: number;
  auth: 'feed' | 'admin' | 'none';
}

const TARGETS: Target[] = [
  {
    method: 'POST',
    path: '/api/v1/feeds/incidents',
    batch: true,
    limitBytes: 1_000_000,
    auth: 'feed',
    template: {
      source: 'hotline',
      sourceRef: 'F-1',
      category: 'road-damage',
      at,
      location: { lon: 120.568, lat: 31.47, crs: 'GCJ02' },
      description: '路面坑洼',
      reporter: { name: '张三', phone: '13812345678' },
    },
  },
  {
    method: 'POST',
    path: '/api/v1/feeds/inspections',
    batch: true,
    limitBytes: 1_000_000,
    auth: 'feed',
    template: {
      type: 'inspection',
      sourceRef: 'I-1',
      enterpriseId: 'E001',
      at,
      inspector: '李四',
      campaign: '331',
      hazards: [{ ref: 'H-1', level: 'major', description: '消防通道堵塞', deadline: at }],
    },
  },
  {
    method: 'POST',
    path: '/api/v1/feeds/positions',
    batch: true,
    limitBytes: 1_000_000,
    auth: 'feed',
    template: {
      personId: 'W-001',
      at,
      lon: 120.568,
      lat: 31.47,
      crs: 'WGS84',
      accuracyM: 5,
      kind: 'grid-worker',
    },
  },
  {
    method: 'POST',
    path: '/api/v1/cases/actions',
    batch: true,
    limitBytes: 64_000,
    auth: 'admin',
    template: { caseId: 'C-1', action: 'dispatch', note: 'x', assignee: { id: 'W-1', role: 'grid-worker' } },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    batch: false,
    limitBytes: 16_384,
    auth: 'none',
    template: { username: 'admin', password: 'a-password-123' },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/password',
    batch: false,
    limitBytes: 16_384,
    auth: 'admin',
    template: { current: 'a-password-123', next: 'b-password-456' },
  },
  {
    method: 'POST',
    path: '/api/v1/admin/users',
    batch: false,
    limitBytes: 16_384,
    auth: 'admin',
    template: { username: 'fuzz', name: '测试', role: 'viewer', password: 'a-password-123' },
  },
  {
    method: 'PATCH',
    path: '/api/v1/admin/users/u_x',
    batch: false,
    limitBytes: 16_384,
    auth: 'admin',
    template: { name: '测试', role: 'leader', disabled: false },
  },
  {
    method: 'POST',
    path: '/api/v1/admin/display-tokens',
    batch: false,
    limitBytes: 16_384,
    auth: 'admin',
    template: { label: '大屏' },
  },
  {
    method: 'POST',
    path: '/api/v1/admin/feed-keys',
    batch: false,
    limitBytes: 16_384,
    auth: 'admin',
    template: { name: 'fuzz-key', source: 'camera' },
  },
];

const STACK = /\bat \S+ \(|\.ts:\d+|node_modules/;

describe('fuzz', () => {
  it('survives 10,000+ hostile payloads at every feed and action endpoint with no 5xx and no change', async () => {
    const r = createRandom(20_261_123);
    const { app } = server;
    const hashBefore = await app.projection.exclusive(() => hashLiveState(app.projection.state));
    const usersBefore = app.accounts.users.list().length;
    const keysBefore = app.accounts.feedKeys.list().length;
    const tokensBefore = app.accounts.displayTokens.list().length;
    let payloads = 0;
    let requests = 0;
    const statuses: Record<number, number> = {};
    const problems: string[] = [];

    const one = async () => {
      const target = r.pick(TARGETS);
      const body = hostileBody(target.template, r, target);
      payloads += body.payloads;
      requests += 1;
      const headers: Record<string, string> = {
        'content-type': body.contentType,
        ...(target.auth === 'feed' ? { authorization: `Bearer ${FEED_KEY}` } : {}),
        ...(target.auth === 'admin' ? authHeaders(server.admin) : {}),
      };
      const res = await fetch(`${server.url}${target.path}`, {
        method: target.method,
        headers,
        body: body.text,
      });
      const text = await res.text();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const where = `${target.method} ${target.path} → ${res.status}`;
      if (res.status >= 500) problems.push(`${where}: ${text.slice(0, 200)}`);
      if (STACK.test(text)) problems.push(`${where}: a stack trace`);
      const json = JSON.parse(text) as { error?: unknown; reason?: unknown; results?: unknown[] };
      if (json.results) {
        // Answered per item (a feed, a batch of actions): every item must have been rejected.
        const { accepted, duplicates } = json as { accepted?: number; duplicates?: number };
        if (accepted || duplicates) problems.push(`${where}: accepted ${text.slice(0, 300)}`);
      } else if (res.status >= 400) {
        if (typeof json.error !== 'string' || typeof json.reason !== 'string') {
          problems.push(`${where}: ${text.slice(0, 300)}`);
        }
      } else problems.push(`${where}: accepted ${text.slice(0, 300)}`);
    };

    const started = performance.now();
    while (payloads < 10_500) {
      await Promise.all(Array.from({ length: 8 }, one));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${payloads} payloads in ${requests} requests, ${seconds.toFixed(1)} s; statuses ${JSON.stringify(statuses)}`,
    );

    expect(problems.slice(0, 10)).toEqual([]);
    expect(payloads).toBeGreaterThanOrEqual(10_000);
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await app.projection.exclusive(() => hashLiveState(app.projection.state))).toBe(hashBefore);
    expect(app.accounts.users.list().length).toBe(usersBefore);
    expect(app.accounts.feedKeys.list().length).toBe(keysBefore);
    expect(app.accounts.displayTokens.list().length).toBe(tokensBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers hostile sync requests over the socket with sync-error and stays connected', async () => {
    const screen = new TestScreen(server.url);
    await waitFor(() => screen.socket.connected, 'socket');
    const errors: string[] = [];
    screen.socket.on('sync-error', (e) => errors.push(e.reason));
    const hostile: unknown[] = [
      null,
      'sync',
      { protocol: 'NaN', lastSeq: null },
      { protocol: PROTOCOL_VERSION, lastSeq: -1 },
      { protocol: PROTOCOL_VERSION, lastSeq: 1e308 },
      { protocol: PROTOCOL_VERSION, lastSeq: null, __proto__x: 1 },
      JSON.parse('{"__proto__":{"polluted":1},"protocol":1,"lastSeq":null}'),
      JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`),
    ];
    for (const payload of hostile) screen.socket.emit('sync', payload as never);
    await waitFor(() => errors.length === hostile.length, 'sync errors');
    expect(screen.socket.connected).toBe(true);
    screen.close();
  });
});
