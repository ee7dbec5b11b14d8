// Feed → screen latency: reports are posted one a request through the HTTP feed at a steady rate
// (spread over four feed keys, each within the feed's rate limit) while `screens` synced sockets are
// connected; on `sampled` of them (socket.io-client, decoding every delta) the time from sending a
// report to the delta holding it is recorded; the others are bare WebSockets that do not decode
// (screens.ts). The server runs in its own process; the load and the screens run in this one, so
// both share the machine's two cores.
import http from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DEFAULT_TICK_MS } from '../../server/src/config';
import { startBenchServer } from './bench-server';
import { quantile, type BenchResult } from './measure';
import { reportsOverCells } from './reports';
import { closeScreens, connectRawScreens, connectScreens } from './screens';

export interface LatencyOptions {
  screens: number;
  sampled: number;
  ratePerSecond: number;
  seconds: number;
  /** TICK_MS for the server; the product's default (50 ms) when absent. */
  tickMs?: number;
}

export async function benchFeedLatency(o: LatencyOptions): Promise<BenchResult[]> {
  const server = await startBenchServer({ cases: 200, tickMs: o.tickMs });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  try {
    const timed = await connectScreens(server.url, server.token, o.sampled);
    const others = await connectRawScreens(server.url, server.token, o.screens - o.sampled);
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    for (const screen of timed) {
      const seen = new Set<string>();
      screen.on('delta', (delta) => {
        const now = performance.now();
        for (const c of delta.cases) {
          for (const r of c.reports) {
            const sent = sentAt.get(r.sourceRef);
            if (sent === undefined || seen.has(r.sourceRef)) continue;
            seen.add(r.sourceRef);
            latencies.push(now - sent);
          }
        }
      });
    }
    const total = Math.round(o.ratePerSecond * o.seconds);
    const reports = reportsOverCells(total, `L${Date.now()}`, 500);
    const failures: string[] = [];
    const posts: Promise<void>[] = [];
    await server.loopDelay(true);
    const ownLoop = monitorEventLoopDelay({ resolution: 5 });
    ownLoop.enable();
    const started = performance.now();
    let next = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * o.ratePerSecond) + 1);
        for (; next < due; next++) {
          const report = reports[next]!;
          report.description = `sent ${performance.now().toFixed(1)} ms`;
          sentAt.set(report.sourceRef, performance.now());
          posts.push(
            post(server.url, server.feedKeys[next % server.feedKeys.length]!, report, agent, failures),
          );
        }
        if (next >= total) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    const sendMs = performance.now() - started;
    await Promise.all(posts);
    const expected = total * o.sampled;
    const until = performance.now() + 3000;
    while (latencies.length < expected && performance.now() < until)
      await new Promise((r) => setTimeout(r, 20));
    const serverLoop = await server.loopDelay();
    ownLoop.disable();
    closeScreens(timed);
    for (const ws of others) ws.terminate();
    if (failures.length > 0) throw new Error(`feed posts failed: ${failures.slice(0, 3).join('; ')}`);
    latencies.sort((a, b) => a - b);
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => quantile(latencies, q)) as [number, number, number];
    const missing = expected - latencies.length;
    return [
      {
        name: `feed → screen, ${o.ratePerSecond}/s for ${o.seconds} s, ${o.screens} sockets (${o.sampled} timed), tick ${o.tickMs ?? DEFAULT_TICK_MS} ms`,
        operations: latencies.length,
        ms: sendMs,
        perSecond: (total / sendMs) * 1000,
        budget: `p99 ≤ 100 ms: p50 ${p50.toFixed(0)}, p95 ${p95.toFixed(0)}, p99 ${p99.toFixed(0)}, max ${latencies.at(-1)!.toFixed(0)} ms${missing ? `, ${missing} not received` : ''}; event-loop delay p99/max: server ${ms(serverLoop.p99Ms)}/${ms(serverLoop.maxMs)}, screens and load ${ms(ownLoop.percentile(99) / 1e6)}/${ms(ownLoop.max / 1e6)} ms`,
        ok: p99 <= 100 && missing === 0,
      },
    ];
  } finally {
    agent.destroy();
    await server.close();
  }
}

function post(
  url: string,
  key: string,
  report: object,
  agent: http.Agent,
  failures: string[],
): Promise<void> {
  const body = JSON.stringify(report);
  return new Promise((resolve) => {
    const req = http.request(
      `${url}/api/v1/feeds/incidents`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) failures.push(`HTTP ${res.statusCode}`);
          resolve();
        });
      },
    );
    req.on('error', (err) => {
      failures.push(err.message);
      resolve();
    });
    req.end(body);
  });
}

const ms = (value: number) => value.toFixed(0);
