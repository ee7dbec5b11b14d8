// The street outline: the strongest line on the map.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { BoundaryCollection } from '../../../../core/domain/area';
import { BOUNDARY_COLOUR } from '../palette';

export function boundaryLayer(input: { boundary: BoundaryCollection; visible: boolean; scale: number }) {
  return new GeoJsonLayer({
    id: 'boundary',
    data: input.boundary,
    visible: input.visible,
    filled: false,
    stroked: true,
    getLineColor: BOUNDARY_COLOUR,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    lineJointRounded: true,
    pickable: false,
  });
}
