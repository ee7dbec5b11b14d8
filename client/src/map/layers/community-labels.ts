// Community names, drawn above the data (the basemap's own labels sit under every deck.gl layer
// in overlaid mode, where the cell fill and the points would hide them).
import { TextLayer } from '@deck.gl/layers';
import { LABEL_FONTS } from '../basemap-style';
import type { LabelPoints } from '../label-points';

type LabelFeature = LabelPoints['features'][number];

const FONT_FAMILY = LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ');

/** The names' size in pixels before the screen's scale. */
export const COMMUNITY_LABEL_SIZE_PX = 15;

/** A label's text in the map's language. */
export const communityLabelText = (f: LabelFeature, language: 'zh-CN' | 'en') =>
  language === 'en' ? f.properties.nameEn || f.properties.name : f.properties.name;

export function communityLabelsLayer(input: {
  labels: LabelPoints;
  language: 'zh-CN' | 'en';
  scale: number;
}) {
  return new TextLayer<LabelFeature>({
    id: 'community-labels',
    data: input.labels.features,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getText: (f) => communityLabelText(f, input.language),
    getSize: COMMUNITY_LABEL_SIZE_PX,
    sizeUnits: 'pixels',
    sizeScale: input.scale,
    getColor: [214, 228, 247, 235],
    fontFamily: FONT_FAMILY,
    fontWeight: 700,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 16 },
    outlineWidth: 3,
    outlineColor: [6, 14, 28, 230],
    // A dark plate keeps the name readable over a dense cluster of cases.
    background: true,
    getBackgroundColor: [6, 14, 28, 150],
    backgroundPadding: [5, 2],
    backgroundBorderRadius: 4,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
    updateTriggers: { getText: input.language },
  });
}
