import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, type CaseAction } from '../../../../core/domain/model';
import { ruleOf } from '../../../../core/domain/workflow';
import { INITIAL_DESK, reduceDesk, targetsOf, type DeskContext, type DeskState } from './desk-keys';
import { ACTION_KEYS, keyCommand, type KeyInput } from './keymap';

const QUEUE = ['c1', 'c2', 'c3'];
const ctx = (available: Record<string, CaseAction[]>): DeskContext => ({
  queue: QUEUE,
  // Like core's availableActions for several cases: what every one of them allows.
  actionsFor: (ids) =>
    CASE_ACTIONS.filter((a) => ids.length > 0 && ids.every((id) => available[id]?.includes(a))),
  needsInput: (action) => (ruleOf(action)?.requires.length ?? 0) > 0,
});
const CTX = ctx({ c1: ['register', 'reject'], c2: ['register', 'dispatch'], c3: ['dispatch', 'close'] });

/** Presses keys in order, collecting effects. */
function press(keys: (string | KeyInput)[], state: DeskState = INITIAL_DESK, context = CTX) {
  const effects = [];
  for (const k of keys) {
    const command = keyCommand(typeof k === 'string' ? { key: k } : k);
    if (!command) continue;
    const step = reduceDesk(state, command, context);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
}

describe('keymap', () => {
  it('gives every workflow action its own key, clear of the navigation keys', () => {
    const keys = CASE_ACTIONS.map((a) => ACTION_KEYS[a]);
    expect(new Set(keys).size).toBe(CASE_ACTIONS.length);
    for (const key of keys) expect(['j', 'k', 'x', 'X', '?', '/']).not.toContain(key);
    for (const action of CASE_ACTIONS)
      expect(keyCommand({ key: ACTION_KEYS[action] })).toEqual({ kind: 'action', action });
  });

  it('leaves keys typed in a text field and browser shortcuts alone, except Esc', () => {
    expect(keyCommand({ key: 'r', inField: true })).toBeNull();
    expect(keyCommand({ key: 'j', inField: true })).toBeNull();
    expect(keyCommand({ key: 'Escape', inField: true })).toEqual({ kind: 'cancel' });
    expect(keyCommand({ key: 'r', ctrlKey: true })).toBeNull();
    expect(keyCommand({ key: 'c', metaKey: true })).toBeNull();
    expect(keyCommand({ key: 'q' })).toBeNull();
    expect(keyCommand({ key: '0' })).toBeNull();
    expect(keyCommand({ key: '3' })).toEqual({ kind: 'pick', index: 2 });
  });
});

describe('desk keys', () => {
  it('moves with j/k and the arrows, within the queue, and opens with Enter', () => {
    expect(press(['j']).state.cursor).toBe('c1');
    expect(press(['k']).state.cursor).toBe('c3');
    expect(press(['j', 'j', 'ArrowDown', 'ArrowDown']).state.cursor).toBe('c3');
    expect(press(['j', 'j', 'ArrowUp']).state.cursor).toBe('c1');
    expect(press(['End', 'Home']).state.cursor).toBe('c1');
    const opened = press(['j', 'j', 'Enter']).state;
    expect(opened.open).toBe('c2');
    expect(press(['Escape'], opened).state.open).toBeNull();
  });

  it('sends an action that needs no input at once, on the open case', () => {
    const { effects } = press(['j', 'Enter', 'r']);
    expect(effects).toEqual([{ kind: 'submit', action: 'register', caseIds: ['c1'] }]);
  });

  it('opens the inline form for an action that needs a reason; Esc closes it', () => {
    const { state, effects } = press(['j', 'Enter', 'n']);
    expect(effects).toEqual([]);
    expect(state.form).toEqual({ action: 'reject', caseIds: ['c1'] });
    expect(press(['Escape'], state).state.form).toBeNull();
    expect(press(['Escape'], state).state.open).toBe('c1');
  });

  it('refuses an action the case does not allow, and says so', () => {
    const { effects } = press(['j', 'Enter', 'c']);
    expect(effects).toEqual([{ kind: 'refused', action: 'close', caseIds: ['c1'] }]);
  });

  it('dispatches to the n-th recommended person with a digit, straight away or from the form', () => {
    expect(press(['j', 'j', 'Enter', '2']).effects).toEqual([
      { kind: 'submit', action: 'dispatch', caseIds: ['c2'], pick: 1 },
    ]);
    const form = press(['j', 'j', 'Enter', 'd']);
    expect(form.state.form).toEqual({ action: 'dispatch', caseIds: ['c2'] });
    const picked = press(['1'], form.state);
    expect(picked.effects).toEqual([{ kind: 'submit', action: 'dispatch', caseIds: ['c2'], pick: 0 }]);
    expect(picked.state.form).toBeNull();
    // A case not in a dispatchable state: the digit is refused, nothing is sent.
    expect(press(['j', 'Enter', '1']).effects).toEqual([
      { kind: 'refused', action: 'dispatch', caseIds: ['c1'] },
    ]);
  });

  it('selects several with x and acts on all of them, in queue order', () => {
    const { state, effects } = press(['j', 'j', 'x', 'k', 'x', 'r']);
    expect([...state.selected].sort()).toEqual(['c1', 'c2']);
    expect(effects).toEqual([{ kind: 'submit', action: 'register', caseIds: ['c1', 'c2'] }]);
    // c3 cannot be registered: a selection containing it refuses the bulk action.
    expect(press(['j', 'j', 'x', 'j', 'x', 'r']).effects[0]?.kind).toBe('refused');
    expect(press(['j', 'j', 'x', 'j', 'x', '1']).effects).toEqual([
      { kind: 'submit', action: 'dispatch', caseIds: ['c2', 'c3'], pick: 0 },
    ]);
    // x again deselects; Esc clears the selection before it closes the case.
    expect(press(['j', 'x', 'x']).state.selected.size).toBe(0);
    const cleared = press(['j', 'Enter', 'x', 'Escape']).state;
    expect(cleared.selected.size).toBe(0);
    expect(cleared.open).toBe('c1');
    expect(press(['j', 'x', 'X']).state.selected.size).toBe(0);
  });

  it('shows the help with ?, ignores other keys while it is open, and closes with Esc or ?', () => {
    const open = press(['?']).state;
    expect(open.help).toBe(true);
    expect(press(['j', 'r'], open)).toEqual({ state: open, effects: [] });
    expect(press(['Escape'], open).state.help).toBe(false);
    expect(press(['?'], open).state.help).toBe(false);
  });

  it('asks for the search box with /', () => {
    expect(press(['/']).effects).toEqual([{ kind: 'focus-search' }]);
  });

  it('keeps selected cases that left the filtered queue as targets, after those shown', () => {
    const state: DeskState = { ...INITIAL_DESK, selected: new Set(['gone', 'c3', 'c1']) };
    expect(targetsOf(state, QUEUE)).toEqual(['c1', 'c3', 'gone']);
  });
});
