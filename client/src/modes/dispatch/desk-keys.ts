// What a desk command does to the desk: the cursor in the queue, the open case, the bulk
// selection, the inline form and the help. Pure: the component runs the effect it returns
// (send an action, focus the search box), so the keyboard flow is tested without a browser.
import type { CaseAction } from '../../../../core/domain/model';
import type { DeskCommand } from './keymap';

export interface DeskForm {
  action: CaseAction;
  caseIds: readonly string[];
}

export interface DeskState {
  cursor: string | null;
  open: string | null;
  selected: ReadonlySet<string>;
  form: DeskForm | null;
  help: boolean;
}

export const INITIAL_DESK: DeskState = {
  cursor: null,
  open: null,
  selected: new Set(),
  form: null,
  help: false,
};

export interface DeskContext {
  /** Case ids in queue order, as shown. */
  queue: readonly string[];
  /** The actions the user may take on every one of these cases now (core's availableActions). */
  actionsFor: (caseIds: readonly string[]) => readonly CaseAction[];
  /** Whether the action needs input first (a reason, a deadline, a person). */
  needsInput: (action: CaseAction) => boolean;
}

export type DeskEffect =
  | { kind: 'submit'; action: CaseAction; caseIds: readonly string[]; pick?: number }
  | { kind: 'refused'; action: CaseAction; caseIds: readonly string[] }
  | { kind: 'focus-search' };

export interface DeskStep {
  state: DeskState;
  effect: DeskEffect | null;
}

/** The cases an action applies to: the bulk selection in queue order, else the open case, else the cursor. */
export function targetsOf(state: DeskState, queue: readonly string[]): string[] {
  if (state.selected.size > 0) {
    const inQueue = queue.filter((id) => state.selected.has(id));
    const gone = [...state.selected].filter((id) => !queue.includes(id));
    return [...inQueue, ...gone];
  }
  const one = state.open ?? state.cursor;
  return one ? [one] : [];
}

function move(state: DeskState, queue: readonly string[], by: number): DeskState {
  if (queue.length === 0) return state;
  const at = state.cursor === null ? -1 : queue.indexOf(state.cursor);
  const next = at === -1 ? (by > 0 ? 0 : queue.length - 1) : Math.min(queue.length - 1, Math.max(0, at + by));
  return { ...state, cursor: queue[next] ?? null };
}

function act(state: DeskState, action: CaseAction, ctx: DeskContext, pick?: number): DeskStep {
  const caseIds = targetsOf(state, ctx.queue);
  if (caseIds.length === 0) return { state, effect: null };
  if (!ctx.actionsFor(caseIds).includes(action))
    return { state, effect: { kind: 'refused', action, caseIds } };
  if (pick !== undefined)
    return { state: { ...state, form: null }, effect: { kind: 'submit', action, caseIds, pick } };
  if (ctx.needsInput(action)) return { state: { ...state, form: { action, caseIds } }, effect: null };
  return { state, effect: { kind: 'submit', action, caseIds } };
}

export function reduceDesk(state: DeskState, command: DeskCommand, ctx: DeskContext): DeskStep {
  const same = (next: DeskState): DeskStep => ({ state: next, effect: null });
  // With the help open, only closing it (or asking again) does anything.
  if (state.help && command.kind !== 'help' && command.kind !== 'cancel') return same(state);
  switch (command.kind) {
    case 'move':
      return same(move(state, ctx.queue, command.by));
    case 'move-to':
      return same(move({ ...state, cursor: null }, ctx.queue, command.where === 'first' ? 1 : -1));
    case 'open':
      return same(state.cursor ? { ...state, open: state.cursor, form: null } : state);
    case 'toggle-select': {
      if (!state.cursor) return same(state);
      const selected = new Set(state.selected);
      if (selected.has(state.cursor)) selected.delete(state.cursor);
      else selected.add(state.cursor);
      return same({ ...state, selected, form: null });
    }
    case 'clear-selection':
      return same({ ...state, selected: new Set(), form: null });
    case 'action':
      return act(state, command.action, ctx);
    case 'pick': {
      // A digit picks a recommended person: in the open dispatch form, or straight away.
      if (state.form?.action === 'dispatch')
        return {
          state: { ...state, form: null },
          effect: { kind: 'submit', action: 'dispatch', caseIds: state.form.caseIds, pick: command.index },
        };
      if (state.form) return same(state);
      return act(state, 'dispatch', ctx, command.index);
    }
    case 'cancel':
      if (state.help) return same({ ...state, help: false });
      if (state.form) return same({ ...state, form: null });
      if (state.selected.size > 0) return same({ ...state, selected: new Set() });
      return same({ ...state, open: null });
    case 'help':
      return same({ ...state, help: !state.help });
    case 'search':
      return { state, effect: { kind: 'focus-search' } };
  }
}
