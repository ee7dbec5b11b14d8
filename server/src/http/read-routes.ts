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
import type { LiveProjection } from '../store/live-projection';

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

  router.get(HEALTH_PATH, async (_req, res) => {
    const body = await projection.exclusive((): HealthResponse => {
      const now = clock();
      const { state } = projection;
      return {
        status: 'ok',
        protocol: PROTOCOL_VERSION,
        version: deps.version,
        seq: state.seq,
        serverTime: toIso(now),
        startedAt: toIso(deps.startedAtMs),
        uptimeSec: Math.round((now - deps.startedAtMs) / 1000),
        clients: deps.clients(),
        feeds: [...state.feeds.values()],
      };
    });
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.get(CONFIG_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(deps.runtimeConfig);
  });

  router.get(SNAPSHOT_PATH, async (req, res) => {
    const { bytes, etag } = await projection.exclusive(() => projection.snapshot());
    res.set({ ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json; charset=utf-8' });
    if (matchesEtag(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.send(bytes);
  });
  return router;
}
