// A briefing view is a URL: the range, the community filter, the playback and the map's position
// and layers live in the query string, so a leader can bookmark or send it. Pure: parse and write.
import { DAY_MS, HOUR_MS, SHANGHAI_OFFSET_MS, startOfShanghaiDay } from '../../../../core/domain/time';

export const RANGE_KINDS = ['today', '7d', '30d', 'custom'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];
export const WINDOW_KINDS = ['moment', 'window', 'growing'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];
export const MAP_VIEWS = ['points', 'heatmap', 'hexagon'] as const;
export type MapViewKind = (typeof MAP_VIEWS)[number];
/** Playback speeds in hours of the range per second. */
export const SPEEDS = [1, 6, 24] as const;
export type Speed = (typeof SPEEDS)[number];

export interface BriefView {
  range: RangeKind;
  from: number | null; // custom range, ms
  to: number | null;
  community: string | null;
  at: number | null; // the playback moment, ms; null = the end of the range
  window: WindowKind;
  windowHours: number;
  speed: Speed;
  map: MapViewKind;
  camera: { lon: number; lat: number; zoom: number } | null;
}

export const DEFAULT_VIEW: BriefView = {
  range: '7d',
  from: null,
  to: null,
  community: null,
  at: null,
  window: 'moment',
  windowHours: 24,
  speed: 6,
  map: 'points',
  camera: null,
};

function oneOf<T extends string | number>(list: readonly T[], raw: string | null, fallback: T): T {
  return list.find((item) => String(item) === raw) ?? fallback;
}

function timeParam(raw: string | null): number | null {
  if (!raw) return null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : ms;
}

export function parseBriefView(search: string): BriefView {
  const q = new URLSearchParams(search);
  const from = timeParam(q.get('from'));
  const to = timeParam(q.get('to'));
  const custom = from !== null && to !== null && from < to;
  const lon = Number(q.get('lon'));
  const lat = Number(q.get('lat'));
  const zoom = Number(q.get('z'));
  const hours = Number(q.get('hours'));
  const community = q.get('community');
  return {
    range: custom ? 'custom' : oneOf(RANGE_KINDS.slice(0, 3), q.get('range'), DEFAULT_VIEW.range),
    from: custom ? from : null,
    to: custom ? to : null,
    community: community && /^\d{6,15}$/.test(community) ? community : null,
    at: timeParam(q.get('at')),
    window: oneOf(WINDOW_KINDS, q.get('window'), DEFAULT_VIEW.window),
    windowHours: Number.isInteger(hours) && hours >= 1 && hours <= 720 ? hours : DEFAULT_VIEW.windowHours,
    speed: oneOf(SPEEDS, q.get('speed'), DEFAULT_VIEW.speed),
    map: oneOf(MAP_VIEWS, q.get('map'), DEFAULT_VIEW.map),
    camera:
      q.has('lon') && q.has('lat') && q.has('z') && [lon, lat, zoom].every(Number.isFinite)
        ? { lon, lat, zoom }
        : null,
  };
}

/** The query string of a view (defaults left out, so a plain /brief stays plain). */
export function writeBriefView(view: BriefView): string {
  const q = new URLSearchParams();
  if (view.range === 'custom' && view.from !== null && view.to !== null) {
    q.set('from', new Date(view.from).toISOString());
    q.set('to', new Date(view.to).toISOString());
  } else if (view.range !== DEFAULT_VIEW.range) q.set('range', view.range);
  if (view.community) q.set('community', view.community);
  if (view.at !== null) q.set('at', new Date(Math.round(view.at / 1000) * 1000).toISOString());
  if (view.window !== DEFAULT_VIEW.window) q.set('window', view.window);
  if (view.windowHours !== DEFAULT_VIEW.windowHours) q.set('hours', String(view.windowHours));
  if (view.speed !== DEFAULT_VIEW.speed) q.set('speed', String(view.speed));
  if (view.map !== DEFAULT_VIEW.map) q.set('map', view.map);
  if (view.camera) {
    q.set('lon', view.camera.lon.toFixed(5));
    q.set('lat', view.camera.lat.toFixed(5));
    q.set('z', view.camera.zoom.toFixed(2));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The range's [from, to] in ms for a view at `nowMs`; today starts at midnight in Shanghai. */
export function rangeOf(view: BriefView, nowMs: number): { fromMs: number; toMs: number } {
  if (view.range === 'custom' && view.from !== null && view.to !== null)
    return { fromMs: view.from, toMs: Math.min(view.to, nowMs) };
  if (view.range === 'today') return { fromMs: startOfShanghaiDay(nowMs), toMs: nowMs };
  const days = view.range === '30d' ? 30 : 7;
  return { fromMs: nowMs - days * DAY_MS, toMs: nowMs };
}

/** The period of the same length just before: the base of 环比. */
export function previousRange(fromMs: number, toMs: number): { fromMs: number; toMs: number } {
  return { fromMs: fromMs - (toMs - fromMs), toMs: fromMs };
}

/** The same Shanghai wall-clock moment a year earlier (29 February becomes 28 February). */
export function yearEarlier(ms: number): number {
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear() - 1;
  const month = local.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  local.setUTCFullYear(year, month, Math.min(local.getUTCDate(), lastDay));
  return local.getTime() - SHANGHAI_OFFSET_MS;
}

/** The same period last year: the base of 同比. */
export function lastYearRange(fromMs: number, toMs: number): { fromMs: number; toMs: number } {
  return { fromMs: yearEarlier(fromMs), toMs: yearEarlier(toMs) };
}

/** The playback moment, kept inside the range (and on whole minutes, so URLs stay short). */
export function clampMoment(at: number | null, fromMs: number, toMs: number): number {
  if (at === null) return toMs;
  return Math.min(toMs, Math.max(fromMs, at));
}

export const speedMsPerSecond = (speed: Speed): number => speed * HOUR_MS;
