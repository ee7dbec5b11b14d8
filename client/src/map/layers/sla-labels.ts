// Time left beside the markers of open cases in warning or overdue (see ../sla-labels.ts for which
// and the words): amber while in warning, the alarm red once overdue. The data is rebuilt by the
// controller every 30 s or when the cases change, never per frame.
import { TextLayer } from '@deck.gl/layers';
import { LABEL_FONTS } from '../basemap-style';
import { SLA_LABEL_COLOUR } from '../palette';
import type { SlaLabel } from '../sla-labels';

export interface SlaLabelDatum extends SlaLabel {
  text: string;
}

const FONT_FAMILY = LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ');

export function slaLabelsLayer(input: { labels: readonly SlaLabelDatum[]; visible: boolean; scale: number }) {
  return new TextLayer<SlaLabelDatum>({
    id: 'sla-labels',
    data: input.labels,
    visible: input.visible && input.labels.length > 0,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getColor: (d) => SLA_LABEL_COLOUR[d.level],
    getSize: 11,
    sizeUnits: 'pixels',
    sizeScale: input.scale,
    fontFamily: FONT_FAMILY,
    fontWeight: 700,
    // Built from the strings shown (Chinese digits and units), with the system's local fonts.
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 6, radius: 12 },
    outlineWidth: 2,
    outlineColor: [6, 14, 28, 230],
    background: true,
    getBackgroundColor: [6, 14, 28, 190],
    backgroundPadding: [3, 1],
    backgroundBorderRadius: 3,
    // Right of the marker, so the marker and its ring stay visible.
    getPixelOffset: [9, 0],
    getTextAnchor: 'start',
    getAlignmentBaseline: 'center',
    pickable: false,
  });
}
