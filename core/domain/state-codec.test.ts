import { describe, expect, it } from 'vitest';
import { decideInspection, decideRectification } from './inspections';
import { createLiveState, type LiveState } from './live-state';
import { decideReport } from './merge';
import { refreshClock } from './projection';
import { canonicalLiveState, decodeLiveState, encodeLiveState, StateCodecError } from './state-codec';
import { applyAccepted, iso, TEST_ACTOR, TEST_CELL, TEST_ENTERPRISES } from './projection-fixtures';
import { DAY_MS } from './time';

const T0 = Date.parse('2025-03-05T02:00:00Z');

function traffic(): LiveState {
  const state = createLiveState(TEST_ENTERPRISES);
  for (let i = 0; i < 30; i++) {
    const location = { lon: 120.57 + (i % 7) * 0.01, lat: 31.47 };
    const report = {
      source: i % 2 ? ('resident' as const) : ('camera' as const),
      sourceRef: `Q${i}`,
      category: i % 3 ? ('noise' as const) : ('dispute' as const),
      at: iso(T0 + i * 60_000),
      location: { ...location, crs: 'WGS84' as const },
    };
    const nowMs = T0 + i * 60_000;
    applyAccepted(
      state,
      decideReport({ state, report, location, cell: TEST_CELL, nowMs, actor: TEST_ACTOR }),
    );
  }
  const hazards = [
    { ref: 'YH1', level: 'major' as const, description: '消防通道堵塞', deadline: iso(T0 + 3 * DAY_MS) },
    { ref: 'YH2', level: 'general' as const, description: '灭火器过期', deadline: iso(T0 + DAY_MS) },
  ];
  const inspection = {
    type: 'inspection' as const,
    sourceRef: 'JC1',
    enterpriseId: 'E0001',
    campaign: '331' as const,
  };
  applyAccepted(
    state,
    decideInspection(state, { ...inspection, at: iso(T0), inspector: '张伟', hazards }, T0, TEST_ACTOR),
  );
  const fix = { type: 'rectification' as const, sourceRef: 'ZG1', hazardRef: 'YH1', at: iso(T0 + DAY_MS) };
  applyAccepted(state, decideRectification(state, fix, T0 + DAY_MS, TEST_ACTOR));
  return state;
}

describe('state codec', () => {
  it('decodes what it encodes, in small parts, to the same canonical state', () => {
    const state = traffic();
    const texts = [...encodeLiveState(state, TEST_ENTERPRISES, 3)];
    expect(texts.length).toBeGreaterThan(10);
    const decoded = decodeLiveState(texts, TEST_ENTERPRISES);
    expect(canonicalLiveState(decoded)).toBe(canonicalLiveState(state));
    expect(decoded.seq).toBe(32);
    // Still a working state: the next events and a clock refresh give the same result both ways.
    refreshClock(state, T0 + 5 * DAY_MS);
    refreshClock(decoded, T0 + 5 * DAY_MS);
    expect(canonicalLiveState(decoded)).toBe(canonicalLiveState(state));
  });

  it('gives another canonical text for another state, and the same for another fill order', () => {
    const state = traffic();
    const other = traffic();
    other.reportCase = new Map([...other.reportCase].reverse());
    expect(canonicalLiveState(other)).toBe(canonicalLiveState(state));
    refreshClock(other, T0 + 40 * DAY_MS);
    expect(canonicalLiveState(other)).not.toBe(canonicalLiveState(state));
  });

  it('refuses another projection version, other enterprises, and damaged text', () => {
    const texts = [...encodeLiveState(traffic(), TEST_ENTERPRISES)];
    const head = JSON.parse(texts[0]!) as Record<string, unknown>;
    const older = [JSON.stringify({ ...head, projectionVersion: 0 }), ...texts.slice(1)];
    expect(() => decodeLiveState(older, TEST_ENTERPRISES)).toThrow(/projection version 0/);
    expect(() => decodeLiveState(texts, [{ id: 'E0001', risk: 'blue' }])).toThrow(StateCodecError);
    expect(() => decodeLiveState([texts[0]!, '{"kind":"pa'], TEST_ENTERPRISES)).toThrow(/not JSON/);
    expect(() => decodeLiveState([], TEST_ENTERPRISES)).toThrow(/empty/);
  });
});
