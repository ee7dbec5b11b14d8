// The live wire protocol between the server and its screens: a snapshot, then coalesced deltas
// with sequence numbers. Shared by both sides (socket.io's typed event maps).
import type { Case, EnterpriseState, FeedHealth, Hazard } from '../domain/model';
import type { PersonView } from '../domain/people';
import type { CaseActionAck, CasePresence } from './case-actions';
import type { SessionEnded } from './auth';
import type { SyncAck, SyncRequest } from './sync-request';

/** Bumped whenever a payload changes shape; a client with another version reloads. */
export const PROTOCOL_VERSION = 2; // 2: people

/** The whole live state at one sequence number. Static area data is served separately. */
export interface Snapshot {
  protocol: number;
  seq: number;
  serverTime: string;
  cases: Case[];
  hazards: Hazard[]; // open hazards and those rectified in the last 7 days
  enterprises: EnterpriseState[];
  feeds: FeedHealth[];
  /** Everyone in the field: grid workers and responders. */
  people: PersonView[];
}

/**
 * Everything that changed after `fromSeq` up to and including `seq`, latest state per entity.
 * A client applies it only if its own sequence number equals `fromSeq`; otherwise it has a gap
 * and asks for a resync.
 */
export interface Delta {
  fromSeq: number;
  seq: number;
  serverTime: string;
  cases: Case[];
  hazards: Hazard[];
  enterprises: EnterpriseState[];
  feeds: FeedHealth[];
  /** People whose position, status or load changed (latest per person). */
  people: PersonView[];
  /** Ids that left the live state (e.g. hazards rectified long ago). */
  removed?: { cases?: string[]; hazards?: string[] };
}

export type { SyncAck, SyncRequest };

export interface SyncError {
  reason: string;
}

export interface ServerToClientEvents {
  snapshot: (snapshot: Snapshot) => void;
  delta: (delta: Delta) => void;
  /** Heard every few seconds when nothing changes, so a screen can tell quiet from dead. */
  heartbeat: (beat: { seq: number; serverTime: string }) => void;
  'sync-error': (error: SyncError) => void;
  /** To dispatchers: who is working which case (sent whole on every change). */
  presence: (presence: CasePresence) => void;
  /** The socket's session ended (signed out, expired, token revoked, user disabled): it is disconnected next. */
  'session-ended': (ended: SessionEnded) => void;
}

export interface ClientToServerEvents {
  /** Ask for what was missed since `lastSeq` (deltas) or, when null or too old, a snapshot. */
  sync: (request: SyncRequest) => void;
  /**
   * The last seq this screen has applied, sent as it reads (a few times a second at most). A screen
   * that acknowledges and falls too far behind gets no deltas until it has read what was sent, then
   * one merged delta: flow control, so that its queue stays short and its connection alive.
   */
  'sync:ack': (ack: SyncAck) => void;
  /** One case action or an array (≤ 100), as POST /api/v1/cases/actions; the ack carries the answers. */
  'case:action': (request: unknown, ack: (answer: CaseActionAck) => void) => void;
  /** `{ caseId }`: the case this user is working on now, or null. */
  'case:focus': (focus: unknown) => void;
}

/** GET /api/v1/health: without a session or token only the first four fields. */
export interface HealthResponse {
  status: 'ok';
  protocol: number;
  version: string; // the server's package version
  serverTime: string;
  seq?: number;
  startedAt?: string;
  uptimeSec?: number;
  clients?: number; // connected sockets
  feeds?: FeedHealth[];
}

export const HEALTH_PATH = '/api/v1/health';
export const SNAPSHOT_PATH = '/api/v1/snapshot';
export const INCIDENT_FEED_PATH = '/api/v1/feeds/incidents';
export const INSPECTION_FEED_PATH = '/api/v1/feeds/inspections';
export const AREA_DATA_PATH = '/data/area';
export const CONFIG_PATH = '/api/v1/config';

/** What a site configured for its screens (GET /api/v1/config). */
export interface RuntimeConfig {
  /** An external raster basemap under the offline one; null by default (no internet needed). */
  basemap: { tiles: string; attribution: string } | null;
}
