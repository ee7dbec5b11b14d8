// POST /api/v1/feeds/incidents, /inspections and /positions: authenticate, rate-limit per key,
// parse JSON within the size limit, then hand the items to the ingest pipeline.
import express, { type RequestHandler, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { FEED_LIMITS } from '../../../core/protocol/feeds';
import { POSITION_FEED_PATH } from '../../../core/protocol/positions';
import { INCIDENT_FEED_PATH, INSPECTION_FEED_PATH } from '../../../core/protocol/sync';
import type { Ingest } from '../feeds/ingest';
import { authOf, requireAccess } from './access-guard';
import { HttpError } from './errors';

export const FEED_RATE_LIMIT = { windowMs: 60_000, limit: 600 } as const;

const requireJson: RequestHandler = (req, _res, next) => {
  next(
    req.is('application/json')
      ? undefined
      : new HttpError(415, 'unsupported-media-type', 'send Content-Type: application/json'),
  );
};

function handle(ingest: Ingest, kind: 'incidents' | 'inspections' | 'positions'): RequestHandler {
  return async (req, res) => {
    const body: unknown = req.body;
    if (body === undefined || body === null)
      throw new HttpError(400, 'empty-body', 'send one item or an array of items');
    const items = Array.isArray(body) ? body : [body];
    if (items.length === 0) throw new HttpError(400, 'empty-batch', 'the array holds no items');
    if (items.length > FEED_LIMITS.batchItems) {
      throw new HttpError(413, 'too-many-items', `at most ${FEED_LIMITS.batchItems} items per request`);
    }
    const key = authOf(res).feedKey!;
    const response = await ingest[kind](items, { kind: 'feed', keyName: key.name, keySource: key.source });
    // 422 only when nothing in the request could be used.
    res.status(response.rejected === items.length ? 422 : 200).json(response);
  };
}

export function feedRoutes(deps: { ingest: Ingest; perMinute?: number }): Router {
  const router = express.Router();
  const limit = deps.perMinute ?? FEED_RATE_LIMIT.limit;
  const limiter = rateLimit({
    windowMs: FEED_RATE_LIMIT.windowMs,
    limit,
    keyGenerator: (_req, res) => authOf(res).feedKey?.id ?? 'none',
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    validate: false, // keyed by feed key, not by IP
    handler: (_req, _res, next) =>
      next(new HttpError(429, 'rate-limited', `at most ${limit} requests a minute per feed key`)),
  });
  const parseJson = express.json({ limit: FEED_LIMITS.bodyBytes, strict: true, type: 'application/json' });
  const chain = [limiter, requireJson, parseJson];
  router.post(
    INCIDENT_FEED_PATH,
    requireAccess('feeds.incidents'),
    ...chain,
    handle(deps.ingest, 'incidents'),
  );
  router.post(
    INSPECTION_FEED_PATH,
    requireAccess('feeds.inspections'),
    ...chain,
    handle(deps.ingest, 'inspections'),
  );
  router.post(
    POSITION_FEED_PATH,
    requireAccess('feeds.positions'),
    ...chain,
    handle(deps.ingest, 'positions'),
  );
  return router;
}
