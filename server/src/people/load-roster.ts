// The roster of people in the field: the grid workers of the area data and the responders of
// PEOPLE_FILE (data/people/responders.json), checked with core's schema. Read once at start; a
// bad file stops the server with a message naming it.
import fs from 'node:fs';
import type { CellCollection } from '../../../core/domain/area';
import type { Person } from '../../../core/domain/people';
import { buildRoster, responderFileSchema } from '../../../core/domain/people-roster';

export class RosterDataError extends Error {
  override name = 'RosterDataError';
}

export function loadRoster(file: string, cells: CellCollection): Person[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new RosterDataError(
      missing
        ? `${file} is missing: set PEOPLE_FILE to the roster of responders`
        : `${file} is not valid JSON: ${(err as Error).message}`,
    );
  }
  const parsed = responderFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RosterDataError(
      `${file} does not look like a roster: ${issue?.path.join('.') || '(file)'}: ${issue?.message}`,
    );
  }
  try {
    return buildRoster(cells, parsed.data.responders);
  } catch (err) {
    throw new RosterDataError(`${file}: ${(err as Error).message}`);
  }
}
