import { describe, expect, it } from 'vitest';
import type { Case, ReportRecord } from '../../../core/domain/model';
import { makeCase } from '../test-support/fixtures';
import { shareEqualValues } from './share-equal-values';

const AT = '2026-12-07T02:10:11.123Z';
const LATER = '2026-12-07T02:10:11.180Z';

function report(n: number, overrides: Partial<ReportRecord> = {}): ReportRecord {
  return {
    id: `camera:R${n}`,
    source: 'camera',
    sourceRef: `R${n}`,
    category: 'garbage-overflow',
    at: AT,
    receivedAt: LATER,
    location: { lon: 120.57, lat: 31.47 },
    ...overrides,
  };
}

/** Cases as JSON.parse gives them: no object shared between them. */
function decoded(): Case[] {
  const cases = [
    makeCase('C1', {
      openedAt: AT,
      updatedAt: LATER,
      lastReportAt: AT,
      sources: ['camera'],
      reports: [report(1)],
    }),
    makeCase('C2', {
      state: 'registered',
      openedAt: AT,
      updatedAt: LATER,
      lastReportAt: LATER,
      sources: ['camera', 'resident'],
      reports: [report(2), report(3, { source: 'resident', location: { lon: 120.58, lat: 31.47 } })],
      sla: { from: LATER, deadline: '2026-12-07T06:10:11.180Z', clock: 'working' },
      history: [
        {
          at: LATER,
          action: 'register',
          from: 'reported',
          to: 'registered',
          actor: { kind: 'user', id: 'u1', name: '张三', role: 'dispatcher' },
        },
      ],
    }),
    makeCase('C3', {
      openedAt: AT,
      updatedAt: AT,
      lastReportAt: AT,
      sources: ['camera'],
      reports: [report(4)],
    }),
  ];
  return JSON.parse(JSON.stringify(cases)) as Case[];
}

describe('shareEqualValues', () => {
  it('changes no value', () => {
    const cases = decoded();
    shareEqualValues(cases);
    expect(cases).toEqual(decoded());
  });

  it('gives a report standing where its case does the case’s place, and no other', () => {
    const [c1, c2] = decoded() as [Case, Case];
    shareEqualValues([c1, c2]);
    expect(c1.reports[0]!.location).toBe(c1.location);
    expect(c2.reports[0]!.location).toBe(c2.location);
    expect(c2.reports[1]!.location).not.toBe(c2.location);
    expect(c2.reports[1]!.location).toEqual({ lon: 120.58, lat: 31.47 });
  });

  it('gives cases with the same sources one frozen list, across messages too', () => {
    const first = decoded();
    const second = decoded();
    shareEqualValues(first);
    shareEqualValues(second);
    expect(first[0]!.sources).toBe(first[2]!.sources);
    expect(second[0]!.sources).toBe(first[0]!.sources);
    expect(first[1]!.sources).not.toBe(first[0]!.sources);
    expect(Object.isFrozen(first[1]!.sources)).toBe(true);
  });
});
