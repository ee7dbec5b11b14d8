// Modes are routes, each its own chunk: the live overview, the wall, the briefing, the admin
// screen, the dispatch desk and the field page. /login is not a mode (it needs no live data).
// Unknown paths show the overview.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export const MODE_IDS = ['overview', 'wall', 'brief', 'dispatch', 'admin', 'field'] as const;
export type ModeId = (typeof MODE_IDS)[number];

export const LOGIN_PATH = '/login';

/** The address of each mode (the first path that opens it). */
export const MODE_PATHS: Record<ModeId, string> = {
  overview: '/',
  wall: '/wall',
  brief: '/brief',
  dispatch: '/dispatch',
  admin: '/admin',
  field: '/field',
};

const PATHS: Record<string, ModeId> = {
  ...Object.fromEntries(Object.entries(MODE_PATHS).map(([mode, path]) => [path, mode as ModeId])),
  '/overview': 'overview',
};

/** Modes whose screens are still being built: routed to a notice, not offered in the switcher. */
export const PENDING_MODES: ReadonlySet<ModeId> = new Set();

/** Each mode's chunk; calling one starts loading it (again only if it failed). */
export const MODE_LOADERS: Record<ModeId, () => Promise<{ default: ComponentType }>> = {
  overview: () => import('./overview/OverviewMode').then((m) => ({ default: m.OverviewMode })),
  wall: () => import('./wall/WallMode').then((m) => ({ default: m.WallMode })),
  brief: () => import('./brief/BriefMode').then((m) => ({ default: m.BriefMode })),
  admin: () => import('./admin/AdminMode').then((m) => ({ default: m.AdminMode })),
  dispatch: () => import('./dispatch/DispatchMode').then((m) => ({ default: m.DispatchMode })),
  field: () => import('./field/FieldMode').then((m) => ({ default: m.FieldMode })),
};

export const MODES = Object.fromEntries(MODE_IDS.map((mode) => [mode, lazy(MODE_LOADERS[mode])])) as Record<
  ModeId,
  LazyExoticComponent<ComponentType>
>;

/** Modes that open on the live map. */
export const LIVE_MAP_MODES: ReadonlySet<ModeId> = new Set(['overview', 'wall', 'dispatch']);

export function normalisePath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/';
}

export function isLoginPath(pathname: string): boolean {
  return normalisePath(pathname) === LOGIN_PATH;
}

export function modeForPath(pathname: string): ModeId {
  return PATHS[normalisePath(pathname)] ?? 'overview';
}
