import { expect, it } from 'vitest';
// Not exported by @deck.gl/core; patches/@deck.gl+core+9.4.0.patch changes it (README, Development).
import { WidgetManager } from '../../../node_modules/@deck.gl/core/dist/lib/widget-manager.js';

it("sizes deck.gl's root widget container from the canvas, without reading the page's layout", () => {
  let layoutReads = 0;
  const parentElement = {
    classList: { add: () => undefined },
    get clientWidth() {
      layoutReads++;
      return 1;
    },
    get clientHeight() {
      layoutReads++;
      return 1;
    },
  };
  const manager = new WidgetManager({
    deck: { width: 1920, height: 1080 } as never,
    parentElement: parentElement as never,
  });
  const bounds = (manager as unknown as { _getContainerBounds(viewport: null): unknown })._getContainerBounds(
    null,
  );
  expect(bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  expect(layoutReads).toBe(0);
});
