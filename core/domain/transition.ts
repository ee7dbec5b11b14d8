// The decision on one case action: the event to append, or a rejection naming what is wrong.
// Pure: the server passes the case as it is now, the authenticated actor, the input and the time.
import type { Actor, Case, CaseAction, CaseAssignee, DomainEvent } from './model';
import { toIso, toMs } from './time';
import { registrationSla, type TimeLimitRules } from './time-limits';
import type { WorkingCalendar } from './working-calendar';
import {
  WORKFLOW,
  canRegisterDirectly,
  handlerOf,
  roleOf,
  ruleOf,
  type Requirement,
  type TransitionRule,
} from './workflow';

export interface TransitionInput {
  reason?: string;
  note?: string;
  photos?: string[]; // refs of stored photos
  assignee?: CaseAssignee;
  deadline?: string; // ISO, for a postponement
}

export type CaseTransitionedEvent = Extract<DomainEvent, { type: 'case.transitioned' }>;

export type TransitionRejectionCode =
  | 'unknown-action'
  | 'wrong-role'
  | 'wrong-state'
  | 'not-assignee'
  | 'verification-required'
  | 'missing'
  | 'invalid'
  | 'same-person';

export interface TransitionRejection {
  kind: 'rejected';
  code: TransitionRejectionCode;
  field?: string;
  reason: string;
}

export type TransitionDecision = { kind: 'accepted'; event: CaseTransitionedEvent } | TransitionRejection;

/** The rules and calendar that give a registration its deadline; without them none is set. */
export interface TransitionLimits {
  rules: TimeLimitRules;
  calendar: WorkingCalendar;
}

const reject = (code: TransitionRejectionCode, reason: string, field?: string): TransitionRejection => ({
  kind: 'rejected',
  code,
  ...(field ? { field } : {}),
  reason,
});

const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

const FIELD_OF: Record<Requirement, string> = {
  reason: 'reason',
  note: 'note',
  photo: 'photos',
  assignee: 'assignee',
  deadline: 'deadline',
};

function isMet(requirement: Requirement, input: TransitionInput): boolean {
  switch (requirement) {
    case 'reason':
      return filled(input.reason);
    case 'note':
      return filled(input.note);
    case 'photo':
      return (input.photos ?? []).some(filled);
    case 'assignee':
      return input.assignee !== undefined && filled(input.assignee.id);
    case 'deadline':
      return filled(input.deadline);
  }
}

/** The checks that do not depend on the input: role, state, assignee, verification, handler. */
function checkActor(c: Case, rule: TransitionRule, actor: Actor): TransitionRejection | null {
  const role = roleOf(actor);
  if (role === null || !rule.roles.includes(role))
    return reject('wrong-role', `${rule.action} needs one of: ${rule.roles.join(', ')}`);
  if (!rule.from.includes(c.state))
    return reject('wrong-state', `cannot ${rule.action} a case that is ${c.state}`, 'state');
  if (actor.kind !== 'user') return reject('wrong-role', 'only people act on cases');
  if (rule.assigneeOnly && c.assignee?.id !== actor.id)
    return reject('not-assignee', `only the person the case is dispatched to may ${rule.action} it`);
  if (rule.action === 'register' && c.state === 'reported' && !canRegisterDirectly(c))
    return reject(
      'verification-required',
      'reports from residents and the hotline are verified first',
      'state',
    );
  if (rule.notByHandler && handlerOf(c) === actor.id)
    return reject('same-person', 'the check is done by someone other than the handler');
  return null;
}

/** The actions `actor` may take on `c` now, given the right input: the buttons to show. */
export function availableActions(c: Case, actor: Actor): CaseAction[] {
  return WORKFLOW.filter((rule) => checkActor(c, rule, actor) === null).map((rule) => rule.action);
}

export function decideTransition(
  c: Case,
  action: string,
  actor: Actor,
  input: TransitionInput,
  nowMs: number,
  limits?: TransitionLimits,
): TransitionDecision {
  const rule = ruleOf(action);
  if (!rule) return reject('unknown-action', `no action "${action}"`, 'action');
  const refused = checkActor(c, rule, actor);
  if (refused) return refused;
  for (const requirement of rule.requires) {
    if (!isMet(requirement, input))
      return reject('missing', `${rule.action} needs a ${requirement}`, FIELD_OF[requirement]);
  }

  let deadline: string | undefined;
  let clock = c.sla?.clock;
  if (rule.action === 'postpone') {
    const ms = toMs(input.deadline ?? '');
    if (Number.isNaN(ms)) return reject('invalid', 'is not a time', 'deadline');
    const current = c.sla ? toMs(c.sla.deadline) : -Infinity;
    if (ms <= nowMs || ms <= current)
      return reject('invalid', 'must be later than now and than the current deadline', 'deadline');
    deadline = toIso(ms);
  } else if (rule.action === 'register' && limits && !c.sla) {
    const sla = registrationSla(c.category, nowMs, limits.rules, limits.calendar);
    deadline = sla.deadline;
    clock = sla.clock;
  }

  const event: CaseTransitionedEvent = {
    type: 'case.transitioned',
    at: toIso(nowMs),
    actor,
    caseId: c.id,
    action: rule.action,
    from: c.state,
    to: rule.to,
    ...(filled(input.reason) ? { reason: input.reason.trim() } : {}),
    ...(filled(input.note) ? { note: input.note.trim() } : {}),
    ...(input.photos?.some(filled) ? { photos: input.photos.filter(filled) } : {}),
    ...(rule.action === 'dispatch' && input.assignee ? { assignee: input.assignee } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(deadline !== undefined && clock ? { clock } : {}),
  };
  return { kind: 'accepted', event };
}
