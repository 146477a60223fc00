// Reading a Chrome trace (Tracing.dataCollected events) for the page benchmark: times in milliseconds.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the event cost, whatever else the machine ran meanwhile. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: {
    data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] };
    beginData?: { url?: string };
  };
}

/** Events in which JavaScript runs (nested ones overlap: time is counted once). */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.callFunction',
  'v8.run',
  'V8.Execute',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
]);

/** The page's main thread: where the document at `url` was parsed. */
export function pageMainThread(events: readonly TraceEvent[], url: string): { pid: number; tid: number } {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.startsWith(url));
  if (!parse) throw new Error(`no ParseHTML of ${url} in the trace`);
  return { pid: parse.pid, tid: parse.tid };
}

/** A script event from an extension (content scripts run from chrome-extension:// URLs). */
export function isExtensionScript(event: TraceEvent): boolean {
  const data = event.args?.data;
  const url = data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
  return SCRIPT_EVENTS.has(event.name) && url.startsWith('chrome-extension://');
}

/** Total length of the union of the events' intervals (clipped to [from, to] µs when given), in ms. */
function unionMs(events: readonly TraceEvent[], from = -Infinity, to = Infinity): number {
  const intervals = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .map((event) => [Math.max(event.ts, from), Math.min(event.ts + event.dur!, to)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [from, to] of intervals) {
    if (from > end) {
      if (end > start) total += end - start;
      [start, end] = [from, to];
    } else if (to > end) {
      end = to;
    }
  }
  if (end > start) total += end - start;
  return total / 1000;
}

export const scriptingTime = (events: readonly TraceEvent[], from?: number, to?: number) =>
  unionMs(
    events.filter((event) => SCRIPT_EVENTS.has(event.name)),
    from,
    to,
  );
export const busyTime = (events: readonly TraceEvent[]) => unionMs(events.filter((event) => event.name === 'RunTask'));
/**
 * The main thread's CPU time in tasks (tasks do not nest): on a machine shared with other work, wall-clock busy time
 * grows with everyone's load, CPU time much less.
 */
export const busyCpuTime = (events: readonly TraceEvent[]) =>
  events.reduce((sum, event) => (event.name === 'RunTask' ? sum + (event.tdur ?? event.dur ?? 0) / 1000 : sum), 0);
/**
 * The longest task, in ms; with `containing`, the longest of the tasks in which such an event ran; with `unless`, not
 * counting the tasks in which such an event ran (the page's own parsing, where a content script started at
 * document_start runs its first lines).
 */
export function longestTask(
  events: readonly TraceEvent[],
  containing?: (event: TraceEvent) => boolean,
  unless?: (event: TraceEvent) => boolean,
): number {
  if (unless) {
    const skipped = events.filter(unless);
    const rest = events.filter(
      (event) =>
        event.name !== 'RunTask' ||
        !skipped.some((inner) => inner.ts >= event.ts && inner.ts < event.ts + (event.dur ?? 0)),
    );
    return longestTask(rest, containing);
  }
  const tasks = events
    .filter((event) => event.name === 'RunTask' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const marks = containing
    ? events
        .filter(containing)
        .map((event) => event.ts)
        .sort((a, b) => a - b)
    : null;
  let longest = 0;
  let next = 0; // the first mark not before the current task (tasks on one thread do not overlap)
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (marks) {
      while (next < marks.length && marks[next]! < task.ts) next++;
      if (next >= marks.length || marks[next]! >= end) continue;
    }
    longest = Math.max(longest, task.dur! / 1000);
  }
  return longest;
}

/** CPU time of the events not nested in another of them (one thread's events), in ms. */
function outermostCpuMs(events: readonly TraceEvent[]): number {
  let total = 0;
  let end = -Infinity;
  for (const event of [...events].filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts)) {
    if (event.ts < end) continue;
    end = event.ts + (event.dur ?? 0);
    total += (event.tdur ?? event.dur ?? 0) / 1000;
  }
  return total;
}

/** Where the main thread's CPU time went, by kind of work (the trace's event names; nested events are counted once). */
const KINDS: Record<string, readonly string[]> = {
  scripting: [...SCRIPT_EVENTS],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit', 'CompositeLayers'],
  parse: ['ParseHTML', 'ParseAuthorStyleSheet'],
  gc: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'V8.GCScavenger', 'V8.GCFinalizeMC'],
  hitTest: ['HitTest'],
  observers: ['IntersectionObserverController::computeIntersections', 'UpdateIntersectionObservations'],
};

export type Breakdown = Record<string, number>;

export function breakdown(events: readonly TraceEvent[]): Breakdown {
  const out: Record<string, number> = {};
  for (const [kind, names] of Object.entries(KINDS)) {
    const set = new Set(names);
    out[kind] = outermostCpuMs(events.filter((event) => set.has(event.name)));
  }
  return out;
}

/**
 * Total CPU time by event name (nested events both counted), and how many there were (`<name> #`): for finding where a
 * difference comes from.
 */
export function byName(events: readonly TraceEvent[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const event of events) {
    const time = event.tdur ?? event.dur;
    if (event.ph !== 'X' || time === undefined) continue;
    totals.set(`${event.name} #`, (totals.get(`${event.name} #`) ?? 0) + 1);
    totals.set(event.name, (totals.get(event.name) ?? 0) + time / 1000);
  }
  return totals;
}
