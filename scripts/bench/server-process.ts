// A real server (createApp on 127.0.0.1, port 0) in a child process of its own, so that the heap it
// reports is the server's alone, not the benchmark's clients'. Started with `fork` by
// bench-server.ts; options come as JSON in argv[2]; it answers messages over IPC.
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildSnapshot } from '../../core/domain/views';
import { toIso } from '../../core/domain/time';
import { createApp } from '../../server/src/app';
import { createConfig } from '../../server/src/config';
import { reportsOverCells } from './reports';

export interface ServerOptions {
  /** Cases ingested before the server answers (one report each, spread over the cells). */
  cases: number;
  /** Also start a naive snapshot route (serialised on each request) on a port of its own. */
  naive?: boolean;
  feedKeys: string[];
  clientDir?: string;
  /** The hub's coalescing tick (TICK_MS); the product's default when absent. */
  tickMs?: number;
}

export type ServerRequest =
  { type: 'heap'; snapshotFile?: string } | { type: 'loop-delay'; reset: boolean } | { type: 'close' };
export type ServerMessage =
  | {
      type: 'ready';
      url: string;
      naiveUrl: string | null;
      cases: number;
      snapshotBytes: number;
      /** A display token (role viewer, as a wall screen) for the screens and snapshot requests. */
      token: string;
    }
  | { type: 'heap'; heapUsed: number; gcExposed: boolean }
  | { type: 'loop-delay'; p99Ms: number; maxMs: number }
  | { type: 'closed' };

const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
const send = (message: ServerMessage) => process.send!(message);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caohu-bench-server-'));
const config = createConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  AREA_DIR: 'data/area',
  CLIENT_DIR: options.clientDir ?? path.join(dataDir, 'no-client'),
  SIMULATOR: 'off',
  FEED_KEYS: options.feedKeys.map((key, i) => `bench${i}:${key}`).join(','),
  LOG_LEVEL: 'silent',
  ...(options.tickMs ? { TICK_MS: String(options.tickMs) } : {}),
});
const app = await createApp({ config });
const { url } = await app.listen();
for (const batch of chunk(reportsOverCells(options.cases, 'seed'), 100)) {
  await app.ingest.incidents(batch, { kind: 'system', name: 'bench' });
}
const { bytes } = await app.projection.exclusive(() => app.projection.snapshot());
const token = app.accounts.displayTokens.create('bench', 'bench').secret;

let naiveServer: http.Server | null = null;
let naiveUrl: string | null = null;
if (options.naive) {
  // The naive way, for comparison only (never in the product): build and serialise per request.
  const naive = express();
  naive.get('/api/v1/snapshot', async (_req, res) => {
    const body = await app.projection.exclusive(() =>
      JSON.stringify(buildSnapshot(app.projection.state, toIso(Date.now()))),
    );
    res.set({ 'Cache-Control': 'no-cache', 'Content-Type': 'application/json; charset=utf-8' }).send(body);
  });
  const server = await new Promise<http.Server>((resolve) => {
    const s = naive.listen(0, '127.0.0.1', () => resolve(s));
  });
  naiveServer = server;
  naiveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// How long the server's event loop was held up (a busy loop delays every delta).
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

process.on('message', (request: ServerRequest) => {
  if (request.type === 'loop-delay') {
    send({ type: 'loop-delay', p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 });
    if (request.reset) loopDelay.reset();
  } else if (request.type === 'heap') {
    global.gc?.();
    global.gc?.(); // a second pass collects what the first one's finalisers freed
    if (request.snapshotFile) v8.writeHeapSnapshot(request.snapshotFile);
    send({ type: 'heap', heapUsed: process.memoryUsage().heapUsed, gcExposed: Boolean(global.gc) });
  } else if (request.type === 'close') {
    naiveServer?.closeAllConnections();
    naiveServer?.close();
    void app.close().then(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      send({ type: 'closed' });
      process.exit(0);
    });
  }
});
send({
  type: 'ready',
  url,
  naiveUrl,
  cases: app.projection.state.cases.size,
  snapshotBytes: bytes.length,
  token,
});

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
