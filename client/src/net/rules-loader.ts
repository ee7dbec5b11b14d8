// Loads the time limits and the working calendar once after sign-in (retrying until they come).
import { RULES_PATH, rulesFromWire, type RulesResponse } from '../../../core/protocol/rules';
import { useRulesStore } from '../state/rules-store';
import { ApiError, apiJson } from './api-fetch';

const RETRY_MS = 10_000;

/** Starts loading; returns a function that stops retrying. */
export function startRulesLoad(): () => void {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    apiJson<RulesResponse>(RULES_PATH, { signal: controller.signal })
      .then((wire) => useRulesStore.getState().setLimits(rulesFromWire(wire)))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('caohu: time-limit rules failed to load', error);
        // Not allowed to read them: stay on wall-clock time rather than ask again and again.
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return;
        timer = setTimeout(attempt, RETRY_MS);
      });
  };
  if (!useRulesStore.getState().limits) attempt();
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
}
