// Where the cases cluster: a heatmap or hexagons (500 m) of the cases at the playback moment.
import { HeatmapLayer, HexagonLayer } from '@deck.gl/aggregation-layers';
import type { Case } from '../../../../../core/domain/model';
import type { Color } from '@deck.gl/core';

const getPosition = (c: Case): [number, number] => [c.location.lon, c.location.lat];

// Navy to cyan to amber to red: bright where it matters, calm elsewhere.
const RAMP: Color[] = [
  [30, 70, 130],
  [40, 140, 200],
  [80, 210, 230],
  [250, 210, 80],
  [255, 140, 50],
  [255, 70, 80],
];

export function caseHeatmapLayer(input: { cases: readonly Case[]; visible: boolean; scale: number }) {
  return new HeatmapLayer<Case>({
    id: 'brief-heatmap',
    data: input.cases,
    visible: input.visible,
    getPosition,
    getWeight: (c) => 4 - c.severity,
    radiusPixels: 40 * input.scale,
    intensity: 1.2,
    threshold: 0.04,
    colorRange: RAMP,
  });
}

export function caseHexagonLayer(input: { cases: readonly Case[]; visible: boolean }) {
  return new HexagonLayer<Case>({
    id: 'brief-hexagons',
    data: input.cases,
    visible: input.visible,
    getPosition,
    radius: 500,
    coverage: 0.9,
    extruded: false,
    opacity: 0.75,
    colorRange: RAMP,
    pickable: false,
  });
}
