// The MapLibre map with the offline style, fitted to the street. No rotation or pitch: a plan view.
import { Map as MapLibreMap, prewarm, setWorkerUrl, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AreaIndex } from '../state/area-store';
import { readExternalBasemap } from '../net/runtime-config';
import { reloadWhenBack } from '../recovery/reload-when-back';
import { buildBasemapStyle, OSM_ATTRIBUTION, type BasemapOptions } from './basemap-style';

// MapLibre 6 loads its worker from a URL; under Vite the file is an asset of the build. The worker
// starts as soon as this chunk runs (prewarm), not when the first map is made: fetching and
// compiling it overlaps with the area data still on its way.
setWorkerUrl(workerUrl);
prewarm();

export function createBasemap(
  container: HTMLElement,
  area: AreaIndex,
  options: Pick<BasemapOptions, 'scale' | 'language' | 'liveArea' | 'enterpriseStates'> & {
    padding: PaddingOptions;
    reducedMotion: boolean;
    /** Keep the last frame readable (an export copies it to an image); costs a little speed. */
    preserveDrawingBuffer?: boolean;
  },
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    ...(options.preserveDrawingBuffer ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
    style: buildBasemapStyle(area, { ...options, external: readExternalBasemap() }),
    bounds: area.bounds,
    fitBoundsOptions: { padding: options.padding },
    attributionControl: { compact: false, customAttribution: OSM_ATTRIBUTION },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    minZoom: 9,
    maxZoom: 18,
    // No label fade: each fade is a run of full repaints, and the first frame's labels would
    // animate in while deck.gl starts (on a software rasteriser, hundreds of ms a frame).
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.on('error', (event) => {
    // A worker that did not load leaves a blank map: recover like any chunk that failed.
    if (event.error && /worker/i.test(event.error.message)) reloadWhenBack(event.error);
  });
  return map;
}
