// The deck.gl side of the map, in its own chunk (loaded after the basemap's first frame).
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';

export { buildLayers } from './build-layers';

export interface OverlayOptions {
  /** Keep the last frame readable (an export copies it to an image); costs a copy per frame. */
  preserveDrawingBuffer?: boolean;
  /** Multisampled edges, for layers of lines and fills (the briefing's outline). */
  multisample?: boolean;
}

/** Overlaid, not interleaved: interleaving fails with MapLibre 6.17 ("reading 'height'"). */
export function createOverlay(props: MapboxOverlayProps, options: OverlayOptions = {}): MapboxOverlay {
  return new MapboxOverlay({
    ...props,
    interleaved: false,
    // No preserved buffer: the browser may swap rather than copy each frame (an export asks for
    // one). No multisampling unless asked: points and text smooth their own edges in the shader,
    // and a software rasteriser's frame costs more with four samples a pixel.
    deviceProps: {
      webgl: {
        preserveDrawingBuffer: options.preserveDrawingBuffer ?? false,
        antialias: options.multisample ?? false,
      },
    },
  });
}
