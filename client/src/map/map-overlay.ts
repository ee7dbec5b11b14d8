// An element over the map's canvases (names, labels), told whenever the map moves or resizes.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapOverlay {
  root: HTMLDivElement;
  /** Stops following the map and takes the element away. */
  remove: () => void;
}

/** A div of `className` over the map, hidden from screen readers (the panels say the same). */
export function mapOverlay(map: MapLibreMap, className: string, place: () => void): MapOverlay {
  const root = document.createElement('div');
  root.className = className;
  root.setAttribute('aria-hidden', 'true');
  map.getContainer().appendChild(root);
  map.on('move', place);
  map.on('resize', place);
  return {
    root,
    remove: () => {
      map.off('move', place);
      map.off('resize', place);
      root.remove();
    },
  };
}
