// The deltas a reconnecting screen may still be served: per tick, which entities changed and
// between which seqs. Bounded by seqs and by age; beyond it a screen gets a snapshot.
import { addTouched, emptyTouched, touchedSize, type Touched } from '../../../core/domain/live-state';

export interface RetentionLimits {
  maxSeqs: number;
  maxAgeMs: number;
}

interface Entry {
  fromSeq: number;
  seq: number; // fromSeq === seq: a clock-only change
  atMs: number;
  touched: Touched;
}

export class DeltaRetention {
  private entries: Entry[] = [];
  /** The lowest lastSeq that can still be served with a delta. */
  private lowWater: number;

  /**
   * `startSeq` is the seq at boot. A screen that saw this seq before a restart may have missed
   * clock-only changes, so it gets a snapshot: serving starts at startSeq + 1.
   */
  constructor(
    private readonly limits: RetentionLimits,
    startSeq: number,
  ) {
    this.lowWater = startSeq + 1;
  }

  push(fromSeq: number, seq: number, touched: Touched, nowMs: number): void {
    this.entries.push({ fromSeq, seq, atMs: nowMs, touched });
    this.prune(seq, nowMs);
  }

  prune(currentSeq: number, nowMs: number): void {
    let drop = 0;
    for (const e of this.entries) {
      if (currentSeq - e.seq <= this.limits.maxSeqs && nowMs - e.atMs <= this.limits.maxAgeMs) break;
      // A screen at e.seq has an event entry whole; a clock-only entry at e.seq it may have missed.
      this.lowWater = Math.max(this.lowWater, e.fromSeq === e.seq ? e.seq + 1 : e.seq);
      drop += 1;
    }
    if (drop > 0) this.entries.splice(0, drop);
  }

  covers(lastSeq: number, currentSeq: number): boolean {
    return lastSeq >= this.lowWater && lastSeq <= currentSeq;
  }

  /**
   * What a screen at `lastSeq` may lack (resending the latest state is harmless), in a part of
   * about `maxIds` entities (whole ticks, at least one): everything touched up to `toSeq`, where
   * the first tick it leaves out starts; the last part ends at `currentSeq`. `size`: the ids of
   * its ticks (one touched in two ticks counts twice).
   */
  touchedPart(
    lastSeq: number,
    currentSeq: number,
    maxIds: number,
  ): { touched: Touched; toSeq: number; size: number } {
    const part = emptyTouched();
    let size = 0;
    for (let i = this.firstAtOrAfter(lastSeq); i < this.entries.length; i += 1) {
      const e = this.entries[i]!;
      // A screen at e.seq has an event entry whole, not a clock-only one at its seq.
      if (e.seq === lastSeq && e.fromSeq < e.seq) continue;
      const ids = touchedSize(e.touched);
      // A part always moves the screen on: it ends after lastSeq.
      if (size > 0 && size + ids > maxIds && e.fromSeq > lastSeq)
        return { touched: part, toSeq: e.fromSeq, size };
      addTouched(part, e.touched);
      size += ids;
    }
    return { touched: part, toSeq: currentSeq, size };
  }

  /** The index of the first entry whose seq is `seq` or later (entries are in seq order). */
  private firstAtOrAfter(seq: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]!.seq < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entities touched in the ticks after `seq` (one touched in two ticks counts twice). */
  sizeSince(seq: number): number {
    let size = 0;
    for (let i = this.entries.length - 1; i >= 0 && this.entries[i]!.seq > seq; i -= 1) {
      size += touchedSize(this.entries[i]!.touched);
    }
    return size;
  }

  get size(): number {
    return this.entries.length;
  }
}
