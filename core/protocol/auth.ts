// Accounts on the wire: who is signed in, and what the admin API answers. Types and paths only
// (screens import this without the schema library; the schemas are in auth-schemas.ts).
import type { AuditEventType } from '../domain/audit';
import type { LoggedEvent, UserRole } from '../domain/model';
import { API, type FeedKeySource } from './access';

export const SESSION_COOKIE = 'caohu_sid';
export const CSRF_HEADER = 'x-csrf-token';

export const AUTH_PATHS = {
  login: `${API}/auth/login`,
  logout: `${API}/auth/logout`,
  me: `${API}/auth/me`,
  password: `${API}/auth/password`,
} as const;

export const ADMIN_PATHS = {
  users: `${API}/admin/users`,
  displayTokens: `${API}/admin/display-tokens`,
  feedKeys: `${API}/admin/feed-keys`,
  audit: `${API}/admin/audit`,
} as const;

/** The signed-in user as screens see it. A display token is `display:<id>` with role viewer. */
export interface AuthUser {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  personId?: string;
}

/** POST /auth/login and GET /auth/me. `csrfToken` is null for a display token (no cookie, no CSRF). */
export interface MeResponse {
  user: AuthUser;
  csrfToken: string | null;
}

/** A user as the admin API lists them (never the password hash). */
export interface UserView extends AuthUser {
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DisplayTokenView {
  id: string;
  label: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface FeedKeyView {
  id: string;
  name: string;
  /** `*`: every source (only keys from FEED_KEYS or the generated default key). */
  source: FeedKeySource | '*';
  /** `env`: from FEED_KEYS or DATA_DIR/feed-key, changed by editing those; `admin`: made in the admin API. */
  origin: 'env' | 'admin';
  createdAt: string | null;
  rotatedAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** POST /admin/display-tokens and /admin/feed-keys (and rotate): the secret, shown this once. */
export interface DisplayTokenCreated {
  token: DisplayTokenView;
  secret: string;
}
export interface FeedKeyCreated {
  key: FeedKeyView;
  secret: string;
}

export type AuditEntry = LoggedEvent & { type: AuditEventType };

/** GET /admin/audit: a page of audit events, oldest first; `nextCursor` fetches the next page. */
export interface AuditPage {
  from: string;
  to: string;
  events: AuditEntry[];
  nextCursor: string | null;
}

/** 429 `locked` from POST /auth/login. */
export interface LockedError {
  error: 'locked';
  reason: string;
  retryAfterSec: number;
}

/** Sent to a socket just before the server disconnects it. */
export interface SessionEnded {
  reason: 'logged-out' | 'expired' | 'revoked' | 'disabled' | 'password-changed';
}
