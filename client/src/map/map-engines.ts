// MapLibre and deck.gl are the bulk of the app: each loads as its own chunk, both at once.
import type { createBasemap } from './create-basemap';
import type { buildLayers, createOverlay } from './deck-overlay';

export interface MapEngines {
  createBasemap: typeof createBasemap;
  createOverlay: typeof createOverlay;
  buildLayers: typeof buildLayers;
}

export async function loadMapEngines(): Promise<MapEngines> {
  const [basemap, deck] = await Promise.all([import('./create-basemap'), import('./deck-overlay')]);
  return {
    createBasemap: basemap.createBasemap,
    createOverlay: deck.createOverlay,
    buildLayers: deck.buildLayers,
  };
}
