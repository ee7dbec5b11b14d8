// The Socket.IO hub. A screen says `sync` with the last seq it has; it gets one merged delta
// when the retention still covers that seq, otherwise a snapshot, and only then joins the live
// room. Changes are coalesced: each tick sends ONE delta with the latest state of every entity
// touched since the last tick, serialised once per audience (with residents' names and phones for
// dispatchers and admins, masked for everyone else), not once per socket.
//
// Flow control: a screen that falls behind leaves the room until it has read what it was sent,
// then catches up with merged deltas in rounds, each sent once the screen has read the last. A
// round holds `catchUpPart` entities more than changed while the screen read the last one, so a
// screen that reads slower than changes arrive still catches up, by `catchUpPart` a round; it goes
// as messages (parts) of about `catchUpPart` entities each, which the browser reads as tasks of
// their own: a slow screen is not handed megabytes in one message, read in one long task. Behind
// means more than `maxBacklog` packets unwritten, or, for a screen that acknowledges what it
// applied (`sync:ack`), its oldest unapplied delta older than `maxLagMs`. The second acts before the network's buffers fill, so a slow screen's queue
// stays seconds long and its pings are not stuck behind it.
import { emptyTouched, isTouchedEmpty, type Touched, addTouched } from '../../../core/domain/live-state';
import { toIso } from '../../../core/domain/time';
import { maskCases } from '../../../core/domain/masking';
import { buildDelta } from '../../../core/domain/views';
import { liveRoomOf } from '../../../core/protocol/access';
import { PROTOCOL_VERSION, type Delta } from '../../../core/protocol/sync';
import { DEFAULT_CATCH_UP_PART, DEFAULT_MAX_LAG_MS } from '../config';
import type { Logger } from '../log';
import type { Audience, LiveProjection } from '../store/live-projection';
import { syncAckSchema, syncRequestSchema } from '../../../core/protocol/sync-request';
import { DeltaRetention, type RetentionLimits } from './retention';
import { allowSocketEvent, type LiveServer, type LiveSocket } from './socket-auth';

export type { LiveServer };

export const LIVE_ROOMS = { full: 'live:full', masked: 'live:masked' } as const satisfies Record<
  Audience,
  string
>;

function audienceOf(socket: LiveSocket): Audience {
  return liveRoomOf(socket.data.principal.user.role) === LIVE_ROOMS.full ? 'full' : 'masked';
}

const forAudience = (delta: Delta, audience: Audience) => (audience === 'full' ? delta : maskCases(delta));

/** Recent deltas whose send time is kept (≥ 50 s at one delta a tick). */
const SENT_LOG_MAX = 1_024;

export interface HubTimings {
  tickMs: number;
  heartbeatMs: number;
  clockRefreshMs: number;
}

export interface Hub {
  /** Sends what is pending now (also run every tick). */
  flush(): Promise<void>;
  /** Refreshes time-derived fields and queues what changed (also run every clockRefreshMs). */
  refreshClock(): Promise<void>;
  stop(): void;
}

export function createHub(deps: {
  io: LiveServer;
  projection: LiveProjection;
  clock: () => number;
  timings: HubTimings;
  retention: RetentionLimits;
  /** Packets a screen may have waiting to be written; past it, it gets no deltas until it drains. */
  maxBacklog?: number;
  /** How long a delta may wait unapplied at a screen that acknowledges, before it is paused. */
  maxLagMs?: number;
  /** Entities in one part of a catch-up (whole ticks, at least one). */
  catchUpPart?: number;
  /** How many packets wait for a socket (tests may stand in for a stalled network). */
  backlogOf?: (socket: LiveSocket) => number;
  log: Logger;
}): Hub {
  const { io, projection, clock, log } = deps;
  const maxBacklog = deps.maxBacklog ?? 64;
  // engine.io keeps the packets its transport could not write yet in `writeBuffer` (not in its types).
  const backlogOf =
    deps.backlogOf ??
    ((socket: LiveSocket) => (socket.conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length);
  const maxLagMs = deps.maxLagMs ?? DEFAULT_MAX_LAG_MS;
  const catchUpPart = deps.catchUpPart ?? DEFAULT_CATCH_UP_PART;
  /**
   * Screens out of the live room (paused, or catching up): the seq they were sent everything up
   * to, and the server's seq when their last round was sent (null: paused, no round yet).
   */
  const stalled = new Map<LiveSocket, { seq: number; roundSentAt: number | null }>();
  /** Screens that acknowledge: the last seq applied, and since when they are in the live room. */
  const readers = new WeakMap<LiveSocket, { ackedSeq: number; liveSinceMs: number }>();
  /** When each recent delta went to the rooms, seq ascending: how long a screen has been behind. */
  const sent: { seq: number; atMs: number }[] = [];
  const retention = new DeltaRetention(deps.retention, projection.state.seq);
  let pending: Touched = emptyTouched();
  let hasPending = false;
  let broadcastSeq = projection.state.seq;
  const unsubscribe = projection.onChange((touched) => {
    addTouched(pending, touched);
    hasPending = true;
  });

  const hasScreens = (room: string) => (io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;

  /** How long the oldest delta this screen has not applied has waited (0 when it has them all). */
  function lagOf(reader: { ackedSeq: number; liveSinceMs: number }, nowMs: number): number {
    if (reader.ackedSeq >= broadcastSeq) return 0;
    let lo = 0;
    let hi = sent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sent[mid]!.seq > reader.ackedSeq) hi = mid;
      else lo = mid + 1;
    }
    const since = Math.max(sent[lo]?.atMs ?? reader.liveSinceMs, reader.liveSinceMs);
    return nowMs - since;
  }

  /** A slow screen must not hold the others back, nor grow the server's memory without bound. */
  function checkBacklogs(nowMs: number): void {
    const ids = Object.values(LIVE_ROOMS).flatMap((room) => [...(io.sockets.adapter.rooms.get(room) ?? [])]);
    for (const id of ids) {
      const socket = io.sockets.sockets.get(id);
      // While engine.io upgrades polling to WebSocket it holds packets on purpose: not a stall.
      if (!socket || socket.conn.upgrading) continue;
      const backlog = backlogOf(socket);
      const reader = readers.get(socket);
      const lag = reader ? lagOf(reader, nowMs) : 0;
      if (backlog <= maxBacklog && lag <= maxLagMs) continue;
      void socket.leave(LIVE_ROOMS[audienceOf(socket)]);
      stalled.set(socket, { seq: broadcastSeq, roundSentAt: null });
      if (backlog > maxBacklog)
        log.warn(`screen ${socket.id} is not reading (backlog ${backlog}): deltas paused`);
      else log.debug(`screen ${socket.id} is ${lag} ms behind: deltas paused until it has read them`);
    }
  }

  /**
   * What a screen at `fromSeq` lacks: merged deltas while the retention covers it, else a snapshot.
   * A round short of the current seq keeps the screen out of the room until it has read it.
   */
  function catchUp(socket: LiveSocket, fromSeq: number | null, audience: Audience, arrived = 0): void {
    const seq = projection.state.seq;
    if (fromSeq !== null && retention.covers(fromSeq, seq)) {
      let at = fromSeq;
      let left = catchUpPart + arrived;
      do {
        const part = retention.touchedPart(at, seq, catchUpPart);
        const delta = buildDelta(projection.state, part.touched, at, toIso(clock()), part.toSeq);
        socket.emit('delta', forAudience(delta, audience));
        at = part.toSeq;
        left -= part.size;
      } while (left > 0 && at < seq);
      if (at < seq) {
        void socket.leave(LIVE_ROOMS[audience]); // a screen that asked again while live
        stalled.set(socket, { seq: at, roundSentAt: seq });
        return;
      }
    } else {
      if (fromSeq !== null) log.info(`screen ${socket.id} at seq ${fromSeq} is past the retention: snapshot`);
      socket.emit('snapshot', projection.snapshot(audience).snapshot);
    }
    const reader = readers.get(socket);
    if (reader) reader.liveSinceMs = clock();
    stalled.delete(socket);
    if (socket.connected) void socket.join(LIVE_ROOMS[audience]);
  }

  /** Screens that have read all they were sent catch up (after the room's delta: at one seq). */
  function resumeDrained(): void {
    for (const [socket, paused] of stalled) {
      if (!socket.connected) stalled.delete(socket);
      else if (backlogOf(socket) === 0 && (readers.get(socket)?.ackedSeq ?? paused.seq) >= paused.seq) {
        const arrived = paused.roundSentAt === null ? 0 : retention.sizeSince(paused.roundSentAt);
        catchUp(socket, paused.seq, audienceOf(socket), arrived);
      }
    }
  }

  /** Must run inside projection.exclusive: reads state. */
  function flushNow(): void {
    const nowMs = clock();
    const seq = projection.state.seq;
    checkBacklogs(nowMs);
    // Events that change nothing shown (audit events) still move the seq: an empty delta carries it,
    // or the next delta's fromSeq would not match what a snapshot at that seq told a screen.
    if ((!hasPending || isTouchedEmpty(pending)) && seq === broadcastSeq) {
      retention.prune(seq, nowMs);
      resumeDrained();
      return;
    }
    const delta = buildDelta(projection.state, pending, broadcastSeq, toIso(nowMs));
    retention.push(broadcastSeq, seq, pending, nowMs);
    pending = emptyTouched();
    hasPending = false;
    broadcastSeq = seq;
    sent.push({ seq, atMs: nowMs });
    if (sent.length > SENT_LOG_MAX * 2) sent.splice(0, SENT_LOG_MAX);
    // Each audience's delta is serialised once for its room, and not at all when the room is
    // empty here (the hub serves this process's screens).
    if (hasScreens(LIVE_ROOMS.full)) io.to(LIVE_ROOMS.full).emit('delta', delta);
    if (hasScreens(LIVE_ROOMS.masked)) io.to(LIVE_ROOMS.masked).emit('delta', forAudience(delta, 'masked'));
    resumeDrained();
  }

  async function handleSync(socket: LiveSocket, raw: unknown): Promise<void> {
    const parsed = syncRequestSchema.safeParse(raw);
    if (!parsed.success) {
      socket.emit('sync-error', {
        reason: `bad sync request: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      });
      return;
    }
    if (parsed.data.protocol !== PROTOCOL_VERSION) {
      socket.emit('sync-error', {
        reason: `protocol ${parsed.data.protocol} is not ${PROTOCOL_VERSION}: reload`,
      });
      return;
    }
    await projection.exclusive(() => {
      flushNow(); // the room is now at the current seq; answer from there
      catchUp(socket, parsed.data.lastSeq, audienceOf(socket));
    });
  }

  function onAck(this: LiveSocket, raw: unknown): void {
    if (!allowSocketEvent(this, 'sync:ack')) return;
    const parsed = syncAckSchema.safeParse(raw);
    if (!parsed.success) {
      this.emit('sync-error', { reason: `bad sync ack: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      return;
    }
    const reader = readers.get(this);
    if (!reader) readers.set(this, { ackedSeq: parsed.data.seq, liveSinceMs: clock() });
    else reader.ackedSeq = Math.max(reader.ackedSeq, parsed.data.seq);
  }

  // One handler for every socket (`this` is the socket): no closure per screen.
  function onSync(this: LiveSocket, raw: unknown): void {
    if (!allowSocketEvent(this, 'sync')) {
      this.emit('sync-error', { reason: 'too many sync requests, or not allowed' });
      return;
    }
    handleSync(this, raw).catch((err: unknown) => log.error('sync failed', err));
  }
  function onDisconnect(this: LiveSocket, reason: string): void {
    log.info(`screen ${this.id} disconnected: ${reason}`);
  }
  io.on('connection', (socket) => {
    socket.on('sync', onSync);
    socket.on('sync:ack', onAck);
    socket.on('disconnect', onDisconnect);
  });

  const flush = () => projection.exclusive(flushNow);
  const refreshClock = async () => {
    await projection.refresh(clock());
  };
  const timers = [
    setInterval(
      () => void flush().catch((err: unknown) => log.error('tick failed', err)),
      deps.timings.tickMs,
    ),
    setInterval(() => {
      io.to(Object.values(LIVE_ROOMS)).emit('heartbeat', { seq: broadcastSeq, serverTime: toIso(clock()) });
    }, deps.timings.heartbeatMs),
    setInterval(
      () => void refreshClock().catch((err: unknown) => log.error('clock refresh failed', err)),
      deps.timings.clockRefreshMs,
    ),
  ];
  for (const t of timers) t.unref();

  return {
    flush,
    refreshClock,
    stop() {
      for (const t of timers) clearInterval(t);
      unsubscribe();
    },
  };
}
