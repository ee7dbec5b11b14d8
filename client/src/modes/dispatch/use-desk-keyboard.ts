// The desk's keys, on the whole page: a key press becomes a command (keymap.ts) run like a click.
import { useEffect } from 'react';
import { keyCommand } from './keymap';
import type { DeskControl } from './use-desk-control';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
}

export function useDeskKeyboard(control: DeskControl): void {
  const { run } = control;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.defaultPrevented) return; // typing Chinese with an IME
      const inField = isTextField(event.target);
      const command = keyCommand({
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inField,
      });
      if (!command) return;
      // Esc in a text field leaves the field first; the next Esc is the desk's.
      if (inField && command.kind === 'cancel' && event.target instanceof HTMLElement) {
        const wasSearch = event.target.dataset.testid === 'desk-search';
        event.target.blur();
        if (wasSearch) return;
      }
      // Enter on a focused button is that button's click, not "open".
      if (command.kind === 'open' && event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
