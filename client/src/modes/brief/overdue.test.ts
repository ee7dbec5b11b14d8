import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/domain/model';
import { overdueCasesAt } from './overdue';

const H = 3_600_000;
const T0 = Date.parse('2026-11-20T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function registered(id: string, state: Case['state'], deadlineMs: number, community = '320507006001'): Case {
  const at = iso(T0);
  return {
    id,
    category: 'noise',
    severity: 2,
    state,
    location: { lon: 120.56, lat: 31.46 },
    cellCode: `${community}001`,
    communityCode: community,
    openedAt: at,
    updatedAt: at,
    lastReportAt: at,
    sources: ['camera'],
    reports: [],
    sla: { from: at, deadline: iso(deadlineMs), clock: 'around-the-clock' },
  };
}

describe('overdue cases at a moment', () => {
  const cases = [
    registered('late-2h', 'dispatched', T0 + 4 * H),
    registered('late-5h', 'in-progress', T0 + 1 * H),
    registered('in-time', 'dispatched', T0 + 10 * H),
    registered('handled', 'handled', T0 + 1 * H), // its clock stopped at the handling
    registered('other', 'dispatched', T0 + 2 * H, '320507006002'),
  ];

  it('lists running limits past their deadline, the most overdue first', () => {
    const at = T0 + 6 * H;
    expect(overdueCasesAt(cases, at, null).map((c) => [c.id, c.overdueMs / H])).toEqual([
      ['late-5h', 5],
      ['other', 4],
      ['late-2h', 2],
    ]);
    expect(overdueCasesAt(cases, at, '320507006002').map((c) => c.id)).toEqual(['other']);
    expect(overdueCasesAt(cases, T0 + 3 * H, null).map((c) => c.id)).toEqual(['late-5h', 'other']);
  });
});
