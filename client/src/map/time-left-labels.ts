// Time left beside the markers of open cases in warning or overdue (./sla-labels.ts says which and
// the words): amber while in warning, the alarm red once overdue. Page elements over the map's
// canvases, like the communities' names, moved with the map: drawn by deck.gl they were a text
// layer with a collision filter, two more shader programs to compile before the first frame of a
// street with cases (seconds under a software rasteriser) and a collision pass on the GPU. Where
// labels would run into each other the more urgent is drawn whole and the others not at all, and
// none runs into a community's name (`placeLabels`). The labels come from the controller every
// 30 s or when the cases change; an element is written only where its label changed.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapOverlay, type MapOverlay } from './map-overlay';
import { labelWidthEm } from './label-points';
import { SLA_LABEL_COLOUR, toCss } from './palette';
import { placeLabels, type ScreenBox, type SlaLabelDatum } from './sla-labels';

/**
 * Pixels before the screen's scale: the text (the wall's smallest, readable from across the room),
 * its plate's padding, its gap right of the marker.
 */
const SIZE_PX = 14;
const PADDING_PX = { x: 3, y: 1 };
const OFFSET_PX = 9;

interface Shown {
  text: string;
  colour: string;
  transform: string;
}

export class TimeLeftLabels {
  private readonly overlay: MapOverlay;
  private readonly elements: HTMLSpanElement[] = [];
  private readonly shown: (Shown | null)[] = [];
  private labels: readonly SlaLabelDatum[] = [];
  private visible = false;

  constructor(
    private readonly map: MapLibreMap,
    /** Where the communities' names are: no label runs into one. */
    private readonly taken: () => ScreenBox[],
    private scale: number,
  ) {
    this.overlay = mapOverlay(map, 'time-left-labels', () => this.placeAll());
  }

  /** The labels, most urgent first, and whether the cases are shown. */
  set(labels: readonly SlaLabelDatum[], visible: boolean): void {
    if (labels === this.labels && visible === this.visible) return;
    this.labels = labels;
    this.visible = visible;
    this.placeAll();
  }

  setScale(scale: number): void {
    this.scale = scale;
    this.placeAll();
  }

  destroy(): void {
    this.overlay.remove();
  }

  /** Places the labels at the map's view (also after the names moved, at a new zoom). */
  placeAll(): void {
    const labels = this.visible ? this.labels : [];
    const { scale } = this;
    const halfHeight = ((SIZE_PX * 1.2) / 2 + PADDING_PX.y) * scale;
    const points = labels.map((label) => this.map.project(label.position));
    const boxes = labels.map((label, i): ScreenBox => {
      const left = points[i]!.x + OFFSET_PX * scale;
      const width = labelWidthEm(label.text) * SIZE_PX * scale + 2 * PADDING_PX.x * scale;
      const y = points[i]!.y;
      return { left, right: left + width, top: y - halfHeight, bottom: y + halfHeight };
    });
    const drawn = labels.length > 0 ? placeLabels(boxes, this.taken()) : [];
    let used = 0;
    labels.forEach((label, i) => {
      if (!drawn[i]) return;
      const { left, top, bottom } = boxes[i]!;
      this.show(used++, {
        text: label.text,
        colour: toCss(SLA_LABEL_COLOUR[label.level]),
        transform: `translate(${Math.round(left)}px, ${Math.round((top + bottom) / 2)}px) translateY(-50%)`,
      });
    });
    for (let i = used; i < this.elements.length; i++) this.show(i, null);
  }

  private show(index: number, next: Shown | null): void {
    const element = (this.elements[index] ??= this.overlay.root.appendChild(document.createElement('span')));
    const last = this.shown[index] ?? null;
    if (next === null) {
      if (last !== null) element.hidden = true;
      this.shown[index] = null;
      return;
    }
    if (last === null) element.hidden = false;
    if (last?.text !== next.text) element.textContent = next.text;
    if (last?.colour !== next.colour) element.style.color = next.colour;
    if (last?.transform !== next.transform) element.style.transform = next.transform;
    this.shown[index] = next;
  }
}
