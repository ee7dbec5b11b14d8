// The cell-numbering rule, shared by the generator and the tests: within a community, cells are
// numbered north to south by rows (latitude bands), west to east within a row, using each
// cell's area centroid; basic cells first, then dedicated cells by the same rule.
import type { Position } from 'geojson';
import type { CellKind, CommunityKind } from '../../core/domain/area';
import { type Area, areaCentroid } from './geometry';

/** Rows are latitude bands of this height (degrees), counted southwards from ROW_ORIGIN_LAT. */
export const ROW_HEIGHT_DEG: Readonly<Record<CommunityKind, number>> = { community: 0.004, village: 0.009 };
export const ROW_ORIGIN_LAT = 31.55;

export interface NumberedItem {
  kind: CellKind;
  area: Area;
}

export function rowOf(centroid: Position, communityKind: CommunityKind): number {
  return Math.floor((ROW_ORIGIN_LAT - (centroid[1] ?? 0)) / ROW_HEIGHT_DEG[communityKind]);
}

/** Compare two cells of one community by the numbering rule (negative when a comes first). */
export function compareCells(a: NumberedItem, b: NumberedItem, communityKind: CommunityKind): number {
  if (a.kind !== b.kind) return a.kind === 'basic' ? -1 : 1;
  const ca = areaCentroid(a.area);
  const cb = areaCentroid(b.area);
  const rowDiff = rowOf(ca, communityKind) - rowOf(cb, communityKind);
  return rowDiff !== 0 ? rowDiff : (ca[0] ?? 0) - (cb[0] ?? 0);
}

/** The items in numbering order (a sorted copy). */
export function sortCells<T extends NumberedItem>(items: readonly T[], communityKind: CommunityKind): T[] {
  return items.toSorted((a, b) => compareCells(a, b, communityKind));
}
