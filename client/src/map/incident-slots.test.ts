import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import { makeCase } from '../test-support/fixtures';
import { IncidentSlots } from './incident-slots';

const casesOf = (...cases: Case[]) => new Map(cases.map((c) => [c.id, c]));

describe('IncidentSlots', () => {
  it('gives each case a slot and draws only open ones', () => {
    const slots = new IncidentSlots(2);
    slots.sync(casesOf(makeCase('A'), makeCase('B', { state: 'closed' }), makeCase('C')));
    expect(slots.data().length).toBe(3);
    expect(slots.drawnIds().sort()).toEqual(['A', 'C']);
    const positions = slots.data().attributes.getPosition.value;
    expect([positions[0], positions[1]]).toEqual([120.57, 31.47]);
  });

  it('rewrites only the slot of the case that changed', () => {
    const slots = new IncidentSlots();
    const a = makeCase('A');
    const b = makeCase('B');
    slots.sync(casesOf(a, b));
    const before = slots.data();
    slots.sync(casesOf(a, makeCase('B', { state: 'closed' })));
    expect(slots.lastWrites).toBe(1);
    expect(slots.data()).not.toBe(before);
    expect(slots.drawnIds()).toEqual(['A']);
    expect(slots.sync(casesOf(a, b))).toBe(true);
    const same = new Map([['A', a]]);
    slots.sync(same);
    expect(slots.sync(same)).toBe(false);
  });

  it('reuses the slot of a case that left', () => {
    const slots = new IncidentSlots();
    slots.sync(casesOf(makeCase('A'), makeCase('B')));
    slots.sync(casesOf(makeCase('B'), makeCase('C', { location: { lon: 120.6, lat: 31.5 } })));
    expect(slots.data().length).toBe(2);
    expect(slots.caseIdAt(0)).toBe('C');
    expect(slots.drawnIds().sort()).toEqual(['B', 'C']);
  });
});
