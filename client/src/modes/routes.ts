// Modes are routes, each its own chunk: the live overview, the wall, the briefing, the admin
// screen, the dispatch desk and the field page. /login is not a mode (it needs no live data).
// Unknown paths show the overview.
import type { ComponentType } from 'react';
import { lazyChunk, type LazyChunk } from './lazy-chunk';

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

/** Each mode's chunk: `load` starts loading it (again only if it failed). */
export const MODE_CHUNKS: Record<ModeId, LazyChunk<ComponentType>> = {
  overview: lazyChunk(() => import('./overview/OverviewMode').then((m) => m.OverviewMode)),
  wall: lazyChunk(() => import('./wall/WallMode').then((m) => m.WallMode)),
  brief: lazyChunk(() => import('./brief/BriefMode').then((m) => m.BriefMode)),
  admin: lazyChunk(() => import('./admin/AdminMode').then((m) => m.AdminMode)),
  dispatch: lazyChunk(() => import('./dispatch/DispatchMode').then((m) => m.DispatchMode)),
  field: lazyChunk(() => import('./field/FieldMode').then((m) => m.FieldMode)),
};

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
