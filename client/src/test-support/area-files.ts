// The street's area files from data/area/, as the page loads them (net/area-loader.ts), for tests.
import { readFileSync } from 'node:fs';
import { AREA_FILES, type AreaFileKey } from '../../../core/domain/area';
import type { AreaData } from '../state/area-store';

export function readAreaFiles(): AreaData {
  const keys = Object.keys(AREA_FILES) as AreaFileKey[];
  return Object.fromEntries(
    keys.map((key) => [key, JSON.parse(readFileSync(`data/area/${AREA_FILES[key]}`, 'utf8')) as unknown]),
  ) as unknown as AreaData;
}
