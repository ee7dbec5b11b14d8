// The enterprise markers, drawn once into a canvas atlas (no image files, no requests): a square in
// the status colour, inside a red or orange frame when the risk colour is red or orange.
import type { RiskColour } from '../../../core/domain/area';
import { ENTERPRISE_STATUSES, type EnterpriseStatusKind } from '../../../core/domain/model';
import { ENTERPRISE_STATUS_COLOUR, RISK_COLOUR, toCss, type Rgba } from './palette';

type IconStatus = EnterpriseStatusKind | 'unknown';
type Frame = 'red' | 'orange' | 'none';

const CELL = 64;
const FRAMES: readonly Frame[] = ['red', 'orange', 'none'];
const STATUSES: readonly IconStatus[] = [...ENTERPRISE_STATUSES, 'unknown'];
const UNKNOWN_COLOUR: Rgba = [112, 128, 150, 220];
const GROUND = '#08101e';

export interface IconAtlas {
  canvas: HTMLCanvasElement;
  mapping: Record<string, { x: number; y: number; width: number; height: number; mask: boolean }>;
}

export function enterpriseIconKey(status: EnterpriseStatusKind | undefined, risk: RiskColour): string {
  const frame: Frame = risk === 'red' || risk === 'orange' ? risk : 'none';
  return `${status ?? 'unknown'}:${frame}`;
}

/** Marker height in pixels (at the 1920-wide scale): the worse the status, the larger. */
export function enterpriseIconSize(status: EnterpriseStatusKind | undefined): number {
  switch (status) {
    case 'overdue':
    case 'major-hazard':
      return 17;
    case 'open-hazards':
      return 15;
    case 'inspection-due':
      return 13;
    default:
      return 11;
  }
}

function roundedRect(ctx: CanvasRenderingContext2D, inset: number, radius: number): void {
  const size = CELL - inset * 2;
  ctx.beginPath();
  ctx.roundRect(inset, inset, size, size, radius);
}

function drawIcon(ctx: CanvasRenderingContext2D, status: IconStatus, frame: Frame): void {
  if (frame !== 'none') {
    roundedRect(ctx, 1, 12);
    ctx.fillStyle = toCss(RISK_COLOUR[frame]);
    ctx.fill();
  }
  roundedRect(ctx, 8, 8);
  ctx.fillStyle = GROUND;
  ctx.fill();
  const colour = toCss(status === 'unknown' ? UNKNOWN_COLOUR : ENTERPRISE_STATUS_COLOUR[status]);
  if (status === 'inspection-due') {
    roundedRect(ctx, 15, 5);
    ctx.lineWidth = 7;
    ctx.strokeStyle = colour;
    ctx.stroke();
  } else {
    roundedRect(ctx, 12, 6);
    ctx.fillStyle = colour;
    ctx.fill();
  }
}

let atlas: IconAtlas | null = null;

export function enterpriseIconAtlas(): IconAtlas {
  if (atlas) return atlas;
  const canvas = document.createElement('canvas');
  canvas.width = CELL * STATUSES.length;
  canvas.height = CELL * FRAMES.length;
  const ctx = canvas.getContext('2d');
  const mapping: IconAtlas['mapping'] = {};
  STATUSES.forEach((status, column) => {
    FRAMES.forEach((frame, row) => {
      const x = column * CELL;
      const y = row * CELL;
      mapping[`${status}:${frame}`] = { x, y, width: CELL, height: CELL, mask: false };
      if (!ctx) return;
      ctx.save();
      ctx.translate(x, y);
      drawIcon(ctx, status, frame);
      ctx.restore();
    });
  });
  atlas = { canvas, mapping };
  return atlas;
}
