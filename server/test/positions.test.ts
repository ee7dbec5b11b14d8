// The positions feed over real HTTP: per-item answers (accepted, outside the street flagged,
// duplicates, unknown people and bad fields rejected by name), GCJ-02 converted, people on the
// screens, today's trail; a request of only bad items changes nothing.
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { POSITION_FEED_PATH } from '../../core/protocol/positions';
import { hashLiveState } from '../src/store/state-hash';
import { FEED_KEY, getSnapshot, startServer, TestScreen, waitFor } from './helpers';
import { signIn, USERS } from './sign-in';

const WORKER = 'GW320507006001001';

async function postPositions(url: string, body: unknown, key: string | null = FEED_KEY) {
  const res = await fetch(`${url}${POSITION_FEED_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { accepted: number; results: Record<string, unknown>[] },
  };
}

describe('the positions feed', () => {
  it('answers each fix, converts GCJ-02, flags fixes outside the street, and shows people on the screens', async () => {
    const server = await startServer();
    const screen = new TestScreen(server.url);
    try {
      screen.sync();
      await waitFor(() => screen.seq !== null, 'the first snapshot');
      const t = Date.now() - 60_000;
      const gcj = gcoord.transform([120.568, 31.47], gcoord.WGS84, gcoord.GCJ02) as [number, number];
      const res = await postPositions(server.url, [
        {
          personId: WORKER,
          at: new Date(t).toISOString(),
          lon: gcj[0],
          lat: gcj[1],
          crs: 'GCJ02',
          accuracyM: 8,
        },
        { personId: 'WRJ-01', at: new Date(t).toISOString(), lon: 120.45, lat: 31.4, kind: 'drone' },
        { personId: 'nobody', at: new Date(t).toISOString(), lon: 120.57, lat: 31.47 },
        { personId: WORKER, at: new Date(t).toISOString(), lon: 120.57, lat: 31.47 },
        { personId: 'XF-01', at: new Date(t).toISOString(), lon: 120.57, lat: 91 },
        { personId: 'XF-01', at: new Date(t).toISOString(), lon: 120.57, lat: 31.47, kind: 'police' },
        { personId: WORKER, at: new Date(t + 30_000).toISOString(), lon: 120.5685, lat: 31.4702 },
      ]);
      expect(res.status).toBe(200);
      expect(res.body.results).toEqual([
        { index: 0, status: 'accepted', id: `${WORKER}@${new Date(t).toISOString()}` },
        { index: 1, status: 'accepted', id: expect.stringMatching(/^WRJ-01@/), outside: true },
        { index: 2, status: 'rejected', field: 'personId', reason: 'no such person on the roster' },
        { index: 3, status: 'duplicate', id: `${WORKER}@${new Date(t).toISOString()}` },
        { index: 4, status: 'rejected', field: 'lat', reason: expect.any(String) },
        { index: 5, status: 'rejected', field: 'kind', reason: 'XF-01 is a fire-station' },
        { index: 6, status: 'accepted', id: expect.any(String) },
      ]);

      const trail = server.app.projection.state.trails.get(WORKER)!.points;
      expect(trail[0]![0]).toBeCloseTo(120.568, 5); // GCJ-02 back to WGS84
      expect(trail[0]![1]).toBeCloseTo(31.47, 5);

      const snapshot = await getSnapshot(server.url);
      const worker = snapshot.people.find((p) => p.id === WORKER)!;
      expect(worker).toMatchObject({
        role: 'grid-worker',
        kind: 'grid-worker',
        cellCodes: ['320507006001001'],
      });
      expect(worker.position).toMatchObject({ lon: 120.5685, lat: 31.4702 });
      expect(snapshot.people.find((p) => p.id === 'WRJ-01')?.position?.outside).toBe(true);
      await waitFor(
        () =>
          screen.deltas.some((d) => d.people.some((p) => p.id === WORKER && p.position?.lon === 120.5685)),
        'the person in a delta',
      );

      const dispatcher = await signIn(server, USERS.dispatcher);
      const got = await dispatcher.fetch(`/api/v1/people/${WORKER}/trail`);
      expect(got.status).toBe(200);
      const points = (await got.json()) as [number, number, number][];
      expect(points).toHaveLength(2);
      expect(points[1]).toEqual([120.5685, 31.4702, t + 30_000]);
      expect((await dispatcher.fetch('/api/v1/people/nobody/trail')).status).toBe(404);
      const old = await dispatcher.fetch(`/api/v1/people/${WORKER}/trail?date=2020-01-01`);
      expect([old.status, ((await old.json()) as { error: string }).error]).toEqual([404, 'trail-not-kept']);
      const viewer = await signIn(server, USERS.viewer);
      expect((await viewer.fetch(`/api/v1/people/${WORKER}/trail`)).status).toBe(403);
      expect((await fetch(`${server.url}/api/v1/people/${WORKER}/trail`)).status).toBe(401);
    } finally {
      screen.close();
      await server.close();
    }
  });

  it('changes nothing for a request of only bad items, and refuses a missing key', async () => {
    const server = await startServer();
    try {
      const before = hashLiveState(server.app.projection.state);
      const at = new Date().toISOString();
      const res = await postPositions(server.url, [
        { personId: 'nobody', at, lon: 120.57, lat: 31.47 },
        { personId: WORKER, at: '2026-13-01T00:00:00Z', lon: 120.57, lat: 31.47 },
        { personId: WORKER, at, lon: 120.57, lat: 31.47, speed: 3 },
      ]);
      expect(res.status).toBe(422);
      expect(res.body.results.map((r) => r.field)).toEqual(['personId', 'at', 'speed']);
      expect(
        (await postPositions(server.url, [{ personId: WORKER, at, lon: 120.57, lat: 31.47 }], null)).status,
      ).toBe(401);
      expect(hashLiveState(server.app.projection.state)).toBe(before);
    } finally {
      await server.close();
    }
  });
});
