// The one way a case changes state, for people (HTTP and socket, the signed-in user as the actor)
// and the simulator alike: parse each request with its schema → check it against the case as it is
// now (ifUpdatedAt, photos) → decide (pure core) → append the batch in one transaction → apply →
// answer per item.
// Requests of one batch are decided in order, each against the state the previous ones left.
import type { Actor } from '../../../core/domain/model';
import { toMs } from '../../../core/domain/time';
import { decideTransition, type TransitionLimits } from '../../../core/domain/transition';
import {
  caseActionRequestSchema,
  type CaseActionResponse,
  type CaseActionResult,
} from '../../../core/protocol/case-actions';
import { describeIssue } from '../feeds/ingest';
import type { LiveProjection } from '../store/live-projection';

export interface CaseActions {
  /** `actor` comes from the authenticated session (or the simulator), never from the request body. */
  perform(requests: readonly unknown[], actor: Actor): Promise<CaseActionResponse>;
}

export function createCaseActions(deps: {
  projection: LiveProjection;
  clock: () => number;
  limits: TransitionLimits;
  /** Whether a photo ref names a stored photo; a request naming any other is refused. */
  photoExists: (ref: string) => boolean;
}): CaseActions {
  const { projection, clock, limits, photoExists } = deps;
  return {
    perform(requests, actor) {
      const parsed = requests.map((raw) => caseActionRequestSchema.safeParse(raw));
      return projection.transact((tx) => {
        const nowMs = clock();
        const results = parsed.map((p, index): CaseActionResult => {
          if (!p.success)
            return { index, status: 'rejected', code: 'invalid-request', ...describeIssue(p.error) };
          const { caseId, action, ifUpdatedAt, ...input } = p.data;
          const current = tx.state.cases.get(caseId);
          if (!current)
            return {
              index,
              status: 'rejected',
              caseId,
              code: 'unknown-case',
              field: 'caseId',
              reason: 'no such case',
            };
          if (ifUpdatedAt !== undefined && toMs(ifUpdatedAt) !== toMs(current.updatedAt))
            return {
              index,
              status: 'rejected',
              caseId,
              code: 'conflict',
              field: 'ifUpdatedAt',
              reason: `the case changed at ${current.updatedAt} (it is now ${current.state})`,
              case: current,
            };
          const decision = decideTransition(current, action, actor, input, nowMs, limits);
          if (decision.kind === 'rejected') {
            const { kind: _kind, ...why } = decision;
            return { index, status: 'rejected', caseId, ...why };
          }
          const missing = (input.photos ?? []).findIndex((ref) => !photoExists(ref));
          if (missing >= 0)
            return {
              index,
              status: 'rejected',
              caseId,
              code: 'unknown-photo',
              field: `photos.${missing}`,
              reason: 'no stored photo with this ref: upload it first (POST /api/v1/photos)',
            };
          tx.apply(decision.event);
          const next = tx.state.cases.get(caseId) ?? current;
          return { index, status: 'accepted', caseId, state: next.state, seq: tx.state.seq, case: next };
        });
        const accepted = results.filter((r) => r.status === 'accepted').length;
        return { accepted, rejected: results.length - accepted, results };
      });
    },
  };
}
