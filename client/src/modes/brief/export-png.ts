// The map as a PNG to keep: the basemap and the overlay canvases (both keep their last frame)
// composed on a 2D canvas, with a legend panel: the title, the range, the moment, the filter and
// the colours.
import type { Rgba } from '../../map/palette';

export interface PngLegend {
  title: string;
  lines: string[];
  swatches: { colour: Rgba; label: string }[];
  attribution: string;
}

export const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** The map (basemap and overlay) with its legend on a canvas of the map's size in device pixels. */
export function composeMapCanvas(container: HTMLElement, legend: PngLegend): HTMLCanvasElement {
  const box = container.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * ratio);
  canvas.height = Math.round(box.height * ratio);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.scale(ratio, ratio);
  g.fillStyle = '#08111f';
  g.fillRect(0, 0, box.width, box.height);
  for (const layer of container.querySelectorAll('canvas')) {
    const r = layer.getBoundingClientRect();
    g.drawImage(layer, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  drawLegend(g, legend, box.height);
  return canvas;
}

export function composeMapPng(container: HTMLElement, legend: PngLegend): Promise<Blob> {
  let canvas: HTMLCanvasElement;
  try {
    canvas = composeMapCanvas(container, legend);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG not made'))), 'image/png'),
  );
}

function drawLegend(g: CanvasRenderingContext2D, legend: PngLegend, height: number): void {
  const pad = 14;
  const lineHeight = 24;
  g.font = `700 22px ${FONT}`;
  const widths = [g.measureText(legend.title).width];
  g.font = `16px ${FONT}`;
  for (const line of legend.lines) widths.push(g.measureText(line).width);
  for (const s of legend.swatches) widths.push(g.measureText(s.label).width + 26);
  const width = Math.max(...widths) + pad * 2;
  const rows = 1 + legend.lines.length + legend.swatches.length;
  const boxHeight = pad * 2 + rows * lineHeight + 6;
  g.fillStyle = 'rgba(6, 14, 28, 0.88)';
  g.strokeStyle = '#2b5283';
  g.fillRect(12, 12, width, boxHeight);
  g.strokeRect(12, 12, width, boxHeight);
  let y = 12 + pad + 20;
  g.fillStyle = '#e8f1ff';
  g.font = `700 22px ${FONT}`;
  g.fillText(legend.title, 12 + pad, y);
  y += 6;
  g.font = `16px ${FONT}`;
  for (const line of legend.lines) {
    y += lineHeight;
    g.fillStyle = '#b1c4de';
    g.fillText(line, 12 + pad, y);
  }
  for (const s of legend.swatches) {
    y += lineHeight;
    const [r, gr, b] = s.colour;
    g.fillStyle = `rgb(${r}, ${gr}, ${b})`;
    g.beginPath();
    g.arc(12 + pad + 8, y - 6, 7, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#e8f1ff';
    g.fillText(s.label, 12 + pad + 26, y);
  }
  g.font = `13px ${FONT}`;
  g.fillStyle = '#b1c4de';
  g.fillText(legend.attribution, 12, height - 10);
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
