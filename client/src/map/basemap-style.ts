// The offline basemap: a MapLibre style built in code from the area files, so the page needs no
// host but its own. No `glyphs` and no sprite: MapLibre draws the labels with local fonts.
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import type { AreaData } from '../state/area-store';
import type { ExternalBasemap } from '../net/runtime-config';
import { CELLS_SOURCE, LIVE_AREA_LINE_WIDTHS, liveAreaLayers, liveAreaSource } from './live-area';
import { livePointsLayers, livePointsSources, scaleLivePoints, type EnterpriseStates } from './live-points';
import { setLayout, setPaint } from './style-setters';

// maplibre-gl 6 does not export its style types: they are read off the map's options.
type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;
export type LayerSpecification = StyleSpecification['layers'][number];
export type SourceSpecification = StyleSpecification['sources'][string];
type SymbolLayout = NonNullable<Extract<LayerSpecification, { type: 'symbol' }>['layout']>;

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** The style's first layer: once the map has it, the style is in. */
const GROUND_LAYER = 'ground';

/** CSS font names: MapLibre renders labels locally with these. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

const COLOUR = {
  ground: '#08111f',
  street: '#0e1d33',
  water: '#123a5e',
  waterLine: '#1d5385',
  waterLabel: '#5f93c4',
  road: '#1e3452',
  roadMajor: '#2f4d72',
  roadExpressway: '#40648f',
  roadLabel: '#6d88ab',
  communityLine: '#3b5f8a',
  halo: '#08111f',
  streetGlow: '#2a86c8',
};

export interface BasemapOptions {
  /** Root font size / 16: labels and lines grow with the screen. */
  scale: number;
  language: 'zh-CN' | 'en';
  external: ExternalBasemap | null;
  /**
   * The live screens' grid cells and outline (live-area.ts), enterprises and cameras
   * (live-points.ts); the briefing draws its own.
   */
  liveArea?: boolean;
  /** The enterprises' states the live screens' markers start from (the markers then follow them). */
  enterpriseStates?: EnterpriseStates;
}

function labelField(language: BasemapOptions['language']): SymbolLayout['text-field'] {
  return language === 'en' ? ['coalesce', ['get', 'nameEn'], ['get', 'name']] : ['get', 'name'];
}

/** Label sizes (px) that depend on the scale, applied at build time and again on resize. */
function labelSizes(scale: number) {
  return { 'water-label': 14 * scale, 'road-label': 11.5 * scale };
}

function roadLayers(scale: number): LayerSpecification[] {
  const line = (id: string, classes: string[], colour: string, width: number): LayerSpecification => ({
    id,
    type: 'line',
    source: 'roads',
    filter: ['in', ['get', 'class'], ['literal', classes]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': colour,
      'line-width': ['interpolate', ['linear'], ['zoom'], 11, width * scale * 0.6, 15, width * scale * 2.2],
    },
  });
  return [
    line('road-minor', ['residential', 'tertiary'], COLOUR.road, 0.8),
    line('road-secondary', ['secondary'], COLOUR.road, 1.3),
    line('road-primary', ['primary'], COLOUR.roadMajor, 1.8),
    line('road-expressway', ['expressway'], COLOUR.roadExpressway, 2.6),
  ];
}

export function buildBasemapStyle(area: AreaData, options: BasemapOptions): StyleSpecification {
  const { scale, language, external, liveArea = false, enterpriseStates = new Map() } = options;
  const sizes = labelSizes(scale);
  const text = { 'text-font': LABEL_FONTS, 'text-field': labelField(language) };
  const layers: LayerSpecification[] = [
    { id: GROUND_LAYER, type: 'background', paint: { 'background-color': COLOUR.ground } },
  ];
  if (external) {
    layers.push({
      id: 'external',
      type: 'raster',
      source: 'external',
      paint: { 'raster-saturation': -0.7, 'raster-brightness-max': 0.45, 'raster-opacity': 0.85 },
    });
  }
  layers.push(
    {
      id: 'street-land',
      type: 'fill',
      source: 'boundary',
      // Its edge lies under the street's outline or glow: no outline pass.
      paint: { 'fill-color': COLOUR.street, 'fill-opacity': external ? 0.35 : 1, 'fill-antialias': false },
    },
    {
      id: 'water-area',
      type: 'fill',
      source: 'water',
      filter: ['!=', ['geometry-type'], 'LineString'],
      paint: { 'fill-color': COLOUR.water },
    },
    {
      id: 'water-line',
      type: 'line',
      source: 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': COLOUR.waterLine,
        'line-width': ['match', ['get', 'kind'], 'river', 2.4 * scale, 1.5 * scale],
      },
    },
    ...roadLayers(scale),
    {
      id: 'community-line',
      type: 'line',
      source: 'communities',
      paint: { 'line-color': COLOUR.communityLine, 'line-width': 1.4 * scale, 'line-dasharray': [3, 2] },
    },
    {
      id: 'street-glow',
      type: 'line',
      source: 'boundary',
      paint: {
        'line-color': COLOUR.streetGlow,
        'line-width': 12 * scale,
        'line-blur': 10 * scale,
        'line-opacity': 0.35,
      },
    },
    ...(liveArea ? liveAreaLayers(scale) : []),
    {
      id: 'road-label',
      type: 'symbol',
      source: 'roads',
      filter: [
        'all',
        ['in', ['get', 'class'], ['literal', ['expressway', 'primary', 'secondary']]],
        ['!=', ['get', 'name'], ''],
      ],
      minzoom: 12.5,
      layout: {
        ...text,
        'text-size': sizes['road-label'],
        'symbol-placement': 'line',
        'text-max-angle': 30,
        'symbol-spacing': 400,
      },
      paint: {
        'text-color': COLOUR.roadLabel,
        'text-halo-color': COLOUR.halo,
        'text-halo-width': 1.2 * scale,
      },
    },
    {
      id: 'water-label',
      type: 'symbol',
      source: 'water',
      filter: [
        'all',
        ['!=', ['geometry-type'], 'LineString'],
        ['in', ['get', 'kind'], ['literal', ['lake']]],
      ],
      layout: { ...text, 'text-size': sizes['water-label'], 'text-letter-spacing': 0.3 },
      paint: {
        'text-color': COLOUR.waterLabel,
        'text-halo-color': COLOUR.halo,
        'text-halo-width': 1.2 * scale,
      },
    },
    ...(liveArea ? livePointsLayers(scale) : []),
  );

  const geojson = (data: GeoJSON.GeoJSON, attribution?: string) =>
    ({ type: 'geojson', data, ...(attribution ? { attribution } : {}) }) as const;
  return {
    version: 8,
    name: 'caohu-offline',
    // MapLibre's one worker takes the sources in this order: the street (its outline and cells)
    // first, for the first frame waits for it (first-frames.ts).
    sources: {
      boundary: geojson(area.boundary, OSM_ATTRIBUTION),
      ...(liveArea ? { [CELLS_SOURCE]: liveAreaSource(area.cells) } : {}),
      communities: geojson(area.communities),
      water: geojson(area.water),
      roads: geojson(area.roads),
      ...(liveArea ? livePointsSources(area, enterpriseStates) : {}),
      ...(external
        ? {
            external: {
              type: 'raster',
              tiles: external.tiles,
              tileSize: 256,
              ...(external.attribution ? { attribution: external.attribution } : {}),
            },
          }
        : {}),
    },
    layers,
  };
}

/**
 * Re-applies what depends on screen size and language to a running map; before its style is in,
 * once it is. Only what changed is set, so the same options again cost no frame.
 */
export function applyBasemapOptions(
  map: MapLibreMap,
  options: Pick<BasemapOptions, 'scale' | 'language'>,
): void {
  if (!map.getLayer(GROUND_LAYER)) {
    map.once('style.load', () => applyBasemapOptions(map, options));
    return;
  }
  for (const [layerId, width] of Object.entries(LIVE_AREA_LINE_WIDTHS)) {
    setPaint(map, layerId, 'line-width', width * options.scale);
  }
  scaleLivePoints(map, options.scale);
  for (const [layerId, size] of Object.entries(labelSizes(options.scale))) {
    setLayout(map, layerId, 'text-size', size);
    setLayout(map, layerId, 'text-field', labelField(options.language));
  }
}
