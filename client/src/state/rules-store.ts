// The time limits and the working calendar from the server (GET /api/v1/rules), loaded once after
// sign-in. Until they arrive, time limits are counted in wall-clock time (core's slaStatus without
// a calendar).
import { create } from 'zustand';
import type { TransitionLimits } from '../../../core/domain/transition';
import type { WorkingCalendar } from '../../../core/domain/working-calendar';

export interface RulesStore {
  limits: TransitionLimits | null;
  setLimits: (limits: TransitionLimits) => void;
}

export const useRulesStore = create<RulesStore>()((set) => ({
  limits: null,
  setLimits: (limits) => set({ limits }),
}));

/** The working calendar, or undefined until the rules have arrived. */
export const selectCalendar = (s: RulesStore): WorkingCalendar | undefined => s.limits?.calendar;

/** The calendar now, for code outside React (the map). */
export function currentCalendar(): WorkingCalendar | undefined {
  return selectCalendar(useRulesStore.getState());
}
