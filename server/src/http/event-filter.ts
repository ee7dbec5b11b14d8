// What a reader of the event log may ask for: only some event types (the briefing reads cases, not
// inspections or audit entries), and a summary without the free text and personal details it does
// not show (report descriptions, addresses and reporters; notes, photos and reasons). Every field dropped is
// optional in its event type, so a summary event is still a valid event and replays the same case
// states and figures.
import type { AuditEventType } from '../../../core/domain/audit';
import type { DomainEventType, LoggedEvent } from '../../../core/domain/model';
import { HttpError } from './errors';

type ReadableEventType = Exclude<DomainEventType, AuditEventType>;

/** Every event type but the audit trail's (GET /admin/audit); a new type fails the typecheck here until it is listed. */
const EVENT_TYPES = {
  'report.accepted': true,
  'inspection.recorded': true,
  'hazard.rectified': true,
  'case.transitioned': true,
  'position.reported': true,
} satisfies Record<ReadableEventType, true>;

export const EVENT_DETAILS = ['full', 'summary'] as const;
export type EventDetail = (typeof EVENT_DETAILS)[number];

const isEventType = (name: string): name is ReadableEventType => Object.hasOwn(EVENT_TYPES, name);

/** `types=a,b` → the listed types (null when absent: all types). */
export function typesParam(query: Record<string, unknown>): ReadableEventType[] | null {
  const raw = query.types;
  if (raw === undefined) return null;
  const names = typeof raw === 'string' ? raw.split(',') : [];
  const unknown = names.find((name) => !isEventType(name));
  if (names.length === 0 || unknown !== undefined) {
    throw new HttpError(
      400,
      'bad-request',
      `a comma-separated list of event types (${Object.keys(EVENT_TYPES).join(', ')})` +
        (unknown === undefined ? '' : `; not one: ${JSON.stringify(unknown.slice(0, 40))}`),
      'types',
    );
  }
  return [...new Set(names.filter(isEventType))].sort();
}

export function detailParam(query: Record<string, unknown>): EventDetail {
  const raw = query.detail;
  if (raw === undefined) return 'full';
  const found = EVENT_DETAILS.find((d) => d === raw);
  if (!found) throw new HttpError(400, 'bad-request', `one of ${EVENT_DETAILS.join(', ')}`, 'detail');
  return found;
}

/** The event without its free text and personal details. */
export function summarizeEvent(event: LoggedEvent): LoggedEvent {
  switch (event.type) {
    case 'report.accepted': {
      const { description: _d, address: _a, reporter: _r, ...report } = event.report;
      return { ...event, report };
    }
    case 'case.transitioned': {
      const { reason: _r, note: _n, photos: _p, ...rest } = event;
      return rest;
    }
    case 'hazard.rectified': {
      const { note: _n, ...rest } = event;
      return rest;
    }
    case 'inspection.recorded': {
      const { note: _n, ...inspection } = event.inspection;
      return { ...event, inspection };
    }
    default:
      return event; // positions and audit entries carry no free text
  }
}
