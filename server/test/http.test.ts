// Read endpoints, static files, security headers and errors.
import fs from 'node:fs';
import path from 'node:path';
import { io as connectSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, AREA_DIR, incident, postFeed, startServer, tempDir, type TestServer } from './helpers';

let server: TestServer;
let clientDir: string;
beforeAll(async () => {
  clientDir = tempDir();
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>漕湖</title>');
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  server = await startServer({ env: { CLIENT_DIR: clientDir } });
});
afterAll(() => server.close());

describe('read endpoints', () => {
  it('reports health with seq, uptime, feeds and version', async () => {
    const res = await adminFetch(server.url, `/api/v1/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      protocol: 2,
      seq: expect.any(Number),
      uptimeSec: expect.any(Number),
      version: expect.any(String),
    });
    expect((await (await fetch(`${server.url}/api/v1/health`)).json()).feeds).toBeUndefined(); // minimal
    expect(body.feeds.map((f: { source: string }) => f.source)).toEqual([
      'camera',
      'drone',
      'grid-worker',
      'resident',
      'hotline',
      'police',
      'inspection',
    ]);
  });

  it('serves the snapshot with an ETag, 304 when unchanged, a new tag after a change', async () => {
    const first = await adminFetch(server.url, `/api/v1/snapshot`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('content-type')).toMatch(/application\/json/);
    const same = await adminFetch(server.url, `/api/v1/snapshot`, { headers: { 'if-none-match': etag! } });
    expect(same.status).toBe(304);
    await postFeed(server.url, 'incidents', incident());
    const changed = await adminFetch(server.url, `/api/v1/snapshot`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('sends the snapshot gzipped to a reader that accepts it, the same JSON as uncompressed', async () => {
    await postFeed(server.url, 'incidents', incident());
    const plain = await adminFetch(server.url, `/api/v1/snapshot`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await adminFetch(server.url, `/api/v1/snapshot`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(zipped.headers.get('etag')).toBe(plain.headers.get('etag'));
    expect(await zipped.json()).toEqual(await plain.json());
  });
});

describe('static files and headers', () => {
  it('serves the area GeoJSON with caching headers', async () => {
    const res = await adminFetch(server.url, `/data/area/grid-cells.geojson`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/geo\+json/);
    expect(res.headers.get('cache-control')).toMatch(/^private, max-age=3600/);
    expect(res.headers.get('etag')).toBeTruthy();
    expect((await res.json()).type).toBe('FeatureCollection');
    expect((await adminFetch(server.url, `/data/area/nothing.geojson`)).status).toBe(404);
  });

  it('sends the area GeoJSON compressed, brotli first, else gzip, the same data once decoded', async () => {
    const file = JSON.parse(fs.readFileSync(path.join(AREA_DIR, 'grid-cells.geojson'), 'utf8')) as unknown;
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const res = await adminFetch(server.url, '/data/area/grid-cells.geojson', {
        headers: { 'accept-encoding': accept },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding') ?? undefined).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await res.json()).toEqual(file);
    }
  });

  it('serves the client with an SPA fallback, but not for API paths', async () => {
    for (const p of ['/', '/wall', '/dispatch/queue']) {
      const res = await fetch(`${server.url}${p}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('漕湖');
    }
    const asset = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    const api = await fetch(`${server.url}/api/v1/nothing`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not-found' });
  });

  it('sends a strict Content-Security-Policy', async () => {
    const csp = (await fetch(`${server.url}/api/v1/health`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  it('offers no external basemap unless one is configured', async () => {
    expect(await (await fetch(`${server.url}/api/v1/config`)).json()).toEqual({ basemap: null });
  });
});

describe('a configured external basemap', () => {
  it('is offered to screens and allowed by the CSP, for its host only', async () => {
    const tiles = 'http://tiles.intranet.example:8081/vec/{z}/{x}/{y}.png';
    const configured = await startServer({ env: { BASEMAP_TILES: tiles, BASEMAP_ATTRIBUTION: '内网底图' } });
    try {
      const res = await fetch(`${configured.url}/api/v1/config`);
      expect(await res.json()).toEqual({ basemap: { tiles, attribution: '内网底图' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("img-src 'self' data: blob: http://tiles.intranet.example:8081");
      expect(csp).toContain("connect-src 'self' http://tiles.intranet.example:8081");
      expect(csp).toContain("default-src 'self';");
    } finally {
      await configured.close();
    }
  });
});

describe('socket origin', () => {
  it('refuses a socket opened by a page of another site', async () => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = connectSocket(server.url, {
          transports: ['websocket'],
          extraHeaders: { origin, cookie: server.admin.cookie },
          reconnection: false,
          forceNew: true,
        });
        socket.on('connect', () => {
          socket.disconnect();
          resolve('open');
        });
        socket.on('connect_error', () => resolve('refused'));
      });
    expect(await attempt('http://evil.example')).toBe('refused');
    expect(await attempt(server.url)).toBe('open');
  });
});
