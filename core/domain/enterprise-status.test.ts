import { describe, expect, it } from 'vitest';
import type { Hazard } from './model';
import { computeEnterpriseState, isHazardOpenAt } from './enterprise-status';

const NOW = Date.parse('2025-03-05T02:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();

function hazard(over: Partial<Hazard>): Hazard {
  return {
    id: 'H1',
    enterpriseId: 'E0001',
    inspectionRef: 'I1',
    level: 'general',
    description: '灭火器过期',
    foundAt: daysAgo(5),
    deadline: daysAgo(-5),
    campaign: 'routine',
    rectifiedAt: null,
    rectificationRef: null,
    ...over,
  };
}

const red = { id: 'E0001', risk: 'red' as const };
const blue = { id: 'E0002', risk: 'blue' as const };

describe('computeEnterpriseState', () => {
  it('is inspection-due when never inspected', () => {
    expect(computeEnterpriseState(red, [], null, NOW)).toMatchObject({
      status: 'inspection-due',
      nextInspectionDue: null,
    });
  });

  it('uses the interval of the risk colour', () => {
    expect(computeEnterpriseState(red, [], daysAgo(29), NOW).status).toBe('ok');
    expect(computeEnterpriseState(red, [], daysAgo(31), NOW).status).toBe('inspection-due');
    expect(computeEnterpriseState(blue, [], daysAgo(179), NOW).status).toBe('ok');
    expect(computeEnterpriseState(blue, [], daysAgo(181), NOW).status).toBe('inspection-due');
    expect(computeEnterpriseState(red, [], daysAgo(10), NOW).nextInspectionDue).toBe(daysAgo(-20));
  });

  it('counts open, major and overdue hazards and takes the worst status', () => {
    const general = hazard({ id: 'a' });
    const major = hazard({ id: 'b', level: 'major' });
    const late = hazard({ id: 'c', deadline: daysAgo(1) });
    const rectified = hazard({
      id: 'd',
      level: 'major',
      deadline: daysAgo(2),
      rectifiedAt: daysAgo(3),
      rectificationRef: 'R',
    });
    const inspected = daysAgo(1);
    expect(computeEnterpriseState(red, [general], inspected, NOW).status).toBe('open-hazards');
    expect(computeEnterpriseState(red, [general, major], inspected, NOW).status).toBe('major-hazard');
    expect(computeEnterpriseState(red, [general, major, late, rectified], inspected, NOW)).toEqual({
      id: 'E0001',
      status: 'overdue',
      openHazards: 3,
      majorHazards: 1,
      overdueHazards: 1,
      lastInspectionAt: inspected,
      nextInspectionDue: daysAgo(-29),
    });
    expect(computeEnterpriseState(red, [rectified], inspected, NOW).status).toBe('ok');
  });

  it('puts open hazards above a due inspection', () => {
    expect(computeEnterpriseState(red, [hazard({})], null, NOW).status).toBe('open-hazards');
  });
});

describe('isHazardOpenAt', () => {
  const hazard = {
    id: 'H1',
    enterpriseId: 'E0001',
    inspectionRef: 'JC1',
    level: 'general' as const,
    description: '灭火器过期',
    foundAt: '2026-03-02T02:00:00Z',
    deadline: '2026-03-09T02:00:00Z',
    campaign: 'routine' as const,
    rectifiedAt: '2026-03-05T02:00:00Z',
    rectificationRef: 'ZG1',
  };
  it('is open from its finding until its rectification, not before or after', () => {
    expect(isHazardOpenAt(hazard, Date.parse('2026-03-01T00:00:00Z'))).toBe(false);
    expect(isHazardOpenAt(hazard, Date.parse('2026-03-03T00:00:00Z'))).toBe(true);
    expect(isHazardOpenAt(hazard, Date.parse('2026-03-06T00:00:00Z'))).toBe(false);
    expect(isHazardOpenAt({ ...hazard, rectifiedAt: null }, Date.parse('2026-04-01T00:00:00Z'))).toBe(true);
  });
});
