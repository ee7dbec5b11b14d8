// What the one-page briefing says, as text in the reader's language: made by use-export-pdf.ts from
// the same figures and charts the screen shows, drawn by draw-sheet.ts.

export type Tone = 'better' | 'worse' | 'same' | 'none';

export interface SheetRow {
  label: string;
  value: string;
  mom: { text: string; tone: Tone };
  yoy: { text: string; tone: Tone };
}

export interface SheetList {
  title: string;
  items: { label: string; value: string }[];
  /** Said when the list is empty. */
  empty: string;
}

export interface SheetModel {
  title: string;
  /** Under the title: the range. */
  subtitle: string;
  /** At the top right: the filter, the playback moment of the map, the time made. */
  meta: string[];
  figuresTitle: string;
  columns: [string, string, string, string];
  rows: SheetRow[];
  /** Why a comparison is missing, if one is. */
  note: string | null;
  issuesTitle: string;
  /** Side by side: the categories and the communities with most new cases. */
  top: [SheetList, SheetList];
  overdue: SheetList;
  footer: string;
}
