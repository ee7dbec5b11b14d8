// Tells the server what this screen has applied, a few times a second at most. The server paces a
// screen by it (flow control): one that falls seconds behind gets no deltas until it has read
// what it was sent, then one merged delta, so its queue never grows long enough to cost it its
// connection and a full snapshot.

/** At most one acknowledgement in this time; the latest seq is the one sent. */
export const ACK_EVERY_MS = 250;

export interface AckSender {
  /** Something was applied: acknowledge the seq soon. */
  applied: () => void;
  /** A new connection: the next acknowledgement goes out whatever was said before. */
  reset: () => void;
  cancel: () => void;
}

export function createAckSender(deps: {
  send: (seq: number) => void;
  /** The seq the screen has applied now (null before its first snapshot). */
  seq: () => number | null;
  wait?: (run: () => void, ms: number) => () => void;
}): AckSender {
  const wait =
    deps.wait ??
    ((run, ms) => {
      const t = setTimeout(run, ms);
      return () => clearTimeout(t);
    });
  let cancelWait: (() => void) | null = null;
  let sent: number | null = null;
  const cancel = () => {
    cancelWait?.();
    cancelWait = null;
  };
  return {
    applied: () => {
      cancelWait ??= wait(() => {
        cancelWait = null;
        const seq = deps.seq();
        if (seq === null || seq === sent) return;
        sent = seq;
        deps.send(seq);
      }, ACK_EVERY_MS);
    },
    reset: () => {
      cancel();
      sent = null;
    },
    cancel,
  };
}
