// The street's outline and its grid cells on the live map, drawn by MapLibre as part of the basemap:
// over the ground, the water and the roads, under their names and under every deck.gl layer. In
// deck.gl they would be two more shader programs (a second or more each to compile under a software
// rasteriser, before the first frame of data) and a fill across most of the screen redrawn with
// every frame of points. A cell's colour follows its open cases through feature state, set only
// when the cell moves to another step of the ramp; the hovered and the selected cell likewise.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CellCollection } from '../../../core/domain/area';
import type { LayerSpecification, SourceSpecification } from './basemap-style';
import {
  BOUNDARY_COLOUR,
  CELL_HIGHLIGHT,
  CELL_LINE,
  CELL_LINE_DEDICATED,
  CELL_RAMP,
  cellRampStep,
  SELECTION_COLOUR,
  toCss,
} from './palette';

export const CELLS_SOURCE = 'cells';

/**
 * The layers' ids. The hover fill and the selection outline are drawn only while there is one: a
 * layer with nothing to show still costs a software rasteriser its pass over the street.
 */
const ID = {
  fill: 'cell-fill',
  hover: 'cell-hover',
  line: 'cell-line',
  boundary: 'boundary-line',
  selected: 'cell-selected',
} as const;

/** Line widths in pixels before the screen's scale, by layer id. */
export const LIVE_AREA_LINE_WIDTHS: Readonly<Record<string, number>> = {
  [ID.line]: 1,
  [ID.boundary]: 3,
  [ID.selected]: 2.5,
};

const CELL_LAYERS = [ID.fill, ID.line];
const BOUNDARY_LAYERS = [ID.boundary];

/** The cells' source: each feature's id is its code, so feature state is set by code. */
export function liveAreaSource(cells: CellCollection): SourceSpecification {
  return { type: 'geojson', data: cells, promoteId: 'code' };
}

/** The layers, bottom to top; the boundary's is the `boundary` source the basemap already has. */
export function liveAreaLayers(scale: number): LayerSpecification[] {
  const width = (id: string) => LIVE_AREA_LINE_WIDTHS[id]! * scale;
  const ramp = CELL_RAMP.slice(1).flatMap((s, i) => [i + 1, toCss(s.colour)]);
  return [
    {
      id: ID.fill,
      type: 'fill',
      source: CELLS_SOURCE,
      paint: {
        // Its edges lie under the cells' lines: no outline pass (one program fewer to compile).
        'fill-antialias': false,
        'fill-color': [
          'step',
          ['coalesce', ['feature-state', 'step'], 0],
          toCss(CELL_RAMP[0]!.colour),
          ...ramp,
        ],
      },
    },
    {
      id: ID.hover,
      type: 'fill',
      source: CELLS_SOURCE,
      layout: { visibility: 'none' },
      paint: {
        'fill-color': toCss(CELL_HIGHLIGHT),
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
      },
    },
    {
      id: ID.line,
      type: 'line',
      source: CELLS_SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['match', ['get', 'kind'], 'dedicated', toCss(CELL_LINE_DEDICATED), toCss(CELL_LINE)],
        'line-width': width(ID.line),
      },
    },
    {
      id: ID.boundary,
      type: 'line',
      source: 'boundary',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': toCss(BOUNDARY_COLOUR), 'line-width': width(ID.boundary) },
    },
    {
      id: ID.selected,
      type: 'line',
      source: CELLS_SOURCE,
      layout: { 'line-join': 'round', visibility: 'none' },
      paint: {
        'line-color': toCss(SELECTION_COLOUR),
        'line-width': width(ID.selected),
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
  ];
}

/** The code of the cell drawn at a point of the map's canvas (CSS pixels), if the cells are shown. */
export function cellAt(map: MapLibreMap, x: number, y: number): string | null {
  if (x < 0 || y < 0 || !map.getLayer(ID.fill)) return null;
  // Hidden since the last frame: the rendered features are those of that frame.
  if (map.getLayoutProperty(ID.fill, 'visibility') === 'none') return null;
  const code: unknown = map.queryRenderedFeatures([x, y], { layers: [ID.fill] })[0]?.properties?.code;
  return typeof code === 'string' ? code : null;
}

export interface LiveAreaInput {
  openByCell: Readonly<Record<string, number>>;
  cellsVisible: boolean;
  boundaryVisible: boolean;
  /** The selected cell's code, if a cell is selected. */
  selected: string | null;
  /**
   * Whether the cells' colours may change now (each change is a frame of the whole basemap);
   * if not, they are kept until a later update that may. Yes unless given.
   */
  coloursDue?: boolean;
}

/** Keeps the map's cells and outline in step with the screen's state, touching only what changed. */
export class LiveAreaSync {
  private readonly steps = new Map<string, number>();
  private readonly visibility: LayerVisibility;
  private selected: string | null = null;
  private hovered: string | null = null;
  private input: LiveAreaInput | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly codes: readonly string[],
  ) {
    this.visibility = new LayerVisibility(map);
    // Until the style is in, the source does not exist: what came before is applied then.
    map.once('load', () => this.apply());
  }

  /** Applies the screen's state; true if a cell's colour is waiting for an update that may change it. */
  update(input: LiveAreaInput): boolean {
    this.input = input;
    return this.apply();
  }

  hover(code: string | null): void {
    if (code === this.hovered || !this.map.getSource(CELLS_SOURCE)) return;
    this.setState(this.hovered, { hover: false });
    this.setState(code, { hover: true });
    this.hovered = code;
    this.visibility.show([ID.hover], code !== null);
  }

  private apply(): boolean {
    const { input, map } = this;
    if (!input || !map.getSource(CELLS_SOURCE)) return false;
    let waiting = false;
    for (const code of this.codes) {
      const step = cellRampStep(input.openByCell[code] ?? 0);
      if (this.steps.get(code) === step) continue;
      if (input.coloursDue === false) {
        waiting = true;
        continue;
      }
      this.steps.set(code, step);
      this.setState(code, { step });
    }
    if (input.selected !== this.selected) {
      this.setState(this.selected, { selected: false });
      this.setState(input.selected, { selected: true });
      this.selected = input.selected;
    }
    this.visibility.show([ID.selected], input.selected !== null);
    this.visibility.show(CELL_LAYERS, input.cellsVisible);
    this.visibility.show(BOUNDARY_LAYERS, input.boundaryVisible);
    if (!input.cellsVisible) this.hover(null);
    return waiting;
  }

  private setState(code: string | null, state: Record<string, unknown>): void {
    if (code !== null) this.map.setFeatureState({ source: CELLS_SOURCE, id: code }, state);
  }
}

/** Shows and hides a map's layers, telling MapLibre only of a change. */
export class LayerVisibility {
  private readonly shown = new Map<string, boolean>();

  constructor(private readonly map: MapLibreMap) {}

  show(layers: readonly string[], visible: boolean): void {
    for (const id of layers) {
      if (this.shown.get(id) === visible) continue;
      this.shown.set(id, visible);
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }
}
