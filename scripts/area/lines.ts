// Clipping polylines (roads, canals) to an area: densify, keep the runs of points inside, and
// drop the extra points again where the line is straight.
import type { Position } from 'geojson';
import { type Area, distanceM, roundPosition, toLocal, toLonLat } from './geometry';
import { isInside } from './partition';

function densify(line: readonly Position[], stepM: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = toLocal(line[i] as Position) as [number, number];
    const b = toLocal(line[i + 1] as Position) as [number, number];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / stepM));
    for (let k = 0; k < n; k++)
      out.push(toLonLat([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]));
  }
  out.push(line[line.length - 1] as Position);
  return out;
}

/** Remove points that lie within `toleranceM` of the straight line through their neighbours. */
function dropStraightPoints(line: Position[], toleranceM: number): Position[] {
  const out: Position[] = [line[0] as Position];
  for (let i = 1; i + 1 < line.length; i++) {
    const [ax, ay] = toLocal(out[out.length - 1] as Position) as [number, number];
    const [px, py] = toLocal(line[i] as Position) as [number, number];
    const [bx, by] = toLocal(line[i + 1] as Position) as [number, number];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const offLine = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
    if (offLine > toleranceM) out.push(line[i] as Position);
  }
  out.push(line[line.length - 1] as Position);
  return out;
}

/** The parts of a polyline inside an area, each at least `minLengthM` long. */
export function clipLine(line: readonly Position[], area: Area, minLengthM = 150): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (const p of densify(line, 25)) {
    if (isInside(p, area)) run.push(p);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs
    .filter((r) => r.length >= 2 && lineLengthM(r) >= minLengthM)
    .map((r) => dropStraightPoints(r, 0.5).map(roundPosition));
}

export function lineLengthM(line: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < line.length; i++) sum += distanceM(line[i] as Position, line[i + 1] as Position);
  return sum;
}
