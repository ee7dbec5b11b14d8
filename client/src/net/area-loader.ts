// Loads the static area files and the site's runtime config once at start (retrying until they come).
import { AREA_FILES, type AreaFileKey } from '../../../core/domain/area';
import { AREA_DATA_PATH } from '../../../core/protocol/sync';
import { useAreaStore, type AreaData } from '../state/area-store';
import { apiJson } from './api-fetch';
import { fetchRuntimeConfig } from './runtime-config';

const RETRY_MS = 5_000;

const fetchJson = (url: string, signal: AbortSignal) => apiJson<unknown>(url, { signal });

async function fetchArea(signal: AbortSignal): Promise<AreaData> {
  const keys = Object.keys(AREA_FILES) as AreaFileKey[];
  const [files] = await Promise.all([
    Promise.all(keys.map((key) => fetchJson(`${AREA_DATA_PATH}/${AREA_FILES[key]}`, signal))),
    fetchRuntimeConfig(signal),
  ]);
  return Object.fromEntries(keys.map((key, i) => [key, files[i]])) as unknown as AreaData;
}

/** Starts loading; returns a function that stops retrying. */
export function startAreaLoad(): () => void {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    fetchArea(controller.signal)
      .then((data) => useAreaStore.getState().setArea(data))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('caohu: area data failed to load', error);
        useAreaStore.getState().setFailed();
        timer = setTimeout(attempt, RETRY_MS);
      });
  };
  attempt();
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
}
