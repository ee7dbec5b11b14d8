// The live state's entities and the events that change them. The server's projection and the
// client's store hold these; the event log stores the events.
import type { CategoryId, Severity } from './categories';
import type { Campaign, HazardLevel, ReportSource } from '../protocol/feed-vocabulary';
import type { AuditEventType, AuditSubject } from './audit';

export interface LonLat {
  lon: number;
  lat: number;
}

/** The case workflow of GB/T 30428; side paths after the main line. */
export const CASE_STATES = [
  'reported', // 上报
  'verified', // 核实
  'registered', // 立案
  'dispatched', // 派遣
  'in-progress', // 处置
  'handled', // 反馈
  'checked', // 核查
  'closed', // 结案
  'rejected', // 不予立案
  'returned', // 回退
  'postponed', // 延期
  'backlog', // 挂账
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** What a person may do to a case; the table of which action goes where is core/domain/workflow.ts. */
export const CASE_ACTIONS = [
  'verify', // 核实
  'register', // 立案
  'reject', // 不予立案
  'dispatch', // 派遣
  'accept', // 接单
  'return', // 回退
  'handle', // 处置完毕, 反馈
  'check-pass', // 核查通过
  'check-fail', // 核查不通过: 返工
  'close', // 结案
  'postpone', // 延期
  'backlog', // 挂账
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Roles of people: staff (viewer, leader, dispatcher, admin) and people in the field. */
export const USER_ROLES = ['viewer', 'leader', 'dispatcher', 'admin', 'grid-worker', 'responder'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The person a case is dispatched to. */
export interface CaseAssignee {
  id: string;
  name?: string;
  role: 'grid-worker' | 'responder';
}

/** Whether a time limit runs on working time or around the clock. */
export type LimitClock = 'working' | 'around-the-clock';

/** A case's time limit: set at registration, moved by a postponement. */
export interface CaseSla {
  from: string; // registration time (ISO)
  deadline: string; // ISO
  clock: LimitClock;
}

/** One step of a case's history: a `case.transitioned` event as the case keeps it. */
export interface CaseHistoryEntry {
  at: string;
  action: CaseAction;
  from: CaseState;
  to: CaseState;
  actor: Actor;
  reason?: string;
  note?: string;
  photos?: string[];
  assignee?: CaseAssignee;
  deadline?: string; // the deadline set by this step (registration, postponement)
}

export function isCaseOpen(state: CaseState): boolean {
  return state !== 'closed' && state !== 'rejected';
}

/** One report as it was received, after conversion to WGS84. */
export interface ReportRecord {
  id: string; // `${source}:${sourceRef}`
  source: ReportSource;
  sourceRef: string;
  category: CategoryId;
  at: string; // when it happened (ISO)
  receivedAt: string; // when the server accepted it (ISO)
  location: LonLat; // WGS84
  description?: string;
  address?: string;
  reporter?: { id?: string; name?: string; phone?: string };
}

export interface Case {
  id: string;
  category: CategoryId;
  severity: Severity;
  state: CaseState;
  location: LonLat; // the first report's location
  cellCode: string;
  communityCode: string;
  openedAt: string; // the first report's time
  updatedAt: string; // the latest change
  lastReportAt: string; // the latest report's time, for the merge window
  sources: ReportSource[]; // distinct, in order of first appearance
  reports: ReportRecord[];
  /** Transitions taken, oldest first; absent until the first one. */
  history?: CaseHistoryEntry[];
  /** Who the case is dispatched to; absent before dispatch and after a return. */
  assignee?: CaseAssignee;
  /** The time limit; absent until registered. */
  sla?: CaseSla;
}

export interface Hazard {
  id: string; // the sender's hazard ref
  enterpriseId: string;
  inspectionRef: string;
  level: HazardLevel;
  description: string;
  foundAt: string;
  deadline: string;
  campaign: Campaign;
  rectifiedAt: string | null;
  rectificationRef: string | null;
}

export interface InspectionRecord {
  ref: string;
  enterpriseId: string;
  at: string;
  inspector: string;
  campaign: Campaign;
  hazardIds: string[];
  note?: string;
}

/** An enterprise's safety status, worst first. */
export const ENTERPRISE_STATUSES = [
  'overdue',
  'major-hazard',
  'open-hazards',
  'inspection-due',
  'ok',
] as const;
export type EnterpriseStatusKind = (typeof ENTERPRISE_STATUSES)[number];

export interface EnterpriseState {
  id: string;
  status: EnterpriseStatusKind;
  openHazards: number;
  majorHazards: number; // open major hazards
  overdueHazards: number; // open hazards past their deadline
  lastInspectionAt: string | null;
  nextInspectionDue: string | null;
}

export interface FeedHealth {
  source: string; // a report source, or 'inspection'
  lastHeardAt: string | null;
  expectedIntervalSec: number;
  quiet: boolean; // not heard within its expected interval
}

/** Who caused an event: the audit trail is the event log. */
export type Actor =
  | { kind: 'feed'; key: string; source: string }
  | { kind: 'system'; name: string }
  | { kind: 'user'; id: string; name?: string; role: UserRole }
  /** Somebody not signed in (a failed sign-in), by address. */
  | { kind: 'anonymous'; ip: string };

interface EventBase {
  at: string; // server time the event was decided (ISO)
  actor: Actor;
}

export type DomainEvent =
  | (EventBase & {
      type: 'report.accepted';
      report: ReportRecord;
      caseId: string;
      newCase: boolean;
      cellCode: string;
      communityCode: string;
    })
  | (EventBase & { type: 'inspection.recorded'; inspection: InspectionRecord; hazards: Hazard[] })
  | (EventBase & {
      type: 'hazard.rectified';
      hazardId: string;
      rectificationRef: string;
      rectifiedAt: string;
      note?: string;
    })
  | (EventBase & {
      type: 'case.transitioned';
      caseId: string;
      action: CaseAction;
      from: CaseState;
      to: CaseState;
      reason?: string;
      note?: string;
      photos?: string[];
      assignee?: CaseAssignee;
      /** Set by a registration (the time limit) and a postponement (the new deadline). */
      deadline?: string;
      clock?: LimitClock;
    })
  | (EventBase & {
      /** A person's position fix (WGS84); many a minute, so kept small. */
      type: 'position.reported';
      personId: string;
      lon: number;
      lat: number;
      fixAt: string; // when the device took it
      accuracyM?: number;
      outside?: true; // outside the street's boundary
    })
  | (EventBase & AuditSubject & { type: AuditEventType });

export type DomainEventType = DomainEvent['type'];

/** An event as stored: with its global sequence number. */
export type LoggedEvent = DomainEvent & { seq: number };
