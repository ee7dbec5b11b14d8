// What the page at the address needs first starts loading at boot, beside "who is this screen?"
// (GET /auth/me), rather than after it: the mode's chunk and, for a mode on the live map,
// MapLibre's chunk, the largest, which the first frame waits for. A screen that turns out not to
// be signed in has them cached for after signing in.
import { loadBasemapEngine } from '../map/map-engines';
import { MAP_VIEW_CHUNK } from '../map/map-view-chunk';
import { isLoginPath, LIVE_MAP_MODES, MODE_CHUNKS, modeForPath, type ModeId } from './routes';

export interface PageLoaders {
  mode: (mode: ModeId) => Promise<unknown>;
  basemap: () => Promise<unknown>;
  mapView: () => Promise<unknown>;
}

const LOADERS: PageLoaders = {
  mode: (mode) => MODE_CHUNKS[mode].load(),
  basemap: loadBasemapEngine,
  mapView: MAP_VIEW_CHUNK.load,
};

export function preloadPage(pathname: string, load: PageLoaders = LOADERS): void {
  if (isLoginPath(pathname)) return;
  const mode = modeForPath(pathname);
  // A chunk that fails here is asked for again where it is used, which reports the failure.
  const quietly = (loading: Promise<unknown>) => void loading.catch(() => undefined);
  quietly(load.mode(mode));
  if (LIVE_MAP_MODES.has(mode)) {
    quietly(load.basemap());
    quietly(load.mapView());
  }
}
