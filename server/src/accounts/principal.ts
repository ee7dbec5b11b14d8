// Who is asking: a signed-in user (session cookie) or a wall screen (display token, role viewer).
import type { AuthUser } from '../../../core/protocol/auth';
import type { DisplayTokens } from './display-tokens';
import type { Sessions } from './sessions';
import { toAuthUser, type Users } from './users';

export type Principal =
  | { kind: 'session'; user: AuthUser; sessionHash: string; csrfToken: string }
  | { kind: 'display'; user: AuthUser; tokenId: string };

export function displayUser(token: { id: string; label: string }): AuthUser {
  return { id: `display:${token.id}`, username: '', name: token.label, role: 'viewer' };
}

export function createPrincipals(deps: { users: Users; sessions: Sessions; displayTokens: DisplayTokens }) {
  const { users, sessions, displayTokens } = deps;
  const fromSessionRecord = (s: { idHash: string; userId: string; csrfToken: string } | null) => {
    if (!s) return null;
    const user = users.get(s.userId);
    if (!user || user.disabled) return null;
    return {
      kind: 'session',
      user: toAuthUser(user),
      sessionHash: s.idHash,
      csrfToken: s.csrfToken,
    } as const;
  };
  return {
    fromCookie(sessionId: string): Principal | null {
      return fromSessionRecord(sessions.resolve(sessionId));
    },
    fromToken(secret: string): Principal | null {
      const token = displayTokens.resolve(secret);
      return token ? { kind: 'display', user: displayUser(token), tokenId: token.id } : null;
    },
    /** Whether a principal seen earlier still holds (for sockets, checked now and then). */
    stillValid(p: Principal): 'ok' | 'expired' | 'revoked' | 'disabled' {
      if (p.kind === 'display') return displayTokens.isLive(p.tokenId) ? 'ok' : 'revoked';
      const user = users.get(p.user.id);
      if (!user || user.disabled) return 'disabled';
      return sessions.resolveHash(p.sessionHash) ? 'ok' : 'expired';
    },
  };
}

export type Principals = ReturnType<typeof createPrincipals>;
