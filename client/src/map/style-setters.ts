// Setting a MapLibre style property only when its value changes. MapLibre draws the whole map
// again after any set, equal or not, and under a software rasteriser a frame of the street is a few
// hundred milliseconds of the page's main thread.
import type { Map as MapLibreMap } from 'maplibre-gl';

type PaintArgs = Parameters<MapLibreMap['setPaintProperty']>;
type LayoutArgs = Parameters<MapLibreMap['setLayoutProperty']>;

// Style values are numbers, strings and expressions (arrays of them).
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets a paint property of a layer the style has, unless it already has that value. */
export function setPaint(map: MapLibreMap, layer: string, name: PaintArgs[1], value: PaintArgs[2]): void {
  if (map.getLayer(layer) && !same(map.getPaintProperty(layer, name), value)) {
    map.setPaintProperty(layer, name, value);
  }
}

/** Sets a layout property of a layer the style has, unless it already has that value. */
export function setLayout(map: MapLibreMap, layer: string, name: LayoutArgs[1], value: LayoutArgs[2]): void {
  if (map.getLayer(layer) && !same(map.getLayoutProperty(layer, name), value)) {
    map.setLayoutProperty(layer, name, value);
  }
}
