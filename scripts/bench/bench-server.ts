// Starts server-process.ts in a child process (tsx, --expose-gc) and talks to it; plus a keep-alive
// HTTP load loop for the benchmark process. Loopback only.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ServerMessage, ServerOptions, ServerRequest } from './server-process';

export interface BenchServer {
  url: string;
  naiveUrl: string | null;
  cases: number;
  snapshotBytes: number;
  feedKeys: string[];
  /** A display token (role viewer): send it as `Authorization: Bearer` or the socket's `auth.token`. */
  token: string;
  /** The server's heap after a full GC (when the child has --expose-gc, which it is given). */
  heap(snapshotFile?: string): Promise<{ heapUsed: number; gcExposed: boolean }>;
  /** The server's event-loop delay since the last reset (p99 and max, ms). */
  loopDelay(reset?: boolean): Promise<{ p99Ms: number; maxMs: number }>;
  close(): Promise<void>;
}

export async function startBenchServer(options: Partial<ServerOptions> = {}): Promise<BenchServer> {
  const feedKeys = options.feedKeys ?? Array.from({ length: 4 }, (_, i) => `bench-feed-key-${i}-0123456789`);
  const child = fork(
    new URL('./server-process.ts', import.meta.url).pathname,
    [JSON.stringify({ cases: 0, ...options, feedKeys })],
    {
      execArgv: [
        '--import',
        'tsx',
        '--expose-gc',
        ...(process.env.BENCH_SERVER_PROF
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`]
          : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const ready = await next(child, 'ready', 120_000);
  if (ready.type !== 'ready') throw new Error('bench server did not start');
  return {
    url: ready.url,
    naiveUrl: ready.naiveUrl,
    cases: ready.cases,
    snapshotBytes: ready.snapshotBytes,
    token: ready.token,
    feedKeys,
    async heap(snapshotFile?: string) {
      child.send({ type: 'heap', snapshotFile } satisfies ServerRequest);
      const m = await next(child, 'heap', 30_000);
      return m.type === 'heap' ? m : { heapUsed: NaN, gcExposed: false };
    },
    async loopDelay(reset = false) {
      child.send({ type: 'loop-delay', reset } satisfies ServerRequest);
      const m = await next(child, 'loop-delay', 30_000);
      return m.type === 'loop-delay' ? m : { p99Ms: NaN, maxMs: NaN };
    },
    async close() {
      child.send({ type: 'close' } satisfies ServerRequest);
      await next(child, 'closed', 30_000).catch(() => child.kill());
    },
  };
}

function next(child: ChildProcess, type: ServerMessage['type'], timeoutMs: number): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`bench server: no '${type}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: ServerMessage) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (type !== 'closed') reject(new Error(`bench server exited (${code})`));
      else resolve({ type: 'closed' });
    });
  });
}

/** GETs `url` from `concurrency` keep-alive connections until `requests` have been answered. */
export async function loadGet(
  url: string,
  requests: number,
  concurrency: number,
  headers: Record<string, string> = {},
): Promise<{ ms: number; statuses: Record<number, number>; bytes: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: Record<number, number> = {};
  let sent = 0;
  let bytes = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      http
        .get(url, { agent, headers }, (res) => {
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => {
            statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
            resolve();
          });
        })
        .on('error', reject);
    });
  const worker = async () => {
    while (sent < requests) {
      sent += 1;
      await one();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  agent.destroy();
  return { ms, statuses, bytes };
}
