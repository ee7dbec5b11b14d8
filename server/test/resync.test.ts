// A screen that drops off and comes back with its last seq ends with exactly the server's
// state: by one merged delta while the retention covers it, by a snapshot after that.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BOOT_EVENTS,
  getSnapshot,
  incident,
  postFeed,
  startServer,
  TestScreen,
  waitFor,
  waitInSync,
  type TestServer,
} from './helpers';

let server: TestServer | undefined;
let screen: TestScreen | undefined;
afterEach(async () => {
  screen?.close();
  await server?.close();
});

async function connectedScreen(s: TestServer): Promise<TestScreen> {
  const sc = new TestScreen(s.url);
  sc.sync();
  await waitFor(() => sc.seq !== null, 'the first snapshot');
  return sc;
}

async function missSome(s: TestServer, sc: TestScreen): Promise<number> {
  await postFeed(s.url, 'incidents', incident({ category: 'noise' }));
  await waitInSync(sc, s.url);
  const seqAtDrop = sc.seq as number;
  sc.close();
  // Separate requests: one event each, several ticks apart.
  for (let i = 0; i < 5; i++) {
    await postFeed(
      s.url,
      'incidents',
      incident({
        category: i % 2 ? 'noise' : 'dispute',
        location: { lon: 120.567 + i * 0.001, lat: 31.472 },
      }),
    );
    await new Promise((r) => setTimeout(r, 30));
  }
  await postFeed(s.url, 'inspections', {
    type: 'inspection',
    sourceRef: `JC-R-${Date.now()}`,
    enterpriseId: 'E0001',
    at: new Date().toISOString(),
    inspector: '张伟',
  });
  return seqAtDrop;
}

describe('resync', () => {
  it('sends one merged delta from the last seq when the retention covers it', async () => {
    server = await startServer();
    screen = await connectedScreen(server);
    const seqAtDrop = await missSome(server, screen);
    expect((await getSnapshot(server.url)).seq).toBe(seqAtDrop + 6);

    const snapshots = screen.snapshots;
    screen.connect(server.url);
    screen.sync();
    await waitInSync(screen, server.url);
    expect(screen.snapshots).toBe(snapshots); // no snapshot: a delta was enough
    const merged = screen.deltas.find((d) => d.fromSeq === seqAtDrop);
    expect(merged).toMatchObject({ fromSeq: seqAtDrop, seq: seqAtDrop + 6 });
    expect(merged!.cases.length).toBeGreaterThanOrEqual(1);
    expect(merged!.enterprises.map((e) => e.id)).toEqual(['E0001']);
    expect(screen.gaps).toBe(0);
  });

  it('sends a snapshot when the deltas after the last seq are no longer kept', async () => {
    server = await startServer({ retention: { maxSeqs: 2, maxAgeMs: 60_000 } });
    screen = await connectedScreen(server);
    await missSome(server, screen);
    const snapshots = screen.snapshots;
    screen.connect(server.url);
    screen.sync();
    await waitInSync(screen, server.url);
    expect(screen.snapshots).toBe(snapshots + 1);
  });

  it('sends a clock-only change as a delta with fromSeq === seq, and keeps it for a resync', async () => {
    let now = Date.now();
    server = await startServer({ clock: () => now });
    screen = await connectedScreen(server);
    await postFeed(server.url, 'inspections', {
      type: 'inspection',
      sourceRef: 'JC-C1',
      enterpriseId: 'E0001',
      at: new Date(now).toISOString(),
      inspector: '张伟',
    });
    await waitFor(() => screen!.enterprises.get('E0001')?.status === 'ok', 'E0001 inspected');
    const seq = screen.seq as number;
    const late = new TestScreen(server.url);
    late.sync();
    await waitFor(() => late.seq === seq, 'a second screen');
    late.close();

    now += 31 * 86_400_000; // red: due again after 30 days
    await server.app.hub.refreshClock();
    await waitFor(
      () => screen!.enterprises.get('E0001')?.status === 'inspection-due',
      'the clock-only delta',
    );
    expect(screen.deltas.at(-1)).toMatchObject({ fromSeq: seq, seq });
    await waitInSync(screen, server.url);

    late.connect(server.url);
    late.sync();
    await waitInSync(late, server.url);
    expect(late.enterprises.get('E0001')?.status).toBe('inspection-due');
    expect(late.snapshots).toBe(1); // served from the retention
    late.close();
  });

  it('keeps the chain for a screen that syncs between two ticks', async () => {
    server = await startServer({ env: { TICK_MS: '10000' } }); // ticks only when the test flushes
    await postFeed(server.url, 'incidents', incident({ category: 'noise' })); // pending, not yet broadcast
    screen = new TestScreen(server.url);
    screen.sync();
    await waitFor(() => screen!.seq === BOOT_EVENTS + 1, 'a snapshot that includes the pending event');
    await postFeed(server.url, 'incidents', incident({ category: 'dispute' }));
    await server.app.hub.flush();
    await waitFor(() => screen!.seq === BOOT_EVENTS + 2 || screen!.gaps > 0, 'the next delta');
    expect(screen.gaps).toBe(0);
    expect(screen.deltas.at(-1)).toMatchObject({ fromSeq: BOOT_EVENTS + 1, seq: BOOT_EVENTS + 2 });
  });

  it('answers a bad sync request with sync-error', async () => {
    server = await startServer();
    screen = new TestScreen(server.url);
    const error = new Promise<{ reason: string }>((resolve) => screen!.socket.on('sync-error', resolve));
    screen.socket.emit('sync', { protocol: 999, lastSeq: null });
    expect((await error).reason).toMatch(/protocol/);
  });
});
