// The briefing's community names, a deck.gl text layer above its data (the basemap's labels sit
// under every deck.gl layer in overlaid mode, where the fills and the points would hide them, and
// the briefing's export copies its canvases). The live map's names are page elements
// (../community-names.ts); their text and their nudges apart are ../label-points.ts's.
import { TextLayer } from '@deck.gl/layers';
import { LABEL_FONTS } from '../basemap-style';
import { bearingAwareSdf } from './glyphs';
import {
  COMMUNITY_LABEL_PADDING_PX,
  COMMUNITY_LABEL_SIZE_PX,
  communityLabelOffsets,
  communityLabelText,
  type LabelPoints,
} from '../label-points';

type LabelFeature = LabelPoints['features'][number];

const FONT_FAMILY = LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ');

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
    backgroundPadding: COMMUNITY_LABEL_PADDING_PX,
    backgroundBorderRadius: 4,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
    updateTriggers: { getText: input.language, getPixelOffset: offsets },
  });
}
