// Who is working which case (the server's `presence`, to dispatchers), written by net/ only.
import { create } from 'zustand';

export interface PresentUser {
  userId: string;
  name: string;
}

export type PresenceMap = Readonly<Record<string, readonly PresentUser[]>>;

export interface PresenceStore {
  byCase: PresenceMap;
  setPresence: (byCase: PresenceMap) => void;
}

export const usePresenceStore = create<PresenceStore>()((set) => ({
  byCase: {},
  setPresence: (byCase) => set({ byCase }),
}));

/** A well-formed presence message, or null: it comes from the network. */
export function parsePresence(value: unknown): PresenceMap | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, PresentUser[]> = Object.create(null) as Record<string, PresentUser[]>;
  for (const [caseId, list] of Object.entries(value)) {
    if (!Array.isArray(list)) return null;
    const users: PresentUser[] = [];
    for (const entry of list as unknown[]) {
      const e = entry as Partial<PresentUser> | null;
      if (typeof e?.userId !== 'string' || typeof e.name !== 'string') return null;
      users.push({ userId: e.userId, name: e.name });
    }
    out[caseId] = users;
  }
  return out;
}
