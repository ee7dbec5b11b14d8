// The admin API: users, display tokens, feed keys and the audit trail. Secrets (a new token or key)
// are answered once; every change is an audit event naming the admin, never the secret.
import express, { type Router } from 'express';
import { AUDIT_EVENT_TYPES, auditUserOf } from '../../../core/domain/audit';
import type { Actor } from '../../../core/domain/model';
import { HTTP_ROUTES } from '../../../core/protocol/access';
import type { AuditEntry, AuditPage } from '../../../core/protocol/auth';
import {
  createDisplayTokenSchema,
  createFeedKeySchema,
  createUserSchema,
  idParamSchema,
  updateUserSchema,
} from '../../../core/protocol/auth-schemas';
import type { Accounts } from '../accounts/accounts';
import { FeedKeyNameTakenError } from '../accounts/feed-key-registry';
import { UsernameTakenError } from '../accounts/users';
import type { EventStore } from '../store/event-store';
import { principalOf, requireAccess } from './access-guard';
import { HttpError } from './errors';
import { intParam, isoParam } from './query-params';
import { jsonBody, parseWith } from './json-body';

export const AUDIT_PAGE = { default: 200, max: 1000 } as const;

const path = (id: keyof typeof HTTP_ROUTES) => HTTP_ROUTES[id].path;

export function adminRoutes(deps: { accounts: Accounts; store: EventStore; clock: () => number }): Router {
  const { accounts } = deps;
  const { users, displayTokens, feedKeys } = accounts;
  const router = express.Router();
  const actorOf = (res: express.Response): Actor => {
    const { user } = principalOf(res);
    return { kind: 'user', id: user.id, name: user.name, role: user.role };
  };
  const idOf = (raw: unknown) => parseWith(idParamSchema, raw);

  router.get(path('admin.users.list'), requireAccess('admin.users.list'), (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ users: users.list() });
  });

  router.post(path('admin.users.create'), requireAccess('admin.users.create'), jsonBody, async (req, res) => {
    const input = parseWith(createUserSchema, req.body);
    const user = await users.create(input).catch((err: unknown) => {
      if (err instanceof UsernameTakenError) throw new HttpError(409, 'conflict', err.message, 'username');
      throw err;
    });
    await accounts.audit('user.created', actorOf(res), {
      user: auditUserOf(user),
      changes: Object.keys(input).filter((k) => k !== 'username'),
    });
    res.status(201).json({ user });
  });

  router.patch(
    path('admin.users.update'),
    requireAccess('admin.users.update'),
    jsonBody,
    async (req, res) => {
      const id = idOf(req.params.id);
      const changes = parseWith(updateUserSchema, req.body);
      const before = users.get(id);
      if (!before) throw new HttpError(404, 'not-found', `no user ${id}`);
      const role = changes.role ?? before.role;
      const personId = changes.personId === undefined ? before.personId : changes.personId;
      if ((role === 'grid-worker' || role === 'responder') && !personId) {
        throw new HttpError(400, 'bad-request', 'a field account needs its personId', 'personId');
      }
      const losesAdmin =
        before.role === 'admin' && !before.disabled && (role !== 'admin' || changes.disabled);
      if (losesAdmin && users.activeAdmins() <= 1) {
        throw new HttpError(
          409,
          'last-admin',
          'the last active admin cannot be disabled or given another role',
        );
      }
      const user = await users.update(id, changes);
      if (!user) throw new HttpError(404, 'not-found', `no user ${id}`);
      // A new role, a disabled account or a reset password takes effect at once: its sessions end.
      if (changes.role !== undefined || changes.disabled || changes.password !== undefined) {
        accounts.sessions.endForUser(id);
        accounts.ended({ kind: 'user', userId: id }, changes.disabled ? 'disabled' : 'revoked');
      }
      await accounts.audit('user.updated', actorOf(res), {
        user: auditUserOf(user),
        changes: Object.keys(changes),
      });
      res.json({ user });
    },
  );

  router.get(path('admin.display-tokens.list'), requireAccess('admin.display-tokens.list'), (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ tokens: displayTokens.list() });
  });

  router.post(
    path('admin.display-tokens.create'),
    requireAccess('admin.display-tokens.create'),
    jsonBody,
    async (req, res) => {
      const { label } = parseWith(createDisplayTokenSchema, req.body);
      const actor = actorOf(res);
      const created = displayTokens.create(label, principalOf(res).user.username);
      await accounts.audit('display-token.created', actor, { token: { id: created.token.id, label } });
      res.status(201).set('Cache-Control', 'no-store').json(created);
    },
  );

  router.delete(
    path('admin.display-tokens.revoke'),
    requireAccess('admin.display-tokens.revoke'),
    async (req, res) => {
      const id = idOf(req.params.id);
      const token = displayTokens.get(id);
      if (!token || !displayTokens.revoke(id))
        throw new HttpError(404, 'not-found', `no live display token ${id}`);
      accounts.ended({ kind: 'display', tokenId: id }, 'revoked');
      await accounts.audit('display-token.revoked', actorOf(res), { token: { id, label: token.label } });
      res.status(204).end();
    },
  );

  router.get(path('admin.feed-keys.list'), requireAccess('admin.feed-keys.list'), (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ keys: feedKeys.list() });
  });

  router.post(
    path('admin.feed-keys.create'),
    requireAccess('admin.feed-keys.create'),
    jsonBody,
    async (req, res) => {
      const { name, source } = parseWith(createFeedKeySchema, req.body);
      let created;
      try {
        created = feedKeys.create(name, source);
      } catch (err) {
        if (err instanceof FeedKeyNameTakenError) throw new HttpError(409, 'conflict', err.message, 'name');
        throw err;
      }
      await accounts.audit('feed-key.created', actorOf(res), {
        feedKey: { id: created.key.id, name, source },
      });
      res.status(201).set('Cache-Control', 'no-store').json(created);
    },
  );

  const notConfigured = (id: string) => {
    if (feedKeys.isConfigured(id)) {
      throw new HttpError(
        409,
        'configured',
        'this key comes from FEED_KEYS or DATA_DIR/feed-key: change it there',
      );
    }
  };

  router.post(path('admin.feed-keys.rotate'), requireAccess('admin.feed-keys.rotate'), async (req, res) => {
    const id = idOf(req.params.id);
    notConfigured(id);
    const rotated = feedKeys.rotate(id);
    if (!rotated) throw new HttpError(404, 'not-found', `no live feed key ${id}`);
    const { name, source } = rotated.key;
    await accounts.audit('feed-key.rotated', actorOf(res), { feedKey: { id, name, source } });
    res.set('Cache-Control', 'no-store').json(rotated);
  });

  router.delete(path('admin.feed-keys.revoke'), requireAccess('admin.feed-keys.revoke'), async (req, res) => {
    const id = idOf(req.params.id);
    notConfigured(id);
    const key = feedKeys.get(id);
    if (!key || !feedKeys.revoke(id)) throw new HttpError(404, 'not-found', `no live feed key ${id}`);
    await accounts.audit('feed-key.revoked', actorOf(res), {
      feedKey: { id, name: key.name, source: key.source },
    });
    res.status(204).end();
  });

  router.get(path('admin.audit'), requireAccess('admin.audit'), async (req, res) => {
    const nowIso = new Date(deps.clock()).toISOString();
    const to = isoParam(req.query, 'to', nowIso);
    const from = isoParam(req.query, 'from', '1970-01-01T00:00:00.000Z');
    if (to < from) throw new HttpError(400, 'bad-request', 'to is before from', 'to');
    const cursor = intParam(req.query, 'cursor', 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(req.query, 'limit', AUDIT_PAGE.default, AUDIT_PAGE.max);
    if (limit === 0) throw new HttpError(400, 'bad-request', 'at least 1', 'limit');
    const events = await deps.store.readBetween(from, to, cursor, limit + 1, { only: AUDIT_EVENT_TYPES });
    const more = events.length > limit;
    const page = (more ? events.slice(0, limit) : events) as AuditEntry[];
    const body: AuditPage = { from, to, events: page, nextCursor: more ? String(page.at(-1)!.seq) : null };
    res.set('Cache-Control', 'no-store').json(body);
  });

  return router;
}
