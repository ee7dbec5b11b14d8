// The one-page PDF briefing, loaded only when a leader exports it (a chunk of its own with jsPDF).
// The page is composed on a canvas with the browser's fonts and embedded as one lossless image, so
// the Chinese text needs no font in the PDF and no font from anywhere else.
import { jsPDF } from 'jspdf';
import { drawSheet } from './draw-sheet';
import { DPI, PAGE } from './sheet-layout';
import type { SheetModel } from './sheet-model';

export function makeBriefPdf(model: SheetModel, map: HTMLCanvasElement, madeAt: Date): Blob {
  const canvas = document.createElement('canvas');
  canvas.width = PAGE.w;
  canvas.height = PAGE.h;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  drawSheet(g, model, map);
  // A4 landscape to within 0.03 mm, sized so that one image pixel is exactly 1/150 inch: readers
  // and printers draw it without resampling drift.
  const size = [(PAGE.w * 72) / DPI, (PAGE.h * 72) / DPI];
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: size, compress: true });
  pdf.setDocumentProperties({ title: model.title, subject: model.subtitle, creator: 'Caohu dashboard' });
  pdf.setCreationDate(madeAt);
  pdf.addImage(canvas, 'PNG', 0, 0, size[0]!, size[1]!, 'sheet', 'FAST');
  return pdf.output('blob');
}
