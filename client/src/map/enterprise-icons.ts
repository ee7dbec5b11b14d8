// The enterprise markers, drawn in code at the size they are shown (no image files, no requests): a
// square in the status colour, inside a red or orange frame when the risk colour is red or orange.
import type { RiskColour } from '../../../core/domain/area';
import { ENTERPRISE_STATUSES, type EnterpriseStatusKind } from '../../../core/domain/model';
import { ENTERPRISE_STATUS_COLOUR, RISK_COLOUR, toCss, type Rgba } from './palette';

type IconStatus = EnterpriseStatusKind | 'unknown';
type Frame = 'red' | 'orange' | 'none';

/** The markers are drawn on a 64-unit square, scaled to their size. */
const CELL = 64;
const FRAMES: readonly Frame[] = ['red', 'orange', 'none'];
const STATUSES: readonly IconStatus[] = [...ENTERPRISE_STATUSES, 'unknown'];
const UNKNOWN_COLOUR: Rgba = [112, 128, 150, 220];
const GROUND = '#08101e';

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

/**
 * The marker for `key` (`enterpriseIconKey`) at its size (`enterpriseIconSize`) times `deviceScale`
 * (the screen's scale times its device pixel ratio), in device pixels; null for a key that names no
 * marker.
 */
export function drawEnterpriseIcon(key: string, deviceScale: number): ImageData | null {
  const [status, frame] = key.split(':') as [IconStatus, Frame];
  if (!STATUSES.includes(status) || !FRAMES.includes(frame) || !(deviceScale > 0)) return null;
  const size = Math.max(
    1,
    Math.round(enterpriseIconSize(status === 'unknown' ? undefined : status) * deviceScale),
  );
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(size / CELL, size / CELL);
  drawIcon(ctx, status, frame);
  return ctx.getImageData(0, 0, size, size);
}
