// What the soak samples from the wall's page, through the Chrome DevTools Protocol: the JS heap
// after a forced garbage collection (so the figure is what the page holds, not what it has not yet
// freed), the DOM counters (nodes, documents, listeners) and the long tasks since the last sample.
import type { CDPSession, Page } from 'playwright-core';

export interface SoakSample {
  minute: number;
  heapUsedMb: number;
  heapTotalMb: number;
  nodes: number;
  documents: number;
  listeners: number;
  longTasks: number;
  longestTaskMs: number;
  /** Cases drawn on the map and the sync seq the page holds: the data it carries, and that it is live. */
  cases: number;
  seq: number | null;
  /** The wall's stale banner was up (connection lost, or no data for too long). */
  stale: boolean;
}

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

/** Installs the long-task observer before the page's own scripts run. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  `);
}

export async function openProbe(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

const MB = 1024 * 1024;

export async function takeSample(page: Page, cdp: CDPSession, minute: number): Promise<SoakSample> {
  // Twice: the first collection can leave garbage that finalizers freed only then.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const page_ = await page.evaluate(() => {
    const tasks = window.__longTasks ?? [];
    window.__longTasks = [];
    return {
      longTasks: tasks.length,
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      cases: window.__caohu?.drawnCaseIds().length ?? 0,
      seq: window.__caohu?.seq ?? null,
      stale: document.querySelector('[data-testid="stale-banner"]') !== null,
    };
  });
  return {
    minute,
    heapUsedMb: heap.usedSize / MB,
    heapTotalMb: heap.totalSize / MB,
    nodes: dom.nodes,
    documents: dom.documents,
    listeners: dom.jsEventListeners,
    ...page_,
  };
}

/** Least-squares slope of y over x (per unit of x); 0 with fewer than two points. */
export function slopeOf(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
