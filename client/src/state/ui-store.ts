// What the person at the screen chose: the selected object, the hovered one, the visible layers.
import { create } from 'zustand';

export type PickKind = 'case' | 'enterprise' | 'cell' | 'camera';
export interface PickRef {
  kind: PickKind;
  id: string;
}
export interface HoverRef extends PickRef {
  x: number;
  y: number;
}

export const LAYER_KEYS = ['boundary', 'cells', 'enterprises', 'incidents', 'cameras'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export interface UiStore {
  selected: PickRef | null;
  hover: HoverRef | null;
  visible: Record<LayerKey, boolean>;
  select: (ref: PickRef | null) => void;
  setHover: (hover: HoverRef | null) => void;
  toggleLayer: (key: LayerKey) => void;
}

export const useUiStore = create<UiStore>()((set) => ({
  selected: null,
  hover: null,
  visible: { boundary: true, cells: true, enterprises: true, incidents: true, cameras: true },
  select: (selected) => set({ selected }),
  setHover: (hover) => set({ hover }),
  toggleLayer: (key) => set((s) => ({ visible: { ...s.visible, [key]: !s.visible[key] } })),
}));
