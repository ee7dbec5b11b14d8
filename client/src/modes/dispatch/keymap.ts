// The desk's keyboard: which key means what. Pure, so the whole flow (move, open, act, pick a
// person, cancel) is testable without a browser, and the help overlay lists exactly these keys.
import { CASE_ACTIONS, type CaseAction } from '../../../../core/domain/model';

/** One key per workflow action (the letter a dispatcher learns once). */
export const ACTION_KEYS: Readonly<Record<CaseAction, string>> = {
  verify: 'v',
  register: 'r',
  reject: 'n',
  dispatch: 'd',
  accept: 'a',
  return: 't',
  handle: 'h',
  'check-pass': 'p',
  'check-fail': 'f',
  close: 'c',
  postpone: 'e',
  backlog: 'b',
};

const ACTION_OF_KEY = new Map(CASE_ACTIONS.map((action) => [ACTION_KEYS[action], action]));

export type DeskCommand =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'move-to'; where: 'first' | 'last' }
  | { kind: 'open' }
  | { kind: 'toggle-select' }
  | { kind: 'clear-selection' }
  | { kind: 'action'; action: CaseAction }
  | { kind: 'pick'; index: number } // 0-based: key 1 picks the first recommended person
  | { kind: 'cancel' }
  | { kind: 'help' }
  | { kind: 'search' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The key was typed into a text field: only Esc is the desk's there. */
  inField?: boolean;
}

const NAVIGATION: Readonly<Record<string, DeskCommand>> = {
  j: { kind: 'move', by: 1 },
  ArrowDown: { kind: 'move', by: 1 },
  k: { kind: 'move', by: -1 },
  ArrowUp: { kind: 'move', by: -1 },
  Home: { kind: 'move-to', where: 'first' },
  End: { kind: 'move-to', where: 'last' },
  Enter: { kind: 'open' },
  x: { kind: 'toggle-select' },
  X: { kind: 'clear-selection' },
  Escape: { kind: 'cancel' },
  '?': { kind: 'help' },
  '/': { kind: 'search' },
};

/** The command a key press means on the desk, or null when the key is not the desk's. */
export function keyCommand(input: KeyInput): DeskCommand | null {
  if (input.key === 'Escape') return { kind: 'cancel' };
  if (input.inField) return null;
  // Browser and system shortcuts (copy, reload, find) stay theirs.
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const navigation = NAVIGATION[input.key];
  if (navigation) return navigation;
  if (/^[1-9]$/.test(input.key)) return { kind: 'pick', index: Number(input.key) - 1 };
  const action = ACTION_OF_KEY.get(input.key);
  return action ? { kind: 'action', action } : null;
}

/** The help overlay's rows: keys and the i18n key of what they do (desk.keys.*). */
export const HELP_ROWS: readonly { keys: string[]; does: string }[] = [
  { keys: ['j', '↓'], does: 'next' },
  { keys: ['k', '↑'], does: 'previous' },
  { keys: ['Home', 'End'], does: 'firstLast' },
  { keys: ['Enter'], does: 'open' },
  { keys: ['x'], does: 'select' },
  { keys: ['X'], does: 'clearSelection' },
  { keys: ['1–9'], does: 'pick' },
  { keys: ['/'], does: 'search' },
  { keys: ['Esc'], does: 'cancel' },
  { keys: ['?'], does: 'help' },
];
