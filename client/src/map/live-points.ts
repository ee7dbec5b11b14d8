// The enterprises and the cameras on the live map, drawn by MapLibre at the top of the basemap: over
// the roads' names, under the cases (deck.gl) and the communities' names (page elements), as they
// were when deck.gl drew them. In deck.gl they were two more shader programs to compile before the
// first frame of data (seconds under a software rasteriser); here they are MapLibre's circle and
// icon programs, milliseconds. An enterprise's marker follows its safety status: when the live data
// changes one, only the changed enterprises are sent to MapLibre (`updateData`), and the marker is
// drawn in code at the size it is shown (`drawEnterpriseIcon`) the first time it is asked for.
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import type { EnterpriseCollection, EnterpriseProps } from '../../../core/domain/area';
import type { EnterpriseState } from '../../../core/domain/model';
import type { AreaData } from '../state/area-store';
import type { PickRef } from '../state/ui-store';
import type { LayerSpecification, SourceSpecification } from './basemap-style';
import { drawEnterpriseIcon, enterpriseIconKey, enterpriseIconSize } from './enterprise-icons';
import { LayerVisibility } from './live-area';
import { setLayout, setPaint } from './style-setters';
import { CAMERA_COLOUR, toCss } from './palette';

export const ENTERPRISES_SOURCE = 'enterprises';
export const CAMERAS_SOURCE = 'cameras';

const ID = { cameras: 'camera-point', enterprises: 'enterprise-marker' } as const;

/** The markers' images are named `enterprise/<key>@<scale>`: a new scale asks for new images. */
const IMAGE = /^enterprise\/(.+)@([\d.]+)$/;

/** How far from a marker (px, before the screen's scale) the pointer still finds it. */
const HIT_PX = 3;

const CAMERA = { radius: 2.5, stroke: 1, strokeColour: 'rgba(20, 30, 50, 0.78)' };

export type EnterpriseStates = ReadonlyMap<string, EnterpriseState>;

/** What the enterprises' source holds for an enterprise: its marker, and its place in the stack. */
interface MarkerProps {
  id: string;
  icon: string;
  /** The worse the status, the larger the marker and the later it is drawn (on top). */
  rank: number;
}

function markerProps(props: EnterpriseProps, states: EnterpriseStates): MarkerProps {
  const status = states.get(props.id)?.status;
  return { id: props.id, icon: enterpriseIconKey(status, props.risk), rank: enterpriseIconSize(status) };
}

function markerFeatures(
  enterprises: EnterpriseCollection,
  states: EnterpriseStates,
): Feature<Point, MarkerProps>[] {
  return enterprises.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: markerProps(f.properties, states),
  }));
}

/** The sources, keyed by id: each feature's id is its enterprise's or camera's id. */
export function livePointsSources(
  area: Pick<AreaData, 'enterprises' | 'cameras'>,
  states: EnterpriseStates,
): Record<string, SourceSpecification> {
  return {
    [CAMERAS_SOURCE]: { type: 'geojson', data: area.cameras, promoteId: 'id' },
    [ENTERPRISES_SOURCE]: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: markerFeatures(area.enterprises, states) },
      promoteId: 'id',
    },
  };
}

const iconImage = (scale: number): ['concat', string, ['get', string], string] => [
  'concat',
  'enterprise/',
  ['get', 'icon'],
  `@${scale}`,
];

/** The layers, bottom to top. */
export function livePointsLayers(scale: number): LayerSpecification[] {
  return [
    {
      id: ID.cameras,
      type: 'circle',
      source: CAMERAS_SOURCE,
      paint: {
        'circle-radius': CAMERA.radius * scale,
        'circle-color': toCss(CAMERA_COLOUR),
        'circle-stroke-width': CAMERA.stroke * scale,
        'circle-stroke-color': CAMERA.strokeColour,
      },
    },
    {
      id: ID.enterprises,
      type: 'symbol',
      source: ENTERPRISES_SOURCE,
      layout: {
        'icon-image': iconImage(scale),
        // Every marker is drawn, and none hides a road's name.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['get', 'rank'],
      },
    },
  ];
}

/** Re-applies the screen's scale to a running map (a resize that changes the type scale). */
export function scaleLivePoints(map: MapLibreMap, scale: number): void {
  setPaint(map, ID.cameras, 'circle-radius', CAMERA.radius * scale);
  setPaint(map, ID.cameras, 'circle-stroke-width', CAMERA.stroke * scale);
  setLayout(map, ID.enterprises, 'icon-image', iconImage(scale));
}

/** The enterprise or camera drawn at a point of the map's canvas (CSS pixels), if they are shown. */
export function pointAt(map: MapLibreMap, x: number, y: number, scale: number): PickRef | null {
  if (x < 0 || y < 0) return null;
  // Hidden since the last frame: the rendered features are those of that frame.
  const layers = [ID.enterprises, ID.cameras].filter(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
  );
  if (layers.length === 0) return null;
  const r = HIT_PX * scale;
  const [feature] = map.queryRenderedFeatures(
    [
      [x - r, y - r],
      [x + r, y + r],
    ],
    { layers },
  );
  const id: unknown = feature?.properties?.id;
  if (typeof id !== 'string') return null;
  return { kind: feature!.layer.id === ID.enterprises ? 'enterprise' : 'camera', id };
}

export interface LivePointsInput {
  states: EnterpriseStates;
  enterprisesVisible: boolean;
  camerasVisible: boolean;
}

/** Keeps the markers in step with the enterprises' states and the toggles, sending only changes. */
export class LivePointsSync {
  /** The marker of each enterprise as the source has it. */
  private readonly sent = new Map<string, MarkerProps>();
  private readonly visibility: LayerVisibility;
  private input: LivePointsInput | null = null;

  /** `states`: those the style's source was built with (livePointsSources). */
  constructor(
    private readonly map: MapLibreMap,
    private readonly enterprises: EnterpriseCollection,
    private states: EnterpriseStates,
  ) {
    for (const f of markerFeatures(enterprises, states)) this.sent.set(f.properties.id, f.properties);
    this.visibility = new LayerVisibility(map);
    map.setMissingStyleImageResolver((name) => this.addImage(name));
    // Until the style is in, the source does not exist: what came before is applied then.
    map.once('load', () => this.apply());
  }

  update(input: LivePointsInput): void {
    this.input = input;
    this.apply();
  }

  private apply(): void {
    const { input } = this;
    const source = this.map.getSource<GeoJSONSource>(ENTERPRISES_SOURCE);
    if (!input || !source) return;
    if (input.states !== this.states) {
      this.states = input.states;
      const update = [];
      for (const f of this.enterprises.features) {
        const next = markerProps(f.properties, input.states);
        const last = this.sent.get(next.id);
        if (last && last.icon === next.icon && last.rank === next.rank) continue;
        this.sent.set(next.id, next);
        update.push({
          id: next.id,
          addOrUpdateProperties: [
            { key: 'icon', value: next.icon },
            { key: 'rank', value: next.rank },
          ],
        });
      }
      if (update.length > 0) void source.updateData({ update });
    }
    this.visibility.show([ID.enterprises], input.enterprisesVisible);
    this.visibility.show([ID.cameras], input.camerasVisible);
  }

  private addImage(name: string): void {
    const match = IMAGE.exec(name);
    if (!match || this.map.hasImage(name)) return;
    const pixelRatio = window.devicePixelRatio || 1;
    const image = drawEnterpriseIcon(match[1]!, Number(match[2]) * pixelRatio);
    if (image) this.map.addImage(name, image, { pixelRatio });
  }
}
