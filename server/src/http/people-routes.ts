// GET /api/v1/people/:id/trail?date=YYYY-MM-DD: a person's trail of that day as [lon, lat, atMs][]
// (only the day of their last fix is kept, in memory). GET /api/v1/rules: the time limits and the
// working calendar for screens that show time left.
import express, { type Router } from 'express';
import { shanghaiDayKey } from '../../../core/domain/time';
import type { TransitionLimits } from '../../../core/domain/transition';
import { RULES_PATH, rulesToWire } from '../../../core/protocol/rules';
import type { TrailPoint } from '../../../core/domain/people-trail';
import type { LiveProjection } from '../store/live-projection';
import { requireAccess } from './access-guard';
import { HttpError } from './errors';

export const trailPath = (personId: string) => `/api/v1/people/${encodeURIComponent(personId)}/trail`;

export function peopleRoutes(deps: {
  projection: LiveProjection;
  clock: () => number;
  limits: TransitionLimits;
}): Router {
  const { projection, clock } = deps;
  const router = express.Router();
  const rules = JSON.stringify(rulesToWire(deps.limits));

  router.get('/api/v1/people/:id/trail', requireAccess('people.trail'), async (req, res) => {
    const id = String(req.params.id);
    const date = req.query.date;
    if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)))
      throw new HttpError(400, 'bad-date', 'date is YYYY-MM-DD', 'date');
    const day = typeof date === 'string' ? date.replaceAll('-', '') : shanghaiDayKey(clock());
    const points = await projection.exclusive((): TrailPoint[] | null => {
      if (!projection.state.roster.has(id)) return null;
      const trail = projection.state.trails.get(id);
      if (trail?.day === day) return trail.points.map((p) => [...p] as TrailPoint);
      return [];
    });
    if (points === null) throw new HttpError(404, 'unknown-person', 'no such person on the roster', 'id');
    if (points.length === 0 && day !== shanghaiDayKey(clock()))
      throw new HttpError(404, 'trail-not-kept', "only the trail of a person's latest day is kept", 'date');
    res.set('Cache-Control', 'no-store').json(points);
  });

  router.get(RULES_PATH, requireAccess('rules'), (_req, res) => {
    res.set({ 'Cache-Control': 'private, no-cache', 'Content-Type': 'application/json; charset=utf-8' });
    res.send(rules);
  });
  return router;
}
