// The communities' names on the live map: page elements over both canvases, above every case, moved
// with the map. Drawn by deck.gl they were a text layer and its plates, two shader programs to
// compile before the first frame of data (seconds under a software rasteriser); here the browser
// sets them in the page's own type, crisp at any scale, on screen with the street's first frame.
// Where two names would overlap at the map's zoom they are nudged apart vertically, by the same
// offsets that keep the time-left labels off them (layers/sla-labels.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapOverlay, type MapOverlay } from './map-overlay';
import {
  COMMUNITY_LABEL_PADDING_PX,
  COMMUNITY_LABEL_SIZE_PX,
  communityLabelOffsets,
  communityLabelText,
  labelWidthEm,
  type LabelPoints,
} from './label-points';
import type { ScreenBox } from './sla-labels';

export class CommunityNames {
  private readonly overlay: MapOverlay;
  private readonly root: HTMLDivElement;
  private readonly names: HTMLSpanElement[];
  private offsets: number[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly labels: LabelPoints,
    private language: 'zh-CN' | 'en',
    private scale: number,
  ) {
    this.overlay = mapOverlay(map, 'community-names', () => this.placeAll());
    this.root = this.overlay.root;
    this.root.hidden = true; // until the street is drawn
    this.names = labels.features.map(() => this.root.appendChild(document.createElement('span')));
    this.update();
  }

  /** Shows the names (once the street is on screen). */
  show(): void {
    this.root.hidden = false;
    this.placeAll();
  }

  setLanguage(language: 'zh-CN' | 'en'): void {
    this.language = language;
    this.update();
  }

  setScale(scale: number): void {
    this.scale = scale;
    this.update();
  }

  /** The names' text and their nudges at the map's zoom (call when the zoom has settled). */
  update(): void {
    const { labels, language, scale } = this;
    labels.features.forEach((f, i) => {
      this.names[i]!.textContent = communityLabelText(f, language);
    });
    this.offsets = communityLabelOffsets(labels, language, scale, this.map.getZoom());
    this.placeAll();
  }

  /** Where the names are on the map's canvas (CSS pixels), for the labels that keep off them. */
  boxes(): ScreenBox[] {
    const { scale } = this;
    const [padX, padY] = COMMUNITY_LABEL_PADDING_PX;
    const size = COMMUNITY_LABEL_SIZE_PX * scale;
    const halfHeight = (size * 1.2) / 2 + padY * scale;
    return this.labels.features.map((f, i) => {
      const { x, y } = this.map.project(f.geometry.coordinates as [number, number]);
      const cy = y + (this.offsets[i] ?? 0);
      const halfWidth = (labelWidthEm(communityLabelText(f, this.language)) * size) / 2 + padX * scale;
      return { left: x - halfWidth, right: x + halfWidth, top: cy - halfHeight, bottom: cy + halfHeight };
    });
  }

  destroy(): void {
    this.overlay.remove();
  }

  private placeAll(): void {
    if (this.root.hidden) return;
    this.labels.features.forEach((f, i) => {
      const { x, y } = this.map.project(f.geometry.coordinates as [number, number]);
      const dy = this.offsets[i] ?? 0;
      this.names[i]!.style.transform =
        `translate(${Math.round(x)}px, ${Math.round(y + dy)}px) translate(-50%, -50%)`;
    });
  }
}
