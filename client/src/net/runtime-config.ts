// What the site configured for its screens, from GET /api/v1/config: for now an external raster
// basemap, which is never the default (the app must work with no internet). Loaded with the
// area data, so it is known before the map is made.
import { CONFIG_PATH, type RuntimeConfig } from '../../../core/protocol/sync';
import { apiJson } from './api-fetch';

export type ExternalBasemap = { tiles: string[]; attribution?: string };

let current: RuntimeConfig = { basemap: null };

export async function fetchRuntimeConfig(signal: AbortSignal): Promise<void> {
  current = await apiJson<RuntimeConfig>(CONFIG_PATH, { signal });
}

export function readExternalBasemap(): ExternalBasemap | null {
  const basemap = current.basemap;
  if (!basemap) return null;
  return { tiles: [basemap.tiles], ...(basemap.attribution ? { attribution: basemap.attribution } : {}) };
}
