// The request of a case action (dispatcher, leader, field page). Parsed at the edge; its output is
// the input of decideTransition. Who acts comes from the authenticated session, never the body.
import { z } from 'zod';
import { CASE_ACTIONS, type Case, type CaseState } from '../domain/model';
import type { TransitionRejectionCode } from '../domain/transition';

const text = (max: number) => z.string().trim().max(max);

export const CASE_ACTIONS_PATH = '/api/v1/cases/actions';

export const CASE_ACTION_LIMITS = { reasonChars: 500, noteChars: 2000, photos: 9, batch: 100 } as const;

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
  /** The case's `updatedAt` as the user saw it: if it changed since, the action is refused (`conflict`). */
  ifUpdatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type CaseActionRequest = z.output<typeof caseActionRequestSchema>;

/** The answer to one action of a batch: accepted with the case as it now is, or why not. */
export type CaseActionResult =
  | { index: number; status: 'accepted'; caseId: string; state: CaseState; seq: number; case: Case }
  | {
      index: number;
      status: 'rejected';
      caseId?: string;
      code: CaseActionRejectionCode;
      field?: string;
      reason: string;
      /** With `conflict`: the case as it now is. */
      case?: Case;
    };

export type CaseActionRejectionCode =
  TransitionRejectionCode | 'invalid-request' | 'unknown-case' | 'conflict' | 'unknown-photo';

/** The HTTP status of a single-item answer: 403 wrong role or person, 404 unknown case, 409 conflict or state, 422 invalid. */
export function httpStatusOf(result: CaseActionResult): number {
  if (result.status === 'accepted') return 200;
  switch (result.code) {
    case 'wrong-role':
    case 'not-assignee':
    case 'same-person':
      return 403;
    case 'unknown-case':
      return 404;
    case 'conflict':
    case 'wrong-state':
    case 'verification-required':
      return 409;
    default:
      return 422;
  }
}

export interface CaseActionResponse {
  accepted: number;
  rejected: number;
  results: CaseActionResult[];
}

/** `case:focus`: the case the user is working on now (null: none). */
export const caseFocusSchema = z.strictObject({ caseId: text(64).min(1).nullable() });
export type CaseFocus = z.output<typeof caseFocusSchema>;

/** `presence`, to dispatchers: who is working which case. */
export type CasePresence = Record<string, { userId: string; name: string }[]>;

/** An error of the whole request (not of one item): the shape of every HTTP error. */
export interface ErrorBody {
  error: string;
  reason: string;
  field?: string;
}

/** The ack of `case:action`: the per-item answers, or why the request as a whole was refused. */
export type CaseActionAck = CaseActionResponse | ErrorBody;
