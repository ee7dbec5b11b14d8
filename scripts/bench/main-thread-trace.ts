// Splits the page's long tasks into our work and waiting for the GPU, from a Chromium trace taken
// over CDP (categories `toplevel` and `gpu` only, streamed and reduced as it arrives, so ten
// minutes fit in memory). With software GL (SwiftShader, as in CI and here) the renderer's main
// thread blocks in `GLES2::ReadPixels` → `ImplementationBase::WaitForCmd` until the GPU process has
// rasterised the WebGL frame: that time is the rasteriser's, not our code's, and on a wall
// screen's GPU it would be a fraction. Everything else in a task (script, style, layout, paint)
// is ours. The same trace counts the main thread's garbage collections (V8's MajorGC and MinorGC)
// and, from V8's `disabled-by-default-v8.gc` phases, what the major ones over 50 ms spent their
// time on.
import type { Browser, CDPSession } from 'playwright-core';
import { quantile } from './measure';

export interface TaskSplit {
  /** The task's length (ms). */
  ms: number;
  /** Of which waiting for the GPU process (ms). */
  gpuWaitMs: number;
  /** The main thread's CPU time in the task (ms): neither the GPU wait nor time it was not scheduled. */
  cpuMs: number;
}

interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; value?: MarkingStart };
}

/** What V8 says when it starts marking for a major GC (`V8.GCIncrementalMarkingStart`). */
interface MarkingStart {
  reason?: string;
  global_consumed_bytes?: number;
  old_gen_consumed_bytes?: number;
}

/** The main thread's CPU time in all its tasks, and its garbage collections, over a trace (ms). */
export interface ThreadTally {
  busyCpuMs: number;
  major: {
    count: number;
    totalMs: number;
    longestMs: number;
    over50: number;
    /** The main thread's CPU time in the longest (ms): less than its length when not scheduled. */
    longestCpuMs: number;
    /** V8's mark-compact phases (V8.GC_MC_…, nested ones too) in those over 50 ms: ms by phase. */
    over50Phases: [string, number][];
    /**
     * Why V8 started them (count by reason), and the median heap at the start: all of it (global:
     * JavaScript's and Blink's, whose DOM, style and layout objects V8 collects too) against
     * JavaScript's old generation, in MB.
     */
    starts: { reasons: [string, number][]; globalMb: number; oldGenMb: number };
  };
  minor: { count: number; totalMs: number; longestMs: number };
}

const LONG_TASK_US = 50_000;
/** V8's mark-compact phases: V8.GC_MC_MARK, V8.GC_MC_EVACUATE, … (nested ones too). */
const GC_PHASE = 'V8.GC_MC_';
/** Where the main thread blocks on the GPU process (nested in one another: their union is taken). */
const GPU_WAITS = new Set([
  'ImplementationBase::WaitForCmd',
  'CommandBufferProxyImpl::WaitForGetOffset',
  'CommandBufferHelper::Finish',
]);

export async function startMainThreadTrace(
  browser: Browser,
): Promise<{ stop: () => Promise<{ tasks: TaskSplit[]; thread: ThreadTally }> }> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const mainThreads = new Set<string>(); // "pid:tid" of renderer main threads
  const tasks = new Map<string, Span[]>();
  const waits = new Map<string, Span[]>();
  const majorGcs = new Map<string, Span[]>();
  const minorGcs = new Map<string, Span[]>();
  const gcPhases = new Map<string, Span[]>();
  const markingStarts = new Map<string, MarkingStart[]>();
  const busy = new Map<string, number>(); // CPU time in tasks of any length (µs)
  const push = (into: Map<string, Span[]>, key: string, e: TraceEvent) => {
    let list = into.get(key);
    if (!list) into.set(key, (list = []));
    list.push({ ts: e.ts!, dur: e.dur!, tdur: e.tdur ?? e.dur!, name: e.name });
  };
  cdp.on('Tracing.dataCollected', ({ value }: { value: TraceEvent[] }) => {
    for (const e of value) {
      const key = `${e.pid}:${e.tid}`;
      if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(key);
      if (e.ph !== 'X' || e.ts === undefined || e.dur === undefined) continue;
      if (e.name === 'ThreadControllerImpl::RunTask') {
        busy.set(key, (busy.get(key) ?? 0) + (e.tdur ?? e.dur));
        if (e.dur > LONG_TASK_US) push(tasks, key, e);
      } else if (e.name !== undefined && GPU_WAITS.has(e.name)) push(waits, key, e);
      else if (e.name === 'MajorGC') push(majorGcs, key, e);
      else if (e.name === 'MinorGC') push(minorGcs, key, e);
      else if (e.name?.startsWith(GC_PHASE)) push(gcPhases, key, e);
      else if (e.name === 'V8.GCIncrementalMarkingStart' && e.args?.value) {
        const list = markingStarts.get(key) ?? [];
        list.push(e.args.value);
        markingStarts.set(key, list);
      }
    }
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['toplevel', 'gpu', 'v8', 'disabled-by-default-v8.gc'],
      recordMode: 'recordContinuously',
    },
  });
  return {
    stop: async () => {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const result: TaskSplit[] = [];
      const onMain = (spans: Map<string, Span[]>) =>
        [...spans].flatMap(([key, list]) =>
          mainThreads.has(key) ? list.map((span) => span.dur / 1000) : [],
        );
      const tally = (ms: number[]) => ({
        count: ms.length,
        totalMs: ms.reduce((sum, x) => sum + x, 0),
        longestMs: Math.max(0, ...ms),
      });
      const majors = onMain(majorGcs);
      const thread: ThreadTally = {
        busyCpuMs: [...busy].reduce((sum, [key, us]) => sum + (mainThreads.has(key) ? us / 1000 : 0), 0),
        major: {
          ...tally(majors),
          over50: majors.filter((ms) => ms > 50).length,
          ...longMajorGcs(majorGcs, gcPhases, mainThreads),
          starts: summariseStarts(
            [...markingStarts].flatMap(([key, list]) => (mainThreads.has(key) ? list : [])),
          ),
        },
        minor: tally(onMain(minorGcs)),
      };
      for (const list of waits.values()) list.sort((a, b) => a.ts - b.ts);
      for (const [key, list] of tasks) {
        if (!mainThreads.has(key)) continue;
        const threadWaits = waits.get(key) ?? [];
        for (const task of list) {
          const end = task.ts + task.dur;
          let wait = 0;
          let coveredTo = task.ts; // threadWaits are in trace order: by start time
          for (const w of threadWaits) {
            const from = Math.max(w.ts, coveredTo);
            const to = Math.min(w.ts + w.dur, end);
            if (to > from) {
              wait += to - from;
              coveredTo = to;
            }
          }
          result.push({ ms: task.dur / 1000, gpuWaitMs: wait / 1000, cpuMs: task.tdur / 1000 });
        }
      }
      return { tasks: result, thread };
    },
  };
}

type Span = { ts: number; dur: number; tdur: number; name?: string };

/** The longest major GC's CPU time, and the phases of those over 50 ms (µs spans in, ms out). */
function longMajorGcs(
  majorGcs: Map<string, Span[]>,
  gcPhases: Map<string, Span[]>,
  mainThreads: ReadonlySet<string>,
): { longestCpuMs: number; over50Phases: [string, number][] } {
  let longest: Span | null = null;
  const byPhase = new Map<string, number>();
  for (const [key, list] of majorGcs) {
    if (!mainThreads.has(key)) continue;
    const phases = gcPhases.get(key) ?? [];
    for (const gc of list) {
      if (!longest || gc.dur > longest.dur) longest = gc;
      if (gc.dur <= LONG_TASK_US) continue;
      for (const p of phases) {
        if (p.ts < gc.ts || p.ts + p.dur > gc.ts + gc.dur) continue;
        const phase = p.name!.slice(GC_PHASE.length);
        byPhase.set(phase, (byPhase.get(phase) ?? 0) + p.dur / 1000);
      }
    }
  }
  return {
    longestCpuMs: longest ? longest.tdur / 1000 : 0,
    over50Phases: [...byPhase].sort((a, b) => b[1] - a[1]),
  };
}

function summariseStarts(starts: MarkingStart[]): ThreadTally['major']['starts'] {
  const reasons = new Map<string, number>();
  for (const s of starts) reasons.set(s.reason ?? '?', (reasons.get(s.reason ?? '?') ?? 0) + 1);
  const medianMb = (bytes: (number | undefined)[]) =>
    quantile(
      bytes.filter((b): b is number => b !== undefined),
      0.5,
    ) / 1e6;
  return {
    reasons: [...reasons].sort((a, b) => b[1] - a[1]),
    globalMb: medianMb(starts.map((s) => s.global_consumed_bytes)),
    oldGenMb: medianMb(starts.map((s) => s.old_gen_consumed_bytes)),
  };
}

interface Over50 {
  count: number;
  longest: number;
}

const over50 = (ms: number[]): Over50 => ({
  count: ms.filter((x) => x > 50).length,
  longest: Math.max(0, ...ms),
});

/** "busy 20.1 s of CPU in all its tasks; major GCs: 12 (340 ms in all, 3 over 50 ms, longest 80 ms); minor: …" */
export function describeThread({ busyCpuMs, major, minor }: ThreadTally): string {
  const phases = major.over50Phases
    .slice(0, 8)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
  const { reasons, globalMb, oldGenMb } = major.starts;
  const started = reasons.length
    ? `; started by: ${reasons.map(([why, n]) => `${why} ${n}`).join(', ')}; heap at the start (median): ${globalMb.toFixed(0)} MB, of it JavaScript's old generation ${oldGenMb.toFixed(0)} MB`
    : '';
  return `busy ${(busyCpuMs / 1000).toFixed(1)} s of CPU in all its tasks; major GCs: ${major.count} (${major.totalMs.toFixed(0)} ms in all, ${major.over50} over 50 ms, longest ${major.longestMs.toFixed(0)} ms, of it ${major.longestCpuMs.toFixed(0)} ms CPU${phases && `; phases of those over 50 ms, ms: ${phases}`}${started}); minor: ${minor.count} (${minor.totalMs.toFixed(0)} ms, longest ${minor.longestMs.toFixed(0)} ms)`;
}

/** Tasks over 50 ms as observed, with the GPU wait taken out, and by the main thread's CPU time. */
export function summariseTasks(tasks: readonly TaskSplit[]): {
  observed: Over50;
  lessGpuWait: Over50;
  cpu: Over50;
  gpuWaitShare: number;
} {
  const total = tasks.reduce((sum, t) => sum + t.ms, 0);
  const waited = tasks.reduce((sum, t) => sum + t.gpuWaitMs, 0);
  return {
    observed: over50(tasks.map((t) => t.ms)),
    lessGpuWait: over50(tasks.map((t) => t.ms - t.gpuWaitMs)),
    cpu: over50(tasks.map((t) => t.cpuMs)),
    gpuWaitShare: total > 0 ? waited / total : 0,
  };
}
