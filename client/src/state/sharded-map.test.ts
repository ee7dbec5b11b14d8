import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../core/random/seeded-random';
import { ShardedMap } from './sharded-map';

const sorted = <T>(xs: Iterable<T>) => [...xs].sort();
const contentOf = (map: ReadonlyMap<string, number>) => sorted([...map].map(([k, v]) => `${k}=${v}`));

describe('ShardedMap', () => {
  it('reads as a Map does: get, has, size, keys, values, entries and forEach', () => {
    const map = ShardedMap.of([
      ['AJ20261206-0001', 1],
      ['AJ20261206-0002', 2],
      ['E0001', 3],
    ]);
    expect(map.size).toBe(3);
    expect(map.get('AJ20261206-0002')).toBe(2);
    expect(map.get('AJ20261206-0003')).toBeUndefined();
    expect(map.has('E0001')).toBe(true);
    expect(sorted(map.keys())).toEqual(['AJ20261206-0001', 'AJ20261206-0002', 'E0001']);
    expect(sorted(map.values())).toEqual([1, 2, 3]);
    expect(contentOf(map)).toEqual(['AJ20261206-0001=1', 'AJ20261206-0002=2', 'E0001=3']);
    const seen: string[] = [];
    map.forEach((value, key, self) => {
      expect(self).toBe(map);
      seen.push(`${key}=${value}`);
    });
    expect(sorted(seen)).toEqual(contentOf(map));
    expect(ShardedMap.of([]).size).toBe(0);
    expect([...ShardedMap.of([])]).toEqual([]);
  });

  it('follows a native Map through random changes, and every older version stays as it was', () => {
    const random = createRandom(11);
    const model = new Map<string, number>();
    let map = ShardedMap.of<number>([]);
    const versions: { map: ShardedMap<number>; content: string[] }[] = [];
    for (let step = 0; step < 400; step++) {
      const set: [string, number][] = [];
      const removed: string[] = [];
      for (let k = 0; k < 1 + Math.floor(random.next() * 20); k++) {
        const key = `AJ20261206-${String(Math.floor(random.next() * 3_000)).padStart(4, '0')}`;
        if (random.next() < 0.25) removed.push(key);
        else set.push([key, step * 100 + k]);
      }
      for (const [key, value] of set) model.set(key, value);
      for (const key of removed) model.delete(key);
      if (step % 3 === 0) {
        map.change(set, removed); // a batch not yet shown: in place
      } else {
        versions.push({ map, content: contentOf(map) });
        map = map.with(set, removed);
      }
      expect(map.size).toBe(model.size);
    }
    expect(contentOf(map)).toEqual(contentOf(model));
    for (const [key, value] of model) expect(map.get(key)).toBe(value);
    expect(map.size).toBeGreaterThan(1_000);
    for (const { map: older, content } of versions) expect(contentOf(older)).toEqual(content);
  });

  it('changes in place only the map changed, not the version it was made from', () => {
    const first = ShardedMap.of(Array.from({ length: 2_000 }, (_, i) => [`C${i}`, i] as const));
    const second = first.with([['C5', -5]], ['C6']);
    second.change([['C7', -7]], ['C8']);
    expect([first.get('C5'), first.get('C6'), first.get('C7'), first.get('C8'), first.size]).toEqual([
      5, 6, 7, 8, 2_000,
    ]);
    expect([second.get('C5'), second.has('C6'), second.get('C7'), second.has('C8'), second.size]).toEqual([
      -5,
      false,
      -7,
      false,
      1_998,
    ]);
  });
});
