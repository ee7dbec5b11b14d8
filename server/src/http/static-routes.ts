// Static files: the area GeoJSON at /data/area/<file>, and the built client with an SPA
// fallback so that /wall or /dispatch load the app.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { AREA_DATA_PATH } from '../../../core/protocol/sync';

export function areaRoutes(areaDir: string): Router {
  const router = express.Router();
  router.use(
    AREA_DATA_PATH,
    express.static(areaDir, {
      index: false,
      dotfiles: 'ignore',
      maxAge: '1h', // regenerated rarely; ETag and Last-Modified let browsers revalidate
      setHeaders: (res, file) => {
        if (file.endsWith('.geojson')) res.set('Content-Type', 'application/geo+json; charset=utf-8');
      },
    }),
  );
  return router;
}

const NOT_THE_APP = /^\/(api|data|socket\.io)(\/|$)/;

/** Serves CLIENT_DIR when it holds a build (index.html); otherwise nothing. */
export function clientRoutes(clientDir: string): Router | null {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) return null;
  const router = express.Router();
  router.use(
    express.static(clientDir, {
      index: false,
      setHeaders: (res, file) => {
        // Vite puts content-hashed files under assets/: they never change.
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
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
