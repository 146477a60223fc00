// Reading a Chrome trace (Tracing.dataCollected events) for the page benchmark: times in milliseconds.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

/** Events in which JavaScript runs (nested ones overlap: time is counted once). */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.callFunction', 'v8.run', 'V8.Execute', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame']);

/** The thread a User Timing mark was set on: the page's main thread. */
export function mainThreadOf(_events: readonly TraceEvent[], mark: TraceEvent): { pid: number; tid: number } {
  return { pid: mark.pid, tid: mark.tid };
}

/** Total length of the union of the events' intervals, in ms. */
function unionMs(events: readonly TraceEvent[]): number {
  const intervals = events.filter((event) => event.ph === 'X' && event.dur !== undefined).map((event) => [event.ts, event.ts + event.dur!] as const).sort((a, b) => a[0] - b[0]);
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

export const scriptingTime = (events: readonly TraceEvent[]) => unionMs(events.filter((event) => SCRIPT_EVENTS.has(event.name)));
export const busyTime = (events: readonly TraceEvent[]) => unionMs(events.filter((event) => event.name === 'RunTask'));
export const longestTask = (events: readonly TraceEvent[]) =>
  Math.max(0, ...events.filter((event) => event.name === 'RunTask' && event.dur !== undefined).map((event) => event.dur! / 1000));
