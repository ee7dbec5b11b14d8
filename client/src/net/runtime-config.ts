// What the site configured for its screens, from GET /api/v1/config: for now an external raster
// basemap, which is never the default (the app must work with no internet). Loaded with the
// area data, so it is known before the map is made.
import { apiFetch } from './api-fetch';
import { CONFIG_PATH, type RuntimeConfig } from '../../../core/protocol/sync';

export type ExternalBasemap = { tiles: string[]; attribution?: string };

let current: RuntimeConfig = { basemap: null };

export async function fetchRuntimeConfig(signal: AbortSignal): Promise<void> {
  const response = await apiFetch(CONFIG_PATH, { signal });
  if (!response.ok) throw new Error(`${CONFIG_PATH}: HTTP ${response.status}`);
  current = (await response.json()) as RuntimeConfig;
}

export function readExternalBasemap(): ExternalBasemap | null {
  const basemap = current.basemap;
  if (!basemap) return null;
  return { tiles: [basemap.tiles], ...(basemap.attribution ? { attribution: basemap.attribution } : {}) };
}
