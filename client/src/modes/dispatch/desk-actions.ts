// Turning a desk decision into action requests, and the server's answer into what the dispatcher
// is told. Pure apart from runDeskAction, which sends and records.
import type { Case, CaseAction, CaseAssignee, CaseState } from '../../../../core/domain/model';
import type { CaseActionResponse } from '../../../../core/protocol/case-actions';
import { postCaseActions, RequestError, type DeskActionRequest } from '../../net/case-actions-api';
import { useLiveStore } from '../../state/live-store';
import { useDeskStore, type NewNotice } from './desk-store';

export interface ActionInput {
  reason?: string;
  note?: string;
  deadline?: string; // ISO
  assignee?: CaseAssignee;
  photos?: string[];
}

/** One request per case, each with the updatedAt the user saw (two dispatchers: one wins). */
export function buildRequests(
  action: CaseAction,
  cases: readonly Pick<Case, 'id' | 'updatedAt'>[],
  input: ActionInput,
): DeskActionRequest[] {
  return cases.map((c) => ({
    caseId: c.id,
    action,
    ifUpdatedAt: c.updatedAt,
    ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
    ...(input.deadline ? { deadline: input.deadline } : {}),
    ...(input.assignee ? { assignee: input.assignee } : {}),
    ...(input.photos?.length ? { photos: input.photos } : {}),
  }));
}

/** Who made the case's latest change, by name as the history keeps it. */
export function lastChangedBy(c: Pick<Case, 'history'>): string | null {
  const last = c.history?.at(-1);
  if (!last || last.actor.kind !== 'user') return null;
  return last.actor.name ?? last.actor.id;
}

/** What the answer means for the dispatcher: one "done" line, and one line per refused case. */
export function noticesOf(action: CaseAction, response: CaseActionResponse): NewNotice[] {
  const notices: NewNotice[] = [];
  if (response.accepted > 0) notices.push({ kind: 'done', action, count: response.accepted });
  for (const result of response.results) {
    if (result.status !== 'rejected') continue;
    // A conflict carries the case as it now is: who changed it, and to what.
    if (result.code === 'conflict' && result.case) {
      const now = result.case;
      notices.push({ kind: 'conflict', caseId: now.id, by: lastChangedBy(now), state: now.state });
      continue;
    }
    notices.push({
      kind: 'refused',
      action,
      reason: result.reason,
      ...(result.caseId ? { caseId: result.caseId } : {}),
      ...(result.field ? { field: result.field } : {}),
    });
  }
  return notices;
}

/** The case states the answer reports, by case id (accepted ones and conflicts). */
export function statesOf(response: CaseActionResponse): Map<string, CaseState> {
  const states = new Map<string, CaseState>();
  for (const r of response.results) {
    if (r.status === 'accepted') states.set(r.caseId, r.state);
  }
  return states;
}

/** Sends the action for these cases and records the outcome as notices; true if all were accepted. */
export async function runDeskAction(
  action: CaseAction,
  caseIds: readonly string[],
  input: ActionInput = {},
): Promise<boolean> {
  const desk = useDeskStore.getState();
  const live = useLiveStore.getState().data.cases;
  const cases = caseIds.map((id) => live.get(id)).filter((c): c is Case => c !== undefined);
  if (cases.length === 0) return false;
  desk.setPending(1);
  try {
    const response = await postCaseActions(buildRequests(action, cases, input));
    for (const notice of noticesOf(action, response)) desk.notify(notice);
    return response.rejected === 0;
  } catch (error) {
    const reason = error instanceof RequestError ? error.reason : String(error);
    desk.notify({ kind: 'error', reason });
    return false;
  } finally {
    desk.setPending(-1);
  }
}
