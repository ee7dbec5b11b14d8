// The governance grid: outlines, filled by the number of open cases in each cell.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { CellCollection, CellFeature } from '../../../../core/domain/area';
import { CELL_HIGHLIGHT, CELL_LINE, CELL_LINE_DEDICATED, cellRampColour } from '../palette';

export function gridCellsLayer(input: {
  cells: CellCollection;
  openByCell: Readonly<Record<string, number>>;
  visible: boolean;
  scale: number;
}) {
  const { openByCell } = input;
  return new GeoJsonLayer<CellFeature['properties']>({
    id: 'grid-cells',
    data: input.cells,
    visible: input.visible,
    filled: true,
    stroked: true,
    getFillColor: (f) => cellRampColour(openByCell[f.properties.code] ?? 0),
    getLineColor: (f) => (f.properties.kind === 'dedicated' ? CELL_LINE_DEDICATED : CELL_LINE),
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    pickable: true,
    autoHighlight: true,
    highlightColor: CELL_HIGHLIGHT,
    updateTriggers: { getFillColor: openByCell },
  });
}
