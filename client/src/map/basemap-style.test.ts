import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { readAreaFiles } from '../test-support/area-files';
import { makeEnterprise } from '../test-support/fixtures';
import { applyBasemapOptions, buildBasemapStyle, type LayerSpecification } from './basemap-style';

const area = readAreaFiles();

type Props = Record<string, unknown>;

/** A map that holds a style's layers (once `loadStyle` has run) and records each set. */
function styledMap() {
  const layers = new Map<string, { paint: Props; layout: Props }>();
  const sets: string[] = [];
  const waiting: (() => void)[] = [];
  const set = (kind: 'paint' | 'layout') => (id: string, name: string, value: unknown) => {
    sets.push(`${id} ${name} ${JSON.stringify(value)}`);
    layers.get(id)![kind][name] = value;
  };
  const map = {
    getLayer: (id: string) => layers.get(id),
    getPaintProperty: (id: string, name: string) => layers.get(id)?.paint[name],
    getLayoutProperty: (id: string, name: string) => layers.get(id)?.layout[name],
    setPaintProperty: set('paint'),
    setLayoutProperty: set('layout'),
    once: (event: string, run: () => void) => event === 'style.load' && waiting.push(run),
  };
  return {
    map: map as unknown as MapLibreMap,
    sets,
    loadStyle: (style: { layers: LayerSpecification[] }) => {
      for (const l of style.layers) {
        const { paint = {}, layout = {} } = l as { paint?: Props; layout?: Props };
        layers.set(l.id, { paint: { ...paint }, layout: { ...layout } });
      }
      for (const run of waiting.splice(0)) run();
    },
  };
}

const options = { scale: 1.5, language: 'zh-CN', external: null, liveArea: true } as const;

describe('applyBasemapOptions', () => {
  it('sets nothing when the map already has the options, so no frame is drawn for it', () => {
    const { map, sets, loadStyle } = styledMap();
    loadStyle(buildBasemapStyle(area, options));
    applyBasemapOptions(map, { scale: 1.5, language: 'zh-CN' });
    expect(sets).toEqual([]);
  });

  it('sets what changed: sizes with the scale, names with the language', () => {
    const { map, sets, loadStyle } = styledMap();
    loadStyle(buildBasemapStyle(area, options));
    applyBasemapOptions(map, { scale: 2, language: 'zh-CN' });
    expect(sets).toContain('boundary-line line-width 6');
    expect(sets).toContain('water-label text-size 28');
    expect(sets).toContain('enterprise-marker icon-image ["concat","enterprise/",["get","icon"],"@2"]');
    expect(sets.some((s) => s.includes('text-field'))).toBe(false);
    sets.length = 0;
    applyBasemapOptions(map, { scale: 2, language: 'en' });
    expect(sets).toEqual([
      'water-label text-field ["coalesce",["get","nameEn"],["get","name"]]',
      'road-label text-field ["coalesce",["get","nameEn"],["get","name"]]',
    ]);
  });

  it('applies options given before the style is in once it is', () => {
    const { map, sets, loadStyle } = styledMap();
    applyBasemapOptions(map, { scale: 1.5, language: 'en' });
    expect(sets).toEqual([]);
    loadStyle(buildBasemapStyle(area, options));
    expect(sets).toContain('water-label text-field ["coalesce",["get","nameEn"],["get","name"]]');
  });
});

describe('buildBasemapStyle', () => {
  it("lists the street's sources first: MapLibre's worker takes them in order", () => {
    expect(Object.keys(buildBasemapStyle(area, options).sources).slice(0, 2)).toEqual(['boundary', 'cells']);
  });

  it('draws no outline pass for the fills whose edges lie under lines', () => {
    const paint = (id: string) =>
      (buildBasemapStyle(area, options).layers.find((l) => l.id === id) as { paint: Props }).paint;
    expect(paint('street-land')['fill-antialias']).toBe(false);
    expect(paint('cell-fill')['fill-antialias']).toBe(false);
  });

  it('starts the enterprises from the states given', () => {
    const id = area.enterprises.features[0]!.properties.id;
    const style = buildBasemapStyle(area, {
      ...options,
      enterpriseStates: new Map([[id, makeEnterprise(id, { status: 'major-hazard' })]]),
    });
    const source = style.sources.enterprises as { data: GeoJSON.FeatureCollection };
    const marker = source.data.features.find((f) => f.properties?.id === id);
    expect(marker?.properties?.icon).toMatch(/^major-hazard:/);
    expect(marker?.properties?.rank).toBe(17);
  });
});
