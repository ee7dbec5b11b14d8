// The live counts shown in the header, the KPI tiles and the cell fill: core's rules (one for server
// and client), plus the view of them by phase that the screen needs. The case figures are kept
// from each delta (a changed case's old self out, its new self in): recounting tens of thousands of
// cases on every frame was most of a frame's work on a bad day.
import type { RiskColour } from '../../../core/domain/area';
import { CaseTally, summarizeOthers, type Indicators } from '../../../core/domain/indicators';
import type { Case, CaseState } from '../../../core/domain/model';
import { startOfShanghaiDay } from '../../../core/domain/time';
import type { LiveData } from './apply-sync';
import { OPEN_PHASES, phaseOf, type OpenPhase } from './case-phase';
import { followMap } from './map-lineage';

export interface LiveIndicators extends Indicators {
  /** Open cases by the phases the wall shows (from cases.byState). */
  byPhase: Record<OpenPhase, number>;
}

/** A counter of the live indicators: call it with each new state of the data. */
export function createIndicatorCounter(): (
  data: LiveData,
  riskById: ReadonlyMap<string, RiskColour>,
  serverNow: number,
) => LiveIndicators {
  let dayStart = Number.NaN;
  let tally = new CaseTally(dayStart);
  const follow = followMap<Case>({
    reset: (cases) => {
      tally = new CaseTally(dayStart);
      for (const c of cases.values()) tally.add(c);
    },
    change: (before, after) => {
      if (before) tally.remove(before);
      if (after) tally.add(after);
    },
  });
  return (data, riskById, serverNow) => {
    const today = startOfShanghaiDay(serverNow);
    const newDay = today !== dayStart; // "new today" counts from another midnight: count afresh
    dayStart = today;
    follow(data.cases, newDay);
    const cases = tally.figures();
    const byPhase = Object.fromEntries(OPEN_PHASES.map((p) => [p, 0])) as Record<OpenPhase, number>;
    for (const [state, n] of Object.entries(cases.byState) as [CaseState, number][]) {
      const phase = phaseOf(state);
      if (phase !== 'done') byPhase[phase] += n;
    }
    const others = summarizeOthers(
      { hazards: data.hazards.values(), enterprises: data.enterprises.values(), feeds: data.feeds.values() },
      riskById,
      serverNow,
    );
    return { cases, ...others, byPhase };
  };
}
