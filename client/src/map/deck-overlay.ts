// The deck.gl side of the map, in its own chunk (loaded next to MapLibre's, in parallel).
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';

export { buildLayers } from './build-layers';

/** Overlaid, not interleaved: interleaving fails with MapLibre 6.17 ("reading 'height'"). */
export function createOverlay(props: MapboxOverlayProps): MapboxOverlay {
  return new MapboxOverlay({ ...props, interleaved: false });
}
