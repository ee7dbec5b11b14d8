// The first frames of the live map: when the basemap first shows the street (performance marks
// for scripts/bench/browser.ts, and the moment deck.gl may start loading), when a frame reached the
// screen, and whether deck.gl's canvas has its size yet.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CELLS_SOURCE } from './live-area';

/**
 * Performance marks for scripts/bench/browser.ts: `caohu:basemap-drawn` on the first frame that
 * shows the street (its sources' data is in and a frame was drawn after it),
 * `caohu:basemap-shown` when that frame has reached the screen (`markShown`), and
 * `caohu:basemap-complete` on MapLibre's `load` (every source and label placed).
 */
export function onFirstBasemapFrame(map: MapLibreMap, then: () => void): void {
  // Frames before the street (the ground alone, half the sources) stay off the screen: with a
  // software rasteriser each one shown is read back at full size and delays the street's frame.
  // Nor are they drawn (holdDrawing).
  map.getCanvas().style.visibility = 'hidden';
  const release = holdDrawing(map.getCanvas());
  let streetLoaded = false;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    release();
    map.getCanvas().style.visibility = '';
    then();
  };
  // The street is its outline's source, and on the live screens its grid cells' (live-area.ts).
  const loaded = (id: string) => map.getSource(id) !== undefined && map.isSourceLoaded(id);
  const onSourceData = () => {
    if (loaded('boundary') && (!map.getSource(CELLS_SOURCE) || loaded(CELLS_SOURCE))) {
      streetLoaded = true;
      release(); // the next frame is the street's
      map.off('sourcedata', onSourceData);
    }
  };
  const onRender = () => {
    if (!streetLoaded) return;
    map.off('render', onRender);
    performance.mark('caohu:basemap-drawn');
    markShown('caohu:basemap-shown');
    finish();
  };
  map.on('sourcedata', onSourceData);
  map.on('render', onRender);
  map.once('load', () => {
    performance.mark('caohu:basemap-complete');
    finish(); // should the street's source never report itself loaded
  });
}

/** The calls that make a WebGL context draw or clear pixels. */
const DRAWING_CALLS = [
  'clear',
  'drawArrays',
  'drawElements',
  'drawArraysInstanced',
  'drawElementsInstanced',
  'drawRangeElements',
] as const;

/**
 * Makes the draw and clear calls on the canvas's WebGL context (MapLibre's own: `getContext`
 * returns the context a canvas already has) do nothing, until the returned function is called.
 * MapLibre draws a frame whenever a source's tiles arrive, and has no way to hold them. A software
 * rasteriser fills every pixel of each such frame, seen or not: five frames before the street's on
 * a cold open, about 0.6 s of the rasteriser's time that the street's frame waited behind. Shaders
 * and buffers are still made and uploaded meanwhile; only the pixels are left out.
 */
export function holdDrawing(canvas: HTMLCanvasElement): () => void {
  const gl = canvas.getContext('webgl2') as unknown as Record<string, unknown> | null;
  if (!gl) return () => undefined;
  for (const name of DRAWING_CALLS) gl[name] = () => undefined; // shadows the prototype's
  return () => {
    for (const name of DRAWING_CALLS) delete gl[name];
  };
}

/**
 * Marks `name` once the frame being drawn now has reached the screen. A frame's draw calls are only
 * issued when its `render` callbacks run; the GPU draws it after, and the compositor takes it in
 * the frame's commit (with software compositing, as in the budget's browser, by reading its pixels
 * back once they are drawn), which the next animation frame's callbacks come after. Under a
 * software rasteriser (SwiftShader) each new shader program costs up to 1.7 s there, compiled to
 * machine code before its first draw, so a mark at the draw calls alone flatters the page.
 */
export function markShown(name: string): void {
  requestAnimationFrame(() => performance.mark(name));
}

/** Whether a canvas's drawing buffer matches its size on the page (within rounding). */
export function hasItsSize(canvas: HTMLCanvasElement | OffscreenCanvas): boolean {
  if (!(canvas instanceof HTMLCanvasElement)) return true;
  const ratio = window.devicePixelRatio || 1;
  return (
    Math.abs(canvas.width - canvas.clientWidth * ratio) <= 2 &&
    Math.abs(canvas.height - canvas.clientHeight * ratio) <= 2
  );
}
