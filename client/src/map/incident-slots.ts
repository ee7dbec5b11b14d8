// The incidents layer's data as typed arrays with a fixed slot per case, so that one changed case
// rewrites one slot rather than every object. A case that leaves frees its slot for the next one.
// Closed cases keep their slot with visible = 0 (filtered on the GPU by DataFilterExtension).
import { isCaseOpen, type Case } from '../../../core/domain/model';
import { phaseOf } from '../state/case-phase';
import { categoryColour, PHASE_COLOUR, SEVERITY_RADIUS } from './palette';

export interface SlotAttributes {
  length: number;
  attributes: {
    getPosition: { value: Float64Array; size: 2 };
    getFillColor: { value: Uint8Array; size: 4; normalized: true };
    getLineColor: { value: Uint8Array; size: 4; normalized: true };
    getRadius: { value: Float32Array; size: 1 };
    getFilterValue: { value: Float32Array; size: 1 };
  };
}

const INITIAL_CAPACITY = 256;

export class IncidentSlots {
  private capacity = 0;
  private used = 0; // highest slot in use + 1
  private positions = new Float64Array(0);
  private fillColours = new Uint8Array(0);
  private lineColours = new Uint8Array(0);
  private radii = new Float32Array(0);
  private visible = new Float32Array(0);
  private readonly slotOf = new Map<string, number>();
  private ids: (string | null)[] = [];
  private written: (Case | null)[] = [];
  private free: number[] = [];
  private source: ReadonlyMap<string, Case> | null = null;
  private cached: SlotAttributes | null = null;
  /** Slots rewritten by the last sync (for tests and curiosity). */
  lastWrites = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    this.grow(capacity);
  }

  /** Brings the slots in line with the cases; returns whether anything changed. */
  sync(cases: ReadonlyMap<string, Case>): boolean {
    if (cases === this.source) return false;
    this.source = cases;
    let writes = 0;
    for (const [id, slot] of this.slotOf) {
      if (!cases.has(id)) {
        this.release(id, slot);
        writes += 1;
      }
    }
    for (const c of cases.values()) {
      const slot = this.slotOf.get(c.id);
      if (slot !== undefined && this.written[slot] === c) continue; // same object: unchanged
      this.write(slot ?? this.allocate(c.id), c);
      writes += 1;
    }
    this.lastWrites = writes;
    if (writes > 0) this.cached = null;
    return writes > 0;
  }

  /** deck.gl binary data; a new object after every change, so deck re-uploads the buffers. */
  data(): SlotAttributes {
    this.cached ??= {
      length: this.used,
      attributes: {
        getPosition: { value: this.positions, size: 2 },
        getFillColor: { value: this.fillColours, size: 4, normalized: true },
        getLineColor: { value: this.lineColours, size: 4, normalized: true },
        getRadius: { value: this.radii, size: 1 },
        getFilterValue: { value: this.visible, size: 1 },
      },
    };
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

  private allocate(id: string): number {
    const slot = this.free.pop() ?? this.used;
    if (slot >= this.capacity) this.grow(this.capacity * 2);
    if (slot >= this.used) this.used = slot + 1;
    this.slotOf.set(id, slot);
    this.ids[slot] = id;
    return slot;
  }

  private release(id: string, slot: number): void {
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.written[slot] = null;
    this.visible[slot] = 0;
    this.free.push(slot);
  }

  private write(slot: number, c: Case): void {
    this.written[slot] = c;
    this.positions[slot * 2] = c.location.lon;
    this.positions[slot * 2 + 1] = c.location.lat;
    this.fillColours.set(categoryColour(c.category), slot * 4);
    const phase = phaseOf(c.state);
    this.lineColours.set(phase === 'done' ? [0, 0, 0, 0] : PHASE_COLOUR[phase], slot * 4);
    this.radii[slot] = SEVERITY_RADIUS[c.severity];
    this.visible[slot] = isCaseOpen(c.state) ? 1 : 0;
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Float32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.positions = copy(this.positions, new Float64Array(capacity * 2));
    this.fillColours = copy(this.fillColours, new Uint8Array(capacity * 4));
    this.lineColours = copy(this.lineColours, new Uint8Array(capacity * 4));
    this.radii = copy(this.radii, new Float32Array(capacity));
    this.visible = copy(this.visible, new Float32Array(capacity));
    this.capacity = capacity;
    this.cached = null;
  }
}
