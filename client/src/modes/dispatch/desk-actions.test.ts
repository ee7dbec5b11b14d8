import { describe, expect, it } from 'vitest';
import type { CaseActionResponse } from '../../../../core/protocol/case-actions';
import { makeCase } from '../../test-support/fixtures';
import { buildRequests, lastChangedBy, noticesOf } from './desk-actions';

describe('desk actions', () => {
  it('sends one request per case with the updatedAt the dispatcher saw', () => {
    const a = makeCase('A', { updatedAt: '2026-03-04T02:00:00.000Z' });
    const b = makeCase('B', { updatedAt: '2026-03-04T02:05:00.000Z' });
    expect(
      buildRequests('dispatch', [a, b], {
        assignee: { id: 'GW1', name: '朱浩', role: 'grid-worker' },
        reason: '  ',
      }),
    ).toEqual([
      {
        caseId: 'A',
        action: 'dispatch',
        ifUpdatedAt: '2026-03-04T02:00:00.000Z',
        assignee: { id: 'GW1', name: '朱浩', role: 'grid-worker' },
      },
      {
        caseId: 'B',
        action: 'dispatch',
        ifUpdatedAt: '2026-03-04T02:05:00.000Z',
        assignee: { id: 'GW1', name: '朱浩', role: 'grid-worker' },
      },
    ]);
    expect(buildRequests('reject', [a], { reason: ' 重复上报 ' })[0]?.reason).toBe('重复上报');
  });

  it('says who changed a conflicting case and to what, and why other items were refused', () => {
    const now = makeCase('A', {
      state: 'dispatched',
      history: [
        {
          at: '2026-03-04T02:00:00.000Z',
          action: 'dispatch',
          from: 'registered',
          to: 'dispatched',
          actor: { kind: 'user', id: 'u2', name: '王敏', role: 'dispatcher' },
        },
      ],
    });
    const response: CaseActionResponse = {
      accepted: 1,
      rejected: 2,
      results: [
        { index: 0, status: 'rejected', caseId: 'A', code: 'conflict', reason: 'changed', case: now },
        { index: 1, status: 'accepted', caseId: 'B', state: 'dispatched', seq: 9, case: makeCase('B') },
        {
          index: 2,
          status: 'rejected',
          caseId: 'C',
          code: 'wrong-state',
          field: 'state',
          reason: 'cannot dispatch',
        },
      ],
    };
    expect(noticesOf('dispatch', response)).toEqual([
      { kind: 'done', action: 'dispatch', count: 1 },
      { kind: 'conflict', caseId: 'A', by: '王敏', state: 'dispatched' },
      { kind: 'refused', action: 'dispatch', caseId: 'C', field: 'state', reason: 'cannot dispatch' },
    ]);
  });

  it('names nobody when the latest change was not a person', () => {
    expect(lastChangedBy(makeCase('A'))).toBeNull();
    expect(
      lastChangedBy(
        makeCase('A', {
          history: [
            {
              at: '2026-03-04T02:00:00.000Z',
              action: 'register',
              from: 'reported',
              to: 'registered',
              actor: { kind: 'system', name: 'simulator' },
            },
          ],
        }),
      ),
    ).toBeNull();
  });
});
