// Where a screen that steers itself (the wall) wants the map to look: the whole street, an area
// (a community on tour) or one point (an urgent case). The map controller follows it; modes that
// never write it keep the whole street in view.
import { create } from 'zustand';

export type Bounds = [west: number, south: number, east: number, north: number];

export type MapFocus =
  | { kind: 'street' }
  | { kind: 'bounds'; key: string; bounds: Bounds }
  | { kind: 'point'; key: string; lon: number; lat: number; zoom: number };

export const STREET_FOCUS: MapFocus = { kind: 'street' };

export interface MapFocusStore {
  focus: MapFocus;
  setFocus: (focus: MapFocus) => void;
}

export const useMapFocusStore = create<MapFocusStore>()((set, get) => ({
  focus: STREET_FOCUS,
  setFocus: (focus) => {
    const current = get().focus;
    const same =
      current.kind === focus.kind && ('key' in focus ? 'key' in current && current.key === focus.key : true);
    if (!same) set({ focus });
  },
}));
