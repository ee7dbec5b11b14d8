// The cases at the playback moment: colour by category group, ring by phase, urgent ones larger.
// A few thousand at most over a range, so plain objects; the data array is new only when the
// moment or the filter changes.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Case } from '../../../../../core/domain/model';
import { phaseOf } from '../../../state/case-phase';
import { categoryColour, PHASE_COLOUR, SEVERITY_RADIUS, type Rgba } from '../../../map/palette';

const DONE_RING: Rgba = [90, 110, 135, 255];

export function playbackCasesLayer(input: { cases: readonly Case[]; visible: boolean; scale: number }) {
  return new ScatterplotLayer<Case>({
    id: 'brief-cases',
    data: input.cases,
    visible: input.visible,
    radiusUnits: 'pixels',
    radiusScale: input.scale * 1.25,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    getLineWidth: 1.6,
    getPosition: (c) => [c.location.lon, c.location.lat],
    getRadius: (c) => SEVERITY_RADIUS[c.severity],
    getFillColor: (c) => {
      const [r, g, b] = categoryColour(c.category);
      return phaseOf(c.state) === 'done' ? [r, g, b, 90] : [r, g, b, 235];
    },
    getLineColor: (c) => {
      const phase = phaseOf(c.state);
      return phase === 'done' ? DONE_RING : PHASE_COLOUR[phase];
    },
  });
}
