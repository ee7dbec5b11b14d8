// The case workflow of GB/T 30428 as one table: for each action, the states it leaves, the state it
// reaches, who may take it and what it needs. decideTransition reads this table and nothing else
// about the workflow; the dispatcher's buttons and the field page's buttons come from it too.
import type { ReportSource } from '../protocol/feeds';
import type { Actor, Case, CaseAction, CaseState, UserRole } from './model';

/** What a transition's input must carry. */
export type Requirement = 'reason' | 'note' | 'photo' | 'assignee' | 'deadline';

export interface TransitionRule {
  action: CaseAction;
  zh: string;
  from: readonly CaseState[];
  to: CaseState;
  roles: readonly UserRole[];
  requires: readonly Requirement[];
  /** Only the person the case is dispatched to may take it (the role must match too). */
  assigneeOnly?: boolean;
  /** Not by the person who handled the case (a check is independent of the work checked). */
  notByHandler?: boolean;
  /** Sends handled work back to be done again: counts as rework (返工). */
  rework?: boolean;
}

const STAFF: readonly UserRole[] = ['dispatcher', 'admin'];
const FIELD: readonly UserRole[] = ['grid-worker', 'responder'];
/** Who approves a postponement or a backlog: a leader (admins may act for one). */
const APPROVERS: readonly UserRole[] = ['leader', 'admin'];

export const WORKFLOW: readonly TransitionRule[] = [
  {
    action: 'verify',
    zh: '核实',
    from: ['reported'],
    to: 'verified',
    roles: [...STAFF, 'grid-worker'],
    requires: [],
  },
  // Registering straight from `reported` is allowed only for the street's own eyes: see canRegisterDirectly.
  {
    action: 'register',
    zh: '立案',
    from: ['reported', 'verified'],
    to: 'registered',
    roles: STAFF,
    requires: [],
  },
  {
    action: 'reject',
    zh: '不予立案',
    from: ['reported', 'verified'],
    to: 'rejected',
    roles: STAFF,
    requires: ['reason'],
  },
  {
    action: 'dispatch',
    zh: '派遣',
    from: ['registered', 'returned', 'backlog'],
    to: 'dispatched',
    roles: STAFF,
    requires: ['assignee'],
  },
  {
    action: 'accept',
    zh: '接单',
    from: ['dispatched'],
    to: 'in-progress',
    roles: FIELD,
    requires: [],
    assigneeOnly: true,
  },
  {
    action: 'return',
    zh: '回退',
    from: ['dispatched', 'in-progress', 'postponed'],
    to: 'returned',
    roles: FIELD,
    requires: ['reason'],
    assigneeOnly: true,
  },
  {
    action: 'handle',
    zh: '处置反馈',
    from: ['in-progress', 'postponed'],
    to: 'handled',
    roles: FIELD,
    requires: ['note', 'photo'],
    assigneeOnly: true,
  },
  {
    action: 'check-pass',
    zh: '核查通过',
    from: ['handled'],
    to: 'checked',
    roles: [...STAFF, 'grid-worker'],
    requires: [],
    notByHandler: true,
  },
  {
    action: 'check-fail',
    zh: '核查不通过（返工）',
    from: ['handled'],
    to: 'in-progress',
    roles: [...STAFF, 'grid-worker'],
    requires: ['reason'],
    notByHandler: true,
    rework: true,
  },
  { action: 'close', zh: '结案', from: ['checked'], to: 'closed', roles: STAFF, requires: [] },
  {
    action: 'postpone',
    zh: '延期',
    from: ['dispatched', 'in-progress', 'postponed'],
    to: 'postponed',
    roles: APPROVERS,
    requires: ['reason', 'deadline'],
  },
  {
    action: 'backlog',
    zh: '挂账',
    from: ['registered', 'returned', 'dispatched', 'in-progress', 'postponed'],
    to: 'backlog',
    roles: APPROVERS,
    requires: ['reason'],
  },
];

const BY_ACTION = new Map(WORKFLOW.map((rule) => [rule.action, rule]));

export function ruleOf(action: string): TransitionRule | undefined {
  return BY_ACTION.get(action as CaseAction);
}

/** Sources whose reports need no verification: the street's own grid workers and sentinel cameras. */
export const DIRECT_REGISTRATION_SOURCES: readonly ReportSource[] = ['grid-worker', 'camera'];

/** A case one of the street's own eyes has seen may skip verification. */
export function canRegisterDirectly(c: Pick<Case, 'sources'>): boolean {
  return c.sources.some((s) => DIRECT_REGISTRATION_SOURCES.includes(s));
}

export function roleOf(actor: Actor): UserRole | null {
  return actor.kind === 'user' ? actor.role : null;
}

/** Who handled the case last (the actor of its latest `handle`), or null. */
export function handlerOf(c: Pick<Case, 'history'>): string | null {
  const history = c.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry?.action === 'handle' && entry.actor.kind === 'user') return entry.actor.id;
  }
  return null;
}
