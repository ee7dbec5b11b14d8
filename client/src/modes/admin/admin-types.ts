// The admin API's answers as the screen reads them (GET /admin/users, display-tokens, feed-keys,
// audit). Secrets arrive only in the answers of create and rotate.
import type { LoggedEvent, UserRole } from '../../../../core/domain/model';
import { SOURCES } from '../../../../core/protocol/feed-vocabulary';

export const FEED_KEY_SOURCES = [...SOURCES, 'inspection', 'positions'] as const;
export type FeedKeySource = (typeof FEED_KEY_SOURCES)[number];

export const AUDIT_TYPES = [
  'auth.logged-in',
  'auth.login-failed',
  'auth.logged-out',
  'auth.password-changed',
  'user.created',
  'user.updated',
  'display-token.created',
  'display-token.revoked',
  'feed-key.created',
  'feed-key.rotated',
  'feed-key.revoked',
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

export const PASSWORD_MIN = 10;

export interface UserView {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  personId?: string;
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
  source: FeedKeySource | '*';
  origin: 'env' | 'admin';
  createdAt: string | null;
  rotatedAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  type: AuditType;
  actor: LoggedEvent['actor'] | { kind: 'anonymous'; ip: string };
  user?: { id?: string; username: string; role?: UserRole };
  changes?: string[];
  token?: { id: string; label: string };
  feedKey?: { id: string; name: string; source: string };
  reason?: string;
  ip?: string;
}

export interface AuditPage {
  from: string;
  to: string;
  events: AuditEntry[];
  nextCursor: string | null;
}
