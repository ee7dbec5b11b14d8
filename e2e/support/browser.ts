// Debian's Chromium driven by playwright-core (no downloaded browsers on this machine).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How the page's frames reach the screen, both with software GL (SwiftShader):
 * - `software` (`--disable-gpu`, every test): the compositor runs in software in the page's
 *   process, which reads each WebGL frame back on its main thread and waits for the rasteriser;
 * - `gpu-process` (`--use-gl=angle --use-angle=swiftshader`): the frames stay in the GPU process,
 *   as on a PC with a graphics card, and the main thread does not wait for them.
 */
export type Compositor = 'software' | 'gpu-process';

/**
 * Chromium 156 loads its address bar's suggestion popup (two WebUI pages, chrome://omnibox-popup…)
 * in every new window, and each new browser context is a new window: 1–2 s of CPU beside every
 * page a test or a cold-open benchmark opens, on two cores. A wall screen in kiosk mode has no
 * address bar. Only the last `--disable-features` counts, so Playwright's own list (1.65) goes
 * with ours.
 */
const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  // Playwright's
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * `language` (e.g. `zh-CN`): the browser's own language, in which it draws its controls (a date
 * field's `2026/11/30 23:02`), as on a desktop set to it; Debian needs `chromium-l10n` for any but
 * English. The page's own text follows the page's language setting, not this.
 */
export async function launchBrowser(
  o: { compositor?: Compositor; language?: string } = {},
): Promise<Browser> {
  const gl =
    o.compositor === 'gpu-process' ? ['--use-gl=angle', '--use-angle=swiftshader'] : ['--disable-gpu'];
  const posix = o.language?.replace('-', '_');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // On Linux Chromium takes its language from the environment; --lang alone is not enough.
    ...(posix ? { env: { ...process.env, LANG: `${posix}.UTF-8`, LANGUAGE: posix } } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      ...(o.language ? [`--lang=${o.language}`] : []),
      ...gl,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
      // Diagnostics only, e.g. CHROMIUM_FLAGS='--js-flags=--trace-gc' (with DEBUG=pw:browser to see
      // the browser's output).
      ...(process.env.CHROMIUM_FLAGS ?? '').split(' ').filter(Boolean),
    ],
  });
}
