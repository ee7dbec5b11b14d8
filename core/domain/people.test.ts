import { describe, expect, it } from 'vitest';
import type { CellCollection } from './area';
import { gridWorkersOf, isOnShift, loadOf, personStatus, type PersonKind, type PersonStatus } from './people';

// Wednesday 2026-03-04 in Shanghai (UTC+8).
const at = (hhmm: string, date = '2026-03-04') => Date.parse(`${date}T${hhmm}:00+08:00`);
const OFFLINE = 10 * 60_000;
const fix = (ms: number) => ({ at: new Date(ms).toISOString() });
const idle = { open: 0, inProgress: 0 };
const working = { open: 2, inProgress: 1 };

describe('people', () => {
  it.each<[string, PersonKind, number, boolean]>([
    ['a grid worker at 10:00', 'grid-worker', at('10:00'), true],
    ['a grid worker at 07:59', 'grid-worker', at('07:59'), false],
    ['a grid worker at 18:00', 'grid-worker', at('18:00'), false],
    ['a grid worker on Saturday', 'grid-worker', at('10:00', '2026-03-07'), true],
    ['an inspector on Saturday', 'inspector', at('10:00', '2026-03-07'), false],
    ['an inspector at 08:29', 'inspector', at('08:29'), false],
    ['the fire station at 03:00', 'fire-station', at('03:00'), true],
    ['the police at 23:00', 'police', at('23:00'), true],
    ['a drone at 17:30', 'drone', at('17:30'), false],
    ['the enforcement team at 19:30', 'enforcement', at('19:30'), true],
  ])('knows the shift: %s', (_what, kind, ms, on) => {
    expect(isOnShift(kind, ms)).toBe(on);
  });

  it.each<[string, PersonKind, number | null, typeof idle, number, PersonStatus]>([
    ['heard a minute ago, nothing to do', 'grid-worker', at('09:59'), idle, at('10:00'), 'available'],
    ['heard a minute ago, working a case', 'grid-worker', at('09:59'), working, at('10:00'), 'busy'],
    ['never heard', 'grid-worker', null, idle, at('10:00'), 'offline'],
    ['not heard for 11 minutes', 'grid-worker', at('09:49'), idle, at('10:00'), 'offline'],
    ['heard exactly 10 minutes ago', 'grid-worker', at('09:50'), idle, at('10:00'), 'available'],
    ['working but not heard for an hour', 'grid-worker', at('09:00'), working, at('10:00'), 'offline'],
    ['after the shift, silent', 'grid-worker', at('17:58'), idle, at('19:00'), 'off-duty'],
    ['after the shift, still on an urgent case', 'grid-worker', at('18:59'), working, at('19:00'), 'busy'],
    [
      'a dispatched (not started) case is no work yet',
      'grid-worker',
      at('09:59'),
      { open: 1, inProgress: 0 },
      at('10:00'),
      'available',
    ],
    ['the fire station at night', 'fire-station', at('02:58'), idle, at('03:00'), 'available'],
  ])('status: %s', (_what, kind, heardMs, load, nowMs, status) => {
    expect(personStatus(kind, heardMs === null ? undefined : fix(heardMs), load, nowMs, OFFLINE)).toBe(
      status,
    );
  });

  it('counts the load: dispatched, in progress and postponed cases; handled ones are done', () => {
    const states = ['dispatched', 'in-progress', 'postponed', 'handled', 'closed', 'in-progress'] as const;
    expect(loadOf(states.map((state) => ({ state })))).toEqual({ open: 4, inProgress: 2 });
  });

  it('takes the grid workers from the cells, one person per id with all their cells', () => {
    const cell = (code: string, workers: { id: string; name: string }[]) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [] },
      properties: {
        code,
        communityCode: code.slice(0, 12),
        name: code,
        nameEn: code,
        kind: 'basic' as const,
        workers: workers.map((w) => ({ ...w, phone: '1' })),
        households: 0,
        population: 0,
      },
    });
    const cells: CellCollection = {
      type: 'FeatureCollection',
      features: [
        cell('320507006001001', [{ id: 'GW1', name: '甲' }]),
        cell('320507006001002', [
          { id: 'GW1', name: '甲' },
          { id: 'GW2', name: '乙' },
        ]),
      ],
    };
    expect(gridWorkersOf(cells)).toEqual([
      expect.objectContaining({
        id: 'GW1',
        cellCodes: ['320507006001001', '320507006001002'],
        kind: 'grid-worker',
      }),
      expect.objectContaining({ id: 'GW2', cellCodes: ['320507006001002'], communityCode: '320507006001' }),
    ]);
  });
});
