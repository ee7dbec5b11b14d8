// The simulated people at work: the actions the planner says are due, sent through the case
// actions pipeline like anyone's, one batch per run of actions by the same person.
import type { Person } from '../../../core/domain/people';
import type { TransitionLimits } from '../../../core/domain/transition';
import { createRandom } from '../../../core/random/seeded-random';
import type { CaseActions } from '../cases/perform-action';
import type { Logger } from '../log';
import type { LiveProjection } from '../store/live-projection';
import { createPeople } from './sim-people';
import type { Places } from './sim-places';
import { createWorkflowPlanner, type PlannedAction } from './sim-workflow';

export interface CaseWorkDone {
  actions: number;
  refused: number;
}

export function createCaseWork(deps: {
  places: Places;
  limits: TransitionLimits;
  seed: number;
  cases: CaseActions;
  projection: LiveProjection;
  log: Logger;
  /** The responders on the roster (the enforcement team takes what no grid worker can). */
  responders: readonly Person[];
  photoRef: string;
}): (nowMs: number) => Promise<CaseWorkDone> {
  const { cases, projection, log } = deps;
  // Its own random stream, so that the traffic of a seed stays what it was.
  const random = createRandom(deps.seed ^ 0x5eed);
  const planner = createWorkflowPlanner({
    people: createPeople(deps.places, random, deps.responders),
    limits: deps.limits,
    random,
    photoRef: deps.photoRef,
  });

  return async (nowMs) => {
    const done: CaseWorkDone = { actions: 0, refused: 0 };
    const due = await projection.exclusive(() => planner.due(projection.state, nowMs));
    let batch: PlannedAction[] = [];
    const flush = async () => {
      const actor = batch[0]?.actor;
      if (!actor) return;
      const response = await cases.perform(
        batch.map((a) => a.request),
        actor,
      );
      batch = [];
      done.actions += response.accepted;
      done.refused += response.rejected;
      for (const r of response.results)
        if (r.status === 'rejected')
          log.debug(`simulated action refused: ${r.caseId}: ${r.code}: ${r.reason}`);
    };
    for (const action of due) {
      if (batch[0] && JSON.stringify(batch[0].actor) !== JSON.stringify(action.actor)) await flush();
      batch.push(action);
    }
    await flush();
    return done;
  };
}
