// POST /auth/login, POST /auth/logout, GET /auth/me, POST /auth/password. Sign-ins are throttled
// per username and per address (429 `locked` with retryAfterSec), and every sign-in, failed
// sign-in, sign-out and password change is an audit event.
import express, { type Request, type Router } from 'express';
import { auditUserOf } from '../../../core/domain/audit';
import { HTTP_ROUTES } from '../../../core/protocol/access';
import type { MeResponse } from '../../../core/protocol/auth';
import { loginRequestSchema, passwordChangeSchema } from '../../../core/protocol/auth-schemas';
import type { Accounts } from '../accounts/accounts';
import { forgetInitialPassword } from '../accounts/first-admin';
import { toAuthUser } from '../accounts/users';
import { principalOf, requireAccess } from './access-guard';
import { clearSessionCookie, setSessionCookie } from './cookies';
import { HttpError } from './errors';
import { jsonBody, parseWith } from './json-body';

const ipOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

export function authRoutes(deps: { accounts: Accounts; cookieSecure: boolean; dataDir: string }): Router {
  const { accounts, cookieSecure } = deps;
  const { users, sessions, loginGuard } = accounts;
  const router = express.Router();

  router.post(HTTP_ROUTES['auth.login'].path, requireAccess('auth.login'), jsonBody, async (req, res) => {
    const { username, password } = parseWith(loginRequestSchema, req.body);
    const ip = ipOf(req);
    const anonymous = { kind: 'anonymous', ip } as const;
    const locked = loginGuard.retryAfterSec(username, ip);
    if (locked > 0) {
      await accounts.audit('auth.login-failed', anonymous, { user: { username }, reason: 'locked', ip });
      res.set('Retry-After', String(locked)).status(429).json({
        error: 'locked',
        reason: 'too many failed sign-ins: try again later',
        retryAfterSec: locked,
      });
      return;
    }
    const user = await users.verify(username, password);
    if (!user || user.disabled) {
      loginGuard.fail(username, ip);
      await accounts.audit('auth.login-failed', anonymous, {
        user: { username },
        reason: user ? 'disabled' : 'invalid-credentials',
        ip,
      });
      throw new HttpError(401, 'invalid-credentials', 'wrong username or password');
    }
    loginGuard.succeed(username);
    const { id, session } = sessions.create(user.id);
    setSessionCookie(res, id, { secure: cookieSecure, maxAgeMs: sessions.policy.maxMs });
    const authUser = toAuthUser(user);
    await accounts.audit(
      'auth.logged-in',
      { kind: 'user', id: user.id, name: user.name, role: user.role },
      { user: auditUserOf(user), ip },
    );
    res
      .set('Cache-Control', 'no-store')
      .json({ user: authUser, csrfToken: session.csrfToken } satisfies MeResponse);
  });

  router.post(HTTP_ROUTES['auth.logout'].path, requireAccess('auth.logout'), async (_req, res) => {
    const p = principalOf(res);
    if (p.kind === 'session') {
      sessions.end(p.sessionHash);
      accounts.ended({ kind: 'session', sessionHash: p.sessionHash }, 'logged-out');
      await accounts.audit(
        'auth.logged-out',
        { kind: 'user', id: p.user.id, name: p.user.name, role: p.user.role },
        { user: { id: p.user.id, username: p.user.username, role: p.user.role } },
      );
    }
    clearSessionCookie(res, { secure: cookieSecure });
    res.status(204).end();
  });

  router.get(HTTP_ROUTES['auth.me'].path, requireAccess('auth.me'), (_req, res) => {
    const p = principalOf(res);
    const body: MeResponse = { user: p.user, csrfToken: p.kind === 'session' ? p.csrfToken : null };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.post(
    HTTP_ROUTES['auth.password'].path,
    requireAccess('auth.password'),
    jsonBody,
    async (req, res) => {
      const p = principalOf(res);
      if (p.kind !== 'session') throw new HttpError(403, 'forbidden', 'a display token has no password');
      const { current, next } = parseWith(passwordChangeSchema, req.body);
      // The current password is guessed no faster here than at sign-in.
      const ip = ipOf(req);
      const locked = loginGuard.retryAfterSec(p.user.username, ip);
      if (locked > 0) {
        res.set('Retry-After', String(locked)).status(429).json({
          error: 'locked',
          reason: 'too many wrong passwords: try again later',
          retryAfterSec: locked,
        });
        return;
      }
      if (!(await users.verify(p.user.username, current))) {
        loginGuard.fail(p.user.username, ip);
        throw new HttpError(403, 'invalid-credentials', 'the current password is wrong', 'current');
      }
      if (current === next)
        throw new HttpError(400, 'bad-request', 'the new password is the old one', 'next');
      await users.update(p.user.id, { password: next });
      // Other sessions of this user end: whoever else knew the old password is signed out.
      for (const hash of sessions.endForUser(p.user.id, p.sessionHash)) {
        accounts.ended({ kind: 'session', sessionHash: hash }, 'password-changed');
      }
      if (p.user.username === 'admin') forgetInitialPassword(deps.dataDir);
      await accounts.audit(
        'auth.password-changed',
        { kind: 'user', id: p.user.id, name: p.user.name, role: p.user.role },
        { user: { id: p.user.id, username: p.user.username, role: p.user.role }, changes: ['password'] },
      );
      res.status(204).end();
    },
  );

  return router;
}
