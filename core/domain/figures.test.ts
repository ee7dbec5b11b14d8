import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureCounts } from './figures';
import type { Case, CaseAction, CaseHistoryEntry, CaseState } from './model';
import { caseIn, userOf } from './workflow-fixtures';
import { ruleOf } from './workflow';

const T0 = Date.parse('2026-03-02T00:00:00Z');
const MIN = 60_000;
const DAY = 1440 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();

type Step = [action: CaseAction, atMin: number, extra?: { to?: string; deadlineMin?: number }];

/** A case whose history takes `steps` (minutes after T0); registration sets a deadline of 1 day. */
function caseWith(id: string, place: [community: string, cell: string], steps: Step[]): Case {
  let state: CaseState = 'reported';
  let assignee = '';
  const history: CaseHistoryEntry[] = steps.map(([action, atMin, extra]) => {
    const rule = ruleOf(action);
    if (!rule) throw new Error(action);
    if (action === 'dispatch') assignee = extra?.to ?? '';
    const field = rule.assigneeOnly;
    const deadlineMin = action === 'register' ? atMin + 1440 : extra?.deadlineMin;
    const entry: CaseHistoryEntry = {
      at: iso(T0 + atMin * MIN),
      action,
      from: state,
      to: rule.to,
      actor: field ? userOf('grid-worker', assignee) : userOf('dispatcher', 'D1'),
      ...(action === 'dispatch' ? { assignee: { id: assignee, role: 'grid-worker' as const } } : {}),
      ...(deadlineMin !== undefined ? { deadline: iso(T0 + deadlineMin * MIN) } : {}),
    };
    state = rule.to;
    return entry;
  });
  return caseIn(state, { id, communityCode: place[0], cellCode: place[1], history });
}

const X1: [string, string] = ['C1', 'C1-X1'];
const X2: [string, string] = ['C2', 'C2-X2'];
const X3: [string, string] = ['C2', 'C2-X3'];
const done = (at: number): Step[] => [
  ['check-pass', at + 10],
  ['close', at + 20],
];

const CASES: Case[] = [
  // A: closed on time
  caseWith('A', X1, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW1' }],
    ['accept', 20],
    ['handle', 60],
    ...done(60),
  ]),
  // B: handled late (after 2 days), closed
  caseWith('B', X1, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW1' }],
    ['accept', 20],
    ['handle', 2880],
    ...done(2880),
  ]),
  // C: handled on time, waiting for the check
  caseWith('C', X1, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW2' }],
    ['accept', 20],
    ['handle', 120],
  ]),
  // D: failed check, reworked, closed on time
  caseWith('D', X1, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW1' }],
    ['accept', 20],
    ['handle', 60],
    ['check-fail', 70],
    ['handle', 100],
    ...done(100),
  ]),
  // E: returned by GW1, re-dispatched to GW2, closed on time
  caseWith('E', X1, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW1' }],
    ['return', 30],
    ['dispatch', 40, { to: 'GW2' }],
    ['accept', 50],
    ['handle', 90],
    ...done(90),
  ]),
  // F: postponed to day 3, handled on day 2: on time by the new deadline; checked, not closed
  caseWith('F', X2, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW2' }],
    ['accept', 20],
    ['postpone', 600, { deadlineMin: 3 * 1440 }],
    ['handle', 2880],
    ['check-pass', 2890],
  ]),
  // G: in progress past its deadline
  caseWith('G', X2, [
    ['register', 0],
    ['dispatch', 10, { to: 'GW2' }],
    ['accept', 20],
  ]),
  // H: registered on the last evening, not yet due
  caseWith('H', X2, [
    ['register', 6 * 1440 + 1380],
    ['dispatch', 6 * 1440 + 1390, { to: 'GW1' }],
  ]),
  // I: put in backlog: not due
  caseWith('I', X2, [
    ['register', 0],
    ['backlog', 30],
  ]),
  // J: registered before the range
  caseWith('J', X2, [
    ['register', -1440],
    ['dispatch', -1430, { to: 'GW1' }],
  ]),
  // K: closed only after the range ends: checked as of `to`
  caseWith('K', X3, [
    ['register', 5 * 1440],
    ['dispatch', 5 * 1440 + 10, { to: 'GW1' }],
    ['accept', 5 * 1440 + 20],
    ['handle', 5 * 1440 + 60],
    ['check-pass', 5 * 1440 + 70],
    ['close', 7 * 1440 + 60],
  ]),
  // a case never registered
  caseIn('reported', { id: 'R' }),
];

type Row = [name: string, fromMs: number, toMs: number, counts: Partial<FigureCounts>];

describe('computeFigures', () => {
  it.each<Row>([
    [
      'the week',
      T0,
      T0 + 7 * DAY,
      {
        registered: 10, // A–I and K
        closed: 4, // A B D E
        handled: 7, // A B C D E F K
        handledOnTime: 6, // all but B
        due: 8, // A B D E closed; C F G K open past their deadlines
        closedOnTime: 3, // A D E
        everHandled: 7,
        reworked: 1, // D
        postponed: 1, // F
        dispatched: 9, // all but I
        returned: 1, // E
        handlingMsTotal: (60 + 2880 + 120 + 100 + 90 + 2880 + 60) * MIN,
      },
    ],
    [
      'the first day, as it stood at its end',
      T0,
      T0 + DAY,
      {
        registered: 8,
        closed: 3,
        handled: 4,
        handledOnTime: 4,
        due: 3,
        closedOnTime: 3,
        postponed: 1,
        dispatched: 7,
      },
    ],
    ['the day before', T0 - DAY, T0, { registered: 1, closed: 0, handled: 0, due: 0, dispatched: 1 }],
    ['an empty range', T0 + 10 * DAY, T0 + 11 * DAY, { registered: 0 }],
  ])('counts %s', (_name, fromMs, toMs, counts) => {
    expect(computeFigures(CASES, fromMs, toMs).street).toMatchObject(counts);
  });

  it('derives the rates from the counts', () => {
    const { street } = computeFigures(CASES, T0, T0 + 7 * DAY);
    expect(street).toMatchObject({
      closeRate: 4 / 10,
      onTimeHandlingRate: 6 / 7,
      onTimeCloseRate: 3 / 8,
      reworkRate: 1 / 7,
      postponeRate: 1 / 10,
      returnRate: 1 / 9,
      averageHandlingMs: (6190 * MIN) / 7,
    });
    const empty = computeFigures(CASES, T0 + 10 * DAY, T0 + 11 * DAY).street;
    expect(empty).toMatchObject({
      closeRate: null,
      onTimeHandlingRate: null,
      returnRate: null,
      averageHandlingMs: null,
    });
  });

  it('splits by community and cell', () => {
    const r = computeFigures(CASES, T0, T0 + 7 * DAY);
    expect(Object.keys(r.byCommunity)).toEqual(['C1', 'C2']);
    expect(r.byCommunity.C1).toMatchObject({
      registered: 5,
      closed: 4,
      closeRate: 0.8,
      reworked: 1,
      returned: 1,
    });
    expect(r.byCommunity.C2).toMatchObject({ registered: 5, closed: 0, due: 3, postponed: 1 });
    expect(r.byCell['C2-X3']).toMatchObject({ registered: 1, handled: 1, closed: 0 });
  });

  it('counts a case for the person of its latest dispatch, and returns for the returner', () => {
    const r = computeFigures(CASES, T0, T0 + 7 * DAY);
    // GW1 holds A B D H K; was sent A B D E H K; returned E.
    expect(r.byPerson.GW1).toMatchObject({
      registered: 5,
      closed: 3,
      dispatched: 6,
      returned: 1,
      returnRate: 1 / 6,
    });
    // GW2 holds C E F G.
    expect(r.byPerson.GW2).toMatchObject({
      registered: 4,
      closed: 1,
      handled: 3,
      dispatched: 4,
      returned: 0,
    });
    expect(r.byPerson.GW2?.onTimeHandlingRate).toBe(1);
  });
});
