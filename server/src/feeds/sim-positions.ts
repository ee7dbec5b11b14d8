// How simulated people move: grid workers walk their cells on shift, everyone heads for the cases
// dispatched to them (e-bikes, cars, drones fly), drones fly their patrol lines in daylight,
// responders wait at their stations; off duty nobody reports. Each on-duty person reports a fix
// about every 30 s, from a phone (GCJ-02, as AMap-based apps send) or a drone (WGS84).
import type { LiveState } from '../../../core/domain/live-state';
import type { LonLat } from '../../../core/domain/model';
import { isOnShift, type Person, type PersonKind } from '../../../core/domain/people';
import { haversineM, offsetM } from '../../../core/geo/distance';
import { convertLonLat } from '../../../core/geo/crs';
import { toIso } from '../../../core/domain/time';
import type { PositionReportInput } from '../../../core/protocol/positions';
import type { Random } from '../../../core/random/seeded-random';
import { randomPointInCell, type Places, type SimCell } from './sim-places';

export const REPORT_EVERY_MS = 30_000;

/** Metres a second: walking a cell, and going to a case. */
const SPEED: Record<PersonKind, { patrol: number; travel: number }> = {
  'grid-worker': { patrol: 1.2, travel: 4 },
  inspector: { patrol: 1.2, travel: 4 },
  enforcement: { patrol: 1.2, travel: 7 },
  police: { patrol: 1.2, travel: 8 },
  'fire-station': { patrol: 1, travel: 8 },
  drone: { patrol: 10, travel: 11 },
};

interface Walker {
  person: Person;
  at: LonLat;
  target: LonLat | null;
  patrol: LonLat[];
  leg: number;
  nextReportMs: number;
}

export interface PositionSimulator {
  /** Moves everyone up to `toMs`; answers the fixes due (feed items, as a device sends them). */
  step(state: LiveState, toMs: number): PositionReportInput[];
}

export function createPositionSimulator(deps: {
  places: Places;
  roster: readonly Person[];
  random: Random;
}): PositionSimulator {
  const { random } = deps;
  const cellByCode = new Map<string, SimCell>(deps.places.cells.map((c) => [c.props.code, c]));
  const homeOf = (p: Person): LonLat => {
    const cell = cellByCode.get(p.cellCodes[0] ?? '') ?? deps.places.cells[0];
    return p.base ?? (cell ? randomPointInCell(cell, random) : { lon: 0, lat: 0 });
  };
  const walkers: Walker[] = deps.roster.map((person) => ({
    person,
    at: homeOf(person),
    target: null,
    patrol: person.patrol ?? [],
    leg: 0,
    nextReportMs: -Infinity,
  }));
  let lastMs: number | null = null;

  /** Where the person is heading now: their case, their patrol, their cell, their station. */
  function targetOf(w: Walker, state: LiveState): { to: LonLat; speed: number } | null {
    const speed = SPEED[w.person.kind];
    for (const id of state.caseLoad.get(w.person.id) ?? []) {
      const c = state.cases.get(id);
      if (c && (c.state === 'dispatched' || c.state === 'in-progress'))
        return { to: c.location, speed: speed.travel };
    }
    if (w.patrol.length >= 2) {
      const to = w.patrol[w.leg % w.patrol.length]!;
      if (haversineM(w.at, to) < 20) w.leg += 1;
      return { to: w.patrol[w.leg % w.patrol.length]!, speed: speed.patrol };
    }
    if (w.person.kind === 'grid-worker') {
      const cell = cellByCode.get(w.person.cellCodes[0] ?? '');
      if (!cell) return null;
      if (!w.target || haversineM(w.at, w.target) < 5) w.target = randomPointInCell(cell, random);
      return { to: w.target, speed: speed.patrol };
    }
    return w.person.base ? { to: w.person.base, speed: speed.travel } : null;
  }

  function move(w: Walker, to: LonLat, metres: number): void {
    const d = haversineM(w.at, to);
    if (d <= metres) {
      w.at = { ...to };
      return;
    }
    const east = (to.lon - w.at.lon) * Math.cos((w.at.lat * Math.PI) / 180);
    const bearing = (Math.atan2(east, to.lat - w.at.lat) * 180) / Math.PI;
    w.at = offsetM(w.at, metres, bearing);
  }

  return {
    step(state, toMs) {
      const dtS = lastMs === null ? 0 : Math.max(0, (toMs - lastMs) / 1000);
      lastMs = toMs;
      const fixes: PositionReportInput[] = [];
      for (const w of walkers) {
        const working = (state.caseLoad.get(w.person.id)?.size ?? 0) > 0;
        if (!working && !isOnShift(w.person.kind, toMs)) continue; // off duty: the phone stays quiet
        const heading = targetOf(w, state);
        if (heading) move(w, heading.to, heading.speed * dtS);
        if (toMs < w.nextReportMs) continue;
        // Spread the reports: each person keeps their own phase.
        w.nextReportMs = toMs + REPORT_EVERY_MS * random.between(0.9, 1.1);
        const drone = w.person.kind === 'drone';
        const noisy = offsetM(w.at, random.between(0, drone ? 2 : 8), random.between(0, 360));
        const sent = drone ? noisy : convertLonLat(noisy, 'WGS84', 'GCJ02');
        fixes.push({
          personId: w.person.id,
          at: toIso(toMs),
          lon: Math.round(sent.lon * 1e6) / 1e6,
          lat: Math.round(sent.lat * 1e6) / 1e6,
          crs: drone ? 'WGS84' : 'GCJ02',
          accuracyM: Math.round(random.between(drone ? 2 : 5, drone ? 5 : 20)),
        });
      }
      return fixes;
    },
  };
}
