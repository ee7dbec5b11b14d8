// Which npm packages a page has fetched code of: its JavaScript files' source maps name them.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The packages in the page's JavaScript, of the files fetched before the mark `before` if given. */
export async function librariesLoaded(page: Page, before?: string): Promise<Set<string>> {
  const files = await page.evaluate((before) => {
    const until = before ? (performance.getEntriesByName(before)[0]?.startTime ?? Infinity) : Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < until)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/assets/') && /\.m?js$/.test(path));
  }, before);
  const libraries = new Set<string>();
  for (const file of files) {
    if (!existsSync(`dist/client${file}.map`)) continue; // vite's own small helpers have none
    const map = JSON.parse(readFileSync(`dist/client${file}.map`, 'utf8')) as { sources: string[] };
    for (const source of map.sources) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
      if (name) libraries.add(name);
    }
  }
  return libraries;
}
