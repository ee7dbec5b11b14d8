import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATES, USER_ROLES, type Case, type CaseState, type UserRole } from './model';
import { decideTransition, type TransitionInput } from './transition';
import { T0, caseIn, userOf } from './workflow-fixtures';
import { WORKFLOW, ruleOf } from './workflow';

const FIELD_ROLES: readonly UserRole[] = ['grid-worker', 'responder'];

/** A case in `state` that meets every condition but the role and the state. */
function readyCase(state: CaseState, role: UserRole): Case {
  return caseIn(state, {
    assignee: { id: `u-${role}`, role: FIELD_ROLES.includes(role) ? (role as 'grid-worker') : 'grid-worker' },
    sla: {
      from: new Date(T0).toISOString(),
      deadline: new Date(T0 + 3_600_000).toISOString(),
      clock: 'working',
    },
    history: [
      {
        at: new Date(T0).toISOString(),
        action: 'handle',
        from: 'in-progress',
        to: 'handled',
        actor: userOf('grid-worker', 'someone-else'),
      },
    ],
  });
}

const FULL_INPUT: TransitionInput = {
  reason: 'r',
  note: 'n',
  photos: ['p1'],
  assignee: { id: 'GW320507006001001', role: 'grid-worker' },
  deadline: new Date(T0 + 86_400_000).toISOString(),
};

describe('the workflow table', () => {
  it('has one row per action, each reaching a known state', () => {
    expect(WORKFLOW.map((r) => r.action).sort()).toEqual([...CASE_ACTIONS].sort());
    for (const rule of WORKFLOW) {
      expect(CASE_STATES).toContain(rule.to);
      for (const from of rule.from) expect(CASE_STATES).toContain(from);
    }
  });

  it('leaves closed and rejected cases alone, and lets viewers do nothing', () => {
    for (const rule of WORKFLOW) {
      expect(rule.from).not.toContain('closed');
      expect(rule.from).not.toContain('rejected');
      expect(rule.roles).not.toContain('viewer');
    }
  });

  it('is the workflow as written down by hand (a second entry: change both or neither)', () => {
    const S = 'dispatcher admin';
    const F = 'grid-worker responder';
    const spec: Record<string, [from: string, to: CaseState, roles: string, requires: string]> = {
      verify: ['reported', 'verified', `${S} grid-worker`, ''],
      register: ['reported verified', 'registered', S, ''],
      reject: ['reported verified', 'rejected', S, 'reason'],
      dispatch: ['registered returned backlog', 'dispatched', S, 'assignee'],
      accept: ['dispatched', 'in-progress', F, ''],
      return: ['dispatched in-progress postponed', 'returned', F, 'reason'],
      handle: ['in-progress postponed', 'handled', F, 'note photo'],
      'check-pass': ['handled', 'checked', `${S} grid-worker`, ''],
      'check-fail': ['handled', 'in-progress', `${S} grid-worker`, 'reason'],
      close: ['checked', 'closed', S, ''],
      postpone: ['dispatched in-progress postponed', 'postponed', 'leader admin', 'reason deadline'],
      backlog: ['registered returned dispatched in-progress postponed', 'backlog', 'leader admin', 'reason'],
    };
    const written = Object.fromEntries(
      WORKFLOW.map((r) => [r.action, [r.from.join(' '), r.to, r.roles.join(' '), r.requires.join(' ')]]),
    );
    expect(written).toEqual(spec);
    expect(WORKFLOW.filter((r) => r.assigneeOnly).map((r) => r.action)).toEqual([
      'accept',
      'return',
      'handle',
    ]);
    expect(WORKFLOW.filter((r) => r.notByHandler).map((r) => r.action)).toEqual(['check-pass', 'check-fail']);
  });

  it('names who may take each action (spot checks written by hand)', () => {
    expect(ruleOf('postpone')?.roles).toEqual(['leader', 'admin']);
    expect(ruleOf('backlog')?.roles).toEqual(['leader', 'admin']);
    expect(ruleOf('handle')?.roles).toEqual(['grid-worker', 'responder']);
    expect(ruleOf('dispatch')?.roles).toEqual(['dispatcher', 'admin']);
    expect(ruleOf('check-fail')).toMatchObject({ to: 'in-progress', rework: true, requires: ['reason'] });
    expect(ruleOf('return')).toMatchObject({ to: 'returned', requires: ['reason'], assigneeOnly: true });
    expect(ruleOf('reject')).toMatchObject({ to: 'rejected', requires: ['reason'] });
    expect(ruleOf('nonsense')).toBeUndefined();
  });
});

describe('every state × action × role', () => {
  const cells = CASE_STATES.flatMap((state) =>
    CASE_ACTIONS.flatMap((action) => USER_ROLES.map((role) => ({ state, action, role }))),
  );
  it(`covers ${CASE_STATES.length * CASE_ACTIONS.length * USER_ROLES.length} combinations`, () => {
    expect(cells).toHaveLength(12 * 12 * 6);
  });

  it.each(cells)('$action on a $state case by a $role', ({ state, action, role }) => {
    const rule = ruleOf(action);
    if (!rule) throw new Error(action);
    const decision = decideTransition(readyCase(state, role), action, userOf(role), FULL_INPUT, T0);
    const allowed = rule.from.includes(state) && rule.roles.includes(role);
    if (allowed) {
      expect(decision).toMatchObject({ kind: 'accepted', event: { action, from: state, to: rule.to } });
    } else {
      const code = rule.roles.includes(role) ? 'wrong-state' : 'wrong-role';
      expect(decision).toMatchObject({ kind: 'rejected', code });
    }
  });
});
