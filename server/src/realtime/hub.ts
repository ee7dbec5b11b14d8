// The Socket.IO hub. A screen says `sync` with the last seq it has; it gets one merged delta
// when the retention still covers that seq, otherwise a snapshot, and only then joins the live
// room. Changes are coalesced: each tick sends ONE delta with the latest state of every entity
// touched since the last tick.
import type { Server, Socket } from 'socket.io';
import { emptyTouched, isTouchedEmpty, type Touched, addTouched } from '../../../core/domain/live-state';
import { toIso } from '../../../core/domain/time';
import { buildDelta } from '../../../core/domain/views';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../../core/protocol/sync';
import type { Logger } from '../log';
import type { LiveProjection } from '../store/live-projection';
import { syncRequestSchema } from '../../../core/protocol/sync-request';
import { DeltaRetention, type RetentionLimits } from './retention';

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

export const LIVE_ROOM = 'live';

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

  /** A slow screen must not hold the others back, nor grow the server's memory without bound. */
  function checkBacklogs(): void {
    for (const id of io.sockets.adapter.rooms.get(LIVE_ROOM) ?? []) {
      const socket = io.sockets.sockets.get(id);
      // While engine.io upgrades polling to WebSocket it holds packets on purpose: not a stall.
      if (!socket || socket.conn.upgrading || backlogOf(socket) <= maxBacklog) continue;
      socket.leave(LIVE_ROOM);
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
        socket.emit('snapshot', projection.snapshot().snapshot);
        socket.join(LIVE_ROOM);
      }
    }
  }

  /** Must run inside projection.exclusive: reads state. */
  function flushNow(): void {
    const nowMs = clock();
    const seq = projection.state.seq;
    checkBacklogs();
    if (!hasPending || isTouchedEmpty(pending)) {
      retention.prune(seq, nowMs);
      resumeDrained();
      return;
    }
    const delta = buildDelta(projection.state, pending, broadcastSeq, toIso(nowMs));
    retention.push(broadcastSeq, seq, pending, nowMs);
    pending = emptyTouched();
    hasPending = false;
    broadcastSeq = seq;
    io.to(LIVE_ROOM).emit('delta', delta);
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
    await projection.exclusive(() => {
      flushNow(); // the room is now at the current seq; answer from there
      const seq = projection.state.seq;
      if (lastSeq !== null && retention.covers(lastSeq, seq)) {
        socket.emit(
          'delta',
          buildDelta(projection.state, retention.touchedSince(lastSeq), lastSeq, toIso(clock())),
        );
      } else {
        socket.emit('snapshot', projection.snapshot().snapshot);
      }
      stalled.delete(socket);
      socket.join(LIVE_ROOM);
    });
  }

  io.on('connection', (socket) => {
    socket.on('sync', (raw) => {
      handleSync(socket, raw).catch((err: unknown) => log.error('sync failed', err));
    });
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
      io.to(LIVE_ROOM).emit('heartbeat', { seq: broadcastSeq, serverTime: toIso(clock()) });
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
