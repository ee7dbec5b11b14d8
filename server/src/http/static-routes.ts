// Static files: the area GeoJSON at /data/area/<file>, and the built client with an SPA
// fallback so that /wall or /dispatch load the app. The client's JS and CSS are sent precompressed
// (brotli, else gzip; written at build time by scripts/build/compress-assets.ts) when the browser
// accepts it. The area files (AREA_DIR, which a deployment may replace while the server runs) are
// compressed as they are sent, once per screen that opens: 240 KB of GeoJSON go as 25 KB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express, { type RequestHandler, type Router } from 'express';
import { AREA_DATA_PATH } from '../../../core/protocol/sync';

export function areaRoutes(areaDir: string): Router {
  const router = express.Router();
  router.use(
    AREA_DATA_PATH,
    // Brotli at quality 5: 7 ms for the largest file; quality 11 (Node's default) saves 4 KB more in all.
    compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } }),
    express.static(areaDir, {
      index: false,
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders: (res, file) => {
        // Regenerated rarely; ETag and Last-Modified let browsers revalidate. `private`: it is
        // served to signed-in screens only, so no shared cache may keep it.
        res.set('Cache-Control', 'private, max-age=3600');
        if (file.endsWith('.geojson')) res.set('Content-Type', 'application/geo+json; charset=utf-8');
      },
    }),
  );
  return router;
}

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', // maplibre's worker
  '.css': 'text/css; charset=utf-8',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The encodings an Accept-Encoding header allows (q > 0). Ours are tried in our order (brotli
 * first): browsers list gzip first with equal weight, so their order says nothing.
 */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(token, weight ? Number(weight.slice(2)) : 1);
  }
  const allows = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return new Set(ENCODINGS.map((e) => e.name).filter(allows));
}

/** Serves <file>.br or <file>.gz for the client's hashed JS and CSS when the request accepts it. */
function precompressed(clientDir: string): RequestHandler {
  const assets = path.join(clientDir, 'assets');
  // Listed once: the build does not change under a running server.
  const present = new Set(fs.existsSync(assets) ? fs.readdirSync(assets) : []);
  return (req, res, next) => {
    const name = req.path.startsWith('/assets/') ? req.path.slice('/assets/'.length) : '';
    const type = CONTENT_TYPES[path.extname(name)];
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !type ||
      name.includes('/') ||
      !present.has(name)
    ) {
      next();
      return;
    }
    res.vary('Accept-Encoding');
    const accepted = acceptedEncodings(req.get('accept-encoding'));
    const encoding = ENCODINGS.find((e) => accepted.has(e.name) && present.has(name + e.suffix));
    if (!encoding) {
      next();
      return;
    }
    res.set({ 'Content-Encoding': encoding.name, 'Content-Type': type, 'Cache-Control': IMMUTABLE });
    res.sendFile(path.join(assets, name + encoding.suffix), { dotfiles: 'deny' }, (err) => {
      if (err) next(err);
    });
  };
}

const NOT_THE_APP = /^\/(api|data|socket\.io)(\/|$)/;

/** Serves CLIENT_DIR when it holds a build (index.html); otherwise nothing. */
export function clientRoutes(clientDir: string): Router | null {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) return null;
  const router = express.Router();
  router.use(precompressed(clientDir));
  router.use(
    express.static(clientDir, {
      index: false,
      setHeaders: (res, file) => {
        // Vite puts content-hashed files under assets/: they never change.
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.set('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
        if (CONTENT_TYPES[path.extname(file)]) res.vary('Accept-Encoding');
      },
    }),
  );
  router.use((req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      NOT_THE_APP.test(req.path) ||
      !req.accepts('html')
    ) {
      next();
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
