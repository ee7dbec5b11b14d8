// Colours of the map, shared by the layers and the legend. Dark command-centre palette: deep navy
// ground, muted infrastructure, saturated colour reserved for what needs attention.
import type { RiskColour } from '../../../core/domain/area';
import type { CategoryId } from '../../../core/domain/categories';
import type { EnterpriseStatusKind } from '../../../core/domain/model';
import type { OpenPhase } from '../state/case-phase';

export type Rgba = [number, number, number, number];

export const toCss = ([r, g, b, a]: Rgba): string => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;

export const BOUNDARY_COLOUR: Rgba = [96, 214, 255, 255];
export const CELL_LINE: Rgba = [88, 128, 178, 150];
export const CELL_LINE_DEDICATED: Rgba = [150, 130, 220, 200];
export const CELL_HIGHLIGHT: Rgba = [120, 200, 255, 70];
export const CAMERA_COLOUR: Rgba = [170, 160, 230, 200];
export const SELECTION_COLOUR: Rgba = [255, 255, 255, 255];

/** Open cases per cell: a calm sequential ramp (navy to steel blue), never alarming by itself. */
export const CELL_RAMP: readonly { min: number; colour: Rgba }[] = [
  { min: 0, colour: [0, 0, 0, 0] },
  { min: 1, colour: [38, 84, 130, 70] },
  { min: 3, colour: [44, 108, 160, 105] },
  { min: 6, colour: [58, 136, 190, 140] },
  { min: 10, colour: [92, 168, 215, 170] },
];

/** The step of the ramp (an index into CELL_RAMP) for a cell with `openCases` open cases. */
export function cellRampStep(openCases: number): number {
  let step = 0;
  CELL_RAMP.forEach((s, i) => {
    if (openCases >= s.min) step = i;
  });
  return step;
}

export const ENTERPRISE_STATUS_COLOUR: Record<EnterpriseStatusKind, Rgba> = {
  overdue: [255, 64, 64, 255],
  'major-hazard': [255, 110, 50, 255],
  'open-hazards': [255, 186, 40, 255],
  'inspection-due': [255, 236, 150, 255], // drawn as an outline
  ok: [52, 168, 150, 230],
};

export const RISK_COLOUR: Record<RiskColour, Rgba> = {
  red: [235, 52, 52, 255],
  orange: [250, 145, 40, 255],
  yellow: [240, 212, 64, 255],
  blue: [72, 142, 235, 255],
};

export const CATEGORY_GROUPS = ['safety', 'environment', 'city', 'social'] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

export const CATEGORY_GROUP_OF: Record<CategoryId, CategoryGroup> = {
  'fire-smoke': 'safety',
  'high-altitude-throwing': 'safety',
  'safety-hazard': 'safety',
  'ebike-in-corridor': 'safety',
  'straw-burning': 'environment',
  'water-pollution': 'environment',
  'illegal-dumping': 'environment',
  'garbage-overflow': 'environment',
  'road-damage': 'city',
  'facility-damage': 'city',
  'illegal-parking': 'city',
  'street-vending': 'city',
  'illegal-construction': 'city',
  'crowd-gathering': 'social',
  noise: 'social',
  dispute: 'social',
};

export const CATEGORY_GROUP_COLOUR: Record<CategoryGroup, Rgba> = {
  safety: [255, 84, 104, 255],
  environment: [56, 220, 150, 255],
  city: [96, 170, 255, 255],
  social: [196, 140, 255, 255],
};

export function categoryColour(category: CategoryId): Rgba {
  return CATEGORY_GROUP_COLOUR[CATEGORY_GROUP_OF[category]];
}

/** The ring round a case says how far it is: white = waiting for someone to act. */
export const PHASE_COLOUR: Record<OpenPhase, Rgba> = {
  awaiting: [255, 255, 255, 255],
  handling: [56, 214, 255, 255],
  checking: [120, 140, 165, 255],
  parked: [255, 190, 60, 255],
};

/** Radius in CSS pixels (at the 1920-wide scale) by severity: urgent cases are larger. */
export const SEVERITY_RADIUS: Record<1 | 2 | 3, number> = { 1: 6.5, 2: 4.8, 3: 4 };

/** People in the field by status: who can go now stands out, who cannot recedes. */
export const PERSON_STATUS_COLOUR: Record<'available' | 'busy' | 'off-duty' | 'offline', Rgba> = {
  available: [60, 214, 150, 255],
  busy: [255, 179, 35, 255],
  'off-duty': [120, 136, 160, 200],
  offline: [80, 92, 112, 170],
};

/** Time left beside a case marker: amber while in warning, the alarm red once overdue. */
export const SLA_LABEL_COLOUR: Record<'warning' | 'overdue', Rgba> = {
  warning: [255, 190, 60, 255],
  overdue: ENTERPRISE_STATUS_COLOUR.overdue,
};
