// Time left beside the markers of open cases in warning or overdue (see ../sla-labels.ts for which
// and the words): amber while in warning, the alarm red once overdue. The data is rebuilt by the
// controller every 30 s or when the cases change, never per frame. Where labels would overlap,
// the more urgent one is drawn (deck.gl's collision filter, on the GPU), and a label that would
// run into a community's name is not drawn at all.
import type { CollisionFilterExtensionProps } from '@deck.gl/extensions';
import { TextLayer } from '@deck.gl/layers';
import { memoizeLast } from '../../state/memoize-last';
import { LABEL_FONTS } from '../basemap-style';
import {
  COMMUNITY_LABEL_SIZE_PX,
  communityLabelOffsets,
  communityLabelText,
  labelWidthEm,
  type LabelPoints,
} from '../label-points';
import { SLA_LABEL_COLOUR } from '../palette';
import type { SlaLabel } from '../sla-labels';
import { bearingAwareSdf } from './glyphs';
import { LABEL_EXTENSIONS } from './programs';

export interface SlaLabelDatum extends SlaLabel {
  text: string;
}

/**
 * Where a community's name is drawn (by the community labels' layer, beneath this one): an
 * invisible entry of the highest priority, as wide as the name, which keeps time-left labels off it.
 */
interface NameBlock {
  position: [number, number];
  /** Blank ideographic spaces as wide as the name: no ink, only the box. */
  text: string;
  level: null;
  /** The name's nudge (px), where names would overlap. */
  dy: number;
}

type Datum = SlaLabelDatum | NameBlock;

const TRANSPARENT: [number, number, number, number] = [0, 0, 0, 0];
const NAME_PRIORITY = 1000;

const FONT_FAMILY = LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ');

/** Right of the marker, so the marker and its ring stay visible. */
const OFFSET_PX = 9;
const PADDING_PX = { x: 3, y: 1 };
const SIZE_PX = 11;

/**
 * The collision filter draws each label's test box, the more urgent on top, and keeps a label
 * only where its own box is what lies under its anchor (the marker). Two labels overlap when one's
 * anchor lies within the other's box widened leftwards by the offset, the widest label and both
 * paddings, and up and down by half a label's height and both paddings. Only the background's
 * padding can widen the test box (props that feed attributes are not redrawn for it), and on that
 * sublayer it is `padding`: [left, top, right, bottom] in pixels.
 */
function collisionPadding(texts: readonly string[], scale: number): [number, number, number, number] {
  const size = SIZE_PX * scale;
  const widest = Math.max(0, ...texts.map(labelWidthEm)) * size;
  const vertical = size / 2 + 2 * PADDING_PX.y;
  return [OFFSET_PX + widest + 2 * PADDING_PX.x, vertical, PADDING_PX.x, vertical];
}

/** The labels come most urgent first; priorities step by 30, well above the filter's precision. */
const priorityOf = (index: number) => 900 - index * 30;

/** The labels, then the names' blocks (after them, so the labels' indices are their urgency). */
const withNameBlocks = memoizeLast(
  (
    labels: readonly SlaLabelDatum[],
    names: LabelPoints,
    language: 'zh-CN' | 'en',
    offsets: readonly number[],
  ): Datum[] => [
    ...labels,
    ...names.features.map((f, i) => ({
      position: f.geometry.coordinates as [number, number],
      text: '\u3000'.repeat(Math.ceil(labelWidthEm(communityLabelText(f, language)))),
      level: null,
      dy: offsets[i] ?? 0,
    })),
  ],
);

export function slaLabelsLayer(input: {
  labels: readonly SlaLabelDatum[];
  names: LabelPoints;
  language: 'zh-CN' | 'en';
  visible: boolean;
  scale: number;
  zoom: number;
}) {
  const offsets = communityLabelOffsets(input.names, input.language, input.scale, input.zoom);
  const texts = input.labels.map((d) => d.text);
  return new TextLayer<Datum, CollisionFilterExtensionProps<Datum>>({
    id: 'sla-labels',
    data: withNameBlocks(input.labels, input.names, input.language, offsets),
    visible: input.visible && input.labels.length > 0,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getColor: (d) => (d.level ? SLA_LABEL_COLOUR[d.level] : TRANSPARENT),
    getSize: (d) => (d.level ? SIZE_PX : COMMUNITY_LABEL_SIZE_PX),
    sizeUnits: 'pixels',
    sizeScale: input.scale,
    fontFamily: FONT_FAMILY,
    fontWeight: 700,
    // Built from the strings shown (Chinese digits and units), with the system's local fonts.
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 6, radius: 12 },
    _getFontRenderer: bearingAwareSdf,
    outlineWidth: 2,
    outlineColor: [6, 14, 28, 230],
    background: true,
    getBackgroundColor: (d) => (d.level ? [6, 14, 28, 190] : TRANSPARENT),
    backgroundPadding: [PADDING_PX.x, PADDING_PX.y],
    backgroundBorderRadius: 3,
    getPixelOffset: (d) => (d.level ? [OFFSET_PX, 0] : [0, d.dy]),
    getTextAnchor: (d) => (d.level ? 'start' : 'middle'),
    getAlignmentBaseline: 'center',
    pickable: false,
    extensions: LABEL_EXTENSIONS,
    collisionGroup: 'sla-labels',
    collisionTestProps: { padding: collisionPadding(texts, input.scale) },
    getCollisionPriority: (d, { index }) => (d.level ? priorityOf(index) : NAME_PRIORITY),
  });
}
