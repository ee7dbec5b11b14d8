// The briefing's view, read from the address once and written back to it (replaceState, debounced:
// playback moves the moment many times a second).
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseBriefView, writeBriefView, type BriefView } from './brief-view';

const WRITE_DELAY_MS = 250;

export function useBriefView(): [BriefView, (change: Partial<BriefView>) => void] {
  const [view, setView] = useState(() => parseBriefView(location.search));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const url = `${location.pathname}${writeBriefView(view)}`;
      if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [view]);
  const update = useCallback((change: Partial<BriefView>) => setView((v) => ({ ...v, ...change })), []);
  return [view, update];
}
