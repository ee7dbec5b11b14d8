// Bytes gzipped once per ETag: a snapshot is served to every screen that opens, and compressing
// 1–2 MB of JSON per request would cost more than sending it. Screens (browsers) always accept gzip.
// The newest few tags are kept (one per audience); a request for a tag being compressed waits for it.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export function createGzipOnce(keep = 4): (etag: string, bytes: Buffer) => Promise<Buffer> {
  const cache = new Map<string, Promise<Buffer>>();
  return (etag, bytes) => {
    let zipped = cache.get(etag);
    if (!zipped) {
      zipped = gzipAsync(bytes, { level: 6 });
      cache.set(etag, zipped);
      zipped.catch(() => cache.delete(etag));
      while (cache.size > keep) cache.delete(cache.keys().next().value as string);
    }
    return zipped;
  };
}
