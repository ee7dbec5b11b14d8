// People: the recommendation over many people with the point index (kdbush + geokdbush) against a
// plain sort of every distance (the naive way), giving the same answers; and the projection's cost
// of a position fix (the feed's hot path: fix, trail, status).
import { createLiveState } from '../../core/domain/live-state';
import type { LoggedEvent } from '../../core/domain/model';
import type { Person, PersonView } from '../../core/domain/people';
import { applyEvent } from '../../core/domain/projection';
import { recommendAssignees } from '../../core/domain/recommend';
import { createRandom } from '../../core/random/seeded-random';
import { timeIt, type BenchResult } from './measure';

const T0 = Date.parse('2026-03-04T10:00:00+08:00');
const BOX = { lon: [120.532, 120.605], lat: [31.437, 31.533] } as const;

export function benchPeople(people = 5_000, queries = 2_000, fixes = 100_000): BenchResult[] {
  const rng = createRandom(11);
  const at = (r: number, [a, b]: readonly [number, number]) => a + (b - a) * r;
  const views: PersonView[] = Array.from({ length: people }, (_, i) => ({
    id: `P${i}`,
    name: `P${i}`,
    role: 'responder',
    kind: 'inspector',
    cellCodes: [],
    position: { lon: at(rng.next(), BOX.lon), lat: at(rng.next(), BOX.lat), at: new Date(T0).toISOString() },
    status: 'available',
    openCases: 0,
  }));
  const cases = Array.from({ length: queries }, () => ({
    cellCode: 'none',
    location: { lon: at(rng.next(), BOX.lon), lat: at(rng.next(), BOX.lat) },
  }));
  const picked: string[] = [];
  const indexed = timeIt(`recommend among ${people} people: point index`, queries, () => {
    for (const [i, c] of cases.entries())
      picked[i] = recommendAssignees(c, views, T0, { limit: 5, indexFrom: 64 })
        .map((r) => r.person.id)
        .join();
  });
  let disagreements = 0;
  const naive = timeIt(`recommend among ${people} people: sort all`, queries, () => {
    for (const [i, c] of cases.entries()) {
      const ids = recommendAssignees(c, views, T0, { limit: 5, indexFrom: Infinity })
        .map((r) => r.person.id)
        .join();
      if (ids !== picked[i]) disagreements++;
    }
  });
  if (disagreements > 0) throw new Error(`index and sort disagree on ${disagreements} cases`);

  const roster: Person[] = Array.from({ length: 200 }, (_, i) => ({
    id: `P${i}`,
    name: `P${i}`,
    role: 'grid-worker',
    kind: 'grid-worker',
    cellCodes: [],
  }));
  const state = createLiveState([], { roster, offlineAfterMs: 600_000 });
  const events: LoggedEvent[] = Array.from({ length: fixes }, (_, i) => ({
    seq: i + 1,
    type: 'position.reported',
    at: new Date(T0 + i * 150).toISOString(),
    actor: { kind: 'system', name: 'bench' },
    personId: `P${i % roster.length}`,
    lon: at(rng.next(), BOX.lon),
    lat: at(rng.next(), BOX.lat),
    fixAt: new Date(T0 + i * 150).toISOString(),
  }));
  let runs = 0;
  const apply = timeIt('position fix applied (fix, trail, status)', fixes, () => {
    // A fresh state each run: fixes only move a person forward in time.
    const s = runs++ === 0 ? state : createLiveState([], { roster, offlineAfterMs: 600_000 });
    for (const e of events) applyEvent(s, e);
  });
  return [
    { ...indexed, budget: '≥ 2,000 /s', ok: indexed.perSecond >= 2_000 },
    { ...naive, budget: 'naive', ok: true },
    { ...apply, budget: '≥ 10,000 /s', ok: apply.perSecond >= 10_000 },
  ];
}
