// What an audit entry says in words: who did it, to what, and the details, as plain parts the
// screen translates (pure, tested).
import type { UserRole } from '../../../../core/domain/model';
import type { AuditEntry } from './admin-types';

export type ActorText =
  { kind: 'name'; name: string } | { kind: 'system' } | { kind: 'anonymous'; ip: string };

export function describeActor(entry: AuditEntry): ActorText {
  const actor = entry.actor as Record<string, unknown>;
  if (actor.kind === 'user') return { kind: 'name', name: String(actor.name ?? actor.id ?? '') };
  if (actor.kind === 'anonymous') return { kind: 'anonymous', ip: String(actor.ip ?? '') };
  if (actor.kind === 'feed') return { kind: 'name', name: String(actor.key ?? '') };
  return { kind: 'system' };
}

/** The thing the entry is about: the user, the display token or the feed key. */
export function describeTarget(entry: AuditEntry): { text: string; role?: UserRole } {
  if (entry.user) return { text: entry.user.username, ...(entry.user.role ? { role: entry.user.role } : {}) };
  if (entry.token) return { text: entry.token.label };
  if (entry.feedKey) return { text: `${entry.feedKey.name} · ${entry.feedKey.source}` };
  return { text: '' };
}

export type DetailPart =
  { kind: 'changes'; fields: string } | { kind: 'reason'; reason: string } | { kind: 'address'; ip: string };

export function describeDetails(entry: AuditEntry): DetailPart[] {
  const parts: DetailPart[] = [];
  if (entry.changes && entry.changes.length > 0)
    parts.push({ kind: 'changes', fields: entry.changes.join(', ') });
  if (entry.reason) parts.push({ kind: 'reason', reason: entry.reason });
  if (entry.ip) parts.push({ kind: 'address', ip: entry.ip });
  return parts;
}
