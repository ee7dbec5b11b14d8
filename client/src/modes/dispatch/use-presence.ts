// The other people who have this case open (not me: my own screen knows).
import { useSessionStore } from '../../auth/session-store';
import { usePresenceStore, type PresentUser } from '../../state/presence-store';

const NOBODY: readonly PresentUser[] = [];

export function othersOn(
  list: readonly PresentUser[] | undefined,
  myId: string | undefined,
): readonly PresentUser[] {
  if (!list || list.length === 0) return NOBODY;
  const others = list.filter((p) => p.userId !== myId);
  return others.length === list.length ? list : others;
}

export function usePresence(caseId: string): readonly PresentUser[] {
  const myId = useSessionStore((s) => s.user?.id);
  const list = usePresenceStore((s) => s.byCase[caseId]);
  return othersOn(list, myId);
}
