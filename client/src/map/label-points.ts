// Where to write a polygon's name: inside it, on its largest part; and how far to nudge the
// communities' names apart where they would overlap at a zoom. Plain geometry, no library.
import type { FeatureCollection, Point } from 'geojson';
import type { CommunityCollection } from '../../../core/domain/area';
import { memoizeLast } from '../state/memoize-last';

export type LabelPoints = FeatureCollection<Point, { name: string; nameEn: string }>;

/** One label point per community: the centroid of its largest part, moved inside if it falls out. */
export function communityLabelPoints(communities: CommunityCollection): LabelPoints {
  return {
    type: 'FeatureCollection',
    features: communities.features.map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name, nameEn: f.properties.nameEn },
      geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
    })),
  };
}

export function labelPoint(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: GeoJSON.Position[] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    const a = Math.abs(ringArea(ring));
    if (a > bestArea) {
      bestArea = a;
      best = ring;
    }
  }
  return interiorPoint(best);
}

function ringArea(ring: GeoJSON.Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** The area-weighted centroid if it lies inside the ring, else the middle of the widest row through it. */
function interiorPoint(ring: GeoJSON.Position[]): [number, number] {
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const f = xj * yi - xi * yj;
    cx += (xi + xj) * f;
    cy += (yi + yj) * f;
    a += f;
  }
  if (a === 0) return [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  const centroid: [number, number] = [cx / (3 * a), cy / (3 * a)];
  const crossings = rowCrossings(ring, centroid[1]);
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    if (centroid[0] >= crossings[k]! && centroid[0] <= crossings[k + 1]!) return centroid;
  }
  let widest: [number, number] = centroid;
  let width = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const w = crossings[k + 1]! - crossings[k]!;
    if (w > width) {
      width = w;
      widest = [(crossings[k]! + crossings[k + 1]!) / 2, centroid[1]];
    }
  }
  return widest;
}

function rowCrossings(ring: GeoJSON.Position[], y: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
  }
  return xs.sort((p, q) => p - q);
}

/** A label's box on the screen: its centre and size in pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label's width in ems, close enough for boxes: full-width (CJK) characters 1, the rest 0.6. */
export function labelWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em;
}

/** Where a point is on a Web Mercator plane of `512 · 2^zoom` pixels, MapLibre's at that zoom. */
export function worldPixel([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * size,
    (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size,
  ];
}

/**
 * Vertical nudges (px) that pull apart labels whose boxes overlap: each overlapping pair moves
 * apart, half each way, over a few rounds. None moves by more than its own height, so every name
 * stays by its place; names too crowded for that may still touch.
 */
export function separateLabels(boxes: readonly LabelBox[], gapPx = 2, rounds = 8): number[] {
  const dy = boxes.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (Math.abs(a.x - b.x) >= (a.width + b.width) / 2 + gapPx) continue;
        const ay = a.y + dy[i]!;
        const by = b.y + dy[j]!;
        const need = (a.height + b.height) / 2 + gapPx - Math.abs(ay - by);
        if (need <= 0.01) continue;
        const bDown = by >= ay ? 1 : -1;
        dy[i] = clamp(dy[i]! - (bDown * need) / 2, a.height);
        dy[j] = clamp(dy[j]! + (bDown * need) / 2, b.height);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return dy;
}

const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

/** The names' size in pixels before the screen's scale. */
export const COMMUNITY_LABEL_SIZE_PX = 15;

/** A label's text in the map's language. */
export const communityLabelText = (f: LabelPoints['features'][number], language: 'zh-CN' | 'en') =>
  language === 'en' ? f.properties.nameEn || f.properties.name : f.properties.name;

/** The plate round a name, [x, y] in pixels before the screen's scale. */
export const COMMUNITY_LABEL_PADDING_PX: [number, number] = [5, 2];

/** Each name's vertical nudge in pixels at this zoom, so that no two names overlap. */
export const communityLabelOffsets = memoizeLast(
  (labels: LabelPoints, language: 'zh-CN' | 'en', scale: number, zoom: number): number[] => {
    const size = COMMUNITY_LABEL_SIZE_PX * scale;
    return separateLabels(
      labels.features.map((f) => {
        const [x, y] = worldPixel(f.geometry.coordinates as [number, number], zoom);
        const width =
          labelWidthEm(communityLabelText(f, language)) * size + 2 * COMMUNITY_LABEL_PADDING_PX[0];
        return { x, y, width, height: size * 1.2 + 2 * COMMUNITY_LABEL_PADDING_PX[1] };
      }),
    );
  },
);
