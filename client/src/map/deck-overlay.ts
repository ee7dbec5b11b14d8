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
    // No multisampling: the points smooth their own edges in the shader, and MSAA multiplies every
    // frame's work where the GPU is a software rasteriser (a wall PC without a driver, the tests).
    deviceProps: {
      webgl: { antialias: false, preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
    },
  });
}
