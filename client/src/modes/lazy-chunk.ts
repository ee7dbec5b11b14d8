// React.lazy for chunks the page may already have loaded (modes/preload.ts starts the page's
// chunks at boot, beside "who is this screen?"). React.lazy suspends on a component's first render
// even when its chunk is in, and React 19 then holds the content back until 300 ms after the
// boundary's fallback was shown (its Suspense throttle): the live map was made about 0.3 s late on
// every open. A chunk already loaded renders at once.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyChunk<T extends ComponentType> {
  Component: LazyExoticComponent<T>;
  /** Starts loading (again only if it failed); every caller gets the same promise. */
  load: () => Promise<T>;
}

/** One load per page; a failed one may be tried again (a chunk that did not load). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, as React.lazy
export function lazyChunk<T extends ComponentType<any>>(load: () => Promise<T>): LazyChunk<T> {
  let loaded: T | null = null;
  const start = once(() => load().then((component) => (loaded = component)));
  const Component = lazy(() => {
    if (!loaded) return start().then((component) => ({ default: component }));
    const module = { default: loaded };
    // Answers at once: React reads a resolved lazy component before it would suspend.
    return { then: (resolve: (m: typeof module) => void) => resolve(module) } as Promise<typeof module>;
  });
  return { Component, load: start };
}
