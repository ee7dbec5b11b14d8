import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdDrawing, markShown } from './first-frames';

describe('markShown', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    performance.clearMarks();
  });

  it('marks on the next animation frame, not while the frame is still being drawn', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    markShown('caohu:test-shown');
    expect(performance.getEntriesByName('caohu:test-shown')).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames[0]!(performance.now());
    expect(performance.getEntriesByName('caohu:test-shown')).toHaveLength(1);
  });
});

describe('holdDrawing', () => {
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
