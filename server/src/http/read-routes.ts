// GET /api/v1/health, /api/v1/config and /api/v1/snapshot. The snapshot is serialised once per state
// version and served as bytes with an ETag (304 when the client already has it).
import express, { type Router } from 'express';
import {
  PROTOCOL_VERSION,
  HEALTH_PATH,
  SNAPSHOT_PATH,
  CONFIG_PATH,
  type HealthResponse,
  type RuntimeConfig,
} from '../../../core/protocol/sync';
import { toIso } from '../../../core/domain/time';
import { seesPersonalData } from '../../../core/protocol/access';
import type { LiveProjection } from '../store/live-projection';
import { authOf, principalOf, requireAccess } from './access-guard';
import { createGzipOnce } from './compressed-once';

/** Whether an If-None-Match header names the tag (weak or strong, or `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

export function readRoutes(deps: {
  projection: LiveProjection;
  clock: () => number;
  startedAtMs: number;
  version: string;
  clients: () => number;
  runtimeConfig: RuntimeConfig;
}): Router {
  const { projection, clock } = deps;
  const router = express.Router();

  router.get(HEALTH_PATH, requireAccess('health'), async (_req, res) => {
    const signedIn = authOf(res).principal !== null;
    const body = await projection.exclusive((): HealthResponse => {
      const now = clock();
      const { state } = projection;
      const minimal = {
        status: 'ok',
        protocol: PROTOCOL_VERSION,
        version: deps.version,
        serverTime: toIso(now),
      } as const;
      if (!signedIn) return minimal; // feed details and counts only for those signed in
      return {
        ...minimal,
        seq: state.seq,
        startedAt: toIso(deps.startedAtMs),
        uptimeSec: Math.round((now - deps.startedAtMs) / 1000),
        clients: deps.clients(),
        feeds: [...state.feeds.values()],
      };
    });
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.get(CONFIG_PATH, requireAccess('config'), (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(deps.runtimeConfig);
  });

  const gzipOnce = createGzipOnce();
  router.get(SNAPSHOT_PATH, requireAccess('snapshot'), async (req, res) => {
    const audience = seesPersonalData(principalOf(res).user.role) ? 'full' : 'masked';
    const { bytes, etag } = await projection.exclusive(() => projection.snapshot(audience));
    res.set({
      ETag: etag,
      'Cache-Control': 'private, no-cache',
      Vary: 'Cookie, Authorization, Accept-Encoding', // masked or not, by who asks
      'Content-Type': 'application/json; charset=utf-8',
    });
    if (matchesEtag(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      res.set('Content-Encoding', 'gzip').send(await gzipOnce(etag, bytes));
      return;
    }
    res.send(bytes);
  });
  return router;
}
