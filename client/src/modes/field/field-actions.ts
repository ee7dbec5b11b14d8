// The field page's actions go through the same endpoint as the desk's, with the same optimistic
// check; the answer comes back as one line to show.
import type { Case, CaseAction } from '../../../../core/domain/model';
import { postCaseActions, RequestError } from '../../net/case-actions-api';

export type FieldOutcome = { ok: true } | { ok: false; reason: string; field?: string };

export async function sendFieldAction(
  c: Case,
  action: CaseAction,
  input: { reason?: string; note?: string; photos?: string[] } = {},
): Promise<FieldOutcome> {
  try {
    const response = await postCaseActions([
      {
        caseId: c.id,
        action,
        ifUpdatedAt: c.updatedAt,
        ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
        ...(input.note?.trim() ? { note: input.note.trim() } : {}),
        ...(input.photos?.length ? { photos: input.photos } : {}),
      },
    ]);
    const result = response.results[0];
    if (result?.status === 'accepted') return { ok: true };
    return {
      ok: false,
      reason: result?.reason ?? 'refused',
      ...(result && 'field' in result && result.field ? { field: result.field } : {}),
    };
  } catch (error) {
    return { ok: false, reason: error instanceof RequestError ? error.reason : String(error) };
  }
}
