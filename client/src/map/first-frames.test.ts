import { afterEach, describe, expect, it, vi } from 'vitest';
import { markShown } from './first-frames';

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
