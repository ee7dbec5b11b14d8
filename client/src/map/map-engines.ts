// MapLibre and deck.gl are the bulk of the app, each in chunks of its own. The live map loads
// MapLibre first and deck.gl only after the basemap's first frame, so the street shows sooner and
// the bytes before that frame are MapLibre's alone; the briefing loads both at once.
import type { createBasemap } from './create-basemap';
import type { buildLayers, createOverlay } from './deck-overlay';
import { once } from '../modes/lazy-chunk';

export interface BasemapEngine {
  createBasemap: typeof createBasemap;
}

export interface DeckEngine {
  createOverlay: typeof createOverlay;
  buildLayers: typeof buildLayers;
}

export type MapEngines = BasemapEngine & DeckEngine;

export const loadBasemapEngine = once(async (): Promise<BasemapEngine> => ({
  createBasemap: (await import('./create-basemap')).createBasemap,
}));

export const loadDeckEngine = once(async (): Promise<DeckEngine> => {
  const deck = await import('./deck-overlay');
  return { createOverlay: deck.createOverlay, buildLayers: deck.buildLayers };
});

export async function loadMapEngines(): Promise<MapEngines> {
  const [basemap, deck] = await Promise.all([loadBasemapEngine(), loadDeckEngine()]);
  return { ...basemap, ...deck };
}
