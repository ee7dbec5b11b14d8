import { afterEach, describe, expect, it, vi } from 'vitest';
import { FramePacer, FrameSchedule } from './frame-pacer';

describe('FramePacer', () => {
  it('lets the first frame through and any frame while frames are cheap', () => {
    const pacer = new FramePacer();
    expect(pacer.wait(0)).toBe(0);
    pacer.frame(1_000, 1_004); // 4 ms: a GPU's frame
    expect(pacer.gap()).toBe(12);
    expect(pacer.wait(1_016)).toBe(0); // the next animation frame
    expect(pacer.smooth()).toBe(true);
  });

  it('spaces frames so that they take at most its share of the time', () => {
    const pacer = new FramePacer(1 / 3);
    pacer.frame(1_000, 1_300); // 300 ms: a software rasteriser's frame
    expect(pacer.gap()).toBe(900);
    expect(pacer.wait(1_300)).toBe(600); // the next starts 900 ms after this one started
    expect(pacer.wait(1_950)).toBe(0);
    expect(pacer.smooth()).toBe(false);
  });

  it('goes by the median of the last frames, so one slow frame does not set the pace', () => {
    const pacer = new FramePacer(1 / 3);
    for (const [start, cost] of [
      [0, 10],
      [100, 10],
      [200, 1_500], // a new shader compiled
      [2_000, 10],
      [2_100, 10],
    ] as const)
      pacer.frame(start, start + cost);
    expect(pacer.cost()).toBe(10);
    expect(pacer.wait(2_110)).toBe(20);
  });

  it('forgets frames older than the last five', () => {
    const pacer = new FramePacer(1 / 3);
    for (let i = 0; i < 5; i++) pacer.frame(i * 1_000, i * 1_000 + 300);
    for (let i = 5; i < 8; i++) pacer.frame(i * 1_000, i * 1_000 + 10);
    expect(pacer.cost()).toBe(10);
  });

  it('never holds a frame longer than its longest gap', () => {
    const pacer = new FramePacer();
    pacer.frame(0, 1_500);
    expect(pacer.gap()).toBe(4_000);
    expect(pacer.wait(1_500)).toBe(2_500);
  });

  it('counts a frame from the latest start it was told of', () => {
    const pacer = new FramePacer(1 / 3);
    pacer.frame(1_000, 1_100);
    pacer.frame(500, 600); // reported late: does not move the last start back
    expect(pacer.wait(1_100)).toBe(200);
  });

  describe('timing a frame from its callbacks', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('counts from the start of the animation frame to the end of its commit', async () => {
      const frameStart = performance.now() - 200; // the layers were built before the draw
      vi.stubGlobal('document', { timeline: { currentTime: frameStart } });
      const pacer = new FramePacer(1 / 3);
      pacer.drawn();
      expect(pacer.cost()).toBe(0); // the commit is still to come in this task
      await vi.waitFor(() => expect(pacer.cost()).toBeGreaterThanOrEqual(200)); // the next task
      expect(pacer.wait(frameStart)).toBeCloseTo(pacer.gap(), 6);
    });
  });
});

describe('FrameSchedule', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A schedule whose animation frames come 16 ms after they are asked for, on fake timers. */
  function schedule() {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (draw: () => void) => setTimeout(draw, 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    const draws: number[] = [];
    const frames = new FrameSchedule(() => draws.push(Date.now()));
    return { frames, draws, start: Date.now() };
  }

  it('draws once in the next animation frame however often it is asked', () => {
    const { frames, draws, start } = schedule();
    frames.next();
    frames.next();
    frames.after(0);
    vi.advanceTimersByTime(100);
    expect(draws).toEqual([start + 16]);
  });

  it('waits as asked, and a sooner request wins over a later one', () => {
    const { frames, draws, start } = schedule();
    frames.after(1_000);
    frames.after(300); // sooner: replaces the wait
    frames.after(2_000); // later: the frame at 300 ms stands
    vi.advanceTimersByTime(5_000);
    expect(draws).toEqual([start + 316]);
  });

  it('draws at once when asked for the next frame during a wait', () => {
    const { frames, draws, start } = schedule();
    frames.after(1_000);
    frames.next();
    vi.advanceTimersByTime(5_000);
    expect(draws).toEqual([start + 16]);
  });

  it('draws nothing once cancelled', () => {
    const { frames, draws } = schedule();
    frames.after(500);
    frames.cancel();
    frames.next();
    frames.cancel();
    vi.advanceTimersByTime(5_000);
    expect(draws).toEqual([]);
  });
});
