// The audit trail: sign-ins and changes to accounts, display tokens and feed keys are events in
// the log like any other, with their actor. They carry names and ids only, never a secret or a
// hash; the projection ignores them (they only advance the sequence number).
import type { UserRole } from './model';

export const AUDIT_EVENT_TYPES = [
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
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** What an audit event is about, besides its actor. */
export interface AuditSubject {
  /** The user signed in, changed or whose sign-in failed (the name as typed, for a failure). */
  user?: { id?: string; username: string; role?: UserRole };
  /** Fields a change touched (a password shows as `password`, never its value). */
  changes?: string[];
  token?: { id: string; label: string };
  feedKey?: { id: string; name: string; source: string };
  /** Why a sign-in failed: `invalid-credentials`, `locked`, `disabled`. */
  reason?: string;
  /** The client's address, for sign-ins. */
  ip?: string;
}

/** The user an audit event is about: who, never a secret. */
export function auditUserOf(user: {
  id: string;
  username: string;
  role: UserRole;
}): NonNullable<AuditSubject['user']> {
  return { id: user.id, username: user.username, role: user.role };
}

export function isAuditEventType(type: string): type is AuditEventType {
  return (AUDIT_EVENT_TYPES as readonly string[]).includes(type);
}
