// GET /api/v1/snapshot against a real server (its own process, loopback) from concurrent keep-alive
// connections in the benchmark process: the product's route (serialised once per version, ETag),
// the same with If-None-Match (a screen that already has it: 304), and the naive way (build and
// serialise on each request, a route that only the benchmark starts).
import { startBenchServer, loadGet } from './bench-server';
import type { BenchResult } from './measure';

const CONCURRENCY = 32;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

export async function benchSnapshot(cases: number, requests: number): Promise<BenchResult[]> {
  const server = await startBenchServer({ cases, naive: true });
  try {
    const path = '/api/v1/snapshot';
    const auth = { authorization: `Bearer ${server.token}` };
    const etag = (await fetch(server.url + path, { headers: auth })).headers.get('etag')!;
    await loadGet(server.url + path, Math.min(requests, 200), CONCURRENCY, auth); // warm up both
    await loadGet(server.naiveUrl! + path, Math.min(requests, 50), CONCURRENCY);
    const size = `${server.cases} cases, ${kb(server.snapshotBytes)}`;
    const row = (name: string, run: { ms: number; statuses: Record<number, number> }, expected: number) => {
      const answered = run.statuses[expected] ?? 0;
      const perSecond = (answered / run.ms) * 1000;
      if (answered === 0)
        throw new Error(`${name}: no ${expected} answers (${JSON.stringify(run.statuses)})`);
      return { name, operations: answered, ms: run.ms, perSecond };
    };
    const served = row(
      `snapshot, serialised once, uncompressed (${size})`,
      await loadGet(server.url + path, requests, CONCURRENCY, auth),
      200,
    );
    // What a browser asks for: gzip, compressed once per version.
    const gzipped = await loadGet(server.url + path, requests, CONCURRENCY, {
      ...auth,
      'accept-encoding': 'gzip',
    });
    const servedGzip = row(
      `snapshot, serialised and gzipped once (${kb(gzipped.bytes / Math.max(1, gzipped.statuses[200] ?? 1))} a response)`,
      gzipped,
      200,
    );
    const revalidated = row(
      'snapshot, If-None-Match (304)',
      await loadGet(server.url + path, requests, CONCURRENCY, { ...auth, 'if-none-match': etag }),
      304,
    );
    const naive = row(
      `snapshot, serialised per request (naive)`,
      await loadGet(server.naiveUrl! + path, Math.max(10, Math.round(requests / 5)), CONCURRENCY),
      200,
    );
    return [
      {
        ...served,
        budget: `≥ 5,000/s (${(served.perSecond / naive.perSecond).toFixed(1)}× naive)`,
        ok: served.perSecond >= 5000,
      },
      {
        ...servedGzip,
        budget: `≥ 5,000/s (${(servedGzip.perSecond / naive.perSecond).toFixed(1)}× naive)`,
        ok: servedGzip.perSecond >= 5000,
      },
      { ...revalidated, budget: '≥ 5,000/s', ok: revalidated.perSecond >= 5000 },
      { ...naive, budget: 'naive', ok: true },
    ];
  } finally {
    await server.close();
  }
}
