// The one way a case changes state, for people (the dispatcher's and field pages, later behind
// accounts) and the simulator alike: parse each request with its schema → decide (pure core,
// against the case as it is now) → append the batch in one transaction → apply → answer per item.
// Requests of one batch are decided in order, each against the state the previous ones left.
import type { Actor } from '../../../core/domain/model';
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
}): CaseActions {
  const { projection, clock, limits } = deps;
  return {
    perform(requests, actor) {
      const parsed = requests.map((raw) => caseActionRequestSchema.safeParse(raw));
      return projection.transact((tx) => {
        const nowMs = clock();
        const results = parsed.map((p, index): CaseActionResult => {
          if (!p.success)
            return { index, status: 'rejected', code: 'invalid-request', ...describeIssue(p.error) };
          const { caseId, action, ...input } = p.data;
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
          const decision = decideTransition(current, action, actor, input, nowMs, limits);
          if (decision.kind === 'rejected') {
            const { kind: _kind, ...why } = decision;
            return { index, status: 'rejected', caseId, ...why };
          }
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
