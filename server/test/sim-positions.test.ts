// The simulated people move believably: on shift they report about every 30 s, grid workers
// inside their cells; at night only the around-the-clock responders report; a person given a case
// heads for it; a drone flies its patrol line.
import { describe, expect, it } from 'vitest';
import { createLiveState } from '../../core/domain/live-state';
import type { Person } from '../../core/domain/people';
import { createCellIndex } from '../../core/geo/cell-index';
import { convertLonLat } from '../../core/geo/crs';
import { haversineM } from '../../core/geo/distance';
import { createRandom } from '../../core/random/seeded-random';
import { loadArea } from '../src/area/load-area';
import { createPositionSimulator } from '../src/feeds/sim-positions';
import { preparePlaces } from '../src/feeds/sim-places';
import { loadRoster } from '../src/people/load-roster';
import { AREA_DIR } from './helpers';

const area = loadArea(AREA_DIR);
const cells = createCellIndex(area.cells);
const places = preparePlaces(area, cells);
const roster = loadRoster('data/people/responders.json', area.cells);
const at = (hhmm: string) => Date.parse(`2026-03-04T${hhmm}:00+08:00`); // a Wednesday

function run(
  people: readonly Person[],
  fromMs: number,
  seconds: number,
  setup?: (s: ReturnType<typeof createLiveState>) => void,
) {
  const state = createLiveState([], { roster: people, offlineAfterMs: 600_000 });
  setup?.(state);
  const sim = createPositionSimulator({ places, roster: people, random: createRandom(3) });
  const fixes = [];
  for (let t = 0; t <= seconds; t += 1) fixes.push(...sim.step(state, fromMs + t * 1000));
  return fixes.map((f) => ({ ...f, wgs: convertLonLat(f, f.crs ?? 'WGS84', 'WGS84') }));
}

describe('simulated people', () => {
  it('report about every 30 s on shift, grid workers inside their own cells (sent as GCJ-02)', () => {
    const fixes = run(roster, at('10:00'), 600);
    const perPerson = new Map<string, number>();
    for (const f of fixes) perPerson.set(f.personId, (perPerson.get(f.personId) ?? 0) + 1);
    expect(perPerson.size).toBe(roster.length); // everyone is on shift on a Wednesday at 10:00
    for (const n of perPerson.values()) expect(n).toBeGreaterThanOrEqual(18);
    for (const n of perPerson.values()) expect(n).toBeLessThanOrEqual(23);
    const workers = fixes.filter((f) => f.personId.startsWith('GW'));
    expect(workers.every((f) => f.crs === 'GCJ02')).toBe(true);
    const outside = workers.filter((f) => {
      const cell = cells.lookup(f.wgs.lon, f.wgs.lat);
      return roster.find((p) => p.id === f.personId)!.cellCodes[0] !== cell?.code;
    });
    expect(outside.length / workers.length).toBeLessThan(0.05); // GPS noise at the edges only
  });

  it('are quiet off duty: at 02:00 only the fire station and the police report', () => {
    const fixes = run(roster, at('02:00'), 120);
    const kinds = new Set(fixes.map((f) => roster.find((p) => p.id === f.personId)!.kind));
    expect([...kinds].sort()).toEqual(['fire-station', 'police']);
  });

  it('head for the case they are given, and drones fly their patrol line', () => {
    const worker = roster.find((p) => p.id === 'GW320507006001001')!;
    const drone = roster.find((p) => p.kind === 'drone' && p.patrol)!;
    const target = { lon: 120.592, lat: 31.482 }; // another cell, about 2 km away
    const fixes = run([worker, drone], at('10:00'), 900, (state) => {
      state.cases.set('AJ1', {
        id: 'AJ1',
        category: 'road-damage',
        severity: 'normal',
        state: 'in-progress',
        location: target,
        cellCode: '320507006004002',
        communityCode: '320507006004',
        openedAt: '',
        updatedAt: '',
        lastReportAt: '',
        sources: ['camera'],
        reports: [],
        assignee: { id: worker.id, role: 'grid-worker' },
      } as never);
      state.caseLoad.set(worker.id, new Set(['AJ1']));
    });
    const mine = fixes.filter((f) => f.personId === worker.id);
    const first = haversineM(mine[0]!.wgs, target);
    const last = haversineM(mine.at(-1)!.wgs, target);
    expect(first).toBeGreaterThan(1000);
    expect(last).toBeLessThan(30); // 15 minutes on an e-bike
    const flown = fixes.filter((f) => f.personId === drone.id);
    const [a, b] = drone.patrol!;
    const span = haversineM(a!, b!);
    for (const f of flown) expect(haversineM(a!, f.wgs) + haversineM(f.wgs, b!)).toBeLessThan(span + 3000);
    const travelled = flown.slice(1).reduce((m, f, i) => m + haversineM(flown[i]!.wgs, f.wgs), 0);
    expect(travelled).toBeGreaterThan(7000); // about 10 m/s for 15 minutes
  });
});
