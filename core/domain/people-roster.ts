// The roster of responders (data/people/responders.json) and the street's whole roster: the grid
// workers of the area data, then the responders. Checked with this schema when the server starts.
import { z } from 'zod';
import type { CellCollection } from './area';
import { gridWorkersOf, PERSON_KINDS, type Person } from './people';

const lonLat = z.strictObject({
  lon: z.number().finite().min(-180).max(180),
  lat: z.number().finite().min(-90).max(90),
});

export const responderSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and - (at most 64)'),
  name: z.string().trim().min(1).max(64),
  kind: z.enum(PERSON_KINDS).exclude(['grid-worker']),
  base: lonLat,
  communityCode: z.string().min(1).optional(),
  /** A drone's patrol line, flown back and forth. */
  patrol: z.array(lonLat).min(2).max(20).optional(),
});
export type Responder = z.output<typeof responderSchema>;

export const responderFileSchema = z.looseObject({
  version: z.literal(1),
  responders: z.array(responderSchema).max(1000),
});
export type ResponderFile = z.output<typeof responderFileSchema>;

/** Grid workers first, then responders; an id used twice is an error naming it. */
export function buildRoster(cells: CellCollection, responders: readonly Responder[]): Person[] {
  const people = gridWorkersOf(cells);
  const seen = new Set(people.map((p) => p.id));
  for (const r of responders) {
    if (seen.has(r.id)) throw new Error(`person id ${r.id} is used twice`);
    seen.add(r.id);
    people.push({
      id: r.id,
      name: r.name,
      role: 'responder',
      kind: r.kind,
      cellCodes: [],
      ...(r.communityCode ? { communityCode: r.communityCode } : {}),
      base: r.base,
      ...(r.patrol ? { patrol: r.patrol } : {}),
    });
  }
  return people;
}
