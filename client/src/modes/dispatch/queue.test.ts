import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/domain/model';
import { makeCase } from '../../test-support/fixtures';
import { NO_FILTERS, buildQueue, type QueueFilters } from './queue';

const NOW = Date.parse('2026-03-04T10:00:00+08:00');
const HOUR = 3_600_000;

/** A registered case whose around-the-clock limit started `startedH` hours ago and runs `limitH` hours. */
function timed(id: string, startedH: number, limitH: number, over: Partial<Case> = {}): Case {
  const from = NOW - startedH * HOUR;
  return makeCase(id, {
    state: 'dispatched',
    openedAt: new Date(from - HOUR).toISOString(),
    sla: {
      from: new Date(from).toISOString(),
      deadline: new Date(from + limitH * HOUR).toISOString(),
      clock: 'around-the-clock',
    },
    ...over,
  });
}

const textOf = (c: Case) =>
  [c.id, c.category, ...c.reports.map((r) => `${r.description ?? ''} ${r.reporter?.name ?? ''}`)].join(' ');

function order(cases: Case[], filters: Partial<QueueFilters> = {}) {
  return buildQueue({ cases, filters: { ...NO_FILTERS, ...filters }, nowMs: NOW, textOf }).items.map(
    (i) => i.case.id,
  );
}

describe('queue order', () => {
  it('puts overdue cases first, the most overdue first', () => {
    const cases = [
      timed('fresh', 1, 10),
      timed('late-1h', 5, 4),
      timed('late-3h', 7, 4),
      makeCase('urgent-new', { severity: 1 }),
    ];
    expect(order(cases)).toEqual(['late-3h', 'late-1h', 'urgent-new', 'fresh']);
  });

  it('puts cases nearly out of time and urgent cases next, least time left first', () => {
    const cases = [
      timed('routine-plenty', 1, 48),
      timed('warning-2h-left', 6, 8), // 75 %
      timed('urgent-30min-left', 0.5, 1, { severity: 1 }),
      timed('urgent-plenty', 1, 48, { severity: 1 }),
    ];
    expect(order(cases)).toEqual(['urgent-30min-left', 'warning-2h-left', 'urgent-plenty', 'routine-plenty']);
  });

  it('orders the rest by severity, then time left, then waiting for the desk, then age', () => {
    const cases = [
      timed('sev3-short', 1, 5, { severity: 3 }),
      timed('sev2-long', 1, 40, { severity: 2 }),
      makeCase('sev3-reported-old', { openedAt: new Date(NOW - 9 * HOUR).toISOString() }),
      makeCase('sev3-reported-new', { openedAt: new Date(NOW - 1 * HOUR).toISOString() }),
      makeCase('sev3-in-field-old', {
        state: 'postponed',
        openedAt: new Date(NOW - 20 * HOUR).toISOString(),
      }),
    ];
    expect(order(cases)).toEqual([
      'sev2-long',
      'sev3-short',
      'sev3-reported-old',
      'sev3-reported-new',
      'sev3-in-field-old',
    ]);
  });

  it('leaves closed and rejected cases out, and counts what is open', () => {
    const view = buildQueue({
      cases: [
        makeCase('a', { state: 'closed' }),
        makeCase('b', { state: 'rejected' }),
        timed('c', 5, 4),
        timed('d', 7, 8),
      ],
      filters: NO_FILTERS,
      nowMs: NOW,
      textOf,
    });
    expect(view.items.map((i) => i.case.id)).toEqual(['c', 'd']);
    expect({ open: view.open, overdue: view.overdue, warning: view.warning }).toEqual({
      open: 2,
      overdue: 1,
      warning: 1,
    });
  });

  it('does not count a handled case as overdue: its clock stopped', () => {
    const handledLate = timed('handled', 10, 4, {
      state: 'handled',
      updatedAt: new Date(NOW - 8 * HOUR).toISOString(),
    });
    expect(buildQueue({ cases: [handledLate], filters: NO_FILTERS, nowMs: NOW, textOf }).overdue).toBe(0);
  });
});

describe('queue filters and search', () => {
  const cases = [
    makeCase('A1', { state: 'reported', category: 'noise', sources: ['hotline'] }),
    makeCase('A2', {
      state: 'registered',
      category: 'road-damage',
      communityCode: '320507006002',
      sources: ['camera', 'resident'],
    }),
    timed('A3', 5, 4, { category: 'noise' }),
    timed('A4', 7, 8),
    makeCase('A5', {
      reports: [
        {
          id: 'resident:1',
          source: 'resident',
          sourceRef: '1',
          category: 'garbage-overflow',
          at: '2026-03-04T01:00:00Z',
          receivedAt: '2026-03-04T01:00:00Z',
          location: { lon: 120.57, lat: 31.47 },
          description: '小区门口垃圾桶满溢',
          reporter: { name: '张三' },
        },
      ],
    }),
  ];

  it('filters by state, category, community and source', () => {
    expect(order(cases, { states: ['reported'] })).toEqual(['A1', 'A5']);
    expect(order(cases, { states: ['registered', 'dispatched'] }).sort()).toEqual(['A2', 'A3', 'A4']);
    expect(order(cases, { category: 'noise' })).toEqual(['A3', 'A1']);
    expect(order(cases, { community: '320507006002' })).toEqual(['A2']);
    expect(order(cases, { source: 'camera' })).toEqual(['A2']);
  });

  it('filters overdue, and overdue-or-nearly', () => {
    expect(order(cases, { timing: 'overdue' })).toEqual(['A3']);
    expect(order(cases, { timing: 'warning' })).toEqual(['A3', 'A4']);
  });

  it('searches every word in the case text, ignoring case and full-width forms', () => {
    expect(order(cases, { search: '垃圾桶' })).toEqual(['A5']);
    expect(order(cases, { search: '张三 满溢' })).toEqual(['A5']);
    expect(order(cases, { search: '张三 噪声' })).toEqual([]);
    expect(order(cases, { search: 'ａ２' })).toEqual(['A2']); // full-width, lower case
    expect(order(cases, { search: '   ' })).toHaveLength(5);
  });
});
