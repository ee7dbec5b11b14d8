// How often the map draws for new data. A frame's cost is the main thread's time from the start
// of its animation frame to the end of its commit. With a GPU that is a few milliseconds and frames
// follow the data as it comes. With a software rasteriser (a wall PC without a graphics driver, a
// virtual desktop) one frame of the street costs 100–700 ms, all of it on the main thread: frames
// that follow ten updates a second would leave the page no time for the panels, the socket or a
// dispatcher's click. So the data's frames are spaced to take at most a share of the main thread,
// by what the last frames cost (FramePacer), and the map holds one frame to come, now or after its
// wait (FrameSchedule). A user's own change (a selection, a layer switched, a pan) is drawn at once.
import { afterCommit } from './first-frames';

/** The frames whose median cost sets the pace: one slow frame (a new shader) does not. */
const SAMPLES = 5;

/** Animation (the new cases' rings) while frames can follow at least this often; still rings else. */
const SMOOTH_GAP_MS = 100;

export class FramePacer {
  private readonly costs: number[] = [];
  private lastStart = -Infinity;

  /**
   * @param share the most of the main thread's time the data's frames may take
   * @param maxGapMs the longest a data frame waits however costly frames are: the map at most this
   *   far behind the panels (at 50,000 open cases a software rasteriser's frame takes 1–3 s)
   */
  constructor(
    private readonly share = 1 / 3,
    private readonly maxGapMs = 4_000,
  ) {}

  /**
   * From a frame's callbacks, once its draw calls are issued (deck.gl's `onAfterRender`, MapLibre's
   * `render`): the frame counts from the start of its animation frame (the layers built before the
   * draw) to the end of its commit.
   */
  drawn(): void {
    const startedAt = Number(document.timeline.currentTime ?? performance.now());
    afterCommit(() => this.frame(startedAt, performance.now()));
  }

  /** A frame drawn from `startedAt` whose commit ended at `shownAt` (page time, ms). */
  frame(startedAt: number, shownAt: number): void {
    this.lastStart = Math.max(this.lastStart, startedAt);
    this.costs.push(Math.max(0, shownAt - startedAt));
    if (this.costs.length > SAMPLES) this.costs.shift();
  }

  /** The median cost of the last frames (0 before any). */
  cost(): number {
    if (this.costs.length === 0) return 0;
    const sorted = [...this.costs].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  }

  /** The time from one data frame's start to the next. */
  gap(): number {
    return Math.min(this.cost() / this.share, this.maxGapMs);
  }

  /** How long a data frame asked for at `now` waits before it is drawn. */
  wait(now: number): number {
    return Math.max(0, this.lastStart + this.gap() - now);
  }

  /** Whether frames are cheap enough for motion to look like motion. */
  smooth(): boolean {
    return this.gap() <= SMOOTH_GAP_MS;
  }
}

/** One frame to come: in the next animation frame, or after a wait; the soonest asked for wins. */
export class FrameSchedule {
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerDue = Infinity;

  constructor(private readonly draw: () => void) {}

  /** In the next animation frame. */
  next(): void {
    this.clearTimer();
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.draw();
    });
  }

  /** In the first animation frame `ms` from now, unless a frame is asked for sooner. */
  after(ms: number): void {
    if (this.frame !== null) return;
    if (ms <= 0) return this.next();
    const due = performance.now() + ms;
    if (this.timer !== null && this.timerDue <= due) return;
    this.clearTimer();
    this.timerDue = due;
    this.timer = setTimeout(() => this.next(), ms);
  }

  cancel(): void {
    this.clearTimer();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
  }
}
