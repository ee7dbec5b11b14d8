// A white ring round the selected point (a selected cell is outlined by the basemap: live-area.ts).
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { SELECTION_COLOUR } from '../palette';

export function selectionLayer(input: { feature: Feature | null; scale: number }) {
  return new GeoJsonLayer({
    id: 'selection',
    data: input.feature ? [input.feature] : [],
    visible: input.feature !== null,
    filled: false,
    stroked: true,
    pointType: 'circle',
    getPointRadius: 13,
    pointRadiusUnits: 'pixels',
    pointRadiusScale: input.scale,
    getLineColor: SELECTION_COLOUR,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    pickable: false,
  });
}
