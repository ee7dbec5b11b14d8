// What the map shows of people in the field: whether this screen shows them at all (the desk does)
// and which of them are recommended for the open case, in order (they are drawn larger, numbered).
import { create } from 'zustand';

export interface MapPeopleStore {
  shown: boolean;
  recommended: readonly string[];
  setShown: (shown: boolean) => void;
  setRecommended: (ids: readonly string[]) => void;
}

const NONE: readonly string[] = [];

export const useMapPeopleStore = create<MapPeopleStore>()((set, get) => ({
  shown: false,
  recommended: NONE,
  setShown: (shown) => set({ shown }),
  setRecommended: (ids) => {
    const current = get().recommended;
    if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
    set({ recommended: ids.length === 0 ? NONE : ids });
  },
}));
