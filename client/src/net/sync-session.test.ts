import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type SyncRequest } from '../../../core/protocol/sync';
import { EMPTY_LIVE_DATA, type LiveData } from '../state/apply-sync';
import { makeCase, makeDelta, makeSnapshot } from '../test-support/fixtures';
import { createSyncSession, RESYNC_TIMEOUT_MS } from './sync-session';

function setup() {
  const sent: SyncRequest[] = [];
  let data: LiveData = EMPTY_LIVE_DATA;
  let clock = 1_000;
  const mismatches: number[] = [];
  const session = createSyncSession({
    send: (request) => sent.push(request),
    getData: () => data,
    setData: (next) => (data = next),
    onHeard: () => {},
    onProtocolMismatch: (protocol) => mismatches.push(protocol),
    now: () => clock,
  });
  return {
    session,
    sent,
    mismatches,
    data: () => data,
    advance: (ms: number) => (clock += ms),
  };
}

describe('createSyncSession', () => {
  it('asks with lastSeq null first, and with the last applied seq on reconnect', () => {
    const t = setup();
    t.session.handleConnect();
    t.session.handleSnapshot(makeSnapshot(5));
    t.session.handleDelta(makeDelta(5, 6, { cases: [makeCase('C1')] }));
    t.session.handleConnect();
    expect(t.sent).toEqual([
      { protocol: PROTOCOL_VERSION, lastSeq: null },
      { protocol: PROTOCOL_VERSION, lastSeq: 6 },
    ]);
  });

  it('asks once after a gap, not again while the request is pending', () => {
    const t = setup();
    t.session.handleConnect();
    t.session.handleSnapshot(makeSnapshot(5));
    t.session.handleDelta(makeDelta(6, 7));
    t.session.handleDelta(makeDelta(7, 8));
    t.session.handleHeartbeat({ seq: 9, serverTime: 'x' });
    expect(t.sent.slice(1)).toEqual([{ protocol: PROTOCOL_VERSION, lastSeq: 5 }]);
    expect(t.session.isResyncPending()).toBe(true);
    // The answer closes the request; a later gap may ask again.
    t.session.handleDelta(makeDelta(5, 9));
    expect(t.data().seq).toBe(9);
    expect(t.session.isResyncPending()).toBe(false);
    t.session.handleDelta(makeDelta(10, 11));
    expect(t.sent.slice(1).map((r) => r.lastSeq)).toEqual([5, 9]);
  });

  it('asks again when a resync got no answer in time', () => {
    const t = setup();
    t.session.handleConnect();
    t.session.handleSnapshot(makeSnapshot(5));
    t.session.handleDelta(makeDelta(6, 7));
    t.advance(RESYNC_TIMEOUT_MS + 1);
    t.session.handleDelta(makeDelta(7, 8));
    expect(t.sent.slice(1).map((r) => r.lastSeq)).toEqual([5, 5]);
  });

  it('does not apply a snapshot of another protocol version', () => {
    const t = setup();
    t.session.handleSnapshot({ ...makeSnapshot(5), protocol: PROTOCOL_VERSION + 1 });
    expect(t.data().seq).toBeNull();
    expect(t.mismatches).toEqual([PROTOCOL_VERSION + 1]);
  });
});
