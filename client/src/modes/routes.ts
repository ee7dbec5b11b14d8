// Modes are routes. Only the live overview exists now; /wall, /brief and /dispatch come later and
// each loads its own chunk. Unknown paths show the overview.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export const MODE_IDS = ['overview'] as const;
export type ModeId = (typeof MODE_IDS)[number];

const PATHS: Record<string, ModeId> = {
  '/': 'overview',
  '/overview': 'overview',
};

export const MODES: Record<ModeId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('./overview/OverviewMode').then((m) => ({ default: m.OverviewMode }))),
};

export function modeForPath(pathname: string): ModeId {
  const path = pathname.replace(/\/+$/, '') || '/';
  return PATHS[path] ?? 'overview';
}
