// A wall screen runs unattended: when a piece of the app failed to load (the server was away while
// a chunk was fetched), the page reloads itself once the server answers again. At most once per
// RELOAD_INTERVAL_MS, so a broken build cannot make it reload in a loop.
import { useConnectionStore } from '../state/connection-store';

const KEY = 'caohu.recoveryReloadAt';
export const RELOAD_INTERVAL_MS = 30_000;

let armed = false;

function lastReloadAt(): number {
  try {
    return Number(sessionStorage.getItem(KEY) ?? 0);
  } catch {
    return 0;
  }
}

function reloadSoon(): void {
  const wait = Math.max(3_000, lastReloadAt() + RELOAD_INTERVAL_MS - Date.now());
  setTimeout(() => {
    try {
      sessionStorage.setItem(KEY, String(Date.now()));
    } catch {
      // Without storage the interval still holds within this page.
    }
    location.reload();
  }, wait);
}

export function reloadWhenBack(reason: unknown): void {
  console.error('caohu: part of the app failed; reloading when the server is back', reason);
  if (armed) return;
  armed = true;
  if (useConnectionStore.getState().link === 'connected') {
    reloadSoon();
    return;
  }
  const unsubscribe = useConnectionStore.subscribe((state) => {
    if (state.link !== 'connected') return;
    unsubscribe();
    reloadSoon();
  });
}
