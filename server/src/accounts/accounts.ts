// The accounts of the server, opened once in createApp: users, sessions, display tokens, feed keys,
// the sign-in guard, and who to tell when a session or token ends (the sockets hub disconnects).
import type { Actor, DomainEvent } from '../../../core/domain/model';
import { toIso } from '../../../core/domain/time';
import type { AuditEventType, AuditSubject } from '../../../core/domain/audit';
import type { SessionEnded } from '../../../core/protocol/auth';
import type { FeedKey } from '../config';
import { openAccountsDb } from './accounts-db';
import { createDisplayTokens } from './display-tokens';
import { createFeedKeyRegistry } from './feed-key-registry';
import { drainPendingAudit } from './pending-audit';
import { createLoginGuard, DEFAULT_LOGIN_POLICY, type LoginPolicy } from './login-guard';
import { createPrincipals } from './principal';
import { createSessions, type SessionPolicy } from './sessions';
import { createUsers } from './users';

/** What ended: one session, every session of a user, or a display token. */
export type EndTarget =
  | { kind: 'session'; sessionHash: string }
  | { kind: 'user'; userId: string }
  | { kind: 'display'; tokenId: string };

export type EndListener = (target: EndTarget, reason: SessionEnded['reason']) => void;

/** Appends one audit event to the log (through the projection, like every change). */
export type RecordAudit = (event: DomainEvent) => Promise<void>;

export function createAccounts(deps: {
  dataDir: string;
  /** Time of sessions, tokens and sign-in throttling: wall time. */
  clock: () => number;
  /** Time of the event log (the app's clock), for the audit events' `at`. */
  eventClock: () => number;
  feedKeys: readonly FeedKey[];
  sessions: SessionPolicy;
  login?: LoginPolicy;
  record: RecordAudit;
  /** Password hashing cost (scrypt N); tests lower it. */
  scryptN?: number;
}) {
  const { clock } = deps;
  const db = openAccountsDb(deps.dataDir);
  const now = () => new Date(clock()).toISOString();
  const users = createUsers(db, now, deps.scryptN);
  const sessions = createSessions(db, clock, deps.sessions);
  const displayTokens = createDisplayTokens(db, clock);
  const feedKeys = createFeedKeyRegistry(db, deps.feedKeys, clock);
  const loginGuard = createLoginGuard(db, clock, deps.login ?? DEFAULT_LOGIN_POLICY);
  const principals = createPrincipals({ users, sessions, displayTokens });
  const listeners = new Set<EndListener>();

  return {
    users,
    sessions,
    displayTokens,
    feedKeys,
    loginGuard,
    principals,
    onEnded(listener: EndListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ended(target: EndTarget, reason: SessionEnded['reason']): void {
      for (const listener of listeners) listener(target, reason);
    },
    audit(type: AuditEventType, actor: Actor, subject: AuditSubject): Promise<void> {
      const at = toIso(deps.eventClock());
      return deps.record({ type, at, actor, ...subject } as DomainEvent);
    },
    /** Moves audit events left by the `user` command into the log. */
    drainPendingAudit: () => drainPendingAudit(db, deps.record),
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
