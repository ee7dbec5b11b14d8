import { ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { readAreaFiles } from '../test-support/area-files';
import { EMPTY_LIVE_DATA } from '../state/apply-sync';
import { indexArea } from '../state/area-store';
import { buildLayers, type LayerInput } from './build-layers';
import { IncidentSlots } from './incident-slots';
import { POINT_EXTENSIONS } from './layers/programs';
import { ShardedMap } from '../state/sharded-map';
import type { PersonView } from '../../../core/domain/people';

const area = indexArea(readAreaFiles());

const input = (recommended: string[]): LayerInput => ({
  area,
  live: {
    ...EMPTY_LIVE_DATA,
    people: ShardedMap.of([
      ['p1', { id: 'p1', status: 'available', position: { lon: 120.5, lat: 31.5 } } as PersonView],
    ]),
  },
  slots: new IncidentSlots(),
  pulses: [{ id: 'c1', position: [120.5, 31.5] as [number, number], colour: [255, 0, 0, 255], radius: 5 }],
  pulsePhase: 0.5,
  visible: { boundary: true, cells: true, enterprises: true, incidents: true, cameras: true },
  selected: { kind: 'enterprise', id: area.enterprises.features[0]!.properties.id },
  scale: 1,
  people: { shown: true, recommended },
});

describe('buildLayers', () => {
  it('draws every point with the cases’ program, and links no text program while nobody is numbered', () => {
    const layers = buildLayers(input([])).filter(Boolean);
    expect(layers.map((l) => l && l.id)).toEqual(['incident-pulses', 'incidents', 'people', 'selection']);
    for (const layer of layers) {
      expect(layer).toBeInstanceOf(ScatterplotLayer);
      expect(layer && layer.props.extensions).toBe(POINT_EXTENSIONS);
    }
  });

  it('numbers the recommended people on top', () => {
    const last = buildLayers(input(['p1'])).at(-1);
    expect(last && last.id).toBe('people-labels');
  });
});
