// Waiting for a page to be responsive. Under software GL a page's first draws of some layers
// (shader compiles in SwiftShader) can hold its main thread for seconds a while after it looks
// ready; a test that times what the page does next waits until its frames have come steadily.
import type { Page } from 'playwright-core';

/**
 * Resolves once the page has drawn frames with no gap over `maxGapMs` for `forMs`; throws after
 * `timeoutMs`.
 */
export async function waitForSteadyFrames(
  page: Page,
  o: { forMs?: number; maxGapMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const { forMs = 2_000, maxGapMs = 250, timeoutMs = 60_000 } = o;
  const steady = await page.evaluate(
    ({ forMs, maxGapMs, timeoutMs }) =>
      new Promise<boolean>((resolve) => {
        const started = performance.now();
        let since = started;
        let last = started;
        const frame = (now: number) => {
          if (now - last > maxGapMs) since = now;
          last = now;
          if (now - since >= forMs) resolve(true);
          else if (now - started > timeoutMs) resolve(false);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { forMs, maxGapMs, timeoutMs },
  );
  if (!steady)
    throw new Error(`the page's frames did not come steadily for ${forMs} ms within ${timeoutMs} ms`);
}
