import { describe, expect, it } from 'vitest';
import { caseFactsAt } from './case-facts';
import type { CaseHistoryEntry } from './model';
import { userOf } from './workflow-fixtures';

const T0 = Date.parse('2026-03-02T00:00:00Z');
const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const d = userOf('dispatcher', 'D1');
const gw = userOf('grid-worker', 'GW1');

const history: CaseHistoryEntry[] = [
  {
    at: iso(T0),
    action: 'register',
    from: 'verified',
    to: 'registered',
    actor: d,
    deadline: iso(T0 + 2 * H),
  },
  {
    at: iso(T0 + H),
    action: 'dispatch',
    from: 'registered',
    to: 'dispatched',
    actor: d,
    assignee: { id: 'GW1', role: 'grid-worker' },
  },
  {
    at: iso(T0 + 1.5 * H),
    action: 'postpone',
    from: 'dispatched',
    to: 'postponed',
    actor: userOf('leader'),
    deadline: iso(T0 + 4 * H),
  },
  { at: iso(T0 + 3 * H), action: 'handle', from: 'postponed', to: 'handled', actor: gw },
  { at: iso(T0 + 3.5 * H), action: 'check-fail', from: 'handled', to: 'in-progress', actor: d },
  { at: iso(T0 + 5 * H), action: 'handle', from: 'in-progress', to: 'handled', actor: gw },
];

describe('caseFactsAt', () => {
  it.each([
    [0, { registeredAt: null, state: 'reported', due: false }],
    [2.5, { state: 'postponed', due: false, postponed: true, lastAssignee: 'GW1' }], // the postponement saved it
    [3.2, { state: 'handled', handled: true, handledOnTime: true, handlingMs: 3 * H }],
    [4.5, { state: 'in-progress', handled: false, everHandled: true, reworked: true, due: true }],
    [6, { state: 'handled', handled: true, handledOnTime: false, handlingMs: 5 * H }],
  ])('as of %s h after registration', (hours, facts) => {
    expect(caseFactsAt({ history }, T0 + hours * H)).toMatchObject(facts);
  });
});
