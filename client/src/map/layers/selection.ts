// A white ring round the selected point (a selected cell is outlined by the basemap: live-area.ts),
// with the cases' point program (programs.ts).
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { SELECTION_COLOUR } from '../palette';
import { UNFILTERED } from './programs';

export function selectionLayer(input: { position: [number, number] | null; scale: number }) {
  return new ScatterplotLayer<[number, number], DataFilterExtensionProps<[number, number]>>({
    ...UNFILTERED,
    id: 'selection',
    data: input.position ? [input.position] : [],
    visible: input.position !== null,
    getPosition: (p) => p,
    filled: false,
    stroked: true,
    getRadius: 13,
    radiusUnits: 'pixels',
    radiusScale: input.scale,
    getLineColor: SELECTION_COLOUR,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    pickable: false,
  });
}
