// For the browser tests only: window.__caohu = { seq, drawnCaseIds(), pagePoint() }. Small on purpose.
import { useLiveStore } from './live-store';

declare global {
  interface Window {
    __caohu?: TestHook;
  }
}

interface TestHook {
  seq: number | null;
  drawnCaseIds: () => string[];
  /** Where a place is on the page (CSS pixels), while a live map is up. */
  pagePoint: (lon: number, lat: number) => [number, number] | null;
}

let drawnCaseIds: () => string[] = () => [];
let pagePoint: TestHook['pagePoint'] = () => null;

/** The map registers what its incidents layer draws and how it places a point; returns the unregister. */
export function setMapTestProviders(providers: Pick<TestHook, 'drawnCaseIds' | 'pagePoint'>): () => void {
  drawnCaseIds = providers.drawnCaseIds;
  pagePoint = providers.pagePoint;
  return () => {
    if (drawnCaseIds === providers.drawnCaseIds) drawnCaseIds = () => [];
    if (pagePoint === providers.pagePoint) pagePoint = () => null;
  };
}

export function installTestHook(): () => void {
  const hook: TestHook = {
    seq: useLiveStore.getState().data.seq,
    drawnCaseIds: () => drawnCaseIds(),
    pagePoint: (lon, lat) => pagePoint(lon, lat),
  };
  window.__caohu = hook;
  return useLiveStore.subscribe((state) => {
    hook.seq = state.data.seq;
  });
}
