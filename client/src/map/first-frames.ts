// The first frames of the live map: when the basemap first shows the street (performance marks
// for scripts/bench/browser.ts, and the moment deck.gl may start loading), which frames of a cold
// open are not drawn at all, when a frame reached the screen, and whether deck.gl's canvas has its
// size yet.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CELLS_SOURCE } from './live-area';

/**
 * Performance marks for scripts/bench/browser.ts: `caohu:basemap-drawn` on the first frame that
 * shows the street (its sources' data is in and a frame was drawn after it),
 * `caohu:basemap-shown` when that frame has reached the screen (`markShown`), and
 * `caohu:basemap-complete` on MapLibre's `load` (every source and label placed; on screen:
 * `caohu:basemap-complete-shown`). The frames between the street's and the complete one are not
 * drawn (`holdUntilLoaded`).
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
  const onSourceData = () => {
    if (sourceLoaded(map, 'boundary') && (!map.getSource(CELLS_SOURCE) || sourceLoaded(map, CELLS_SOURCE))) {
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
    holdUntilLoaded(map);
  };
  map.on('sourcedata', onSourceData);
  map.on('render', onRender);
  map.once('load', () => {
    performance.mark('caohu:basemap-complete');
    markShown('caohu:basemap-complete-shown');
    finish(); // should the street's source never report itself loaded
  });
}

/** Whether the style has the source and its tiles in view are in. */
function sourceLoaded(map: MapLibreMap, id: string): boolean {
  return map.getSource(id) !== undefined && map.isSourceLoaded(id) === true;
}

/** The longest the frames after the street's are held for the rest of the sources. */
const HOLD_AFTER_STREET_MS = 1500;

/**
 * After the street's frame, the frames drawn while the rest of the sources come in (water, roads,
 * labels, markers: MapLibre's worker hands over their tiles one source after another) are left out
 * too, and the next frame on screen has them all. Each frame in between is a whole frame for a
 * software rasteriser (0.15–0.4 s on this street, the main thread waiting on its read-back) that
 * holds up deck.gl's start. The street stays on screen meanwhile. Released at once when the map
 * moves (a pan must show), and after `maxMs` at most (a slow external basemap).
 */
export function holdUntilLoaded(map: MapLibreMap, maxMs = HOLD_AFTER_STREET_MS): void {
  const sources = Object.keys(map.getStyle().sources);
  const allLoaded = () => sources.every((id) => sourceLoaded(map, id));
  if (allLoaded()) return;
  const release = holdDrawing(map.getCanvas());
  const done = () => {
    clearTimeout(timer);
    map.off('sourcedata', onSourceData);
    map.off('movestart', done);
    release();
    map.triggerRepaint();
  };
  const onSourceData = () => {
    if (allLoaded()) done();
  };
  const timer = setTimeout(done, maxMs);
  map.on('sourcedata', onSourceData);
  map.on('movestart', done);
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
 * Marks `name` once the frame being drawn now has reached the screen. Called from a frame's
 * callbacks (MapLibre's `render`, deck.gl's `onAfterRender`): their draw calls are issued there;
 * the GPU draws them after, and the compositor takes the canvas in the frame's commit (with
 * software compositing, as in the budget's browser, by reading its pixels back once they are
 * drawn), which ends the task the callbacks run in. The mark is set in the task queued next. Under
 * a software rasteriser (SwiftShader) each new shader program costs up to 1.7 s there, compiled to
 * machine code before its first draw, so a mark at the draw calls alone flatters the page. The
 * next animation frame's callbacks would come later still, after that frame's own work (MapLibre's
 * next frame: 40–90 ms at a cold open).
 */
export function markShown(name: string): void {
  afterCommit(() => performance.mark(name));
}

/** Calls `then` in the task queued next: from a frame's callbacks, once the frame's commit has ended. */
export function afterCommit(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
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
