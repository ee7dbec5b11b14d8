// The request of a case action (dispatcher, leader, field page). Parsed at the edge; its output is
// the input of decideTransition. Who acts comes from the authenticated session, never the body.
import { z } from 'zod';
import { CASE_ACTIONS, type Case, type CaseState } from '../domain/model';
import type { TransitionRejectionCode } from '../domain/transition';

const text = (max: number) => z.string().trim().max(max);

export const CASE_ACTION_LIMITS = { reasonChars: 500, noteChars: 2000, photos: 9 } as const;

export const caseAssigneeSchema = z.strictObject({
  id: text(64).min(1),
  name: text(64).optional(),
  role: z.enum(['grid-worker', 'responder']),
});

export const caseActionRequestSchema = z.strictObject({
  caseId: text(64).min(1),
  action: z.enum(CASE_ACTIONS),
  reason: text(CASE_ACTION_LIMITS.reasonChars).optional(),
  note: text(CASE_ACTION_LIMITS.noteChars).optional(),
  /** Refs of photos already uploaded (the upload answers with them). */
  photos: z.array(text(128).min(1)).max(CASE_ACTION_LIMITS.photos).optional(),
  assignee: caseAssigneeSchema.optional(),
  deadline: z.iso.datetime({ offset: true }).optional(),
});
export type CaseActionRequest = z.output<typeof caseActionRequestSchema>;

/** The answer to one action of a batch: accepted with the case as it now is, or why not. */
export type CaseActionResult =
  | { index: number; status: 'accepted'; caseId: string; state: CaseState; seq: number; case: Case }
  | {
      index: number;
      status: 'rejected';
      caseId?: string;
      code: TransitionRejectionCode | 'invalid-request' | 'unknown-case';
      field?: string;
      reason: string;
    };

export interface CaseActionResponse {
  accepted: number;
  rejected: number;
  results: CaseActionResult[];
}
