// Applying a `case.transitioned` event to its case: the new state, the history step, the assignee
// and the time limit. Pure and deterministic, for the projection's replay.
import type { Case, CaseHistoryEntry } from './model';
import type { CaseTransitionedEvent } from './transition';

export function historyEntryOf(e: CaseTransitionedEvent): CaseHistoryEntry {
  return {
    at: e.at,
    action: e.action,
    from: e.from,
    to: e.to,
    actor: e.actor,
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
    ...(e.photos !== undefined ? { photos: e.photos } : {}),
    ...(e.assignee !== undefined ? { assignee: e.assignee } : {}),
    ...(e.deadline !== undefined ? { deadline: e.deadline } : {}),
  };
}

/** The case after the event; the case given is not changed. */
export function applyCaseTransition(c: Case, e: CaseTransitionedEvent): Case {
  const next: Case = {
    ...c,
    state: e.to,
    updatedAt: e.at,
    history: [...(c.history ?? []), historyEntryOf(e)],
  };
  if (e.action === 'dispatch' && e.assignee) next.assignee = e.assignee;
  // A returned case waits for a new dispatch; the history keeps who returned it.
  if (e.action === 'return') delete next.assignee;
  if (e.deadline !== undefined) {
    next.sla = {
      from: c.sla?.from ?? e.at,
      deadline: e.deadline,
      clock: e.clock ?? c.sla?.clock ?? 'around-the-clock',
    };
  }
  return next;
}
