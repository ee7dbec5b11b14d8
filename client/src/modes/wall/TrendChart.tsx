// A small area chart in plain SVG: the shape of the trend, with its labels in HTML so they keep
// the page's type sizes. The y axis starts at zero: "dynamic zero" is the goal line.
import type { TrendPoint } from './wall-figures';

const W = 100;
const H = 40;

export function TrendChart({ points, tone }: { points: readonly TrendPoint[]; tone: 'calm' | 'warn' }) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return <div className="wall-trend__chart" />;
  const max = Math.max(1, ...points.map((p) => p.open));
  const span = last.at - first.at || 1;
  const x = (p: TrendPoint) => ((p.at - first.at) / span) * W;
  const y = (p: TrendPoint) => H - (p.open / max) * (H - 2);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p).toFixed(2)},${y(p).toFixed(2)}`).join('');
  return (
    <svg
      className={`wall-trend__chart wall-trend__chart--${tone}`}
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      aria-hidden
    >
      <path className="wall-trend__area" d={`${line}L${W},${H}L0,${H}Z`} />
      <path className="wall-trend__line" d={line} vectorEffect="non-scaling-stroke" />
      <line className="wall-trend__zero" x1="0" x2={W} y1={H} y2={H} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
