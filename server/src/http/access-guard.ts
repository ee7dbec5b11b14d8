// Access to every API route, decided from core/protocol/access.ts: the route of a request is looked
// up in the table (an API path the table does not list is 404), then its rule is applied: a feed
// key of the right source, or a principal (session cookie or display token) of an allowed role.
// State-changing requests on a session cookie must carry the session's CSRF token, and are rate
// limited per user. Route modules add `requireAccess(id)` so that a route mounted elsewhere than
// the table says is refused rather than open.
import type { Request, RequestHandler, Response } from 'express';
import {
  feedKeyAllowed,
  type Access,
  HTTP_ROUTES,
  matchRoute,
  pathKnown,
  roleAllowed,
  type HttpRouteId,
} from '../../../core/protocol/access';
import { CSRF_HEADER } from '../../../core/protocol/auth';
import type { Accounts } from '../accounts/accounts';
import type { ResolvedFeedKey } from '../accounts/feed-key-registry';
import type { Principal } from '../accounts/principal';
import { safeEqual } from '../accounts/secrets';
import { sessionIdOf } from './cookies';
import { HttpError } from './errors';

/** What the guard found out about a request, in `res.locals.auth`. */
export interface RequestAuth {
  routeId: HttpRouteId | null;
  principal: Principal | null;
  feedKey: ResolvedFeedKey | null;
}

export const ACTION_RATE_LIMIT = { windowMs: 60_000, limit: 300 } as const;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const bearerOf = (req: Request) =>
  /^Bearer\s+(\S{1,512})\s*$/i.exec(req.get('authorization') ?? '')?.[1] ?? null;

export function authOf(res: Response): RequestAuth {
  return (res.locals.auth as RequestAuth | undefined) ?? { routeId: null, principal: null, feedKey: null };
}

/** The signed-in principal of a request that passed the guard (throws when there is none). */
export function principalOf(res: Response): Principal {
  const p = authOf(res).principal;
  if (!p) throw new HttpError(401, 'unauthenticated', 'sign in first');
  return p;
}

export function createAccessGuard(deps: {
  accounts: Accounts;
  clock: () => number;
  actionsPerMinute?: number;
}) {
  const { accounts, clock } = deps;
  const actionLimit = deps.actionsPerMinute ?? ACTION_RATE_LIMIT.limit;
  const actionCounts = new Map<string, { windowStart: number; count: number }>();

  function resolvePrincipal(req: Request): Principal | null {
    const bearer = bearerOf(req);
    if (bearer) return accounts.principals.fromToken(bearer);
    const sid = sessionIdOf(req);
    return sid ? accounts.principals.fromCookie(sid) : null;
  }

  function limitActions(key: string): void {
    const nowMs = clock();
    const c = actionCounts.get(key);
    if (!c || nowMs - c.windowStart >= ACTION_RATE_LIMIT.windowMs) {
      if (actionCounts.size > 10_000) actionCounts.clear();
      actionCounts.set(key, { windowStart: nowMs, count: 1 });
      return;
    }
    c.count += 1;
    if (c.count > actionLimit) {
      throw new HttpError(429, 'rate-limited', `at most ${actionLimit} changes a minute per user`);
    }
  }

  /** Applies the rule of `routeId` to a request; fills `res.locals.auth`. */
  function check(routeId: HttpRouteId, req: Request, res: Response): void {
    const done = authOf(res);
    if (done.routeId === routeId) return;
    const access: Access = HTTP_ROUTES[routeId].access;
    const auth: RequestAuth = { routeId, principal: null, feedKey: null };
    if (access.kind === 'feed') {
      const bearer = bearerOf(req);
      const key = bearer ? accounts.feedKeys.resolve(bearer) : null;
      if (!key) {
        res.set('WWW-Authenticate', 'Bearer realm="caohu-feeds"');
        throw new HttpError(
          401,
          'unauthorized',
          bearer ? 'unknown feed key' : 'missing Authorization: Bearer <feed key>',
        );
      }
      if (!feedKeyAllowed(access, key.source)) {
        throw new HttpError(403, 'forbidden', `the feed key ${key.name} may only send ${key.source}`);
      }
      auth.feedKey = key;
    } else {
      auth.principal = resolvePrincipal(req);
      if (access.kind === 'roles') {
        const p = auth.principal;
        if (!p) throw new HttpError(401, 'unauthenticated', 'sign in, or send a display token');
        if (!roleAllowed(access, p.user.role) || (access.sessionsOnly && p.kind !== 'session')) {
          throw new HttpError(403, 'forbidden', `the role ${p.user.role} may not do this`);
        }
        if (STATE_CHANGING.has(req.method)) {
          if (p.kind === 'session' && !safeEqual(req.get(CSRF_HEADER) ?? '', p.csrfToken)) {
            throw new HttpError(403, 'csrf', `send the session's CSRF token in ${CSRF_HEADER}`);
          }
          limitActions(p.user.id);
        }
      }
    }
    res.locals.auth = auth;
  }

  /** Every /api and /data request: find its route in the table and apply its rule. */
  const guard: RequestHandler = (req, res, next) => {
    if (!req.path.startsWith('/api/') && !req.path.startsWith('/data/')) return next();
    const routeId = matchRoute(req.method, req.path);
    if (routeId === null) {
      const known = pathKnown(req.path);
      return next(
        new HttpError(
          known ? 405 : 404,
          known ? 'method-not-allowed' : 'not-found',
          `no route for ${req.method} ${req.path}`,
        ),
      );
    }
    try {
      check(routeId, req, res);
      next();
    } catch (err) {
      next(err);
    }
  };

  return { guard, check, resolvePrincipal };
}

export type AccessGuard = ReturnType<typeof createAccessGuard>;

/** Used by createApp: the guard that `requireAccess` asks (one per app: tests run several). */
export function installAccessGuard(app: { locals: Record<string, unknown> }, g: AccessGuard): void {
  app.locals.accessGuard = g;
}

/** A route's own guard: the request must pass the table's rule for `routeId`. */
export function requireAccess(routeId: HttpRouteId): RequestHandler {
  return (req, res, next) => {
    if (authOf(res).routeId === routeId) return next();
    const installed = req.app.locals.accessGuard as AccessGuard | undefined;
    if (!installed) return next(new HttpError(500, 'internal', 'access guard not installed'));
    try {
      installed.check(routeId, req, res);
      next();
    } catch (err) {
      next(err);
    }
  };
}
