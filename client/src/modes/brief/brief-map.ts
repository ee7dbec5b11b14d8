// The briefing's map: the same offline basemap and overlay as the live screens, with the briefing's
// own layers (cases at the playback moment, or their density) and the communities as click targets.
// Not tied to the live store: it draws what the briefing hands it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Case } from '../../../../core/domain/model';
import type { AreaIndex } from '../../state/area-store';
import { communityLabelPoints, type LabelPoints } from '../../map/label-points';
import { FrameSchedule } from '../../map/frame-pacer';
import { readScale, type MapLanguage } from '../../map/map-controller';
import type { MapEngines } from '../../map/map-engines';
import { boundaryLayer } from '../../map/layers/boundary';
import { communityLabelsLayer } from '../../map/layers/community-labels';
import type { MapViewKind } from './brief-view';
import { caseHeatmapLayer, caseHexagonLayer } from './layers/case-density';
import { communityAreasLayer } from './layers/community-areas';
import { playbackCasesLayer } from './layers/playback-cases';

export interface BriefCamera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface BriefMapInput {
  cases: readonly Case[];
  view: MapViewKind;
  community: string | null;
  language: MapLanguage;
}

export class BriefMapController {
  private readonly map: MapLibreMap;
  private readonly overlay: MapboxOverlay;
  private readonly labels: LabelPoints;
  private readonly scale = readScale();
  private input: BriefMapInput | null = null;
  private readonly frames = new FrameSchedule(() => this.render());

  constructor(
    container: HTMLElement,
    private readonly area: AreaIndex,
    engines: MapEngines,
    camera: BriefCamera | null,
    private readonly handlers: {
      onMove: (camera: BriefCamera) => void;
      onCommunityClick: (code: string) => void;
    },
    language: MapLanguage,
  ) {
    this.labels = communityLabelPoints(area.communities);
    const px = Math.round(24 * this.scale);
    this.map = engines.createBasemap(container, area, {
      scale: this.scale,
      language,
      padding: { top: px, right: px, bottom: px, left: px },
      reducedMotion: true,
      preserveDrawingBuffer: true,
    });
    // Names that overlap at one zoom may not at another (their nudges are worked out per zoom).
    this.map.on('zoomend', () => this.requestRender());
    // Listening first, so the restored position is reported like any other move.
    this.map.on('moveend', () => {
      const { lng, lat } = this.map.getCenter();
      this.handlers.onMove({ lon: lng, lat, zoom: this.map.getZoom() });
    });
    if (camera) this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    this.overlay = engines.createOverlay(
      {
        layers: [],
        onClick: (info) => {
          const code = (info.object as { properties?: { code?: string } } | null)?.properties?.code;
          if (info.layer?.id === 'brief-communities' && code) this.handlers.onCommunityClick(code);
        },
        getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
      },
      { preserveDrawingBuffer: true, multisample: true },
    ); // the PNG export copies the canvas; the outline is a line
    this.map.addControl(this.overlay);
  }

  setInput(input: BriefMapInput): void {
    this.input = input;
    this.requestRender();
  }

  private requestRender(): void {
    this.frames.next();
  }

  /** Calls back once the basemap has drawn (exports before that would be blank). */
  onceLoaded(callback: () => void): void {
    if (this.map.loaded()) callback();
    else void this.map.once('load', callback);
  }

  /** The element holding the basemap and overlay canvases (for the PNG export). */
  container(): HTMLElement {
    return this.map.getContainer();
  }

  destroy(): void {
    this.frames.cancel();
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
    this.map.remove();
  }

  private render(): void {
    const input = this.input;
    if (!input) return;
    const { scale, area } = this;
    this.overlay.setProps({
      layers: [
        communityAreasLayer({ communities: area.communities, selected: input.community, scale }),
        boundaryLayer({ boundary: area.boundary, visible: true, scale }),
        caseHeatmapLayer({ cases: input.cases, visible: input.view === 'heatmap', scale }),
        caseHexagonLayer({ cases: input.cases, visible: input.view === 'hexagon' }),
        playbackCasesLayer({ cases: input.cases, visible: input.view === 'points', scale }),
        communityLabelsLayer({
          labels: this.labels,
          language: input.language,
          scale,
          zoom: this.map.getZoom(),
        }),
      ],
    });
  }
}
