import { useEffect, useState, type RefObject } from 'react';

/** How many rows of `rowRem` fit in the element's height: lists show whole rows only, no scrollbar. */
export function useFitCount(ref: RefObject<HTMLElement | null>, rowRem: number, max: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setCount(Math.max(0, Math.min(max, Math.floor(element.clientHeight / (rowRem * rem)))));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [ref, rowRem, max]);
  return count;
}
