// Cases: colour by category group, ring by phase, urgent ones larger. A fixed slot per case (see
// incident-slots.ts): deck.gl gets row accessors over the slots and, through `_dataDiff`, the
// rows that changed since the data it has, so one changed case recomputes and uploads one row,
// not the layer. Closed cases are filtered out on the GPU.
import type { LayerProps } from '@deck.gl/core';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentSlots } from '../incident-slots';
import { POINT_EXTENSIONS } from './programs';

export function incidentsLayer(input: { slots: IncidentSlots; visible: boolean; scale: number }) {
  const { slots } = input;
  const { accessors } = slots;
  return new ScatterplotLayer<unknown, DataFilterExtensionProps<unknown>>({
    id: 'incidents',
    data: slots.data(), // array-like: deck.gl reads its length and calls the accessors per row
    _dataDiff: slots.dataDiff as unknown as LayerProps['_dataDiff'],
    getPosition: accessors.getPosition,
    getFillColor: accessors.getFillColor,
    getLineColor: accessors.getLineColor,
    getRadius: accessors.getRadius,
    getFilterValue: accessors.getFilterValue,
    visible: input.visible,
    radiusUnits: 'pixels',
    radiusScale: input.scale,
    stroked: true,
    filled: true,
    getLineWidth: 1.4,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    pickable: true,
    extensions: POINT_EXTENSIONS,
    filterRange: [1, 1],
  });
}
