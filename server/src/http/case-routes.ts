// POST /api/v1/cases/actions: one case action or a bulk array, the signed-in user as the actor,
// through the one case pipeline (app.cases). A single item answers with its own status (200,
// 403, 404, 409, 422); a bulk request answers 200 with a result per item.
import express, { type RequestHandler, type Router } from 'express';
import { CASE_ACTION_LIMITS, CASE_ACTIONS_PATH, httpStatusOf } from '../../../core/protocol/case-actions';
import type { CaseActions } from '../cases/perform-action';
import { requireAccess } from './access-guard';
import { actorOfUser, userOf } from './acting-user';
import { HttpError } from './errors';

export const requireJson: RequestHandler = (req, _res, next) => {
  next(
    req.is('application/json')
      ? undefined
      : new HttpError(415, 'unsupported-media-type', 'send Content-Type: application/json'),
  );
};

export function caseRoutes(deps: { cases: CaseActions }): Router {
  const router = express.Router();
  router.post(
    CASE_ACTIONS_PATH,
    // The role, the CSRF token and the per-user rate limit: the access table (core/protocol/access.ts).
    requireAccess('cases.actions'),
    requireJson,
    express.json({ limit: '256kb', strict: true, type: 'application/json' }),
    async (req, res) => {
      const body: unknown = req.body;
      if (body === undefined || body === null || typeof body !== 'object')
        throw new HttpError(400, 'empty-body', 'send one case action or an array of them');
      const bulk = Array.isArray(body);
      const items: unknown[] = bulk ? body : [body];
      if (items.length === 0) throw new HttpError(400, 'empty-batch', 'the array holds no actions');
      if (items.length > CASE_ACTION_LIMITS.batch)
        throw new HttpError(413, 'too-many-items', `at most ${CASE_ACTION_LIMITS.batch} actions per request`);
      const response = await deps.cases.perform(items, actorOfUser(userOf(res)));
      const only = response.results[0];
      if (bulk || !only || only.status === 'accepted') {
        res.status(200).json(response);
        return;
      }
      res.status(httpStatusOf(only)).json({
        error: only.code,
        reason: only.reason,
        ...(only.field ? { field: only.field } : {}),
        ...response,
      });
    },
  );
  return router;
}
