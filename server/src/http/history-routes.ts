// Time travel: GET /api/v1/snapshot?at=<ISO> (the state as it was at that moment) and
// GET /api/v1/events?from=&to= (the events between two moments, paged; only some types and a
// summary without free text on request, see event-filter.ts). The past snapshot is built off the
// event loop by the projection jobs; the events come straight from the log. Both are masked for
// audiences that may not see residents' names and phones; audit events are not here
// (GET /admin/audit has them).
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import express, { type Router } from 'express';
import { AUDIT_EVENT_TYPES } from '../../../core/domain/audit';
import { maskCases, maskEvent } from '../../../core/domain/masking';
import { seesPersonalData } from '../../../core/protocol/access';
import { SNAPSHOT_PATH, type Snapshot } from '../../../core/protocol/sync';
import type { EventStore } from '../store/event-store';
import type { ProjectionJobs } from '../store/projection-jobs';
import { principalOf, requireAccess } from './access-guard';
import { HttpError } from './errors';
import { detailParam, summarizeEvent, typesParam } from './event-filter';
import { intParam, isoParam } from './query-params';

export const EVENTS_PATH = '/api/v1/events';
const GZIP_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);
export const EVENTS_LIMIT = { default: 1000, max: 10_000 } as const;

export function historyRoutes(deps: { store: EventStore; jobs: ProjectionJobs }): Router {
  const router = express.Router();

  router.get(SNAPSHOT_PATH, requireAccess('snapshot'), async (req, res, next) => {
    if (req.query.at === undefined) return next(); // the live snapshot
    const at = isoParam(req.query, 'at');
    const past = await deps.jobs.snapshotAt(at);
    const json = seesPersonalData(principalOf(res).user.role)
      ? past.json
      : JSON.stringify(maskCases(JSON.parse(past.json) as Snapshot));
    res.set({
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/json; charset=utf-8',
      'X-Replayed-Events': String(past.replayed),
    });
    res.send(json);
  });

  router.get(EVENTS_PATH, requireAccess('events'), async (req, res) => {
    const from = isoParam(req.query, 'from');
    const to = isoParam(req.query, 'to');
    if (to < from) throw new HttpError(400, 'bad-request', 'to is before from', 'to');
    const afterSeq = intParam(req.query, 'afterSeq', 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(req.query, 'limit', EVENTS_LIMIT.default, EVENTS_LIMIT.max);
    if (limit === 0) throw new HttpError(400, 'bad-request', 'at least 1', 'limit');
    const types = typesParam(req.query);
    const detail = detailParam(req.query);
    const filter = types ? { only: types } : { except: AUDIT_EVENT_TYPES };
    const events = await deps.store.readBetween(from, to, afterSeq, limit + 1, filter);
    const more = events.length > limit;
    const kept = more ? events.slice(0, limit) : events;
    const seesAll = seesPersonalData(principalOf(res).user.role);
    const masked = seesAll ? kept : kept.map(maskEvent);
    const page = detail === 'summary' ? masked.map(summarizeEvent) : masked;
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
