// The simulator: realistic traffic through the SAME pipelines as the HTTP feeds and people
// (raw items, schema-parsed like any feed; case actions decided like anyone's), never a side
// door. Simulated people work the cases (sim-workflow.ts) and report where they are
// (sim-positions.ts, live only: a backfill has no positions). On an empty log it first backfills
// the past hours minute by minute, each event stamped with its minute (so the cases' histories
// and figures are as they would have been), then a baseline of past inspections.
import { toMs } from '../../../core/domain/time';
import type { TransitionLimits } from '../../../core/domain/transition';
import type { FeedResponse } from '../../../core/protocol/feeds';
import type { CaseActions } from '../cases/perform-action';
import type { Logger } from '../log';
import type { LiveProjection } from '../store/live-projection';
import type { Ingest, Sender } from './ingest';
import { createIncidentGenerator } from './sim-incidents';
import { createInspectionGenerator, dueRectifications } from './sim-inspections';
import { createCaseWork, type CaseWorkDone } from './sim-casework';
import { createPositionSimulator } from './sim-positions';
import type { Person } from '../../../core/domain/people';
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
  /** Case actions taken by simulated people, and those the pipeline refused. */
  actions: number;
  actionsRefused: number;
  /** Position fixes accepted (counted apart from reports and inspections). */
  positions: number;
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
const BACKFILL_SLICE_MS = 60_000;

/** The pipelines the simulator feeds, built with the clock it passes (virtual during the backfill). */
export type SimPipelines = (clock: () => number) => { ingest: Ingest; cases: CaseActions };

export function createSimulator(deps: {
  places: Places;
  pipelines: SimPipelines;
  limits: TransitionLimits;
  projection: LiveProjection;
  clock: () => number;
  options: SimulatorOptions;
  log: Logger;
  roster: readonly Person[];
  /** A stored photo for the simulated people's handled work. */
  photoRef: string;
}): Simulator {
  const { places, projection, clock, options, log } = deps;
  let virtualMs: number | null = null;
  const { ingest, cases } = deps.pipelines(() => virtualMs ?? clock());
  const random = createRandom(options.seed);
  // Its own stream, so that the traffic of a seed stays what it was.
  const work = createCaseWork({
    places,
    limits: deps.limits,
    seed: options.seed,
    cases,
    projection,
    log,
    responders: deps.roster.filter((p) => p.role === 'responder'),
    photoRef: deps.photoRef,
  });
  const moves = createPositionSimulator({
    places,
    roster: deps.roster,
    random: createRandom(options.seed ^ 0x90517),
  });
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
    actions: 0,
    actionsRefused: 0,
    positions: 0,
  };
  let lastMs = clock();
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<void> | null = null;

  function count(response: FeedResponse | CaseWorkDone): void {
    if ('actions' in response) {
      stats.actions += response.actions;
      stats.actionsRefused += response.refused;
      return;
    }
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
    count(await work(nowMs));
    await postPositions(nowMs);
  }

  async function postPositions(nowMs: number): Promise<void> {
    const fixes = await projection.exclusive(() => moves.step(projection.state, nowMs));
    for (let i = 0; i < fixes.length; i += CHUNK) {
      const response = await ingest.positions(fixes.slice(i, i + CHUNK), SENDER);
      stats.positions += response.accepted;
      for (const r of response.results)
        if (r.status === 'rejected') log.warn(`simulated position rejected: ${r.field}: ${r.reason}`);
    }
  }

  async function backfill(): Promise<BackfillResult> {
    const started = performance.now();
    const nowMs = clock();
    const speed = Math.min(options.speed, MAX_BACKFILL_SPEED);
    const fromMs = nowMs - options.backfillHours * 3_600_000;
    const reports = incidents.generate(fromMs, nowMs, speed);
    stats.reports += reports.length;
    let next = 0;
    try {
      for (let sliceEnd = fromMs + BACKFILL_SLICE_MS; ; sliceEnd += BACKFILL_SLICE_MS) {
        virtualMs = Math.min(sliceEnd, nowMs);
        const start = next;
        while (next < reports.length && toMs(reports[next]!.at) < virtualMs) next += 1;
        if (next > start) await post('incidents', reports.slice(start, next));
        count(await work(virtualMs));
        if (virtualMs >= nowMs) break;
      }
    } finally {
      virtualMs = null;
    }
    // After the reports, so that the log's times only go forward: the baseline is stamped now.
    const baseline = inspections.baseline(nowMs);
    stats.inspections += baseline.length;
    await post('inspections', baseline);
    await postRectifications(nowMs);
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
