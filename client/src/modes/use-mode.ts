import { useEffect, useState } from 'react';
import { modeForPath, type ModeId } from './routes';

/** The mode of the current path, following history navigation. */
export function useMode(): ModeId {
  const [mode, setMode] = useState(() => modeForPath(location.pathname));
  useEffect(() => {
    const onPop = () => setMode(modeForPath(location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return mode;
}
