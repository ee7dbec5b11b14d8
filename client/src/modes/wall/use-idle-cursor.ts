import { useEffect, useState } from 'react';

/** True once the mouse has not moved for `idleMs`: a wall screen hides its cursor. */
export function useIdleCursor(idleMs = 3_000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), idleMs);
    const onMove = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), idleMs);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
      clearTimeout(timer);
    };
  }, [idleMs]);
  return idle;
}
