import { describe, expect, it } from 'vitest';
import { offsetM } from '../geo/distance';
import type { PersonKind, PersonStatus, PersonView } from './people';
import { etaMinutes, recommendAssignees } from './recommend';

const NOW = Date.parse('2026-03-04T10:00:00+08:00');
const CASE = { location: { lon: 120.57, lat: 31.47 }, cellCode: 'C1' };
const FIX_AT = new Date(NOW - 2 * 60_000).toISOString();

function person(
  id: string,
  kind: PersonKind,
  status: PersonStatus,
  metresNorth: number | null,
  more: Partial<PersonView> = {},
): PersonView {
  const at = metresNorth === null ? null : offsetM(CASE.location, metresNorth, 0);
  return {
    id,
    name: id,
    role: kind === 'grid-worker' ? 'grid-worker' : 'responder',
    kind,
    cellCodes: kind === 'grid-worker' ? ['C9'] : [],
    ...(at ? { position: { ...at, at: FIX_AT } } : {}),
    status,
    openCases: 0,
    ...more,
  };
}

describe('recommendAssignees', () => {
  it.each<[string, PersonView[], string[]]>([
    [
      "the cell's own worker first, even when further away, then the nearest available",
      [
        person('far-own', 'grid-worker', 'available', 2000, { cellCodes: ['C1'] }),
        person('near', 'grid-worker', 'available', 100),
        person('nearer', 'inspector', 'available', 50),
      ],
      ['far-own', 'nearer', 'near'],
    ],
    [
      'an offline own worker is left out; a busy or off-duty one still comes first',
      [
        person('own-offline', 'grid-worker', 'offline', 10, { cellCodes: ['C1'] }),
        person('own-busy', 'grid-worker', 'busy', 500, { cellCodes: ['C1'], openCases: 2 }),
        person('own-off', 'grid-worker', 'off-duty', 900, { cellCodes: ['C1'] }),
        person('other', 'police', 'available', 300),
      ],
      ['own-off', 'own-busy', 'other'],
    ],
    [
      'only available people with a position among the others',
      [
        person('busy', 'grid-worker', 'busy', 10),
        person('off', 'police', 'off-duty', 20),
        person('offline', 'drone', 'offline', 30),
        person('nowhere', 'inspector', 'available', null),
        person('ok', 'enforcement', 'available', 4000),
      ],
      ['ok'],
    ],
  ])('%s', (_what, people, ids) => {
    expect(recommendAssignees(CASE, people, NOW).map((r) => r.person.id)).toEqual(ids);
  });

  it('gives distance, ETA by kind, fix age and load', () => {
    const [drone, walker] = recommendAssignees(
      CASE,
      [
        person('w', 'grid-worker', 'available', 1500, { openCases: 3 }),
        person('d', 'drone', 'available', 1400),
      ],
      NOW,
    );
    expect(drone).toMatchObject({ reason: 'nearest', distanceM: 1400, fixAgeMin: 2, openCases: 0 });
    expect(walker).toMatchObject({ distanceM: 1500, openCases: 3 });
    // 1.5 km by e-bike on streets (×1.3 at 15 km/h) is slower than 1.4 km flown at 40 km/h.
    expect(walker!.etaMin).toBe(etaMinutes('grid-worker', 1500));
    expect(walker!.etaMin).toBeGreaterThan(drone!.etaMin!);
    expect(etaMinutes('grid-worker', 1500)).toBe(Math.ceil(1 + (1500 * 1.3) / 250));
  });

  it('answers the same with the point index as with a plain sort, for a long list', () => {
    const people = Array.from({ length: 300 }, (_, i) =>
      person(`p${i}`, 'grid-worker', 'available', ((i * 7919) % 5000) + 1),
    );
    const plain = recommendAssignees(CASE, people, NOW, { limit: 8, indexFrom: 1000 });
    const indexed = recommendAssignees(CASE, people, NOW, { limit: 8, indexFrom: 10 });
    expect(indexed.map((r) => r.person.id)).toEqual(plain.map((r) => r.person.id));
    expect(indexed).toHaveLength(8);
    const d = indexed.map((r) => r.distanceM!);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });
});
