import { describe, expect, it } from 'vitest';
import { isCaseOpen } from '../../../core/domain/model';
import { makeCase, makeDelta, makeSnapshot, withoutFullPass } from '../test-support/fixtures';
import { applyDelta, applySnapshot, type LiveData } from './apply-sync';
import { arrivalsOf, MAX_SLIDING_IN, selectOpenCasesInCell } from './selectors';

const CELLS = ['320507006001001', '320507006001002', '320507006002001'];
const kase = (i: number, k: number) =>
  makeCase(`C${i}`, { cellCode: CELLS[(i + k) % 3]!, state: (i + k) % 4 === 0 ? 'closed' : 'dispatched' });
const idsIn = (data: LiveData, cell: string) =>
  [...data.cases.values()]
    .filter((c) => c.cellCode === cell && isCaseOpen(c.state))
    .map((c) => c.id)
    .sort();

describe('selectOpenCasesInCell', () => {
  it('follows deltas to the same open cases as a pass over every case, by the changed cases alone', () => {
    let data = applySnapshot(makeSnapshot(1, { cases: Array.from({ length: 30 }, (_, i) => kase(i, 0)) }));
    for (const cell of CELLS)
      expect(
        selectOpenCasesInCell(data, cell)
          .map((c) => c.id)
          .sort(),
      ).toEqual(idsIn(data, cell));
    for (let k = 1; k < 80; k++) {
      const removed = k % 6 === 0 ? { cases: [`C${(k * 5) % 34}`] } : undefined;
      data = applyDelta(
        data,
        makeDelta(data.seq!, data.seq! + 1, { cases: [kase((k * 7) % 34, k)], removed }),
      ).data;
      const lists = withoutFullPass(data.cases, () => CELLS.map((cell) => selectOpenCasesInCell(data, cell)));
      CELLS.forEach((cell, i) => expect(lists[i]!.map((c) => c.id).sort()).toEqual(idsIn(data, cell)));
      expect(lists.flat().every((c) => data.cases.get(c.id) === c)).toBe(true); // the current objects
    }
  });
});

describe('arrivalsOf', () => {
  const list = (...ids: number[]) => ids.map((i) => makeCase(`C${i}`));
  const arriving = (before: ReturnType<typeof list> | null, shown: ReturnType<typeof list>) => [
    ...arrivalsOf(before, shown, MAX_SLIDING_IN),
  ];

  it('slides in the rows newer than any shown before, up to three', () => {
    expect(arriving(list(5, 4, 3, 2), list(6, 5, 4, 3))).toEqual(['C6']);
    expect(arriving(list(5, 4, 3, 2), list(8, 7, 6, 5))).toEqual(['C8', 'C7', 'C6']);
    expect(arriving(list(), list(2, 1))).toEqual(['C2', 'C1']); // the first cases of an empty list
  });

  it('lets a burst just appear, and slides nothing in on the first showing or without news', () => {
    expect(arriving(list(5, 4, 3, 2), list(9, 8, 7, 6))).toEqual([]);
    expect(arriving(null, list(2, 1))).toEqual([]);
    expect(arriving(list(5, 4, 3), list(5, 4, 3, 2))).toEqual([]); // a longer list: older rows below
    expect(arriving(list(5, 4, 3), list(5, 3))).toEqual([]); // a case left the list
  });
});
