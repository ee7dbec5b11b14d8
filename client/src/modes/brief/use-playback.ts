// Playing the range: the moment advances at `hoursPerSecond` of range time per real second, and
// stops at the end.
import { useEffect, useRef } from 'react';
import { HOUR_MS } from '../../../../core/domain/time';

export function usePlayback(input: {
  playing: boolean;
  hoursPerSecond: number;
  at: number;
  toMs: number;
  onMove: (at: number) => void;
  onEnd: () => void;
}): void {
  const latest = useRef(input);
  latest.current = input;
  useEffect(() => {
    if (!input.playing) return;
    let frame = 0;
    let last = performance.now();
    let at = latest.current.at;
    const step = (now: number) => {
      const { hoursPerSecond, toMs, onMove, onEnd } = latest.current;
      at = Math.min(toMs, at + ((now - last) / 1000) * hoursPerSecond * HOUR_MS);
      last = now;
      onMove(Math.round(at));
      if (at >= toMs) onEnd();
      else frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [input.playing]);
}
