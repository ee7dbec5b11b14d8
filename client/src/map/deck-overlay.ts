// The deck.gl side of the map, in its own chunk (loaded after the basemap's first frame).
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';

export { buildLayers } from './build-layers';

export interface OverlayOptions {
  /** Keep the last frame readable (an export copies it to an image); costs a copy per frame. */
  preserveDrawingBuffer?: boolean;
}

/** Overlaid, not interleaved: interleaving fails with MapLibre 6.17 ("reading 'height'"). */
export function createOverlay(props: MapboxOverlayProps, options: OverlayOptions = {}): MapboxOverlay {
  return new MapboxOverlay({
    ...props,
    interleaved: false,
    // No preserved buffer: the browser may swap rather than copy each frame (an export asks for
    // one). Multisampling stays on: switching it off drew the overlay at the wrong size on a
    // 3840×2160 screen under software GL.
    deviceProps: {
      webgl: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
    },
  });
}
