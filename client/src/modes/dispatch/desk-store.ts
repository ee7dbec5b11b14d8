// The desk's own state: the queue's filters, the cursor, the open case, the bulk selection, the
// inline form, the help, and the notices the server's answers leave (done, conflict, refused).
import { create } from 'zustand';
import type { CaseState } from '../../../../core/domain/model';
import { INITIAL_DESK, reduceDesk, type DeskContext, type DeskEffect, type DeskState } from './desk-keys';
import type { DeskCommand } from './keymap';
import { NO_FILTERS, type QueueFilters } from './queue';

export type DeskNotice =
  | { id: number; kind: 'done'; action: string; count: number }
  | { id: number; kind: 'conflict'; caseId: string; by: string | null; state: CaseState }
  | { id: number; kind: 'refused'; action: string; caseId?: string; reason: string; field?: string }
  | { id: number; kind: 'error'; reason: string };

export type NewNotice = DeskNotice extends infer N ? (N extends DeskNotice ? Omit<N, 'id'> : never) : never;

export interface DeskStore extends DeskState {
  filters: QueueFilters;
  notices: DeskNotice[];
  /** Actions sent and not answered yet: their buttons wait. */
  pending: number;
  command: (command: DeskCommand, ctx: DeskContext) => DeskEffect | null;
  setFilters: (patch: Partial<QueueFilters>) => void;
  /** A click on a queue row: the cursor goes there and the case opens. */
  openCase: (id: string | null) => void;
  /** A shift-click (or the row's checkbox): in or out of the bulk selection. */
  toggleSelected: (id: string) => void;
  openForm: (action: DeskState['form']) => void;
  notify: (notice: NewNotice) => void;
  dismiss: (id: number) => void;
  setPending: (delta: number) => void;
}

const MAX_NOTICES = 4;
let nextNoticeId = 1;

export const useDeskStore = create<DeskStore>()((set, get) => ({
  ...INITIAL_DESK,
  filters: NO_FILTERS,
  notices: [],
  pending: 0,
  command: (command, ctx) => {
    const { state, effect } = reduceDesk(get(), command, ctx);
    set(state);
    return effect;
  },
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  openCase: (id) => set((s) => ({ open: id, cursor: id ?? s.cursor, form: null })),
  toggleSelected: (id) =>
    set((s) => {
      const selected = new Set(s.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected, cursor: id, form: null };
    }),
  openForm: (form) => set({ form }),
  notify: (notice) =>
    set((s) => ({
      notices: [...s.notices, { ...notice, id: nextNoticeId++ } as DeskNotice].slice(-MAX_NOTICES),
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setPending: (delta) => set((s) => ({ pending: Math.max(0, s.pending + delta) })),
}));
