// Modes are routes, each its own chunk: the live overview, the wall, the briefing, the dispatch
// desk and the field page. Unknown paths show the overview.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export const MODE_IDS = ['overview', 'wall', 'brief', 'dispatch', 'field'] as const;
export type ModeId = (typeof MODE_IDS)[number];

const PATHS: Record<string, ModeId> = {
  '/': 'overview',
  '/overview': 'overview',
  '/wall': 'wall',
  '/brief': 'brief',
  '/dispatch': 'dispatch',
  '/field': 'field',
};

export const MODES: Record<ModeId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('./overview/OverviewMode').then((m) => ({ default: m.OverviewMode }))),
  wall: lazy(() => import('./wall/WallMode').then((m) => ({ default: m.WallMode }))),
  brief: lazy(() => import('./brief/BriefMode').then((m) => ({ default: m.BriefMode }))),
  dispatch: lazy(() => import('./dispatch/DispatchMode').then((m) => ({ default: m.DispatchMode }))),
  field: lazy(() => import('./field/FieldMode').then((m) => ({ default: m.FieldMode }))),
};

export function modeForPath(pathname: string): ModeId {
  const path = pathname.replace(/\/+$/, '') || '/';
  return PATHS[path] ?? 'overview';
}
