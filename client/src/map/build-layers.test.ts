import { readFileSync } from 'node:fs';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { EMPTY_LIVE_DATA } from '../state/apply-sync';
import { indexArea, type AreaData } from '../state/area-store';
import { buildLayers } from './build-layers';
import { IncidentSlots } from './incident-slots';
import { communityLabelPoints } from './label-points';
import { LABEL_EXTENSIONS, POINT_EXTENSIONS } from './layers/programs';

const read = (name: string) => JSON.parse(readFileSync(`data/area/${name}.geojson`, 'utf8')) as never;
const area = indexArea({
  boundary: read('boundary'),
  communities: read('communities'),
  cells: read('grid-cells'),
  enterprises: read('enterprises'),
  cameras: read('cameras'),
  roads: read('roads'),
  water: read('water'),
} satisfies AreaData);

describe('buildLayers', () => {
  it('gives every point layer the cases’ extensions and every text layer the time-left labels’', () => {
    const layers = buildLayers({
      area,
      live: EMPTY_LIVE_DATA,
      slots: new IncidentSlots(),
      pulses: [{ id: 'c1', position: [120.5, 31.5], colour: [255, 0, 0, 255], radius: 5 }],
      pulsePhase: 0.5,
      visible: { boundary: true, cells: true, enterprises: true, incidents: true, cameras: true },
      selected: { kind: 'enterprise', id: area.enterprises.features[0]!.properties.id },
      labels: communityLabelPoints(area.communities),
      slaLabels: [],
      language: 'zh-CN',
      scale: 1,
      zoom: 12,
      people: { shown: true, recommended: [] },
    });
    // One program for the points and one pair for the labels: the same extensions, the same shaders.
    const points = layers.filter((l) => l instanceof ScatterplotLayer);
    const texts = layers.filter((l) => l instanceof TextLayer);
    expect(points.length + texts.length).toBe(layers.length);
    expect(points.map((l) => l.id)).toEqual(['incident-pulses', 'incidents', 'people', 'selection']);
    expect(texts.map((l) => l.id)).toEqual(['sla-labels', 'people-labels']);
    for (const layer of points) expect(layer.props.extensions).toBe(POINT_EXTENSIONS);
    for (const layer of texts) expect(layer.props.extensions).toBe(LABEL_EXTENSIONS);
  });
});
