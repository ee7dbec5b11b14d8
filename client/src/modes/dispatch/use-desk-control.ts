// One way to drive the desk, for keys and clicks alike: a command goes through the pure reducer,
// and its effect (send an action, pick a person, say why not, focus the search) is carried out here.
import { useCallback, useMemo, type RefObject } from 'react';
import { availableActions } from '../../../../core/domain/transition';
import { ruleOf } from '../../../../core/domain/workflow';
import type { CaseAction } from '../../../../core/domain/model';
import { useLiveStore } from '../../state/live-store';
import { useSignedInActor } from '../../state/signed-in-actor';
import type { DeskContext, DeskEffect } from './desk-keys';
import { runDeskAction } from './desk-actions';
import { useDeskStore } from './desk-store';
import type { DeskCommand } from './keymap';
import { assigneeOf, recommendFor } from './recommended';

export interface DeskControl {
  ctx: DeskContext;
  run: (command: DeskCommand) => void;
}

export function useDeskControl(
  queue: readonly string[],
  searchRef: RefObject<HTMLInputElement | null>,
): DeskControl {
  const actor = useSignedInActor();
  const ctx = useMemo<DeskContext>(
    () => ({
      queue,
      actionsFor: (caseIds) => {
        const cases = useLiveStore.getState().data.cases;
        if (!actor || caseIds.length === 0) return [];
        let common: CaseAction[] | null = null;
        for (const id of caseIds) {
          const c = cases.get(id);
          if (!c) return [];
          const mine = availableActions(c, actor);
          common = common === null ? mine : common.filter((a) => mine.includes(a));
        }
        return common ?? [];
      },
      needsInput: (action) => (ruleOf(action)?.requires.length ?? 0) > 0,
    }),
    [queue, actor],
  );

  const perform = useCallback(
    (effect: DeskEffect) => {
      const desk = useDeskStore.getState();
      switch (effect.kind) {
        case 'focus-search':
          searchRef.current?.focus();
          searchRef.current?.select();
          return;
        case 'refused':
          desk.notify({ kind: 'refused', action: effect.action, reason: 'not-available' });
          return;
        case 'submit': {
          const input: Parameters<typeof runDeskAction>[2] = {};
          if (effect.pick !== undefined) {
            // The n-th person recommended for the first of the cases (bulk: all go to that person).
            const first = useLiveStore.getState().data.cases.get(effect.caseIds[0] ?? '');
            const person = first ? recommendFor(first)[effect.pick] : undefined;
            if (!person) {
              desk.notify({ kind: 'refused', action: 'dispatch', reason: 'no-person' });
              return;
            }
            input.assignee = assigneeOf(person);
          }
          void runDeskAction(effect.action, effect.caseIds, input).then((ok) => {
            if (ok && effect.caseIds.length > 1)
              useDeskStore.getState().command({ kind: 'clear-selection' }, ctx);
          });
          return;
        }
      }
    },
    [ctx, searchRef],
  );

  const run = useCallback(
    (command: DeskCommand) => {
      const effect = useDeskStore.getState().command(command, ctx);
      if (effect) perform(effect);
    },
    [ctx, perform],
  );
  return { ctx, run };
}
