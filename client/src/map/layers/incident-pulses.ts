// New cases draw the eye: a ring that expands and fades. The animation is two uniforms
// (radiusScale, opacity), so a frame rewrites no attribute; it runs only while a case is new.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Rgba } from '../palette';
import { UNFILTERED } from './programs';

export interface PulseDatum {
  id: string;
  position: [number, number];
  colour: Rgba;
  radius: number;
}

/** phase in [0, 1): 0 = ring at the dot, 1 = fully expanded and faded. null = still ring. */
export function incidentPulsesLayer(input: {
  pulses: readonly PulseDatum[];
  phase: number | null;
  visible: boolean;
  scale: number;
}) {
  const { phase } = input;
  const grow = phase === null ? 2.2 : 1.2 + phase * 3.3;
  return new ScatterplotLayer<PulseDatum, DataFilterExtensionProps<PulseDatum>>({
    ...UNFILTERED,
    id: 'incident-pulses',
    data: input.pulses,
    visible: input.visible && input.pulses.length > 0,
    getPosition: (d) => d.position,
    getRadius: (d) => d.radius,
    getLineColor: (d) => d.colour,
    radiusUnits: 'pixels',
    radiusScale: input.scale * grow,
    filled: false,
    stroked: true,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    opacity: phase === null ? 0.9 : Math.max(0, 1 - phase) ** 1.5,
    pickable: false,
  });
}
