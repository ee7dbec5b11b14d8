// Cases: colour by category group, ring by phase, urgent ones larger. Binary attributes with a
// fixed slot per case (see incident-slots.ts); closed cases are filtered out on the GPU. The
// buffers are handed over as new wrapper objects when they change, which is what makes deck.gl
// upload them, so no updateTriggers are needed here.
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { IncidentSlots } from '../incident-slots';

const EXTENSIONS = [new DataFilterExtension({ filterSize: 1 })];

export function incidentsLayer(input: { slots: IncidentSlots; visible: boolean; scale: number }) {
  return new ScatterplotLayer({
    id: 'incidents',
    data: input.slots.data(),
    visible: input.visible,
    radiusUnits: 'pixels',
    radiusScale: input.scale,
    stroked: true,
    filled: true,
    getLineWidth: 1.4,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    pickable: true,
    extensions: EXTENSIONS,
    filterRange: [1, 1],
  });
}
