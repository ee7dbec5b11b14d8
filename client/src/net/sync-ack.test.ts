import { describe, expect, it } from 'vitest';
import { ACK_EVERY_MS, createAckSender } from './sync-ack';

function setUp() {
  const sent: number[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let seq: number | null = null;
  const acks = createAckSender({
    send: (s) => sent.push(s),
    seq: () => seq,
    wait: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  });
  const fire = () => timers.splice(0).forEach((t) => t.run());
  return { acks, sent, timers, fire, setSeq: (s: number | null) => (seq = s) };
}

describe('createAckSender', () => {
  it('sends the latest applied seq once per interval, however many were applied', () => {
    const { acks, sent, timers, fire, setSeq } = setUp();
    for (let s = 1; s <= 5; s += 1) {
      setSeq(s);
      acks.applied();
    }
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(ACK_EVERY_MS);
    expect(sent).toEqual([]);
    setSeq(6);
    fire();
    expect(sent).toEqual([6]);
    setSeq(9);
    acks.applied();
    fire();
    expect(sent).toEqual([6, 9]);
  });

  it('says nothing new twice, nor before the first snapshot; after a reconnect it says it again', () => {
    const { acks, sent, fire, setSeq } = setUp();
    acks.applied();
    fire();
    expect(sent).toEqual([]);
    setSeq(4);
    acks.applied();
    fire();
    acks.applied();
    fire();
    expect(sent).toEqual([4]);
    acks.reset();
    acks.applied();
    fire();
    expect(sent).toEqual([4, 4]);
  });

  it('sends nothing once cancelled', () => {
    const { acks, sent, timers, setSeq } = setUp();
    setSeq(2);
    acks.applied();
    acks.cancel();
    expect(timers).toHaveLength(0);
    expect(sent).toEqual([]);
  });
});
