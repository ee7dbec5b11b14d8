import { describe, expect, it } from 'vitest';
import type { ReportSource } from '../protocol/feeds';
import type { CaseAssignee } from './model';
import { buildCalendar } from './working-calendar';
import { availableActions, decideTransition } from './transition';
import { T0, caseIn, userOf } from './workflow-fixtures';
import calendarFile from '../../data/rules/calendar-cn-2026.json';
import rulesFile from '../../data/rules/time-limits.json';
import { calendarFileSchema } from './working-calendar-file';
import { timeLimitRulesSchema } from './time-limits';

const dispatcher = userOf('dispatcher');
const worker = userOf('grid-worker', 'GW1');
const GW1: CaseAssignee = { id: 'GW1', role: 'grid-worker' };
const iso = (ms: number) => new Date(ms).toISOString();

describe('direct registration', () => {
  it.each<[ReportSource[], boolean]>([
    [['grid-worker'], true],
    [['camera'], true],
    [['resident', 'camera'], true],
    [['resident'], false],
    [['hotline'], false],
    [['police'], false],
    [['drone'], false],
  ])('from %j: %s', (sources, direct) => {
    const decision = decideTransition(caseIn('reported', { sources }), 'register', dispatcher, {}, T0);
    if (direct) expect(decision.kind).toBe('accepted');
    else expect(decision).toMatchObject({ kind: 'rejected', code: 'verification-required' });
  });

  it('registers any source once verified', () => {
    const c = caseIn('verified', { sources: ['hotline'] });
    expect(decideTransition(c, 'register', dispatcher, {}, T0).kind).toBe('accepted');
  });
});

describe('requirements', () => {
  it.each([
    ['reject', 'reported', {}, 'reason'],
    ['reject', 'reported', { reason: '   ' }, 'reason'],
    ['dispatch', 'registered', {}, 'assignee'],
    ['postpone', 'in-progress', { reason: 'rain' }, 'deadline'],
    ['postpone', 'in-progress', { deadline: iso(T0 + 86_400_000) }, 'reason'],
    ['backlog', 'registered', {}, 'reason'],
  ])('%s from %s with %j is missing %s', (action, state, input, field) => {
    const actor = action === 'postpone' || action === 'backlog' ? userOf('leader') : dispatcher;
    const c = caseIn(state as 'reported', { assignee: GW1 });
    expect(decideTransition(c, action, actor, input, T0)).toMatchObject({
      kind: 'rejected',
      code: 'missing',
      field,
    });
  });

  it('needs a note and a photo to mark handled, and a reason to return', () => {
    const c = caseIn('in-progress', { assignee: GW1 });
    expect(decideTransition(c, 'handle', worker, { note: 'done' }, T0)).toMatchObject({ field: 'photos' });
    expect(decideTransition(c, 'handle', worker, { photos: ['p'] }, T0)).toMatchObject({ field: 'note' });
    expect(decideTransition(c, 'return', worker, {}, T0)).toMatchObject({ code: 'missing', field: 'reason' });
    const ok = decideTransition(c, 'handle', worker, { note: ' done ', photos: ['p', ''] }, T0);
    expect(ok).toMatchObject({ kind: 'accepted', event: { note: 'done', photos: ['p'], to: 'handled' } });
  });

  it('lets only the assignee accept, return and handle', () => {
    const c = caseIn('dispatched', { assignee: GW1 });
    const other = userOf('grid-worker', 'GW2');
    expect(decideTransition(c, 'accept', other, {}, T0)).toMatchObject({ code: 'not-assignee' });
    expect(decideTransition(c, 'accept', worker, {}, T0)).toMatchObject({ kind: 'accepted' });
    expect(decideTransition(caseIn('dispatched'), 'accept', worker, {}, T0)).toMatchObject({
      code: 'not-assignee',
    });
  });

  it('has the check done by someone other than the handler', () => {
    const handled = caseIn('handled', {
      history: [{ at: iso(T0), action: 'handle', from: 'in-progress', to: 'handled', actor: worker }],
    });
    const sameAsDispatcher = userOf('grid-worker', 'GW1');
    expect(decideTransition(handled, 'check-pass', sameAsDispatcher, {}, T0)).toMatchObject({
      code: 'same-person',
    });
    expect(decideTransition(handled, 'check-fail', worker, { reason: 'x' }, T0)).toMatchObject({
      code: 'same-person',
    });
    expect(decideTransition(handled, 'check-pass', userOf('grid-worker', 'GW2'), {}, T0).kind).toBe(
      'accepted',
    );
    expect(decideTransition(handled, 'check-fail', dispatcher, { reason: 'still broken' }, T0)).toMatchObject(
      {
        kind: 'accepted',
        event: { to: 'in-progress', reason: 'still broken' },
      },
    );
  });

  it('rejects unknown actions, and actors that are not people', () => {
    expect(decideTransition(caseIn('reported'), 'teleport', dispatcher, {}, T0)).toMatchObject({
      code: 'unknown-action',
      field: 'action',
    });
    const feed = { kind: 'feed' as const, key: 'k', source: 'camera' };
    expect(decideTransition(caseIn('reported'), 'register', feed, {}, T0)).toMatchObject({
      code: 'wrong-role',
    });
  });
});

describe('deadlines', () => {
  const limits = {
    rules: timeLimitRulesSchema.parse(rulesFile),
    calendar: buildCalendar([calendarFileSchema.parse(calendarFile)]),
  };

  it('gives a registration its time limit when the rules are passed', () => {
    const d = decideTransition(
      caseIn('verified', { category: 'fire-smoke' }),
      'register',
      dispatcher,
      {},
      T0,
      limits,
    );
    expect(d).toMatchObject({ event: { deadline: iso(T0 + 30 * 60_000), clock: 'around-the-clock' } });
    const plain = decideTransition(caseIn('verified'), 'register', dispatcher, {}, T0);
    expect(plain.kind === 'accepted' ? plain.event : null).not.toHaveProperty('deadline');
  });

  it('postpones only to a later deadline', () => {
    const sla = { from: iso(T0), deadline: iso(T0 + 3_600_000), clock: 'working' as const };
    const c = caseIn('in-progress', { sla, assignee: GW1 });
    const leader = userOf('leader');
    const at = (ms: number) =>
      decideTransition(c, 'postpone', leader, { reason: 'r', deadline: iso(ms) }, T0);
    expect(at(T0 + 1_800_000)).toMatchObject({ code: 'invalid', field: 'deadline' });
    expect(decideTransition(c, 'postpone', leader, { reason: 'r', deadline: 'soon' }, T0)).toMatchObject({
      code: 'invalid',
    });
    expect(at(T0 + 7_200_000)).toMatchObject({ event: { deadline: iso(T0 + 7_200_000), to: 'postponed' } });
  });
});

describe('availableActions', () => {
  it.each([
    ['dispatcher on a camera report', caseIn('reported'), dispatcher, ['verify', 'register', 'reject']],
    [
      'dispatcher on a hotline report',
      caseIn('reported', { sources: ['hotline'] }),
      dispatcher,
      ['verify', 'reject'],
    ],
    [
      'the assignee on a dispatched case',
      caseIn('dispatched', { assignee: GW1 }),
      worker,
      ['accept', 'return'],
    ],
    ['another worker on it', caseIn('dispatched', { assignee: GW1 }), userOf('grid-worker', 'GW2'), []],
    ['a leader on it', caseIn('dispatched', { assignee: GW1 }), userOf('leader'), ['postpone', 'backlog']],
    ['a viewer on it', caseIn('dispatched', { assignee: GW1 }), userOf('viewer'), []],
  ])('%s', (_name, c, actor, actions) => {
    expect(availableActions(c, actor)).toEqual(actions);
  });
});
