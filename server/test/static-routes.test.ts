// The built client's JS and CSS go out precompressed (brotli, else gzip) when the request accepts
// it, as the same bytes once decoded, with Content-Type and Vary right; identity otherwise.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../src/http/static-routes';
import { startServer, tempDir, type TestServer } from './helpers';

const script = Buffer.from(
  `export const places = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `漕湖 ${i}`))};\n`,
);
const style = Buffer.from(`.tile { color: #123456; }\n`.repeat(100));
let server: TestServer;

beforeAll(async () => {
  const clientDir = tempDir();
  const assets = path.join(clientDir, 'assets');
  fs.mkdirSync(assets, { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>漕湖</title>');
  for (const [name, bytes] of [
    ['index-abc123.js', script],
    ['index-abc123.css', style],
  ] as const) {
    fs.writeFileSync(path.join(assets, name), bytes);
    fs.writeFileSync(path.join(assets, `${name}.br`), zlib.brotliCompressSync(bytes));
    fs.writeFileSync(path.join(assets, `${name}.gz`), zlib.gzipSync(bytes));
  }
  fs.writeFileSync(path.join(assets, 'tiny-abc123.js'), 'export {};'); // too small to compress
  server = await startServer({ env: { CLIENT_DIR: clientDir } });
});
afterAll(() => server.close());

/** A raw GET (fetch would decode the body itself). */
function get(url: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(
          url,
          { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          },
        )
        .on('error', reject);
    },
  );
}

describe('precompressed client assets', () => {
  it('sends brotli to a browser that accepts it, even when it lists gzip first', async () => {
    const res = await get(`${server.url}/assets/index-abc123.js`, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body.length).toBeLessThan(script.length);
    expect(zlib.brotliDecompressSync(res.body).equals(script)).toBe(true);
  });

  it('sends gzip when brotli is not accepted', async () => {
    const res = await get(`${server.url}/assets/index-abc123.css`, 'gzip, br;q=0');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(zlib.gunzipSync(res.body).equals(style)).toBe(true);
  });

  it('sends the file as it is when no encoding is accepted', async () => {
    for (const accept of [undefined, 'identity']) {
      const res = await get(`${server.url}/assets/index-abc123.js`, accept);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['content-type']).toMatch(/^text\/javascript/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body.equals(script)).toBe(true);
    }
  });

  it('sends a file without compressed copies as it is', async () => {
    const res = await get(`${server.url}/assets/tiny-abc123.js`, 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('export {};');
  });

  it('does not answer for compressed copies of files that do not exist', async () => {
    const res = await get(`${server.url}/assets/missing-abc123.js`, 'br');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).not.toMatch(/javascript/);
  });
});

describe('acceptedEncodings', () => {
  it('reads weights and the wildcard', () => {
    expect([...acceptedEncodings('gzip, deflate, br')]).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect([...acceptedEncodings('*')]).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('*, br;q=0')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings('identity')]).toEqual([]);
  });
});
