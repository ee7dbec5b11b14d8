// Modes are routes, each its own chunk: the live overview and the wall; /brief and /dispatch come
// later. Unknown paths show the overview.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export const MODE_IDS = ['overview', 'wall'] as const;
export type ModeId = (typeof MODE_IDS)[number];

const PATHS: Record<string, ModeId> = {
  '/': 'overview',
  '/overview': 'overview',
  '/wall': 'wall',
};

export const MODES: Record<ModeId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('./overview/OverviewMode').then((m) => ({ default: m.OverviewMode }))),
  wall: lazy(() => import('./wall/WallMode').then((m) => ({ default: m.WallMode }))),
};

export function modeForPath(pathname: string): ModeId {
  const path = pathname.replace(/\/+$/, '') || '/';
  return PATHS[path] ?? 'overview';
}
