// The live map's component, a chunk of its own: started at boot on a page with the map
// (modes/preload.ts), rendered by LiveMap.
import { lazyChunk } from '../modes/lazy-chunk';

export const MAP_VIEW_CHUNK = lazyChunk(() => import('./MapView').then((m) => m.MapView));
