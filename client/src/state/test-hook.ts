// For the browser tests only: window.__caohu = { seq, drawnCaseIds() }. Small on purpose.
import { useLiveStore } from './live-store';

declare global {
  interface Window {
    __caohu?: { seq: number | null; drawnCaseIds: () => string[] };
  }
}

let drawnCaseIds: () => string[] = () => [];

/** The map registers what its incidents layer draws; returns the function that unregisters it. */
export function setDrawnCaseIdsProvider(provider: () => string[]): () => void {
  drawnCaseIds = provider;
  return () => {
    if (drawnCaseIds === provider) drawnCaseIds = () => [];
  };
}

export function installTestHook(): () => void {
  const hook = { seq: useLiveStore.getState().data.seq, drawnCaseIds: () => drawnCaseIds() };
  window.__caohu = hook;
  return useLiveStore.subscribe((state) => {
    hook.seq = state.data.seq;
  });
}
