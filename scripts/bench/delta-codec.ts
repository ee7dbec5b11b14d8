// socket.io's own parser (JSON text) against its msgpack parser (socket.io-msgpack-parser, binary)
// for what the live socket carries: deltas of ten new cases as the browser run's reports open them,
// and a snapshot of all of them (a screen that reconnects after a long gap). Bytes a message, the
// server's encoding (once a broadcast) and a screen's decoding (every message, on its main thread).
import { performance } from 'node:perf_hooks';
import * as msgpackParser from 'socket.io-msgpack-parser';
import * as jsonParser from 'socket.io-parser';
import type { Case } from '../../core/domain/model';
import { casesAsOpened } from './case-heap';
import { quantile, type BenchResult } from './measure';

interface Codec {
  Encoder: new () => { encode(packet: unknown): unknown[] };
  Decoder: new () => {
    add(chunk: unknown): void;
    on(event: 'decoded', listener: (packet: { data: unknown[] }) => void): void;
  };
}

const CODECS: [string, Codec][] = [
  ['JSON (socket.io-parser, as now)', jsonParser as unknown as Codec],
  ['msgpack (socket.io-msgpack-parser)', msgpackParser as unknown as Codec],
];

const sizeOf = (chunk: unknown) =>
  typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as ArrayBufferLike).byteLength;

/** An EVENT packet of the default namespace, as `io.emit(event, data)` sends it. */
const packet = (event: string, data: unknown) => ({ type: 2, nsp: '/', data: [event, data] });

interface Measured {
  bytes: number;
  encodeMs: number;
  decodeMs: number;
  decoded: unknown[];
}

function measure(codec: Codec, messages: readonly unknown[]): Measured {
  const encoder = new codec.Encoder();
  let started = performance.now();
  const chunks = messages.map((m) => {
    const parts = encoder.encode(m);
    if (parts.length !== 1) throw new Error(`a message encoded as ${parts.length} parts`);
    return parts[0];
  });
  const encodeMs = performance.now() - started;
  const decoder = new codec.Decoder();
  const decoded: unknown[] = [];
  decoder.on('decoded', (p) => decoded.push(p.data[1]));
  started = performance.now();
  for (const chunk of chunks) decoder.add(chunk);
  const decodeMs = performance.now() - started;
  return { bytes: chunks.reduce<number>((sum, c) => sum + sizeOf(c), 0), encodeMs, decodeMs, decoded };
}

/** The median of `rounds` measurements, checking each decodes to what was sent. */
function measureRounds(codec: Codec, messages: readonly unknown[], sent: string, rounds: number): Measured {
  const runs = Array.from({ length: rounds }, () => {
    const m = measure(codec, messages);
    if (JSON.stringify(m.decoded) !== sent) throw new Error('decoded messages differ from those sent');
    return m;
  });
  const median = (key: 'encodeMs' | 'decodeMs') =>
    quantile(
      runs.map((r) => r[key]),
      0.5,
    );
  return { ...runs[0]!, encodeMs: median('encodeMs'), decodeMs: median('decodeMs') };
}

export function benchDeltaCodec(count = 50_000, rounds = 5): BenchResult[] {
  const cases = casesAsOpened(count);
  const deltas: unknown[] = [];
  for (let first = 0; first < count; first += 10) {
    const slice: Case[] = cases.slice(first, first + 10);
    deltas.push(
      packet('delta', {
        fromSeq: first,
        seq: first + slice.length,
        serverTime: slice[0]!.updatedAt,
        cases: slice,
        hazards: [],
        enterprises: [],
        feeds: [],
        people: [],
      }),
    );
  }
  const snapshot = [packet('snapshot', { seq: count, cases })];
  const sentDeltas = JSON.stringify(deltas.map((d) => (d as { data: unknown[] }).data[1]));
  const sentSnapshot = JSON.stringify([snapshot[0]!.data[1]]);
  const rows: BenchResult[] = [];
  for (const [name, codec] of CODECS) {
    const naive = rows.length > 0;
    const d = measureRounds(codec, deltas, sentDeltas, rounds);
    const s = measureRounds(codec, snapshot, sentSnapshot, Math.min(rounds, 3));
    const perDelta = (ms: number) => `${((ms * 1000) / deltas.length).toFixed(1)} µs`;
    rows.push(
      {
        name: `${name}: ${deltas.length.toLocaleString('en-US')} deltas of 10 new cases, ${(d.bytes / deltas.length / 1024).toFixed(2)} KB each; encode ${perDelta(d.encodeMs)}, decode ${perDelta(d.decodeMs)} a delta`,
        operations: deltas.length,
        ms: d.decodeMs,
        perSecond: (deltas.length / d.decodeMs) * 1000,
        budget: naive ? 'the alternative' : '—',
        ok: true,
      },
      {
        name: `${name}: a snapshot of ${count.toLocaleString('en-US')} cases, ${(s.bytes / 1_048_576).toFixed(1)} MB; encode ${s.encodeMs.toFixed(0)} ms, decode ${s.decodeMs.toFixed(0)} ms`,
        operations: count,
        ms: s.decodeMs,
        perSecond: (count / s.decodeMs) * 1000,
        budget: naive ? 'the alternative' : '—',
        ok: true,
      },
    );
  }
  return rows;
}
