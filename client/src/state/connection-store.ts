// The state of the link to the server, as the socket reports it.
import { create } from 'zustand';

export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionStore {
  link: LinkState;
  /** Local ms since when the link is in this state. */
  linkSince: number;
  protocolMismatch: boolean;
  syncError: string | null;
  setLink: (link: LinkState, at?: number) => void;
  setProtocolMismatch: () => void;
  setSyncError: (reason: string | null) => void;
}

export const useConnectionStore = create<ConnectionStore>()((set, get) => ({
  link: 'connecting',
  linkSince: Date.now(),
  protocolMismatch: false,
  syncError: null,
  setLink: (link, at = Date.now()) => {
    if (get().link !== link) set({ link, linkSince: at });
  },
  setProtocolMismatch: () => set({ protocolMismatch: true }),
  setSyncError: (syncError) => set({ syncError }),
}));
