// The live counts shown in the header, the KPI tiles and the cell fill: core's summarize (one rule
// for server and client), plus the view of it by phase that the screen needs.
import type { RiskColour } from '../../../core/domain/area';
import { summarize, type Indicators } from '../../../core/domain/indicators';
import type { CaseState } from '../../../core/domain/model';
import type { LiveData } from './apply-sync';
import { OPEN_PHASES, phaseOf, type OpenPhase } from './case-phase';

export interface LiveIndicators extends Indicators {
  /** Open cases by the phases the wall shows (from cases.byState). */
  byPhase: Record<OpenPhase, number>;
}

export function computeIndicators(
  data: LiveData,
  riskById: ReadonlyMap<string, RiskColour>,
  serverNow: number,
): LiveIndicators {
  const summary = summarize(
    {
      cases: data.cases.values(),
      hazards: data.hazards.values(),
      enterprises: data.enterprises.values(),
      feeds: data.feeds.values(),
    },
    riskById,
    serverNow,
  );
  const byPhase = Object.fromEntries(OPEN_PHASES.map((p) => [p, 0])) as Record<OpenPhase, number>;
  for (const [state, n] of Object.entries(summary.cases.byState) as [CaseState, number][]) {
    const phase = phaseOf(state);
    if (phase !== 'done') byPhase[phase] += n;
  }
  return { ...summary, byPhase };
}
