// Who is working which case: each socket's focused case and its user. The map sent to dispatchers
// lists each user once per case, in the order they came.
import type { CasePresence } from '../../../core/protocol/case-actions';

export interface Presence {
  /** Sets (or clears, with null) a socket's focus; true when the picture changed. */
  focus(socketId: string, user: { id: string; name: string }, caseId: string | null): boolean;
  /** Forgets a socket (disconnected); true when the picture changed. */
  leave(socketId: string): boolean;
  view(): CasePresence;
}

export function createPresence(): Presence {
  const bySocket = new Map<string, { caseId: string; userId: string; name: string }>();
  let cached: CasePresence | null = null;
  const build = (): CasePresence => {
    const out: CasePresence = {};
    for (const { caseId, userId, name } of bySocket.values()) {
      const list = (out[caseId] ??= []);
      if (!list.some((u) => u.userId === userId)) list.push({ userId, name });
    }
    return out;
  };
  const changed = (before: CasePresence) => {
    cached = build();
    return JSON.stringify(before) !== JSON.stringify(cached);
  };
  const presence: Presence = {
    focus(socketId, user, caseId) {
      const before = presence.view();
      if (caseId === null) bySocket.delete(socketId);
      else bySocket.set(socketId, { caseId, userId: user.id, name: user.name });
      return changed(before);
    },
    leave(socketId) {
      if (!bySocket.has(socketId)) return false;
      const before = presence.view();
      bySocket.delete(socketId);
      return changed(before);
    },
    view() {
      cached ??= build();
      return cached;
    },
  };
  return presence;
}
