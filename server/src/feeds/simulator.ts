// The simulator: realistic traffic through the SAME ingest pipeline as the HTTP feeds (raw
// items, schema-parsed like any feed), never a side door. On an empty log it first backfills
// the past hours, and a baseline of past inspections for every enterprise.
import { toMs } from '../../../core/domain/time';
import type { FeedResponse } from '../../../core/protocol/feeds';
import type { Logger } from '../log';
import type { LiveProjection } from '../store/live-projection';
import type { Ingest, Sender } from './ingest';
import { createIncidentGenerator } from './sim-incidents';
import { createInspectionGenerator, dueRectifications } from './sim-inspections';
import type { Places } from './sim-places';
import { createRandom } from '../../../core/random/seeded-random';

export interface SimulatorOptions {
  seed: number;
  speed: number;
  backfillHours: number;
  /** Real time between two steps. */
  stepMs: number;
}

export interface SimulatorStats {
  reports: number;
  inspections: number;
  rectifications: number;
  accepted: number;
  merged: number;
  duplicates: number;
  rejected: number;
}

export interface BackfillResult extends SimulatorStats {
  ms: number;
}

export interface Simulator {
  /** Backfills an empty log, then runs a step every stepMs. */
  start(): Promise<BackfillResult | null>;
  /** One step: everything that happened since the last one. */
  step(): Promise<void>;
  stop(): Promise<void>;
  readonly stats: SimulatorStats;
}

const SENDER: Sender = { kind: 'system', name: 'simulator' };
const CHUNK = 500;
/** Backfill volume is capped: a high live speed should not mean hours of startup. */
const MAX_BACKFILL_SPEED = 20;

export function createSimulator(deps: {
  places: Places;
  ingest: Ingest;
  projection: LiveProjection;
  clock: () => number;
  options: SimulatorOptions;
  log: Logger;
}): Simulator {
  const { places, ingest, projection, clock, options, log } = deps;
  const random = createRandom(options.seed);
  const incidents = createIncidentGenerator(places, random);
  const inspections = createInspectionGenerator(
    places.enterprises.map((e) => e.props),
    random,
  );
  const attempted = new Set<string>();
  const stats: SimulatorStats = {
    reports: 0,
    inspections: 0,
    rectifications: 0,
    accepted: 0,
    merged: 0,
    duplicates: 0,
    rejected: 0,
  };
  let lastMs = clock();
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<void> | null = null;

  function count(response: FeedResponse): void {
    stats.accepted += response.accepted;
    stats.duplicates += response.duplicates;
    stats.rejected += response.rejected;
    for (const r of response.results) {
      if (r.status === 'accepted' && r.merged) stats.merged += 1;
      if (r.status === 'rejected') log.warn(`simulator item rejected: ${r.field}: ${r.reason}`);
    }
  }

  async function post(kind: 'incidents' | 'inspections', items: readonly unknown[]): Promise<void> {
    for (let i = 0; i < items.length; i += CHUNK)
      count(await ingest[kind](items.slice(i, i + CHUNK), SENDER));
  }

  const isDue = (id: string) => {
    const due = projection.state.enterprises.get(id)?.nextInspectionDue;
    return due === null || due === undefined || toMs(due) <= clock();
  };

  async function postRectifications(nowMs: number): Promise<void> {
    const due = await projection.exclusive(() =>
      dueRectifications(projection.state.hazards.values(), nowMs, attempted),
    );
    for (const r of due) attempted.add(r.hazardRef);
    stats.rectifications += due.length;
    await post('inspections', due);
  }

  async function runStep(): Promise<void> {
    const nowMs = clock();
    if (nowMs <= lastMs) return;
    const reports = incidents.generate(lastMs, nowMs, options.speed);
    const found = inspections.generate(lastMs, nowMs, options.speed, isDue);
    lastMs = nowMs;
    stats.reports += reports.length;
    stats.inspections += found.length;
    await post('incidents', reports);
    await post('inspections', found);
    await postRectifications(nowMs);
  }

  async function backfill(): Promise<BackfillResult> {
    const started = performance.now();
    const nowMs = clock();
    const baseline = inspections.baseline(nowMs);
    stats.inspections += baseline.length;
    await post('inspections', baseline);
    await postRectifications(nowMs);
    const speed = Math.min(options.speed, MAX_BACKFILL_SPEED);
    const reports = incidents.generate(nowMs - options.backfillHours * 3_600_000, nowMs, speed);
    stats.reports += reports.length;
    await post('incidents', reports);
    lastMs = nowMs;
    return { ...stats, ms: Math.round(performance.now() - started) };
  }

  const simulator: Simulator = {
    stats,
    async start() {
      const result = projection.state.seq === 0 && options.backfillHours > 0 ? await backfill() : null;
      lastMs = clock();
      timer = setInterval(() => void simulator.step(), options.stepMs);
      timer.unref();
      return result;
    },
    step() {
      // One step at a time; a slow step makes the next one cover a longer window.
      running ??= runStep()
        .catch((err: unknown) => log.error('simulator step failed', err))
        .finally(() => {
          running = null;
        });
      return running;
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
  return simulator;
}
