// Time travel: GET /api/v1/snapshot?at=<ISO> (the state as it was at that moment) and
// GET /api/v1/events?from=&to= (the events between two moments, paged; only some types and a
// summary without free text on request, see event-filter.ts). The past snapshot is
// built off the event loop by the projection jobs; the events come straight from the log.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import express, { type Router } from 'express';
import { SNAPSHOT_PATH } from '../../../core/protocol/sync';
import { toIso } from '../../../core/domain/time';
import type { EventStore } from '../store/event-store';
import type { ProjectionJobs } from '../store/projection-jobs';
import { HttpError } from './errors';
import { detailParam, summarizeEvent, typesParam } from './event-filter';

export const EVENTS_PATH = '/api/v1/events';
const GZIP_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);
export const EVENTS_LIMIT = { default: 1000, max: 10_000 } as const;

// A date and a time with seconds, and a zone (Z or ±hh:mm): no local-time guessing.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function isoParam(query: Record<string, unknown>, name: string, fallback?: string): string {
  const raw = query[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  if (typeof raw !== 'string' || raw === '') {
    throw new HttpError(400, 'bad-request', `${name} is required: an ISO 8601 time with a zone`, name);
  }
  const ms = Date.parse(raw);
  if (!ISO.test(raw) || Number.isNaN(ms)) {
    throw new HttpError(
      400,
      'bad-request',
      `not an ISO 8601 time with a zone, e.g. 2025-03-05T14:32:00+08:00`,
      name,
    );
  }
  return toIso(ms);
}

function intParam(query: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const raw = query[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n > max) {
    throw new HttpError(400, 'bad-request', `a whole number from 0 to ${max}`, name);
  }
  return n;
}

export function historyRoutes(deps: { store: EventStore; jobs: ProjectionJobs }): Router {
  const router = express.Router();

  router.get(SNAPSHOT_PATH, async (req, res, next) => {
    if (req.query.at === undefined) return next(); // the live snapshot
    const at = isoParam(req.query, 'at');
    const past = await deps.jobs.snapshotAt(at);
    res.set({
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/json; charset=utf-8',
      'X-Replayed-Events': String(past.replayed),
    });
    res.send(past.json);
  });

  router.get(EVENTS_PATH, async (req, res) => {
    const from = isoParam(req.query, 'from');
    const to = isoParam(req.query, 'to');
    if (to < from) throw new HttpError(400, 'bad-request', 'to is before from', 'to');
    const afterSeq = intParam(req.query, 'afterSeq', 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(req.query, 'limit', EVENTS_LIMIT.default, EVENTS_LIMIT.max);
    if (limit === 0) throw new HttpError(400, 'bad-request', 'at least 1', 'limit');
    const types = typesParam(req.query);
    const detail = detailParam(req.query);
    const events = await deps.store.readBetween(from, to, afterSeq, limit + 1, types ?? undefined);
    const more = events.length > limit;
    const full = more ? events.slice(0, limit) : events;
    const page = detail === 'summary' ? full.map(summarizeEvent) : full;
    const body = JSON.stringify({
      from,
      to,
      events: page,
      nextAfterSeq: more ? (page.at(-1)?.seq ?? null) : null,
    });
    res.set('Cache-Control', 'no-store').type('application/json').vary('Accept-Encoding');
    // A page of events is repetitive JSON: gzip makes a long briefing's download several times smaller.
    if (body.length >= GZIP_FROM_BYTES && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      res.set('Content-Encoding', 'gzip').send(await gzipAsync(body, { level: 6 }));
    } else res.send(body);
  });
  return router;
}
