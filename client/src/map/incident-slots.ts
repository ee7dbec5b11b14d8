// The incidents layer's data as typed arrays with a fixed slot per case, so that one changed case
// rewrites one slot rather than every object. A case that leaves frees its slot for the next one.
// Closed cases keep their slot with visible = 0 (filtered on the GPU by DataFilterExtension).
// Catching up with the store follows the changed ids of its deltas (state/map-lineage.ts), and
// deck.gl is told which slots changed (`dataDiff`), so it recomputes and uploads only those rows.
import type { AccessorContext, Color, Position } from '@deck.gl/core';
import { isCaseOpen, type Case } from '../../../core/domain/model';
import { phaseOf } from '../state/case-phase';
import { followMap } from '../state/map-lineage';
import { categoryColour, PHASE_COLOUR, SEVERITY_RADIUS } from './palette';

/** What the layer gets as `data`: a new object after every change. */
export interface SlotData {
  length: number;
  version: number;
}

export interface SlotRange {
  startRow: number;
  endRow: number;
}

const INITIAL_CAPACITY = 256;
/**
 * How changed rows go to deck.gl. Each range costs a loop per attribute and a buffer upload
 * (≈ 16 µs for this layer's five attributes), each row in it a call per attribute (≈ 0.4 µs): a
 * gap of up to `bridgeRows` rows is cheaper to recompute than to split at, and beyond `maxRanges`
 * the smallest gaps are bridged (scripts/bench/incident-layer.ts measures both ways).
 */
export const RANGE_PLAN = { bridgeRows: 32, maxRanges: 256 };
/** Writes kept in the log (a snapshot's worth falls back to a pass over the slots). */
const LOG_PAIRS = 2_048;
const NO_LINE: readonly number[] = [0, 0, 0, 0];

export class IncidentSlots {
  private capacity = 0;
  private used = 0; // highest slot in use + 1
  private positions = new Float64Array(0);
  private fillColours = new Uint8Array(0);
  private lineColours = new Uint8Array(0);
  private radii = new Float32Array(0);
  private visible = new Float32Array(0);
  /** The version in which each slot was last written. */
  private changedIn = new Uint32Array(0);
  private version = 0;
  /** Recent writes as (version, slot) pairs, so the rows changed since a recent version are found
   * without a pass over every slot; versions after `logFrom` are all in it. */
  private log: number[] = [];
  private logFrom = 0;
  private readonly slotOf = new Map<string, number>();
  private ids: (string | null)[] = [];
  private written: (Case | null)[] = [];
  private free: number[] = [];
  private source: ReadonlyMap<string, Case> | null = null;
  private cached: SlotData | null = null;
  /** Slots rewritten, and cases looked at, by the last sync (for tests and curiosity). */
  lastWrites = 0;
  lastExamined = 0;

  /** Catches up by the changed ids of the deltas (state/map-lineage.ts), else by a pass over all. */
  private readonly follow = followMap<Case>({
    reset: (cases) => {
      this.lastExamined = this.slotOf.size + cases.size;
      for (const [id, slot] of this.slotOf) {
        if (!cases.has(id)) {
          this.release(id, slot);
          this.lastWrites += 1;
        }
      }
      for (const c of cases.values()) this.lastWrites += this.update(c.id, c);
    },
    change: (was, now) => {
      this.lastExamined += 1;
      this.lastWrites += this.update((now ?? was)!.id, now);
    },
  });

  /** Row accessors for deck.gl, reading the slots (stable functions: deck compares them). */
  readonly accessors = {
    getPosition: (_: unknown, { index, target }: AccessorContext<unknown>): Position => {
      target[0] = this.positions[index * 2]!;
      target[1] = this.positions[index * 2 + 1]!;
      return target as unknown as Position;
    },
    getFillColor: (_: unknown, { index, target }: AccessorContext<unknown>): Color =>
      this.rgba(this.fillColours, index, target),
    getLineColor: (_: unknown, { index, target }: AccessorContext<unknown>): Color =>
      this.rgba(this.lineColours, index, target),
    getRadius: (_: unknown, { index }: AccessorContext<unknown>): number => this.radii[index]!,
    getFilterValue: (_: unknown, { index }: AccessorContext<unknown>): number => this.visible[index]!,
  };

  /** For deck.gl's `_dataDiff`: the rows changed between two data objects of these slots. */
  readonly dataDiff = (next: SlotData, previous: SlotData | null | undefined): SlotRange[] | null =>
    previous && typeof previous.version === 'number'
      ? this.changedRanges(previous.version, next.length)
      : null;

  constructor(capacity = INITIAL_CAPACITY) {
    this.grow(capacity);
  }

  /** Brings the slots in line with the cases; returns whether anything changed. */
  sync(cases: ReadonlyMap<string, Case>): boolean {
    if (cases === this.source) return false;
    this.source = cases;
    this.version += 1;
    this.lastWrites = 0;
    this.lastExamined = 0;
    this.follow(cases);
    if (this.lastWrites > 0) this.cached = null;
    return this.lastWrites > 0;
  }

  data(): SlotData {
    this.cached ??= { length: this.used, version: this.version };
    return this.cached;
  }

  caseIdAt(slot: number): string | null {
    return this.ids[slot] ?? null;
  }

  /** Ids of the cases drawn (open ones). */
  drawnIds(): string[] {
    const ids: string[] = [];
    for (let slot = 0; slot < this.used; slot += 1) {
      const id = this.ids[slot];
      if (id && this.visible[slot] === 1) ids.push(id);
    }
    return ids;
  }

  /** Rows written after `version`, as ranges: from the log of recent writes, else one pass. */
  changedRanges(version: number, length = this.used): SlotRange[] {
    const slots: number[] = [];
    if (version >= this.logFrom) {
      for (let i = this.log.length - 2; i >= 0 && this.log[i]! > version; i -= 2) {
        if (this.log[i + 1]! < length) slots.push(this.log[i + 1]!);
      }
      slots.sort((a, b) => a - b);
    } else {
      for (let slot = 0; slot < length; slot += 1) if (this.changedIn[slot]! > version) slots.push(slot);
    }
    return planRanges(slots, RANGE_PLAN);
  }

  /** 1 if the slot was (re)written or freed, 0 if the case is the object already written. */
  private update(id: string, c: Case | undefined): number {
    const slot = this.slotOf.get(id);
    if (!c) {
      if (slot === undefined) return 0;
      this.release(id, slot);
      return 1;
    }
    if (slot !== undefined && this.written[slot] === c) return 0;
    this.write(slot ?? this.allocate(id), c);
    return 1;
  }

  private rgba(colours: Uint8Array, index: number, target: number[]): Color {
    for (let i = 0; i < 4; i += 1) target[i] = colours[index * 4 + i]!;
    return target as unknown as Color;
  }

  private allocate(id: string): number {
    const slot = this.free.pop() ?? this.used;
    if (slot >= this.capacity) this.grow(this.capacity * 2);
    if (slot >= this.used) this.used = slot + 1;
    this.slotOf.set(id, slot);
    this.ids[slot] = id;
    return slot;
  }

  private logWrite(slot: number): void {
    this.changedIn[slot] = this.version;
    this.log.push(this.version, slot);
    if (this.log.length > LOG_PAIRS * 4) {
      const dropped = this.log.splice(0, this.log.length - LOG_PAIRS * 2);
      this.logFrom = dropped[dropped.length - 2]!; // that version may be cut in two: not complete
    }
  }

  private release(id: string, slot: number): void {
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.written[slot] = null;
    this.visible[slot] = 0;
    this.logWrite(slot);
    this.free.push(slot);
  }

  private write(slot: number, c: Case): void {
    this.written[slot] = c;
    this.logWrite(slot);
    this.positions[slot * 2] = c.location.lon;
    this.positions[slot * 2 + 1] = c.location.lat;
    this.fillColours.set(categoryColour(c.category), slot * 4);
    const phase = phaseOf(c.state);
    this.lineColours.set(phase === 'done' ? NO_LINE : PHASE_COLOUR[phase], slot * 4);
    this.radii[slot] = SEVERITY_RADIUS[c.severity];
    this.visible[slot] = isCaseOpen(c.state) ? 1 : 0;
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Float32Array | Uint8Array | Uint32Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.positions = copy(this.positions, new Float64Array(capacity * 2));
    this.fillColours = copy(this.fillColours, new Uint8Array(capacity * 4));
    this.lineColours = copy(this.lineColours, new Uint8Array(capacity * 4));
    this.radii = copy(this.radii, new Float32Array(capacity));
    this.visible = copy(this.visible, new Float32Array(capacity));
    this.changedIn = copy(this.changedIn, new Uint32Array(capacity));
    this.capacity = capacity;
    this.cached = null;
  }
}

/**
 * Sorted rows (repeats allowed) as ranges: runs of adjacent rows, joined across gaps of at most
 * `bridgeRows` rows, and then across the smallest gaps until at most `maxRanges` remain (so the ranges
 * cover the fewest unchanged rows that the limit allows).
 */
export function planRanges(
  sortedRows: readonly number[],
  o: { maxRanges: number; bridgeRows: number },
): SlotRange[] {
  const runs: SlotRange[] = [];
  for (const row of sortedRows) {
    const last = runs[runs.length - 1];
    if (last && row <= last.endRow + o.bridgeRows) last.endRow = Math.max(last.endRow, row + 1);
    else runs.push({ startRow: row, endRow: row + 1 });
  }
  if (runs.length <= o.maxRanges) return runs;
  // Keep the widest maxRanges - 1 gaps as splits; bridge the rest.
  const gaps = runs.slice(1).map((run, i) => ({ after: i, width: run.startRow - runs[i]!.endRow }));
  gaps.sort((a, b) => b.width - a.width || a.after - b.after);
  const splits = new Set(gaps.slice(0, Math.max(0, o.maxRanges - 1)).map((g) => g.after));
  const planned: SlotRange[] = [runs[0]!];
  for (let i = 1; i < runs.length; i += 1) {
    if (splits.has(i - 1)) planned.push(runs[i]!);
    else planned[planned.length - 1]!.endRow = runs[i]!.endRow;
  }
  return planned;
}
