import { describe, expect, it } from 'vitest';
import { applyCaseTransition } from './case-transition';
import type { Actor, Case } from './model';
import { decideTransition, type TransitionInput } from './transition';
import { T0, caseIn, userOf } from './workflow-fixtures';

const dispatcher = userOf('dispatcher');
const worker = userOf('grid-worker', 'GW1');
const checker = userOf('grid-worker', 'GW2');

function step(c: Case, action: string, actor: Actor, input: TransitionInput = {}, atMs = T0): Case {
  const d = decideTransition(c, action, actor, input, atMs);
  if (d.kind !== 'accepted') throw new Error(`${action}: ${d.reason}`);
  return applyCaseTransition(c, d.event);
}

describe('applyCaseTransition', () => {
  it('walks a case from report to closure, keeping its history', () => {
    const start = caseIn('reported', { sources: ['resident'] });
    let c = step(start, 'verify', worker);
    c = step(c, 'register', dispatcher);
    c = step(c, 'dispatch', dispatcher, { assignee: { id: 'GW1', name: '张三', role: 'grid-worker' } });
    expect(c.assignee).toEqual({ id: 'GW1', name: '张三', role: 'grid-worker' });
    c = step(c, 'accept', worker);
    c = step(c, 'handle', worker, { note: 'cleared', photos: ['ph1'] });
    c = step(c, 'check-fail', checker, { reason: 'not swept' }); // rework
    expect(c.state).toBe('in-progress');
    c = step(c, 'handle', worker, { note: 'swept', photos: ['ph2'] });
    c = step(c, 'check-pass', checker);
    c = step(c, 'close', dispatcher, {}, T0 + 60_000);
    expect(c.state).toBe('closed');
    expect(c.updatedAt).toBe(new Date(T0 + 60_000).toISOString());
    expect(c.history?.map((h) => `${h.from}>${h.to}`)).toEqual([
      'reported>verified',
      'verified>registered',
      'registered>dispatched',
      'dispatched>in-progress',
      'in-progress>handled',
      'handled>in-progress',
      'in-progress>handled',
      'handled>checked',
      'checked>closed',
    ]);
    expect(c.history?.[5]).toMatchObject({ action: 'check-fail', reason: 'not swept', actor: checker });
    expect(c.history?.[4]).toMatchObject({ note: 'cleared', photos: ['ph1'] });
    expect(start.history).toBeUndefined(); // not mutated
  });

  it('clears the assignee on a return, and a postponement moves the deadline', () => {
    const sla = {
      from: new Date(T0).toISOString(),
      deadline: new Date(T0 + 3_600_000).toISOString(),
      clock: 'working' as const,
    };
    let c = caseIn('dispatched', { assignee: { id: 'GW1', role: 'grid-worker' }, sla });
    const later = new Date(T0 + 86_400_000).toISOString();
    c = step(c, 'postpone', userOf('leader'), { reason: 'waiting for parts', deadline: later });
    expect(c.sla).toEqual({ ...sla, deadline: later });
    expect(c.history?.[0]).toMatchObject({ action: 'postpone', deadline: later });
    c = step(c, 'return', worker, { reason: 'not my cell' });
    expect(c.state).toBe('returned');
    expect(c.assignee).toBeUndefined();
    expect(c.history?.[1]).toMatchObject({ reason: 'not my cell', actor: worker });
  });

  it('sets the time limit from a registration event that carries one', () => {
    const d = decideTransition(caseIn('verified'), 'register', dispatcher, {}, T0);
    if (d.kind !== 'accepted') throw new Error(d.reason);
    const deadline = new Date(T0 + 3_600_000).toISOString();
    const c = applyCaseTransition(caseIn('verified'), { ...d.event, deadline, clock: 'working' });
    expect(c.sla).toEqual({ from: d.event.at, deadline, clock: 'working' });
  });
});
