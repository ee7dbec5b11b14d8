// Live sync under load: a screen away for a while comes back to exactly the server's state (by
// deltas within the retention, by a snapshot past it), and a screen that stops reading never
// holds the others back: past its backlog bound, or its lag bound when it acknowledges what it
// applied, it gets no deltas, then merged deltas (a snapshot past the retention) once it reads:
// one, or rounds in parts of a bounded size, each round once it has read the last.
import { afterEach, describe, expect, it } from 'vitest';
import { incident, postFeed, startServer, TestScreen, waitFor, waitInSync, type TestServer } from './helpers';

let server: TestServer | undefined;
const screens: TestScreen[] = [];
const loads: Array<() => Promise<number>> = [];
afterEach(async () => {
  // A test that failed midway leaves its load running: stop it before the server goes.
  for (const stop of loads.splice(0)) await stop().catch(() => 0);
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
  const loop: Promise<void> = (async () => {
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
  loop.catch(() => undefined); // reported by stop(), which awaits it
  const stop = async () => {
    running = false;
    await loop;
    return posted;
  };
  loads.push(stop);
  return stop;
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
  /** A healthy screen, and one whose network stops: engine.io's own write buffer otherwise. */
  async function withStalledScreen(env: Record<string, string> = {}) {
    const stalledIds = new Set<string>();
    server = await startServer({ env, backlogOf: (socket) => (stalledIds.has(socket.id) ? 1000 : 0) });
    const healthy = await screenOn(server);
    const slow = await screenOn(server);
    const stop = startLoad(server.url);
    await new Promise((r) => setTimeout(r, 200)); // (a screen paused at the boot seq gets a snapshot)
    stalledIds.add(slow.socket.id!);
    await new Promise((r) => setTimeout(r, 500));
    const deltasWhileStalled = slow.deltas.length;
    await waitInSync(healthy, server.url); // not held back
    await new Promise((r) => setTimeout(r, 200));
    expect(slow.deltas.length).toBeLessThanOrEqual(deltasWhileStalled + 1);
    const snapshots = slow.snapshots;
    const deltas = slow.deltas.length;
    stalledIds.delete(slow.socket.id!); // drained
    return { healthy, slow, stop, snapshots, deltas };
  }

  it('gets no deltas past its backlog bound, the others keep up, and it resumes with one merged delta', async () => {
    const { healthy, slow, stop, snapshots, deltas } = await withStalledScreen();
    await waitFor(() => slow.deltas.length > deltas, 'the catch-up delta');
    expect(slow.deltas[deltas]!.cases.length).toBeGreaterThan(1); // everything it missed, merged
    expect(await stop()).toBeGreaterThan(50);
    await waitInSync(slow, server!.url);
    await waitInSync(healthy, server!.url);
    expect(slow.snapshots).toBe(snapshots);
    expect(slow.gaps + healthy.gaps).toBe(0);
  });

  it('resumes with a snapshot when the retention no longer covers what it missed', async () => {
    const env = { SYNC_RETENTION_EVENTS: '5', SYNC_RETENTION_MINUTES: '0.002' };
    const { healthy, slow, stop, snapshots } = await withStalledScreen(env);
    await waitFor(() => slow.snapshots === snapshots + 1, 'the catch-up snapshot');
    await stop();
    await waitInSync(slow, server!.url);
    await waitInSync(healthy, server!.url);
    expect(slow.gaps + healthy.gaps).toBe(0);
  });
});

describe('a screen that acknowledges what it applied', () => {
  it('keeps getting deltas while it keeps up', async () => {
    server = await startServer({ env: { SYNC_MAX_LAG_MS: '400' } });
    const screen = await screenOn(server);
    const acking = setInterval(() => screen.ack(), 50);
    try {
      screen.ack();
      const stop = startLoad(server.url);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await stop()).toBeGreaterThan(50);
      await waitInSync(screen, server.url);
      expect(screen.snapshots).toBe(1);
      // Never paused: one delta a tick arrived all along, not a few merged catch-ups.
      expect(screen.deltas.length).toBeGreaterThan(30);
    } finally {
      clearInterval(acking);
    }
  });

  it('falling behind its lag bound pauses it; having read it all, it gets one merged delta', async () => {
    // Parts as large as the whole gap: however fast the load, the catch-up is one message.
    server = await startServer({ env: { SYNC_MAX_LAG_MS: '300', SYNC_CATCH_UP_PART: '1000000' } });
    const healthy = await screenOn(server);
    const slow = await screenOn(server);
    slow.ack(); // from now on the server expects acknowledgements from it
    const stop = startLoad(server.url);
    // It reads deltas but no longer says so: to the server it is behind.
    await new Promise((r) => setTimeout(r, 1000));
    const deltasBefore = slow.deltas.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(slow.deltas.length).toBe(deltasBefore); // paused
    await waitInSync(healthy, server.url); // not held back
    const serverSeq = healthy.seq!;
    slow.ack(); // it has applied all it was sent
    await waitFor(() => slow.deltas.length > deltasBefore, 'the catch-up delta');
    // All it missed, merged: from the seq it had to at least the server's seq when it acknowledged.
    expect(slow.deltas[deltasBefore]!.fromSeq).toBe(slow.deltas[deltasBefore - 1]!.seq);
    expect(slow.deltas[deltasBefore]!.seq).toBeGreaterThanOrEqual(serverSeq);
    expect(slow.deltas[deltasBefore]!.cases.length).toBeGreaterThan(1);
    const acking = setInterval(() => slow.ack(), 50);
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(slow.deltas.length).toBeGreaterThan(deltasBefore + 3); // live again
      expect(await stop()).toBeGreaterThan(50);
      await waitInSync(slow, server.url);
      await waitInSync(healthy, server.url);
      expect(slow.snapshots).toBe(1);
      expect(slow.gaps + healthy.gaps).toBe(0);
    } finally {
      clearInterval(acking);
    }
  });

  it('a long catch-up comes in rounds, each once the last is read, in parts, and ends at the server state', async () => {
    server = await startServer({ env: { SYNC_MAX_LAG_MS: '300', SYNC_CATCH_UP_PART: '5' } });
    const healthy = await screenOn(server);
    const slow = await screenOn(server);
    slow.ack();
    const stop = startLoad(server.url);
    await new Promise((r) => setTimeout(r, 1000)); // behind, and paused
    const deltasBefore = slow.deltas.length;
    slow.ack();
    await waitFor(() => slow.deltas.length > deltasBefore, 'the first round');
    await new Promise((r) => setTimeout(r, 300));
    const first = slow.deltas.slice(deltasBefore);
    expect(first.at(-1)!.seq).toBeLessThan(healthy.seq!); // only a part of what it lacks
    expect(first[0]!.cases.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(slow.deltas.length).toBe(deltasBefore + first.length); // no more until it has read this one
    slow.ack();
    await waitFor(() => slow.deltas.length > deltasBefore + first.length, 'the second round');
    await new Promise((r) => setTimeout(r, 100));
    const second = slow.deltas.slice(deltasBefore + first.length);
    // What changed while it read the first round, plus a part: several messages, not one.
    expect(second.length).toBeGreaterThan(1);
    const parts = [...first, ...second];
    for (let i = 1; i < parts.length; i += 1) expect(parts[i]!.fromSeq).toBe(parts[i - 1]!.seq);
    const acking = setInterval(() => slow.ack(), 20);
    try {
      expect(await stop()).toBeGreaterThan(50);
      await waitInSync(slow, server.url);
      await waitInSync(healthy, server.url);
      expect(slow.snapshots).toBe(1);
      expect(slow.gaps + healthy.gaps).toBe(0);
    } finally {
      clearInterval(acking);
    }
  });

  it('catches up, with rounds that hold what changed meanwhile, though it reads slower than changes arrive', async () => {
    server = await startServer({ env: { SYNC_MAX_LAG_MS: '1000', SYNC_CATCH_UP_PART: '20' } });
    const slow = await screenOn(server);
    slow.ack();
    const stop = startLoad(server.url);
    try {
      await new Promise((r) => setTimeout(r, 1500)); // paused: a second and a half behind
      // Three acknowledgements a second, and many changes between each: at twenty entities a part
      // it would never catch up while the load goes on. Live again, a tick's delta comes every 50 ms.
      // Live: deltas keep coming though it has not acknowledged them (a round waits for that).
      let live = false;
      for (let i = 0; i < 50 && !live; i += 1) {
        slow.ack();
        await new Promise((r) => setTimeout(r, 300));
        const before = slow.deltas.length;
        await new Promise((r) => setTimeout(r, 300));
        live = slow.deltas.length - before > 2;
      }
      expect(live).toBe(true);
    } finally {
      expect(await stop()).toBeGreaterThan(50);
    }
    const acking = setInterval(() => slow.ack(), 50);
    try {
      await waitInSync(slow, server.url);
      expect(slow.snapshots).toBe(1);
      expect(slow.gaps).toBe(0);
    } finally {
      clearInterval(acking);
    }
  });

  it('a live screen that asks again from an older seq leaves the room until its parts are in', async () => {
    server = await startServer({ env: { SYNC_CATCH_UP_PART: '5' } });
    const screen = await screenOn(server);
    const stop = startLoad(server.url);
    let gapsThen: number | undefined;
    try {
      await new Promise((r) => setTimeout(r, 300));
      const earlier = { seq: screen.seq, cases: new Map(screen.cases), hazards: new Map(screen.hazards) };
      await new Promise((r) => setTimeout(r, 700));
      // As after losing what it applied since: it holds an older seq, and asks from there.
      Object.assign(screen, earlier);
      const from = screen.deltas.length;
      screen.sync();
      // Room deltas already on their way do not fit; from the first part on, none may come.
      await waitFor(() => screen.deltas.length > from, 'the first part');
      expect(screen.deltas[from]!.fromSeq).toBe(earlier.seq);
      gapsThen = screen.gaps;
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      expect(await stop()).toBeGreaterThan(50);
    }
    await waitInSync(screen, server.url);
    expect(screen.gaps).toBe(gapsThen);
  });

  it('a malformed acknowledgement gets a reason and changes nothing', async () => {
    server = await startServer();
    const screen = await screenOn(server);
    const errors: string[] = [];
    screen.socket.on('sync-error', (e) => errors.push(e.reason));
    screen.socket.emit('sync:ack', { seq: -1 } as never);
    screen.socket.emit('sync:ack', { seq: 1, extra: true } as never);
    await waitFor(() => errors.length === 2, 'two sync errors');
    expect(errors[0]).toMatch(/^bad sync ack: /);
    // Still live: a new report reaches it.
    const before = screen.deltas.length;
    expect((await postFeed(server.url, 'incidents', [incident({})])).status).toBe(200);
    await waitFor(() => screen.deltas.length > before, 'a delta');
    await waitInSync(screen, server.url);
  });
});
