import { describe, expect, it } from 'vitest';
import type { Decision } from './decision';
import { decideInspection, decideRectification } from './inspections';
import { createLiveState, type LiveState } from './live-state';
import type { Actor } from './model';
import { applyEvent } from './projection';
import type { InspectionInput } from '../protocol/feeds';

const T0 = Date.parse('2025-03-05T02:00:00Z');
const ACTOR: Actor = { kind: 'system', name: 'test' };
const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

function inspection(over: Partial<InspectionInput> = {}): InspectionInput {
  return {
    type: 'inspection',
    sourceRef: 'JC1',
    enterpriseId: 'E0001',
    at: iso(T0),
    inspector: '李强',
    campaign: 'routine',
    hazards: [{ ref: 'YH1', level: 'general', description: '电线私拉乱接', deadline: iso(T0 + 7 * DAY) }],
    ...over,
  };
}

function apply(state: LiveState, d: Decision): Decision {
  if (d.kind === 'accepted') applyEvent(state, { ...d.event, seq: state.seq + 1 });
  return d;
}

describe('decideInspection', () => {
  it('records an inspection with its hazards', () => {
    const state = createLiveState([{ id: 'E0001', risk: 'orange' }]);
    const d = apply(state, decideInspection(state, inspection(), T0, ACTOR));
    expect(d).toMatchObject({ kind: 'accepted', id: 'JC1' });
    expect(state.hazards.get('YH1')).toMatchObject({
      enterpriseId: 'E0001',
      inspectionRef: 'JC1',
      foundAt: iso(T0),
      rectifiedAt: null,
    });
    expect(decideInspection(state, inspection(), T0, ACTOR)).toEqual({ kind: 'duplicate', id: 'JC1' });
  });

  it('rejects an unknown enterprise, reused hazard refs, deadlines before the inspection and future times', () => {
    const state = createLiveState([{ id: 'E0001', risk: 'orange' }]);
    apply(state, decideInspection(state, inspection(), T0, ACTOR));
    expect(
      decideInspection(state, inspection({ sourceRef: 'JC2', enterpriseId: 'E9999' }), T0, ACTOR),
    ).toMatchObject({ kind: 'rejected', field: 'enterpriseId' });
    expect(decideInspection(state, inspection({ sourceRef: 'JC2' }), T0, ACTOR)).toMatchObject({
      kind: 'rejected',
      field: 'hazards.0.ref',
    });
    const twice = inspection({
      sourceRef: 'JC3',
      hazards: [
        { ref: 'YH7', level: 'general', description: 'a', deadline: iso(T0 + DAY) },
        { ref: 'YH7', level: 'major', description: 'b', deadline: iso(T0 + DAY) },
      ],
    });
    expect(decideInspection(state, twice, T0, ACTOR)).toMatchObject({
      kind: 'rejected',
      field: 'hazards.1.ref',
    });
    const early = inspection({
      sourceRef: 'JC4',
      hazards: [{ ref: 'YH8', level: 'general', description: 'a', deadline: iso(T0 - DAY) }],
    });
    expect(decideInspection(state, early, T0, ACTOR)).toMatchObject({
      kind: 'rejected',
      field: 'hazards.0.deadline',
    });
    expect(
      decideInspection(state, inspection({ sourceRef: 'JC5', hazards: [], at: iso(T0 + DAY) }), T0, ACTOR),
    ).toMatchObject({ kind: 'rejected', field: 'at' });
  });
});

describe('decideRectification', () => {
  it('closes a hazard once; a second rectification is a duplicate', () => {
    const state = createLiveState([{ id: 'E0001', risk: 'orange' }]);
    apply(state, decideInspection(state, inspection(), T0, ACTOR));
    const item = { type: 'rectification' as const, sourceRef: 'ZG1', hazardRef: 'YH1', at: iso(T0 + DAY) };
    expect(apply(state, decideRectification(state, item, T0 + DAY, ACTOR))).toMatchObject({
      kind: 'accepted',
      id: 'ZG1',
    });
    expect(decideRectification(state, item, T0 + DAY, ACTOR)).toEqual({ kind: 'duplicate', id: 'ZG1' });
    expect(decideRectification(state, { ...item, sourceRef: 'ZG2' }, T0 + DAY, ACTOR)).toEqual({
      kind: 'duplicate',
      id: 'YH1',
    });
  });

  it('rejects an unknown hazard and a time before the hazard was found', () => {
    const state = createLiveState([{ id: 'E0001', risk: 'orange' }]);
    apply(state, decideInspection(state, inspection(), T0, ACTOR));
    const item = { type: 'rectification' as const, sourceRef: 'ZG1', hazardRef: 'YH404', at: iso(T0) };
    expect(decideRectification(state, item, T0, ACTOR)).toMatchObject({
      kind: 'rejected',
      field: 'hazardRef',
    });
    expect(
      decideRectification(state, { ...item, hazardRef: 'YH1', at: iso(T0 - DAY) }, T0, ACTOR),
    ).toMatchObject({ kind: 'rejected', field: 'at' });
  });
});
