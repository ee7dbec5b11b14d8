// The live data's entity maps: a string-keyed map that is never changed once shown, whose next
// version shares every shard its changes do not touch. A delta of ten cases on a street holding
// 50,000 copies about ten shards of 200 entries instead of the whole map (8 ms and 1.8 MB a
// delta, ten deltas a second). Shards split as the map grows (MAX_PER_SHARD entries on average)
// up to MAX_BITS: a copied shard lives until a change replaces it, long enough to reach the old
// generation when there are many, so more shards measured more major GCs (docs/BENCHMARKS.md).
// Reading is a native Map's: iteration walks the shards' own Maps (order: shard by shard,
// insertion within one), a lookup hashes the key's end first. Persistent hash tries
// (Immutable.js) share more but iterate 60 times slower and look up 15 times slower than a Map,
// and every panel iterates the cases.

const MAX_PER_SHARD = 64;
const MAX_BITS = 8; // 256 shards, reached at 16,384 entries
/** Ids differ at their end (AJ20261206-0042, E0123): hashing the last characters is enough. */
const HASHED_CHARS = 8;

function hashOf(key: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = Math.max(0, key.length - HASHED_CHARS); i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  return h ^ (h >>> 16);
}

/** The fewest shard bits that keep `count` entries within MAX_PER_SHARD a shard on average. */
function bitsFor(count: number): number {
  let bits = 0;
  while (bits < MAX_BITS && count > MAX_PER_SHARD << bits) bits += 1;
  return bits;
}

/** Walks the shards one after another without a generator's cost per entry. */
class ShardIterator<T, R> implements MapIterator<R> {
  private next_ = 0;
  private current: Iterator<R> | null = null;
  constructor(
    private readonly shards: readonly Map<string, T>[],
    private readonly read: (shard: Map<string, T>) => Iterator<R>,
  ) {}

  next(): IteratorResult<R, undefined> {
    for (;;) {
      if (this.current) {
        const step = this.current.next();
        if (!step.done) return step;
      }
      if (this.next_ >= this.shards.length) return { done: true, value: undefined };
      this.current = this.read(this.shards[this.next_++]!);
    }
  }

  [Symbol.iterator](): this {
    return this;
  }
}

export class ShardedMap<T> implements ReadonlyMap<string, T> {
  private constructor(
    private shards: Map<string, T>[],
    /** Which shards this version made itself (the rest it shares, and copies before a change). */
    private own: Uint8Array,
    private count: number,
  ) {}

  static of<T>(entries: Iterable<readonly [string, T]>): ShardedMap<T> {
    const all = [...entries];
    const map = new ShardedMap<T>([], new Uint8Array(0), 0);
    map.split(bitsFor(all.length), all);
    return map;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): T | undefined {
    return this.shards[this.indexOf(key)]!.get(key);
  }

  has(key: string): boolean {
    return this.shards[this.indexOf(key)]!.has(key);
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const shard of this.shards) shard.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  keys(): MapIterator<string> {
    return new ShardIterator(this.shards, (shard) => shard.keys());
  }

  values(): MapIterator<T> {
    return new ShardIterator(this.shards, (shard) => shard.values());
  }

  entries(): MapIterator<[string, T]> {
    return new ShardIterator(this.shards, (shard) => shard.entries());
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  /** A new map: this one with `set` set and `removed` gone. This one is not changed. */
  with(set: Iterable<readonly [string, T]>, removed: Iterable<string> = []): ShardedMap<T> {
    const next = new ShardedMap(this.shards.slice(), new Uint8Array(this.shards.length), this.count);
    next.change(set, removed);
    return next;
  }

  /**
   * The same changes made to this map itself: only for a map no one has been given yet (a batch
   * of deltas applied between two frames). Shards shared with older versions are copied first.
   */
  change(set: Iterable<readonly [string, T]>, removed: Iterable<string> = []): void {
    for (const [key, value] of set) {
      const shard = this.ownShard(key);
      if (!shard.has(key)) this.count += 1;
      shard.set(key, value);
    }
    for (const key of removed) if (this.ownShard(key).delete(key)) this.count -= 1;
    const bits = bitsFor(this.count);
    if (1 << bits > this.shards.length) this.split(bits, this.entries());
  }

  /** Spreads `entries` over 2^bits shards of this map's own. */
  private split(bits: number, entries: Iterable<readonly [string, T]>): void {
    const shards = Array.from({ length: 1 << bits }, () => new Map<string, T>());
    let count = 0;
    for (const [key, value] of entries) {
      const shard = shards[hashOf(key) & (shards.length - 1)]!;
      if (!shard.has(key)) count += 1;
      shard.set(key, value);
    }
    this.shards = shards;
    this.own = new Uint8Array(shards.length).fill(1);
    this.count = count;
  }

  private indexOf(key: string): number {
    return hashOf(key) & (this.shards.length - 1);
  }

  private ownShard(key: string): Map<string, T> {
    const index = this.indexOf(key);
    if (!this.own[index]) {
      // forEach, not `new Map(shard)`: the constructor takes an iterator's [key, value] pair per
      // entry, 2.4 times the allocation of the copy itself (docs/BENCHMARKS.md).
      const copy = new Map<string, T>();
      this.shards[index]!.forEach((value, key) => copy.set(key, value));
      this.shards[index] = copy;
      this.own[index] = 1;
    }
    return this.shards[index]!;
  }
}
