// The Socket.IO hub. A screen says `sync` with the last seq it has; it gets one merged delta
// when the retention still covers that seq, otherwise a snapshot, and only then joins the live
// room. Changes are coalesced: each tick sends ONE delta with the latest state of every entity
// touched since the last tick, serialised once per audience (with residents' names and phones for
// dispatchers and admins, masked for everyone else), not once per socket.
import { emptyTouched, isTouchedEmpty, type Touched, addTouched } from '../../../core/domain/live-state';
import { toIso } from '../../../core/domain/time';
import { maskCases } from '../../../core/domain/masking';
import { buildDelta } from '../../../core/domain/views';
import { liveRoomOf } from '../../../core/protocol/access';
import { PROTOCOL_VERSION, type Delta } from '../../../core/protocol/sync';
import type { Logger } from '../log';
import type { Audience, LiveProjection } from '../store/live-projection';
import { syncRequestSchema } from '../../../core/protocol/sync-request';
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
  /** Screens taken out of the live room for a full backlog: they get a snapshot once drained. */
  const stalled = new Set<LiveSocket>();
  const retention = new DeltaRetention(deps.retention, projection.state.seq);
  let pending: Touched = emptyTouched();
  let hasPending = false;
  let broadcastSeq = projection.state.seq;
  const unsubscribe = projection.onChange((touched) => {
    addTouched(pending, touched);
    hasPending = true;
  });

  const hasScreens = (room: string) => (io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;

  /** A slow screen must not hold the others back, nor grow the server's memory without bound. */
  function checkBacklogs(): void {
    const ids = Object.values(LIVE_ROOMS).flatMap((room) => [...(io.sockets.adapter.rooms.get(room) ?? [])]);
    for (const id of ids) {
      const socket = io.sockets.sockets.get(id);
      // While engine.io upgrades polling to WebSocket it holds packets on purpose: not a stall.
      if (!socket || socket.conn.upgrading || backlogOf(socket) <= maxBacklog) continue;
      void socket.leave(LIVE_ROOMS[audienceOf(socket)]);
      stalled.add(socket);
      log.warn(`screen ${socket.id} is not reading (backlog ${backlogOf(socket)}): deltas paused`);
    }
  }

  /** Drained screens catch up with a snapshot (after the room's delta, so both are at one seq). */
  function resumeDrained(): void {
    for (const socket of stalled) {
      if (!socket.connected) stalled.delete(socket);
      else if (backlogOf(socket) === 0) {
        stalled.delete(socket);
        const audience = audienceOf(socket);
        socket.emit('snapshot', projection.snapshot(audience).snapshot);
        void socket.join(LIVE_ROOMS[audience]);
      }
    }
  }

  /** Must run inside projection.exclusive: reads state. */
  function flushNow(): void {
    const nowMs = clock();
    const seq = projection.state.seq;
    checkBacklogs();
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
    const { lastSeq } = parsed.data;
    const audience = audienceOf(socket);
    await projection.exclusive(() => {
      flushNow(); // the room is now at the current seq; answer from there
      const seq = projection.state.seq;
      if (lastSeq !== null && retention.covers(lastSeq, seq)) {
        const delta = buildDelta(projection.state, retention.touchedSince(lastSeq), lastSeq, toIso(clock()));
        socket.emit('delta', forAudience(delta, audience));
      } else {
        socket.emit('snapshot', projection.snapshot(audience).snapshot);
      }
      stalled.delete(socket);
      if (socket.connected) void socket.join(LIVE_ROOMS[audience]);
    });
  }

  // One handler for every socket (`this` is the socket): no closure per screen.
  function onSync(this: LiveSocket, raw: unknown): void {
    if (!allowSocketEvent(this, 'sync')) {
      this.emit('sync-error', { reason: 'too many sync requests, or not allowed' });
      return;
    }
    handleSync(this, raw).catch((err: unknown) => log.error('sync failed', err));
  }
  io.on('connection', (socket) => socket.on('sync', onSync));

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
