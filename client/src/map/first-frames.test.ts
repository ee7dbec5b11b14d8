import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { holdDrawing, holdUntilLoaded, markShown } from './first-frames';

describe('markShown', () => {
  afterEach(() => performance.clearMarks());

  it('marks in the task after the one drawing the frame (which ends with its commit)', async () => {
    markShown('caohu:test-shown');
    await Promise.resolve(); // microtasks still belong to the frame's task
    expect(performance.getEntriesByName('caohu:test-shown')).toHaveLength(0);
    // A message's task: Node does not order it against a timer's, so wait for it rather than a timer.
    await vi.waitFor(() => expect(performance.getEntriesByName('caohu:test-shown')).toHaveLength(1));
  });
});

/** A canvas whose context records the calls that reach its prototype's methods. */
function canvasWithContext() {
  const reached: string[] = [];
  const proto = {
    clear: () => reached.push('clear'),
    drawElements: () => reached.push('drawElements'),
    drawArrays: () => reached.push('drawArrays'),
    useProgram: () => reached.push('useProgram'),
  };
  const gl = Object.create(proto) as typeof proto;
  const canvas = { getContext: (type: string) => (type === 'webgl2' ? gl : null) };
  return { canvas: canvas as unknown as HTMLCanvasElement, gl, reached };
}

describe('holdDrawing', () => {
  it('leaves out the pixels until released, and keeps every other call', () => {
    const { canvas, gl, reached } = canvasWithContext();
    const release = holdDrawing(canvas);
    gl.useProgram();
    gl.clear();
    gl.drawElements();
    gl.drawArrays();
    expect(reached).toEqual(['useProgram']);
    release();
    gl.clear();
    gl.drawElements();
    gl.drawArrays();
    expect(reached).toEqual(['useProgram', 'clear', 'drawElements', 'drawArrays']);
  });

  it('does nothing for a canvas without a WebGL 2 context', () => {
    const canvas = { getContext: () => null } as unknown as HTMLCanvasElement;
    expect(() => holdDrawing(canvas)()).not.toThrow();
  });
});

describe('holdUntilLoaded', () => {
  afterEach(() => vi.useRealTimers());

  /** A map with three sources, the first loaded, drawing into a recording context. */
  function fakeMap() {
    const { canvas, gl, reached } = canvasWithContext();
    const sources = { boundary: {}, roads: {}, enterprises: {} };
    const loaded = new Set(['boundary']);
    const listeners = new Map<string, Set<() => void>>();
    let repaints = 0;
    const map = {
      getStyle: () => ({ sources }),
      getSource: (id: string) => sources[id as keyof typeof sources],
      isSourceLoaded: (id: string) => loaded.has(id),
      getCanvas: () => canvas,
      on: (type: string, listener: () => void) =>
        listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
      off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
      triggerRepaint: () => repaints++,
    };
    const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((listener) => listener());
    const draw = () => gl.drawElements();
    const source = (id: string) => (loaded.add(id), fire('sourcedata'));
    return { map: map as unknown as MapLibreMap, reached, fire, draw, source, repaints: () => repaints };
  }

  it('leaves frames out until every source is in, then asks for one frame with them all', () => {
    const m = fakeMap();
    holdUntilLoaded(m.map);
    m.source('roads');
    m.draw();
    expect(m.reached).toEqual([]);
    expect(m.repaints()).toBe(0);
    m.source('enterprises');
    expect(m.repaints()).toBe(1);
    m.draw();
    expect(m.reached).toEqual(['drawElements']);
  });

  it('lets the map draw as soon as it moves, or after the longest hold', () => {
    vi.useFakeTimers();
    const moved = fakeMap();
    holdUntilLoaded(moved.map);
    moved.fire('movestart');
    moved.draw();
    expect(moved.reached).toEqual(['drawElements']);

    const slow = fakeMap();
    holdUntilLoaded(slow.map, 1000);
    vi.advanceTimersByTime(999);
    slow.draw();
    expect(slow.reached).toEqual([]);
    vi.advanceTimersByTime(1);
    slow.draw();
    expect(slow.reached).toEqual(['drawElements']);
    expect(slow.repaints()).toBe(1);
  });

  it('holds nothing when every source is in already', () => {
    const m = fakeMap();
    m.source('roads');
    m.source('enterprises');
    holdUntilLoaded(m.map);
    m.draw();
    expect(m.reached).toEqual(['drawElements']);
  });
});
