import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../../../core/domain/model';
import { makeCase } from '../../test-support/fixtures';
import { caseHistory } from './case-history';

const report = (id: string, receivedAt: string): ReportRecord => ({
  id,
  source: 'resident',
  sourceRef: id,
  category: 'garbage-overflow',
  at: receivedAt,
  receivedAt,
  location: { lon: 120.57, lat: 31.47 },
});

describe('caseHistory', () => {
  it('lists the reports and the current state in time order', () => {
    const c = makeCase('C1', {
      state: 'dispatched',
      updatedAt: '2025-06-01T09:00:00Z',
      reports: [report('r2', '2025-06-01T08:30:00Z'), report('r1', '2025-06-01T08:00:00Z')],
    });
    expect(caseHistory(c).map((s) => s.kind)).toEqual(['opened', 'report', 'state']);
    expect(caseHistory(c).map((s) => s.at)).toEqual([
      '2025-06-01T08:00:00Z',
      '2025-06-01T08:30:00Z',
      '2025-06-01T09:00:00Z',
    ]);
  });

  it('shows the workflow transitions of the case, with their reasons', () => {
    const actor = { kind: 'user' as const, id: 'u1', role: 'dispatcher' as const };
    const c = makeCase('C1', {
      reports: [report('r1', '2025-06-01T08:00:00Z')],
      state: 'rejected',
      history: [
        { at: '2025-06-01T08:10:00Z', action: 'verify', from: 'reported', to: 'verified', actor },
        {
          at: '2025-06-01T08:20:00Z',
          action: 'reject',
          from: 'verified',
          to: 'rejected',
          actor,
          reason: '重复上报',
        },
      ],
    });
    const steps = caseHistory(c);
    expect(steps.map((s) => (s.kind === 'state' ? s.state : s.kind))).toEqual([
      'opened',
      'verified',
      'rejected',
    ]);
    expect(steps.at(-1)).toMatchObject({ note: '重复上报' });
  });
});
