// The part of a MapLibre map that the live map's sync classes and pickers use (live-area.ts,
// live-points.ts), recording what they were told. Its sources exist once `load()` has run.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface RenderedFeature {
  layer: { id: string };
  properties: Record<string, unknown>;
}

export function fakeMap(rendered: RenderedFeature[] = []) {
  const calls: string[] = [];
  let loaded = false;
  let onLoad: (() => void) | null = null;
  const hidden = new Set<string>();
  const map = {
    getSource: (id: string) =>
      loaded
        ? { updateData: (diff: unknown) => calls.push(`${id} update ${JSON.stringify(diff)}`) }
        : undefined,
    setFeatureState: (f: { id: string }, state: Record<string, unknown>) =>
      calls.push(`${f.id} ${JSON.stringify(state)}`),
    setLayoutProperty: (id: string, _property: string, value: string) => {
      calls.push(`${id} ${value}`);
      if (value === 'none') hidden.add(id);
      else hidden.delete(id);
    },
    getLayoutProperty: (id: string) => (hidden.has(id) ? 'none' : 'visible'),
    getLayer: () => ({}),
    queryRenderedFeatures: (box: unknown, options: { layers: string[] }) => {
      calls.push(`query ${JSON.stringify(box)} ${options.layers.join(',')}`);
      return rendered.filter((f) => options.layers.includes(f.layer.id));
    },
    setMissingStyleImageResolver: () => undefined,
    once: (_event: string, run: () => void) => (onLoad = run),
  };
  return {
    map: map as unknown as MapLibreMap,
    calls,
    load: () => {
      loaded = true;
      onLoad?.();
    },
  };
}
