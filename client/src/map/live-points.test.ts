import { describe, expect, it } from 'vitest';
import type { EnterpriseCollection } from '../../../core/domain/area';
import type { EnterpriseState } from '../../../core/domain/model';
import { fakeMap } from '../test-support/fake-map';
import { LivePointsSync, livePointsLayers, pointAt, type LivePointsInput } from './live-points';

const enterprises = {
  type: 'FeatureCollection',
  features: ['e1', 'e2'].map((id) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [120.5, 31.5] },
    properties: { id, name: id, risk: id === 'e1' ? 'red' : 'blue' },
  })),
} as unknown as EnterpriseCollection;

const state = (status: EnterpriseState['status']) => ({ status }) as EnterpriseState;

const input = (over: Partial<LivePointsInput> = {}): LivePointsInput => ({
  states: new Map(),
  enterprisesVisible: true,
  camerasVisible: true,
  ...over,
});

describe('livePointsLayers', () => {
  it('draws every marker, the worse status on top, and names its image with the scale', () => {
    const marker = livePointsLayers(2).find((l) => l.type === 'symbol') as unknown as {
      layout: Record<string, unknown>;
    };
    expect(marker.layout['icon-allow-overlap']).toBe(true);
    expect(marker.layout['icon-ignore-placement']).toBe(true);
    expect(marker.layout['symbol-sort-key']).toEqual(['get', 'rank']);
    expect(marker.layout['icon-image']).toEqual(['concat', 'enterprise/', ['get', 'icon'], '@2']);
  });
});

describe('LivePointsSync', () => {
  it('waits for the source, then sends only the enterprises whose marker changed', () => {
    const { map, calls, load } = fakeMap();
    const sync = new LivePointsSync(map, enterprises, new Map());
    sync.update(input({ states: new Map([['e1', state('ok')]]) }));
    expect(calls).toEqual([]);
    load();
    expect(calls[0]).toBe(
      'enterprises update ' +
        JSON.stringify({
          update: [
            {
              id: 'e1',
              addOrUpdateProperties: [
                { key: 'icon', value: 'ok:red' },
                { key: 'rank', value: 11 },
              ],
            },
          ],
        }),
    );
    calls.length = 0;

    // A new map with the same statuses sends nothing; a worse status sends that enterprise alone.
    sync.update(input({ states: new Map([['e1', state('ok')]]) }));
    expect(calls).toEqual([]);
    sync.update(
      input({
        states: new Map([
          ['e1', state('ok')],
          ['e2', state('major-hazard')],
        ]),
      }),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain('"id":"e2"');
    expect(calls[0]).toContain('"value":"major-hazard:none"');
    expect(calls[0]).toContain('"value":17');
  });

  it('sends nothing for the states its source was built with', () => {
    const { map, calls, load } = fakeMap();
    const states = new Map([['e2', state('open-hazards')]]);
    const sync = new LivePointsSync(map, enterprises, states);
    load();
    sync.update(input({ states }));
    sync.update(input({ states: new Map(states) }));
    expect(calls.filter((c) => c.startsWith('enterprises update'))).toEqual([]);
  });

  it('hides the enterprises and the cameras with their toggles', () => {
    const { map, calls, load } = fakeMap();
    const sync = new LivePointsSync(map, enterprises, new Map());
    load();
    sync.update(input());
    calls.length = 0;
    sync.update(input({ enterprisesVisible: false }));
    expect(calls).toEqual(['enterprise-marker none']);
    calls.length = 0;
    sync.update(input({ camerasVisible: false }));
    expect(calls).toEqual(['enterprise-marker visible', 'camera-point none']);
  });
});

describe('pointAt', () => {
  const rendered = [
    { layer: { id: 'enterprise-marker' }, properties: { id: 'e1' } },
    { layer: { id: 'camera-point' }, properties: { id: 'c1' } },
  ];

  it('finds the topmost marker within a few pixels of the pointer, scaled with the screen', () => {
    const { map, calls } = fakeMap(rendered);
    expect(pointAt(map, 100, 50, 2)).toEqual({ kind: 'enterprise', id: 'e1' });
    expect(calls).toEqual(['query [[94,44],[106,56]] enterprise-marker,camera-point']);
  });

  it('finds nothing in a hidden layer, nor off the canvas', () => {
    const { map } = fakeMap(rendered);
    map.setLayoutProperty('enterprise-marker', 'visibility', 'none');
    expect(pointAt(map, 100, 50, 1)).toEqual({ kind: 'camera', id: 'c1' });
    map.setLayoutProperty('camera-point', 'visibility', 'none');
    expect(pointAt(map, 100, 50, 1)).toBeNull();
    expect(pointAt(map, -1, 50, 1)).toBeNull();
  });
});
