// Residents' names and phones reach dispatchers and admins only: a viewer's (display token) and a
// leader's snapshot, deltas, past snapshot and events carry them masked; a dispatcher's do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../core/domain/model';
import {
  adminFetch,
  authHeaders,
  createDisplayToken,
  createUser,
  incident,
  postFeed,
  startServer,
  TestScreen,
  waitFor,
  type Auth,
  type TestServer,
} from './helpers';

const NAME = '欧阳娜娜';
const PHONE = '13812345678';
const SECRETS = [NAME, PHONE, '欧阳', '12345678', '娜娜'];

let server: TestServer;
const audiences: { name: string; role: UserRole; auth: Auth }[] = [];
beforeAll(async () => {
  server = await startServer();
  audiences.push({ name: 'display token', role: 'viewer', auth: await createDisplayToken(server) });
  for (const role of ['leader', 'grid-worker', 'dispatcher'] as const) {
    audiences.push({ name: role, role, auth: await createUser(server, role) });
  }
});
afterAll(() => server.close());

const masked = (role: UserRole) => role !== 'dispatcher' && role !== 'admin';

function expectMasking(text: string, role: UserRole, where: string) {
  if (masked(role)) {
    for (const secret of SECRETS) expect(text, `${where} as ${role}`).not.toContain(secret);
    expect(text, `${where} as ${role}`).toContain('138****5678');
  } else {
    expect(text, `${where} as ${role}`).toContain(PHONE);
    expect(text, `${where} as ${role}`).toContain(NAME);
  }
}

describe('masking', () => {
  it('in deltas, snapshots, past snapshots and events, by audience', async () => {
    const screens = audiences.map((a) => {
      const screen = new TestScreen(server.url, a.auth);
      screen.socket.on('connect', () => screen.sync());
      return screen;
    });
    await waitFor(() => screens.every((s) => s.seq !== null), 'screens synced');
    const before = new Date(Date.now() - 60_000).toISOString();
    const res = await postFeed(
      server.url,
      'incidents',
      incident({ source: 'resident', reporter: { name: NAME, phone: PHONE } }),
    );
    expect(res.body.accepted).toBe(1);
    await waitFor(() => screens.every((s) => s.deltas.some((d) => d.cases.length > 0)), 'deltas');
    const after = new Date(Date.now() + 1000).toISOString();
    for (const [i, a] of audiences.entries()) {
      const screen = screens[i]!;
      expectMasking(JSON.stringify(screen.deltas), a.role, 'delta');
      const get = (path: string) => fetch(`${server.url}${path}`, { headers: authHeaders(a.auth) });
      expectMasking(await (await get('/api/v1/snapshot')).text(), a.role, 'snapshot');
      expectMasking(
        await (await get(`/api/v1/snapshot?at=${encodeURIComponent(after)}`)).text(),
        a.role,
        'snapshot?at',
      );
      if (a.role !== 'grid-worker') {
        const events = await get(
          `/api/v1/events?from=${encodeURIComponent(before)}&to=${encodeURIComponent(after)}`,
        );
        expectMasking(await events.text(), a.role, 'events');
      }
      // A fresh screen gets its snapshot over the socket, masked the same way.
      const late = new TestScreen(server.url, a.auth);
      late.socket.on('connect', () => late.sync());
      await waitFor(() => late.seq !== null, 'late screen');
      expectMasking(JSON.stringify([...late.cases.values()]), a.role, 'socket snapshot');
      late.close();
      screen.close();
    }
  });

  it('keeps one ETag per audience, and 304 for each', async () => {
    const leader = audiences.find((a) => a.role === 'leader')!;
    const mine = await fetch(`${server.url}/api/v1/snapshot`, { headers: authHeaders(leader.auth) });
    const full = await adminFetch(server.url, '/api/v1/snapshot');
    const tag = mine.headers.get('etag')!;
    expect(tag).not.toBe(full.headers.get('etag'));
    const again = await fetch(`${server.url}/api/v1/snapshot`, {
      headers: { ...authHeaders(leader.auth), 'if-none-match': tag },
    });
    expect(again.status).toBe(304);
  });
});
