// The signed-in person as the workflow's actor: core's availableActions decides the buttons from it.
import type { Actor } from '../../../core/domain/model';
import { useSessionStore, type SessionUser } from '../auth/session-store';

export function actorOf(user: SessionUser): Actor & { kind: 'user' } {
  // Field accounts act as their person (the assignee id of the cases they are given), as the server does.
  const field = user.role === 'grid-worker' || user.role === 'responder';
  return {
    kind: 'user',
    id: field && user.personId ? user.personId : user.id,
    name: user.name,
    role: user.role,
  };
}

export function useSignedInActor(): (Actor & { kind: 'user' }) | null {
  const user = useSessionStore((s) => s.user);
  return user ? actorOf(user) : null;
}
