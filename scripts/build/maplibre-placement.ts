// A Vite plugin: one change to MapLibre's built code, so that a frame in which new symbols arrive
// (labels, the enterprises' markers) is not drawn a second time.
//
// With `fadeDuration: 0` (create-basemap.ts) MapLibre places every symbol afresh in each frame,
// after taking in the symbol buckets that changed. It still marks that placement stale when buckets
// changed, a rule for placements spread over several frames, and so draws one more, identical
// frame. Under a software rasteriser each frame of the street is 200–300 ms of the page's main
// thread: one on every cold open before deck.gl's layers, and one more each time enterprises'
// markers change. The change keeps the rule for placements that were not made whole in the frame.
//
// MapLibre 6.17–6.20 (maplibre-gl/src/style/style.ts, `_updatePlacement`), as minified in
// dist/maplibre-gl.mjs: `a` is whether symbol buckets changed, `i` whether the placement is whole.
// The build fails if the text is not found, so that an upgrade looks at it again.
// Not a patch-package patch (patches/, how the project changes deck.gl): the rule sits in one
// minified line of 135 KB, which a patch would carry twice.
import type { Plugin } from 'vite';

const FILE = /maplibre-gl[\\/]dist[\\/]maplibre-gl\.mjs$/;
export const STALE_AFTER_NEW_BUCKETS = 'a&&this.pauseablePlacement.placement.setStale()';
export const STALE_AFTER_NEW_BUCKETS_IF_PARTIAL = 'a&&!i&&this.pauseablePlacement.placement.setStale()';

export function patchPlacement(code: string): string {
  const at = code.indexOf(STALE_AFTER_NEW_BUCKETS);
  if (
    at < 0 ||
    code.indexOf(STALE_AFTER_NEW_BUCKETS, at + 1) >= 0 ||
    !code.includes('_updatePlacement(e,t,n,r,i=!1)')
  ) {
    throw new Error(
      "maplibre-placement: MapLibre's _updatePlacement is not as expected; see scripts/build/maplibre-placement.ts",
    );
  }
  return code.replace(STALE_AFTER_NEW_BUCKETS, STALE_AFTER_NEW_BUCKETS_IF_PARTIAL);
}

/** Applies `patchPlacement` to MapLibre's main bundle in production builds. */
export function maplibrePlacement(): Plugin {
  return {
    name: 'caohu:maplibre-placement',
    apply: 'build',
    transform(code, id) {
      // map null: the existing mappings stand (four characters inserted in one minified line).
      return FILE.test(id) ? { code: patchPlacement(code), map: null } : null;
    },
  };
}
