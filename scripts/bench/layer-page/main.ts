// A page with the live map's incidents layer alone (deck.gl, the same device settings), for
// scripts/bench/incident-layer.ts: one case change in a layer of N incidents, timed with
// performance.now around the update and deck.gl's own stats, the fixed-slot way (the product's
// code: IncidentSlots + incidentsLayer) against rebuilding the layer's data from the cases.
import { Deck, MapView, type Layer } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { isCaseOpen, type Case } from '../../../core/domain/model';
import { applyDelta, applySnapshot, type LiveData } from '../../../client/src/state/apply-sync';
import { phaseOf } from '../../../client/src/state/case-phase';
import { IncidentSlots } from '../../../client/src/map/incident-slots';
import { incidentsLayer } from '../../../client/src/map/layers/incidents';
import { categoryColour, PHASE_COLOUR, SEVERITY_RADIUS } from '../../../client/src/map/palette';
import { makeCase, makeDelta, makeSnapshot } from '../../../client/src/test-support/fixtures';

const STATES = ['reported', 'dispatched', 'in-progress', 'handled', 'closed'] as const;
const CATEGORIES = ['garbage-overflow', 'illegal-parking', 'road-damage'] as const;

function syntheticCases(n: number): Case[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) =>
    makeCase(`C${i}`, {
      location: { lon: 120.53 + random() * 0.08, lat: 31.435 + random() * 0.08 },
      category: CATEGORIES[i % CATEGORIES.length]!,
      state: STATES[i % (STATES.length - 1)]!,
      severity: ((i % 3) + 1) as 1 | 2 | 3,
    }),
  );
}

/** The naive way: the cases as an array of objects, every attribute computed from every case. */
const EXTENSIONS = [new DataFilterExtension({ filterSize: 1 })];
function rebuiltLayer(cases: ReadonlyMap<string, Case>) {
  return new ScatterplotLayer<Case, DataFilterExtensionProps<Case>>({
    id: 'incidents',
    data: [...cases.values()],
    getPosition: (c) => [c.location.lon, c.location.lat],
    getFillColor: (c) => categoryColour(c.category),
    getLineColor: (c) => {
      const phase = phaseOf(c.state);
      return phase === 'done' ? [0, 0, 0, 0] : PHASE_COLOUR[phase];
    },
    getRadius: (c) => SEVERITY_RADIUS[c.severity],
    getFilterValue: (c) => (isCaseOpen(c.state) ? 1 : 0),
    radiusUnits: 'pixels',
    stroked: true,
    getLineWidth: 1.4,
    lineWidthUnits: 'pixels',
    pickable: true,
    extensions: EXTENSIONS,
    filterRange: [1, 1],
  });
}

interface Timing {
  /**
   * The delta applied to the live data, our update and deck.gl's layer update (attributes
   * computed and written to the GPU buffers).
   */
  updateMs: number[];
  /** Of which the delta applied to the live data (state/apply-sync). */
  applyMs: number[];
  /** The naive store's cost for the same delta, not part of the update: copying the whole cases map. */
  copyMs: number[];
  /** deck.gl's own 'Update Attributes' stat for the same updates. */
  deckAttributesMs: number[];
  /** Drawing the frame (GL calls; the rasterising happens in the GPU process). */
  drawMs: number[];
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** `perUpdate` cases change in each update, spread over the layer (a frame's worth on a bad day). */
async function measure(n: number, changes: number, way: 'slots' | 'rebuild', perUpdate = 1): Promise<Timing> {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%';
  document.body.append(canvas);
  const deck = new Deck({
    canvas,
    views: new MapView(),
    initialViewState: { longitude: 120.57, latitude: 31.475, zoom: 12 },
    controller: false,
    deviceProps: { webgl: { preserveDrawingBuffer: false } }, // as the live map's overlay
    layers: [],
  });
  while (!deck.isInitialized) await frame();
  // deck.gl's layer manager and stats (protected in its types): the update is run and timed here
  // rather than in deck.gl's next animation frame.
  const internals = deck as unknown as {
    layerManager: { updateLayers: () => void };
    stats: { get: (name: string) => { time: number } };
  };
  let data: LiveData = applySnapshot(makeSnapshot(1, { cases: syntheticCases(n) }));
  const slots = new IncidentSlots();
  const layerOf = (): Layer =>
    way === 'slots'
      ? (slots.sync(data.cases), incidentsLayer({ slots, visible: true, scale: 1 }))
      : rebuiltLayer(data.cases);
  deck.setProps({ layers: [layerOf()] });
  internals.layerManager.updateLayers();
  deck.redraw('first');
  await frame();
  const attributes = internals.stats.get('Update Attributes');
  const timing: Timing = { updateMs: [], applyMs: [], copyMs: [], deckAttributesMs: [], drawMs: [] };
  for (let k = 0; k < changes; k++) {
    const changed = Array.from({ length: perUpdate }, (_, j) => {
      const before = data.cases.get(`C${((k * perUpdate + j) * 7_919) % n}`)!;
      return { ...before, state: before.state === 'closed' ? 'reported' : 'closed' } as Case;
    });
    const copying = performance.now();
    new Map(data.cases).set(changed[0]!.id, changed[0]!);
    timing.copyMs.push(performance.now() - copying);
    const attributesBefore = attributes.time;
    const started = performance.now();
    data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases: changed })).data;
    timing.applyMs.push(performance.now() - started);
    deck.setProps({ layers: [layerOf()] });
    internals.layerManager.updateLayers();
    const updated = performance.now();
    deck.redraw('bench');
    timing.drawMs.push(performance.now() - updated);
    timing.updateMs.push(updated - started);
    timing.deckAttributesMs.push(attributes.time - attributesBefore);
    await frame(); // let the frame reach the screen before the next change
  }
  deck.finalize();
  canvas.remove();
  return timing;
}

declare global {
  interface Window {
    __layerBench?: { measure: typeof measure };
  }
}
window.__layerBench = { measure };
