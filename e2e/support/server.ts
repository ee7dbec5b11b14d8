// Starts the production build of the server (dist/server/main.js serving dist/client) on a free
// port with its own data directory, for browser tests and screenshots.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_FEED_KEY = 'e2e-feed-key-0123456789abcdef';
/** The first admin of every test server (ADMIN_USERNAME / ADMIN_PASSWORD). */
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password-1' } as const;

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  output: () => string;
  /** Stops the server for good and removes its data directory. */
  stop: () => Promise<void>;
  /** Stops the process but keeps its port and data directory, as a crash or a deploy would. */
  kill: () => Promise<void>;
  /** Starts it again on the same port with the same data directory (after kill). */
  restart: () => Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'caohu-e2e-'));
  let output = '';
  const spawnServer = async (): Promise<ChildProcess> => {
    const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        FEED_KEYS: `e2e:${TEST_FEED_KEY}`,
        SIMULATOR: 'off',
        ADMIN_USERNAME: E2E_ADMIN.username,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(url, child, () => output);
    return child;
  };
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = await spawnServer();
  const kill = async () => {
    const running = child;
    child = null;
    if (running && running.exitCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    }
  };
  return {
    url,
    port,
    dataDir,
    output: () => output,
    kill,
    restart: async () => {
      await kill();
      child = await spawnServer();
    },
    stop: async () => {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

export async function postInspections(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/v1/feeds/inspections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_FEED_KEY}` },
    body: JSON.stringify(body),
  });
}

export async function postIncidents(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/v1/feeds/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_FEED_KEY}` },
    body: JSON.stringify(body),
  });
}

export async function postPositions(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/v1/feeds/positions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_FEED_KEY}` },
    body: JSON.stringify(body),
  });
}
