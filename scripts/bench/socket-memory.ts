// Server heap per connected screen: the server runs in its own process (so the screens' client
// objects in this process do not count); its heap is read after a full GC with none connected, then
// with `count` synced screens, and the difference divided by `count`.
import { performance } from 'node:perf_hooks';
import { startBenchServer } from './bench-server';
import type { BenchResult } from './measure';
import { closeScreens, connectScreens } from './screens';

export async function benchSocketMemory(count: number, cases = 200): Promise<BenchResult[]> {
  const server = await startBenchServer({ cases });
  try {
    // As many screens first, connected and gone, so that what a server builds once (the serialised
    // snapshot, optimised code for the connection path, tables grown to hold `count` screens) is
    // not counted against the screens: the figure is what one more screen costs.
    closeScreens(await connectScreens(server.url, server.token, count));
    await new Promise((r) => setTimeout(r, 3000)); // their closes settle
    const before = await server.heap();
    const started = performance.now();
    const screens = await connectScreens(server.url, server.token, count);
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 500)); // let the last handshakes settle
    const after = await server.heap();
    closeScreens(screens);
    const perSocket = (after.heapUsed - before.heapUsed) / count;
    const gc = after.gcExposed ? 'after a forced GC' : 'NO forced GC (run with --expose-gc)';
    return [
      {
        name: `server heap per socket, ${count} synced (${gc})`,
        operations: count,
        ms,
        perSecond: (count / ms) * 1000,
        budget: `≤ 10 KB: ${(perSocket / 1024).toFixed(1)} KB (heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)})`,
        ok: perSocket <= 10 * 1024,
      },
    ];
  } finally {
    await server.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
