// Live sync under load: a screen away for a while comes back to exactly the server's state (by
// deltas within the retention, by a snapshot past it), and a screen that stops reading never
// holds the others back: past its backlog bound it gets no deltas, then one snapshot once drained.
import { afterEach, describe, expect, it } from 'vitest';
import { incident, postFeed, startServer, TestScreen, waitFor, waitInSync, type TestServer } from './helpers';

let server: TestServer | undefined;
const screens: TestScreen[] = [];
afterEach(async () => {
  for (const s of screens.splice(0)) s.close();
  await server?.close();
});

async function screenOn(s: TestServer): Promise<TestScreen> {
  const sc = new TestScreen(s.url);
  screens.push(sc);
  sc.sync();
  await waitFor(() => sc.seq !== null, 'the first snapshot');
  return sc;
}

/** Posts small batches back to back until stopped: load from another client. */
function startLoad(url: string): () => Promise<number> {
  let running = true;
  let posted = 0;
  const loop = (async () => {
    while (running) {
      const batch = Array.from({ length: 5 }, (_, i) =>
        incident({
          category: ['noise', 'dispute', 'road-damage'][i % 3],
          location: { lon: 120.566 + Math.random() * 0.004, lat: 31.469 + Math.random() * 0.003 },
        }),
      );
      const res = await postFeed(url, 'incidents', batch);
      if (res.status !== 200) throw new Error(`load: ${res.status}`);
      posted += batch.length;
      // About 100 requests a second: steady load that stays under the feed key's rate limit
      // (600 a minute) for the few seconds a test runs, however fast the machine.
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return posted;
  };
}

describe('reconnect under load', () => {
  it('within the retention: the missed deltas, then exactly the server state', async () => {
    server = await startServer({ env: { SYNC_RETENTION_EVENTS: '100000', SYNC_RETENTION_MINUTES: '5' } });
    const screen = await screenOn(server);
    const stop = startLoad(server.url);
    await new Promise((r) => setTimeout(r, 300));
    screen.close();
    await new Promise((r) => setTimeout(r, 700)); // away while the load goes on
    const snapshots = screen.snapshots;
    screen.connect(server.url);
    screen.sync();
    await new Promise((r) => setTimeout(r, 300));
    expect(await stop()).toBeGreaterThan(50);
    await waitInSync(screen, server.url);
    expect(screen.snapshots).toBe(snapshots);
    expect(screen.gaps).toBe(0);
  });

  it('past the retention: a snapshot, then exactly the server state', async () => {
    server = await startServer({ env: { SYNC_RETENTION_EVENTS: '20', SYNC_RETENTION_MINUTES: '0.005' } });
    const screen = await screenOn(server);
    const stop = startLoad(server.url);
    screen.close();
    await new Promise((r) => setTimeout(r, 700)); // 0.3 s of retention
    const snapshots = screen.snapshots;
    screen.connect(server.url);
    screen.sync();
    await waitFor(() => screen.snapshots === snapshots + 1, 'a snapshot');
    await stop();
    await waitInSync(screen, server.url);
  });
});

describe('a screen that stops reading', () => {
  it('gets no deltas past its backlog bound, the others keep up, and it resumes with a snapshot', async () => {
    const stalledIds = new Set<string>();
    server = await startServer({
      // Stands in for a socket whose network stopped: engine.io's own write buffer otherwise.
      backlogOf: (socket) => (stalledIds.has(socket.id) ? 1000 : 0),
    });
    const healthy = await screenOn(server);
    const slow = await screenOn(server);
    stalledIds.add(slow.socket.id!);
    const stop = startLoad(server.url);
    await new Promise((r) => setTimeout(r, 500));
    const deltasWhileStalled = slow.deltas.length;
    await waitInSync(healthy, server.url); // not held back
    await new Promise((r) => setTimeout(r, 200));
    expect(slow.deltas.length).toBeLessThanOrEqual(deltasWhileStalled + 1);
    const snapshots = slow.snapshots;
    stalledIds.delete(slow.socket.id!); // drained
    await waitFor(() => slow.snapshots === snapshots + 1, 'the catch-up snapshot');
    await stop();
    await waitInSync(slow, server.url);
    await waitInSync(healthy, server.url);
    expect(slow.gaps + healthy.gaps).toBe(0);
  });
});
