// The cases in the order they opened, kept from each delta: the lists of newest cases and the map's
// rings for new ones read the newest end instead of looking at every case on every frame.
import type { Case } from '../../../core/domain/model';
import { openedMs } from './case-phase';
import { followMap, type MapFollower } from './map-lineage';

/** Opened earlier first; ties by id. */
function before(a: Case, b: Case): boolean {
  const ta = openedMs(a);
  const tb = openedMs(b);
  return ta < tb || (ta === tb && a.id < b.id);
}

export class CasesByOpening {
  /** Oldest first: a new case usually goes on the end. */
  private readonly sorted: Case[] = [];
  private readonly follow: MapFollower<Case> = followMap<Case>({
    reset: (cases) => {
      this.sorted.length = 0;
      this.sorted.push(...[...cases.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)));
    },
    change: (was, now) => {
      const at = was ? this.indexOf(was) : -1;
      if (at >= 0 && now && openedMs(was!) === openedMs(now)) {
        this.sorted[at] = now; // same place: the usual change of state
        return;
      }
      if (at >= 0) this.sorted.splice(at, 1);
      if (now) this.sorted.splice(this.insertionPoint(now), 0, now);
    },
  });

  /** Catches up with the live cases (by their deltas, or afresh). */
  sync(cases: ReadonlyMap<string, Case>): this {
    this.follow(cases);
    return this;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The `limit` newest, newest first. */
  newest(limit: number): Case[] {
    const out: Case[] = [];
    for (let i = this.sorted.length - 1; i >= 0 && out.length < limit; i -= 1) out.push(this.sorted[i]!);
    return out;
  }

  /** Newest first, for as long as the caller reads. */
  *newestFirst(): IterableIterator<Case> {
    for (let i = this.sorted.length - 1; i >= 0; i -= 1) yield this.sorted[i]!;
  }

  /** Where `c` goes: the first index whose case is not before it. */
  private insertionPoint(c: Case): number {
    let lo = 0;
    let hi = this.sorted.length;
    if (hi > 0 && before(this.sorted[hi - 1]!, c)) return hi; // the newest: on the end
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.sorted[mid]!, c)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the entry for `c`'s id, found by its opening time (-1 if absent). */
  private indexOf(c: Case): number {
    const i = this.insertionPoint(c);
    return this.sorted[i]?.id === c.id ? i : this.sorted.findIndex((x) => x.id === c.id);
  }
}
