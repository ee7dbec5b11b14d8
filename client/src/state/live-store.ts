// The client's copy of the live state, written only by net/ (through the sync session).
import { create } from 'zustand';
import { EMPTY_LIVE_DATA, type LiveData } from './apply-sync';

export interface LiveStore {
  data: LiveData;
  /** Local clock (ms) when the server was last heard, and the server time it said then. */
  heardAt: number | null;
  heardServerMs: number | null;
  setData: (data: LiveData) => void;
  markHeard: (serverTime: string, localNow?: number) => void;
  /** New data and/or the time last heard, as one change (one render). */
  apply: (patch: { data?: LiveData; heard?: { serverTime: string; at: number } }) => void;
}

function heardFields(serverTime: string, localNow: number): Pick<LiveStore, 'heardAt' | 'heardServerMs'> {
  const serverMs = Date.parse(serverTime);
  return { heardAt: localNow, heardServerMs: Number.isFinite(serverMs) ? serverMs : localNow };
}

export const useLiveStore = create<LiveStore>()((set) => ({
  data: EMPTY_LIVE_DATA,
  heardAt: null,
  heardServerMs: null,
  setData: (data) => set({ data }),
  markHeard: (serverTime, localNow = Date.now()) => set(heardFields(serverTime, localNow)),
  apply: ({ data, heard }) =>
    set({ ...(data ? { data } : {}), ...(heard ? heardFields(heard.serverTime, heard.at) : {}) }),
}));

/**
 * "Now" on the server's clock: the last server time heard plus the time since. Rules about recency
 * (new cases, overdue hazards, new today) use it, so a screen with a wrong clock still agrees with
 * the server.
 */
export function serverNowMs(
  store: Pick<LiveStore, 'heardAt' | 'heardServerMs'>,
  localNow = Date.now(),
): number {
  if (store.heardAt === null || store.heardServerMs === null) return localNow;
  return store.heardServerMs + (localNow - store.heardAt);
}
