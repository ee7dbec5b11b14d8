// Community names above the data: their text and their nudges apart (names that would overlap at
// the map's zoom move vertically), shared by the live map's names (page elements:
// ../community-names.ts) and the time-left labels that keep off them; and the briefing's deck.gl
// layer of them (the basemap's labels sit under every deck.gl layer in overlaid mode, where the
// fills and the points would hide them, and the briefing's export copies its canvases).
import { TextLayer } from '@deck.gl/layers';
import { memoizeLast } from '../../state/memoize-last';
import { LABEL_FONTS } from '../basemap-style';
import { bearingAwareSdf } from './glyphs';
import { labelWidthEm, separateLabels, worldPixel, type LabelPoints } from '../label-points';

type LabelFeature = LabelPoints['features'][number];

const FONT_FAMILY = LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ');

/** The names' size in pixels before the screen's scale. */
export const COMMUNITY_LABEL_SIZE_PX = 15;

/** A label's text in the map's language. */
export const communityLabelText = (f: LabelFeature, language: 'zh-CN' | 'en') =>
  language === 'en' ? f.properties.nameEn || f.properties.name : f.properties.name;

const PADDING_PX: [number, number] = [5, 2];

/** Each name's vertical nudge in pixels at this zoom, so that no two names overlap. */
export const communityLabelOffsets = memoizeLast(
  (labels: LabelPoints, language: 'zh-CN' | 'en', scale: number, zoom: number): number[] => {
    const size = COMMUNITY_LABEL_SIZE_PX * scale;
    return separateLabels(
      labels.features.map((f) => {
        const [x, y] = worldPixel(f.geometry.coordinates as [number, number], zoom);
        const width = labelWidthEm(communityLabelText(f, language)) * size + 2 * PADDING_PX[0];
        return { x, y, width, height: size * 1.2 + 2 * PADDING_PX[1] };
      }),
    );
  },
);

export function communityLabelsLayer(input: {
  labels: LabelPoints;
  language: 'zh-CN' | 'en';
  scale: number;
  /** The map's zoom: where names would overlap at it, they are nudged apart. */
  zoom: number;
}) {
  const offsets = communityLabelOffsets(input.labels, input.language, input.scale, input.zoom);
  return new TextLayer<LabelFeature>({
    id: 'community-labels',
    data: input.labels.features,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getPixelOffset: (_f, { index }) => [0, offsets[index] ?? 0],
    getText: (f) => communityLabelText(f, input.language),
    getSize: COMMUNITY_LABEL_SIZE_PX,
    sizeUnits: 'pixels',
    sizeScale: input.scale,
    getColor: [214, 228, 247, 235],
    fontFamily: FONT_FAMILY,
    fontWeight: 700,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 16 },
    _getFontRenderer: bearingAwareSdf,
    outlineWidth: 3,
    outlineColor: [6, 14, 28, 230],
    // A dark plate keeps the name readable over a dense cluster of cases.
    background: true,
    getBackgroundColor: [6, 14, 28, 150],
    backgroundPadding: PADDING_PX,
    backgroundBorderRadius: 4,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
    updateTriggers: { getText: input.language, getPixelOffset: offsets },
  });
}
